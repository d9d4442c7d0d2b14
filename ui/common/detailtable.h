#pragma once

#include <QGroupBox>
#include <QStringList>
#include <functional>

class QAbstractButton;
class QAbstractItemView;
class QComboBox;
class QPushButton;
class QTableWidget;

namespace jlgc {

// The parts of a record listed under its form (officers, disbursements,
// contacts, …): a small table with Add, Edit and Remove. Cells may be edited
// in place; filling the table is never taken for the user's edit.
class DetailTable : public QGroupBox {
    Q_OBJECT
public:
    enum Button { NoButtons = 0, Add = 1, Edit = 2, Remove = 4 };

    DetailTable(int columns, int buttons, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void setHeaders(const QStringList& headers);
    void setRows(const QList<QStringList>& rows);
    // Cells the user may type into (the others stay read-only).
    void setEditableColumns(const QList<int>& columns) { m_editable = columns; }
    // The column that takes the room left (a long description), so that the
    // others (amounts, dates) stay in sight; the others fit their contents.
    void setStretchColumn(int column);
    void appendEmptyRow();
    QString cell(int row, int column) const;
    int rowCount() const;
    int currentRow() const;

    // Add appends an empty row and Remove drops the chosen one, in the table
    // itself (rows the user types); each is reported as cellsEdited().
    void manageRowsInPlace();
    // Rows added and edited through a dialog: OwnedRows (ownedrows.h).

signals:
    void addClicked();
    void removeClicked(int row);
    // The user typed into a cell.
    void cellsEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QList<int> m_editable;
    bool m_filling = false;
    int m_stretchColumn = -1;
};

// Keeps the buttons that act on a table's chosen row (Edit…, Remove)
// enabled only while a row is chosen, and `also` holds when given (a record
// saved). Returns what sets them again (when `also` may have changed).
std::function<void()> enableWhileChosen(QAbstractItemView* view,
                                        const QList<QAbstractButton*>& buttons,
                                        std::function<bool()> also = {});

// Lets a filter combo box shrink, so that a row of filters never pushes the
// form off the page.
void makeCompact(QComboBox* combo, int characters = 10);

} // namespace jlgc
