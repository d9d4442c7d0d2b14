#pragma once

#include <QDialog>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class QAbstractButton;
class QTableWidget;
class QWidget;

namespace jlgc {

class DetailTable;

// The rows a record owns in its form (a delegation's members, a chapter's
// officers, a person's affiliations, …), kept while the record is edited:
// shown in a table, added and edited through a dialog, removed, each change
// marking the record edited. The same everywhere: Add, Edit… or a double
// click or Enter on a row, Remove or the Delete key; the row added or
// edited stays chosen.
class OwnedRowsBase : public QObject {
    Q_OBJECT
public:
    // The table and its buttons (edit and remove may be absent: rows that are
    // only added and removed, or only added).
    struct Controls {
        QTableWidget* table = nullptr;
        QAbstractButton* add = nullptr;
        QAbstractButton* edit = nullptr;
        QAbstractButton* remove = nullptr;
    };
    static Controls controlsOf(const DetailTable* table);

    QTableWidget* table() const { return m_controls.table; }

signals:
    // The user added, edited or removed a row (not a record loaded).
    void edited();
    // The rows were shown again (loaded, edited or in another language).
    void shown(int rows);

protected:
    OwnedRowsBase(Controls controls, bool editable, QObject* parent);
    void showCells(const QList<QStringList>& rows, int current);
    void forgetChoice();
    virtual void addRow() = 0;
    virtual void editRow(int row) = 0;
    virtual void removeRow(int row) = 0;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Controls m_controls;
    bool m_editable;
};

template <typename T> class OwnedRows : public OwnedRowsBase {
public:
    // A row's cells in the window's language.
    using Cells = std::function<QStringList(const T&)>;
    // The dialog: the row as the user accepted it, or none (cancelled).
    using Ask = std::function<std::optional<T>(const T&)>;

    // ask edits a row (Edit) and fills a new one (Add) from fresh() (an
    // empty row unless set); without edit in the controls rows are only
    // added through it.
    OwnedRows(Controls controls, Cells cells, Ask ask, QObject* parent)
        : OwnedRowsBase(controls, controls.edit != nullptr, parent), m_cells(std::move(cells)),
          m_ask(std::move(ask))
    {
    }
    void setFresh(std::function<T()> fresh) { m_fresh = std::move(fresh); }
    // New rows go first (a log, newest first) instead of last.
    void setNewRowsFirst(bool first) { m_newFirst = first; }

    const QList<T>& items() const { return m_items; }
    // A record loaded (or a new one): shown, not an edit.
    void setItems(const QList<T>& items)
    {
        m_items = items;
        show();
        forgetChoice(); // no row of another record stays chosen
    }
    // A row added as the dialog would add it: shown, chosen, an edit.
    void add(const T& item)
    {
        const int row = m_newFirst ? 0 : int(m_items.size());
        m_items.insert(row, item);
        show(row);
        emit edited();
    }
    // Shown again (the window's language changed, or what the cells name).
    void show(int current = -1)
    {
        QList<QStringList> rows;
        rows.reserve(m_items.size());
        for (const T& item : std::as_const(m_items))
            rows << m_cells(item);
        showCells(rows, current);
    }

protected:
    void addRow() override
    {
        if (const std::optional<T> item = m_ask(m_fresh ? m_fresh() : T{}))
            add(*item);
    }
    void editRow(int row) override
    {
        if (row < 0 || row >= m_items.size())
            return;
        // The record is not read again while the dialog is open
        // (RecordPage::readRecordAgain), so the row is the one asked about.
        if (const std::optional<T> item = m_ask(m_items.at(row)); item && row < m_items.size()) {
            m_items[row] = *item;
            show(row);
            emit edited();
        }
    }
    void removeRow(int row) override
    {
        if (row < 0 || row >= m_items.size())
            return;
        m_items.removeAt(row);
        show(qMin(row, int(m_items.size()) - 1));
        emit edited();
    }

private:
    Cells m_cells;
    Ask m_ask;
    std::function<T()> m_fresh;
    bool m_newFirst = false;
    QList<T> m_items;
};

// An OwnedRows' Ask through a dialog: Dialog(args…, row, parent), run; its
// value (Dialog::value) when accepted.
template <typename Dialog, typename T, typename... Args>
std::function<std::optional<T>(const T&)> askThrough(QWidget* parent, T (Dialog::*value)() const,
                                                     Args... args)
{
    return [parent, value, args...](const T& row) -> std::optional<T> {
        Dialog dialog(args..., row, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return (dialog.*value)();
    };
}

} // namespace jlgc
