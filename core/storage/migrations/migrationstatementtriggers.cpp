// Schema version 12: on an office server, the triggers that keep history,
// counts and the search index's marks write once per statement instead of
// once per row (AFTER … FOR EACH STATEMENT with the statement's rows as a
// table). An import writes 1,000 rows in one INSERT: before, that INSERT
// ran 3,000 trigger calls and wrote 2,000 rows one at a time; now it runs 3
// statements. A file's triggers stay per row (SQLite has no other kind), so
// the step changes nothing in a file.
#include "storage/database.h"
#include "storage/history.h"
#include "storage/migrations.h"
#include "storage/recordkinds.h"
#include "storage/schemainfo.h"
#include "storage/searchstore.h"

namespace jlgc {

void migrateStatementTriggers(Database&)
{
    // A file of version 11 already has the triggers it keeps.
}

void migrateStatementTriggersOnServer(Database& server)
{
    constexpr int Version = 12;
    // The search marks are made only where none exist (SearchStore::install).
    for (const auto& [name, table] : SchemaInfo::triggers(server, {QStringLiteral("search_")}))
        SchemaInfo::dropTrigger(server, name, table);
    SearchStore::install(server, Version);
    History::installTriggers(server, Version);
    RecordKinds::installCounters(server, Version);
}

} // namespace jlgc
