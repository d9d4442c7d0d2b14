// Schema version 9: Find Anything finds what researchers and the fellowship
// team look for: research topics by their tags, research log entries, host
// families by their town, and a cohort by its host. The new kind (the log's
// entries) gets its triggers; the records of the kinds that read more now
// are indexed again.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/searchstore.h"

namespace jlgc {

void migrateSearchSources(Database& db)
{
    SearchStore::install(db);
    Query(db, QStringLiteral("INSERT OR IGNORE INTO search_dirty (kind, record_id) SELECT kind, "
                             "record_id FROM search_item WHERE kind IN ('research_topic', "
                             "'host_family', 'cohort')"))
        .exec();
}

} // namespace jlgc
