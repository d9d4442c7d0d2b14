#pragma once

#include <QString>

namespace jlgc {

class Database;

// The schema of a JLGC Desk database on a PostgreSQL server. It is not
// written twice: a new server database gets the tables, indexes and rows
// (reference data) of a new file of the same version, translated from
// SQLite's words to PostgreSQL's, then the triggers both engines derive from
// the schema (history, Trash, counts, search) and SQLite's few functions
// that the application's statements use (compatfunctions.sql).
namespace ServerSchema {

// Inside the caller's transaction, on an empty server database: the
// schema of `version` (FirstServerVersion up to the newest; tests make
// databases of earlier versions to upgrade).
void create(Database& server, int version);

// Version 13 on: every statement that adds to the history (change_log)
// announces it to the colleagues listening (NOTIFY jlgc_changes, sent as the
// transaction commits), with the writer's session, the range of history
// entries it wrote and the tables they name (see ChangeNotifier::listen).
void installAnnouncer(Database& server);
constexpr const char* ChangesChannel = "jlgc_changes";
constexpr int AnnouncerVersion = 13;

// Brings a server's database of version `from` up to `to`, each step in a
// transaction of its own, under a lock that makes colleagues opening it at
// the same moment wait (and find it done).
void migrate(Database& server, int from, int to);

// One CREATE TABLE or CREATE INDEX statement of SQLite in PostgreSQL's
// words (types, keys that number themselves, truth values as numbers).
QString translate(const QString& sqliteStatement);

} // namespace ServerSchema

} // namespace jlgc
