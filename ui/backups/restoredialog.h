#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace jlgc {

// Lists the backups of a database with their dates and record counts, and
// lets the user choose one to restore.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QString& databasePath, QWidget* parent = nullptr);

    QString chosenBackup() const;
    QTableWidget* table() const { return m_table; }

private:
    void fill(const QString& databasePath);

    QTableWidget* m_table;
    QPushButton* m_restore;
    QStringList m_paths;
};

} // namespace jlgc
