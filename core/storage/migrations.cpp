#include "storage/migrations.h"

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
        {12, "a server's history, counts and search marks written once per statement",
         &migrateStatementTriggers, &migrateStatementTriggersOnServer},
    };
    return steps;
}

} // namespace jlgc
