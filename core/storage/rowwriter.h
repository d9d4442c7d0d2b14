#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace jlgc {

class Database;

// Rows written into one table many at a time: one INSERT of up to 1,000 rows
// a statement, where a row at a time costs a server's round trip each (a
// copy of a database, an import). Table and column names are the
// program's own, never the user's. Writes inside the caller's transaction.
class RowWriter {
public:
    RowWriter(Database& db, const QString& table, const QStringList& columns);
    ~RowWriter() = default;
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;

    // A row of values in the order of the columns; NULL stays NULL.
    void add(QVariantList row);
    // Writes the rows not yet written (call it before reading them back).
    void flush();

    // Writes new rows into a table whose key (id) numbers itself and returns
    // their keys in the order of the rows. On a server the keys are taken
    // from its sequence in one statement and the rows written many a
    // statement; in a file (no round trips to save) each row is inserted on
    // its own, so SQLite numbers it and never reuses a deleted record's key.
    static QList<qint64> insertNew(Database& db, const QString& table, const QStringList& columns,
                                   const QList<QVariantList>& rows);

private:
    Database& m_db;
    QString m_table;
    QStringList m_columns;
    qsizetype m_rowsPerStatement;
    QList<QVariantList> m_rows;
};

} // namespace jlgc
