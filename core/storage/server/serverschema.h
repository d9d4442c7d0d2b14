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

// Inside the caller's transaction, on an empty server database.
void create(Database& server);

// One CREATE TABLE or CREATE INDEX statement of SQLite in PostgreSQL's
// words (types, keys that number themselves, truth values as numbers).
QString translate(const QString& sqliteStatement);

} // namespace ServerSchema

} // namespace jlgc
