#pragma once

#include "storage/trash.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace jlgc {

class Database;

// The Trash: deleted records with their kind, name, and when and by whom
// they were deleted; Restore puts one back intact, Empty Trash (after asking)
// deletes them for good.
class TrashDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrashDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* emptyButton() const { return m_empty; }
    bool restoreSelected();
    // Asks first unless `ask` is false (tests).
    bool emptyTrash(bool ask = true);
    bool changedRecords() const { return m_changed; }

signals:
    void recordsChanged();

private:
    void fill();

    Database& m_db;
    QList<TrashEntry> m_entries;
    bool m_changed = false;
    QTableWidget* m_table;
    QPushButton* m_restore;
    QPushButton* m_empty;
};

} // namespace jlgc
