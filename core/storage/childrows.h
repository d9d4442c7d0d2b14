#pragma once

#include "storage/database.h"

#include <QHash>
#include <QList>
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

} // namespace jlgc
