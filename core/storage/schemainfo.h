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
// The tables of records a user edits: an `id` key and a `row_version`.
QStringList recordTables(const Database& db);
// Foreign keys of other tables that delete their rows with a row of `table`.
QList<ForeignKey> cascadingChildren(const Database& db, const QString& table);
// The cascading foreign keys of `table` itself (its owners).
QList<ForeignKey> cascadingParents(const Database& db, const QString& table);
// "json_object('a', P.a, 'b', P.b)" for the columns of a table.
QString jsonObjectOf(const QStringList& columns, const QString& prefix);
QString quoted(const QString& identifier);

} // namespace SchemaInfo

} // namespace jlgc
