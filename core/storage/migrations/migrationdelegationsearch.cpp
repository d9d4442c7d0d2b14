// Schema version 11: a delegation is found (in Find Anything and in its
// list's filter) by its sending government and organization too: 茨城県,
// Ibaraki, 北茨城市. The tables do not change; every delegation is indexed
// again when the step commits.
#include "storage/database.h"
#include "storage/migrations.h"

namespace jlgc {

void migrateDelegationSearch(Database& db)
{
    Query(db, QStringLiteral("INSERT OR IGNORE INTO search_dirty (kind, record_id) SELECT "
                             "'delegation', id FROM delegation"))
        .exec();
}

} // namespace jlgc
