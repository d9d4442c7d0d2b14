#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jlgc {

class Database;

// What the data-safety triggers need to know about the schema, read from
// SQLite itself so that every table a later step adds is covered.
namespace SchemaInfo {

// A foreign key of `table` (its `column`) pointing at parentTable(parentColumn).
struct ForeignKey {
    QString table;
    QString column;
    QString parentTable;
    QString parentColumn;
};

QStringList columns(const Database& db, const QString& table);
// Every table of the application (not the engine's own, nor the full-text
// index's inner tables), by name.
QStringList tables(const Database& db);
// The tables of records a user edits: an `id` key and a `row_version`.
QStringList recordTables(const Database& db);
// Foreign keys of other tables that delete their rows with a row of `table`.
QList<ForeignKey> cascadingChildren(const Database& db, const QString& table);
// Foreign keys of other tables that keep a row of `table` from being
// deleted (neither cascading nor set to NULL).
QList<ForeignKey> restrictingChildren(const Database& db, const QString& table);
// Every foreign key of any table that points at `table`.
QList<ForeignKey> referencing(const Database& db, const QString& table);
// The foreign keys of `table` itself, whatever they do on delete.
QList<ForeignKey> parents(const Database& db, const QString& table);
// The tables, each after the tables its foreign keys name (a table naming
// itself aside); otherwise in the order given.
QStringList inDependencyOrder(const Database& db, const QStringList& tables);
// On a server, each table whose `id` numbers itself, with the sequence
// that numbers it: (table, sequence), by table.
QList<std::pair<QString, QString>> keySequences(const Database& server);
// Whether the column may not be NULL.
bool isNotNull(const Database& db, const QString& table, const QString& column);
// The cascading foreign keys of `table` itself (its owners).
QList<ForeignKey> cascadingParents(const Database& db, const QString& table);
// "json_object('a', P.a, 'b', P.b)" for the columns of a table (on a
// server, jsonb_build_object(…) as text).
QString jsonObjectOf(const Database& db, const QStringList& columns, const QString& prefix);
QString quoted(const QString& identifier);

// The value of `column` in a JSON object of a row of `table` (history's and
// the Trash's), of the column's type: "json_extract(:p, '$.col')" in a file.
QString valueFromJson(const Database& db, const QString& table, const QString& column,
                      const QString& placeholder);

// "a IS NOT b" in the engine's words (a server says IS DISTINCT FROM).
QString differs(const Database& db, const QString& a, const QString& b);

// A row trigger in the engine's words: `body` is statements that end with
// ";" and may name NEW and OLD; `when` a condition, or empty. On a server
// it is a PL/pgSQL function of the same name and a trigger calling it.
// With `setBody` (an AFTER trigger), a server runs that instead, once per
// statement: it names the statement's rows as the tables new_rows (INSERT,
// UPDATE) and old_rows (UPDATE, DELETE), and `when` is not used.
struct Trigger {
    QString name;
    QString timing; // BEFORE or AFTER
    QString event;  // INSERT, UPDATE or DELETE
    QString table;
    QString when;
    QString body;
    QString setBody = {};
};
void createTrigger(Database& db, const Trigger& trigger);

// Whether a server's triggers of this schema version (-1: the newest) are
// written once per statement (version 12 on): an import's 1,000 rows then
// make one history, count and search statement each, not 1,000. A file's
// triggers are per row in every version (SQLite has no other kind).
bool perStatement(const Database& db, int version);
constexpr int PerStatementVersion = 12;
// The triggers whose names begin with one of the prefixes: (name, table).
QList<std::pair<QString, QString>> triggers(const Database& db, const QStringList& prefixes);
void dropTrigger(Database& db, const QString& name, const QString& table);

} // namespace SchemaInfo

} // namespace jlgc
