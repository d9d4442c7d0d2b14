#pragma once

#include "storage/database.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace jlgc {

// Rows written into one table with one prepared statement, for records the
// program makes in bulk (`demo --scale N` writes a million people): none of
// a repository's checks, history or reading back. The table and column names
// are the program's own, never the user's.
class BulkInsert {
public:
    enum class OnConflict {
        Fail,   // a row that breaks a rule of the schema throws StorageError
        Ignore, // a row that would repeat a unique key is left out
    };

    BulkInsert(Database& db, const QString& table, const QStringList& columns,
               OnConflict onConflict = OnConflict::Fail);

    // The value of a column in the rows written from now on.
    BulkInsert& set(const QString& column, const QVariant& value);
    // Writes a row of the values set; false when it was left out
    // (OnConflict::Ignore).
    bool insert();
    // The id of the row last written.
    qint64 lastInsertId() const { return m_query.lastInsertId(); }

    // Around a large write of generated records: a large page cache while it
    // lasts (the indexes of a million rows stay in memory), then the cache
    // as it was and the query planner's statistics brought up to date.
    static void startLoad(Database& db);
    static void finishLoad(Database& db);

private:
    QStringList m_columns;
    Query m_query;
    bool m_checked = false; // the first row's columns are checked against the table's list
};

} // namespace jlgc
