#pragma once

#include "storage/database.h"
#include "storage/sqlconditions.h"

#include <QHash>
#include <QList>
#include <functional>
#include <type_traits>

namespace jlgc {

// Runs `q` (bound already, often with onlyWhere and bindOnly) and groups its
// rows by the parent id in the first column, each row read by `read` and
// kept in the query's order: the children of one record, or of all.
template <typename Read> auto childRowsByParent(Query& q, Read read)
{
    QHash<qint64, QList<std::invoke_result_t<Read&, const Query&>>> result;
    q.exec();
    while (q.next())
        result[q.id(0)] << read(q);
    return result;
}

// The rows that `selectFrom` (SELECT the parent's id, … FROM …) reads of
// parent `only` (0: of every parent), in the order of `orderBy`, grouped
// by parent as childRowsByParent does.
template <typename Read>
auto childRowsOf(Database& db, const QString& selectFrom, const QString& parentColumn, qint64 only,
                 const QString& orderBy, Read read)
{
    Query q(db, selectFrom + onlyWhere(only, parentColumn) + orderBy);
    bindOnly(q, only);
    return childRowsByParent(q, read);
}

// Whether every one of `rows` (a record's own rows) that names a record of
// `table` in `idOf` (0: none) names one that exists: one statement a row, up
// to the first that does not.
template <typename Rows, typename IdOf>
bool namedRecordsExist(Database& db, const QString& table, const Rows& rows, IdOf idOf)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = :id").arg(table));
    for (const auto& row : rows) {
        const qint64 id = std::invoke(idOf, row);
        if (id > 0 && q.bind(QStringLiteral(":id"), id).exec().scalar().toInt() == 0)
            return false;
    }
    return true;
}

// Sets `member` (&Delegation::members) of each of `records` to its value
// in `byId` (its rows of childRowsByParent, a count), or to none where
// `byId` has none for it.
template <typename T, typename Member, typename Value>
void setById(QList<T>& records, Member member, const QHash<qint64, Value>& byId)
{
    for (T& r : records)
        std::invoke(member, r) = byId.value(r.id);
}

} // namespace jlgc
