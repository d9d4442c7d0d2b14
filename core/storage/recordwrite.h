#pragma once

#include "domain/governmentref.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace jlgc {

class Database;

// One record's row as the columns it writes: what a repository hands to
// recordwrite, instead of restating its columns in an INSERT and an UPDATE
// of its own. Column names are the program's, never the user's.
class RowValues {
public:
    RowValues& set(const QString& column, const QVariant& value);
    // An empty text, an invalid date and a zero id are written as NULL.
    RowValues& text(const QString& column, const QString& value);
    RowValues& date(const QString& column, const QDate& value);
    RowValues& ref(const QString& column, qint64 id);
    // A Japanese government: prefecture_code, municipality_code, organization_id.
    RowValues& government(const GovernmentRef& government);

    const QList<QPair<QString, QVariant>>& columns() const { return m_columns; }

private:
    QList<QPair<QString, QVariant>> m_columns;
};

// Writing one record of a table with history (id, row_version, created_at,
// updated_at), inside the caller's transaction. The statements are made from
// the columns given, so each kind of record states its columns once.
namespace recordwrite {

// The time written in created_at and updated_at.
QString now();
// Inserts the row, stamped as created and updated now; returns its id.
qint64 insert(Database& db, const QString& table, const RowValues& row);
// Deletes record `id` unless rows of other tables still point at it (those
// whose references do not cascade); then throws StorageError Referenced
// with `stillUsed`, whose %1 names them ("3 fellows").
void remove(Database& db, const QString& table, qint64 id, const QString& stillUsed);

// Writes the row over record `id` if nobody saved it since it was read (its
// row version is still `version`), and counts the version on. Otherwise
// throws StorageError, saying what the kind's description says (the
// RecordType of the table): NotFound, "This delegation no longer exists;
// it was removed elsewhere.", when the record is gone; Conflict, "Someone
// else saved this delegation after you opened it.", when someone else saved
// it.
void update(Database& db, const QString& table, qint64 id, int version, const RowValues& row);
// remove() saying "This delegation is still named in other records (…)".
void remove(Database& db, const QString& table, qint64 id);

// The rows a record owns in one table (a delegation's members, a topic's
// tags), written anew with each save, inside its transaction: the rows it
// had are deleted and `rows` inserted, each the owner's id (in ownerColumn)
// followed by values for `columns`. NULL stays NULL.
void replaceOwned(Database& db, const QString& table, const QString& ownerColumn, qint64 owner,
                  const QStringList& columns, const QList<QVariantList>& rows);
// The same, a row made of each item by `values(item, position)` (the
// item's place in the list, from 0).
template <class Item, class Values>
void replaceOwned(Database& db, const QString& table, const QString& ownerColumn, qint64 owner,
                  const QStringList& columns, const QList<Item>& items, Values values)
{
    QList<QVariantList> rows;
    rows.reserve(items.size());
    int position = 0;
    for (const Item& item : items)
        rows << values(item, position++);
    replaceOwned(db, table, ownerColumn, owner, columns, rows);
}

} // namespace recordwrite
} // namespace jlgc
