#pragma once

#include "search/searchindex.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace jlgc {

class Database;

// Find anything (Ctrl+K): one field, results grouped by kind that update as
// the user types; Enter or a double click opens the record.
class SearchDialog : public QDialog {
    Q_OBJECT
public:
    SearchDialog(Database* db, QWidget* parent = nullptr);

    QLineEdit* queryEdit() const { return m_query; }
    QTreeWidget* results() const { return m_results; }
    // Runs the search now (the dialog waits a moment after each key).
    void searchNow();

signals:
    void recordChosen(const QString& kind, const QVariant& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(QTreeWidgetItem* item);

    Database* m_db;
    QLineEdit* m_query;
    QTreeWidget* m_results;
    QLabel* m_status;
    QTimer* m_timer;
};

} // namespace jlgc
