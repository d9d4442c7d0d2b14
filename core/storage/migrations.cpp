#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/history.h"
#include "storage/recordkinds.h"
#include "storage/schemainfo.h"
#include "storage/searchstore.h"
#include "storage/server/serverroles.h"
#include "storage/server/serverschema.h"

namespace jlgc {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = {
        {1, "foundation: reference data, organizations, people", &migrateFoundation},
        {2, "global search index", &migrateSearch},
        {3, "fellowship: cohorts, fellows, itineraries, homestays", &migrateFellowship},
        {4, "JETAA chapters and funding, affiliations, events", &migrateJetaa},
        {5, "delegations, staff, research requests and topics", &migrateDelegations},
        {6, "data safety: history, trash", &migrateDataSafety},
        {7, "sort keys for lists read a screen at a time", &migrateListOrder},
        {8, "counts of records kept as they change", &migrateRecordCounts},
        {9, "search: research tags and log, host families by town, cohorts by host",
         &migrateSearchSources},
        {10, "search folds variant kanji, place names and romanizations", &migrateSearchFolding},
        {11, "search finds a delegation by its sending government", &migrateDelegationSearch},
        {12, "a server's counts, search marks and history of new rows written per statement",
         &migrateStatementTriggers, &migrateStatementTriggersOnServer},
        {13, "a server announces changes as they commit; its history names the login",
         &migrateLiveChanges, &migrateLiveChangesOnServer},
        {14, "a server's roles: read only, staff, fellowship, administrator", &migrateRoles,
         &migrateRolesOnServer},
        {15, "a Japanese name without a reading sorts by its kana", &migrateKanaOrder,
         &migrateKanaOrderOnServer},
    };
    return steps;
}

void installDerivedTriggers(Database& db, int version)
{
    // The search marks are made only where none exist (SearchStore::install).
    for (const auto& [name, table] : SchemaInfo::triggers(db, {QStringLiteral("search_")}))
        SchemaInfo::dropTrigger(db, name, table);
    SearchStore::install(db, version);
    History::installTriggers(db, version);
    RecordKinds::installCounters(db, version);
    if (db.onServer() && (version < 0 || version >= ServerSchema::AnnouncerVersion))
        ServerSchema::installAnnouncer(db);
    if (db.onServer() && (version < 0 || version >= ServerRoles::RolesVersion))
        ServerRoles::secureTriggers(db);
}

} // namespace jlgc
