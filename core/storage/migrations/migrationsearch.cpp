// Schema version 2: the global search index (see search/searchindex.h).
// Later steps that add a searchable table call SearchIndex::install() again.
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/migrations.h"

namespace jlgc {

void migrateSearch(Database& db)
{
    SearchIndex::install(db);
}

} // namespace jlgc
