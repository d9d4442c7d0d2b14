#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace jlgc {

class Database;

// Settings → Access Log… (administrators of an office server): every
// export, report or backup that took personal data out of the database,
// with who, when, what and how many records (AccessLog), and Export… to a
// CSV file.
class AccessLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccessLogDialog(Database* db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    bool exportTo(const QString& path);
    // "CSV export: Fellows" for the log's "export fellows", in the user's language.
    static QString describe(const QString& what);

private:
    void chooseExportFile();

    Database* m_db;
    QTableWidget* m_table;
    QLabel* m_problem;
};

} // namespace jlgc
