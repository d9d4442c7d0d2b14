// Schema version 2: the global search index (see storage/searchstore.h).
// Later steps that add a searchable table call SearchStore::install() again.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/searchstore.h"

namespace jlgc {

void migrateSearch(Database& db)
{
    SearchStore::install(db);
}

} // namespace jlgc
