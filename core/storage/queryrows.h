#pragma once

#include "storage/database.h"

#include <QList>
#include <optional>
#include <type_traits>

namespace jlgc {

// Runs `q` (bound already) and reads each of its rows with `read`, in the
// query's order.
template <typename Read> auto rowsOf(Query& q, Read read)
{
    QList<std::invoke_result_t<Read&, const Query&>> result;
    q.exec();
    while (q.next())
        result << read(q);
    return result;
}

// Runs `q` (bound already) and reads its first row with `read`; none when
// it has no row.
template <typename Read> auto firstRowOf(Query& q, Read read)
{
    std::optional<std::invoke_result_t<Read&, const Query&>> result;
    if (q.exec().next())
        result = read(q);
    return result;
}

} // namespace jlgc
