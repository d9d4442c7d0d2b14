// Schema version 6: data safety. Every change to a record is kept in
// change_log (who, when, old and new values), a deleted record and what only
// it owns go to the Trash, and session_actor tells the triggers who is at
// work. The triggers themselves are derived from the schema by
// History::installTriggers(), which runs again after every later step.
#include "storage/database.h"
#include "storage/history.h"
#include "storage/migrations.h"

namespace jlgc {

namespace {

const char* const DataSafetySchema[] = {
    R"(CREATE TABLE change_log (
        id          INTEGER PRIMARY KEY,
        changed_at  TEXT NOT NULL,
        os_user     TEXT,
        staff_name  TEXT,
        session     TEXT,
        table_name  TEXT NOT NULL,
        record_id   INTEGER NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
        old_values  TEXT,
        new_values  TEXT))",
    "CREATE INDEX change_log_record ON change_log(table_name, record_id)",
    // One row: the person at work on the connection that writes. Written at
    // the start of each write transaction (Database::begin), so that two
    // instances writing in turn each name their own user.
    R"(CREATE TABLE session_actor (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        os_user     TEXT,
        staff_name  TEXT,
        session     TEXT))",
    "INSERT INTO session_actor (id) VALUES (1)",
    R"(CREATE TABLE trash_entry (
        id          INTEGER PRIMARY KEY,
        deleted_at  TEXT NOT NULL,
        os_user     TEXT,
        staff_name  TEXT,
        table_name  TEXT NOT NULL,
        record_id   INTEGER NOT NULL))",
    // The rows of a trashed record, the record first, then what it owned, in
    // the order they go back.
    R"(CREATE TABLE trash_row (
        id          INTEGER PRIMARY KEY,
        entry_id    INTEGER NOT NULL REFERENCES trash_entry(id) ON DELETE CASCADE,
        table_name  TEXT NOT NULL,
        data        TEXT NOT NULL))",
    "CREATE INDEX trash_row_entry ON trash_row(entry_id)",
};

} // namespace

void migrateDataSafety(Database& db)
{
    for (const char* sql : DataSafetySchema)
        Query(db, QString::fromUtf8(sql)).exec();
    History::installTriggers(db);
}

} // namespace jlgc
