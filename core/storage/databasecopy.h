#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace jlgc {

class Database;

// Copies an office's records from one database to another of the same
// version, on either engine (a file onto the office server and back, a
// server into a backup file): every table's rows with their ids, the
// history and the Trash. The destination must hold no records; the copy is
// one transaction of the destination, read from one snapshot of the source,
// and every table's rows are counted on both sides before it is committed.
// The destination's search index and kept counts are made anew from the
// copied rows.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct TableRows {
        QString table;
        qint64 rows = 0;
    };
    // Rows written so far, of how many.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Throws StorageError, with the destination unchanged, when it holds
    // records, is of another version, or the counts differ after the copy.
    // Returns each table's rows as copied.
    static QList<TableRows> copy(Database& from, Database& to, const Progress& progress = {});

    // The tables in which a database holds rows a new one does not (none:
    // it may be the destination of a copy).
    static QStringList tablesWithRecords(const Database& db);
    // Throws StorageError naming them when there are any.
    static void refuseRecordsIn(const Database& to);

    // The tables a copy carries, parents before the tables that name them:
    // all but the engine's own, the search index and the kept counts
    // (rebuilt), and the bookkeeping of one engine.
    static QStringList copiedTables(const Database& db);

    // Every row of one table, with its keys, into the same table of `to`
    // (inside the caller's transaction, triggers as they are); `written`
    // hears how many so far. Returns the rows copied.
    static qint64 copyRows(const Database& from, Database& to, const QString& table,
                           const std::function<void(qint64 written)>& written = {});
    // After rows were copied onto a server with their keys: each key that
    // numbers itself continues after the largest used, deleted records'
    // included. Nothing to do in a file.
    static void continueNumbering(Database& server);
};

} // namespace jlgc
