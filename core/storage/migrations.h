#pragma once

#include <vector>

namespace jlgc {

class Database;

// One step of the schema's history. Steps run in order, each in its own
// transaction, and set PRAGMA user_version to their version when done.
// A step never drops user data.
//
// The versions are the same on both engines. An office server's database
// is made at the newest version (ServerSchema::create); from version 12 on
// each step says what it does on a server too (`applyOnServer`), and a
// server of an earlier version is brought up to date step by step.
struct Migration {
    int version;
    const char* title;
    void (*apply)(Database& db);
    void (*applyOnServer)(Database& db) = nullptr;
};

// The first version an office server's database was made at (the first
// with PostgreSQL): no server holds an earlier one.
constexpr int FirstServerVersion = 11;

const std::vector<Migration>& migrations();

// The triggers derived from the schema, made again as of `version` (-1: the
// newest): the search index's marks, history and the Trash, the kept counts,
// and on a server the announcement of changes (version 13 on). For a new
// server database, a copied one, and the steps that change their form.
void installDerivedTriggers(Database& db, int version = -1);

// The steps, each in its own file under storage/migrations/.
void migrateFoundation(Database& db);        // 1: reference data, organizations, people
void migrateSearch(Database& db);            // 2: the global search index
void migrateFellowship(Database& db);        // 3: CLAIR Fellowship cohorts, fellows, homestays
void migrateJetaa(Database& db);             // 4: JETAA chapters, funding, affiliations, events
void migrateDelegations(Database& db);       // 5: delegations, staff, research requests and topics
void migrateDataSafety(Database& db);        // 6: history (change_log), trash, session actor
void migrateListOrder(Database& db);         // 7: sort keys for lists read a screen at a time
void migrateRecordCounts(Database& db);      // 8: counts of records kept by triggers
void migrateSearchSources(Database& db);     // 9: search finds tags, log entries, towns, hosts
void migrateSearchFolding(Database& db);     // 10: search text folded again (variant kanji, romaji)
void migrateDelegationSearch(Database& db);  // 11: delegations found by their government
void migrateStatementTriggers(Database& db); // 12: (nothing in a file)
void migrateStatementTriggersOnServer(Database& db); // 12: server triggers once per statement
void migrateLiveChanges(Database& db);               // 13: (nothing in a file)
void migrateLiveChangesOnServer(Database& db); // 13: changes announced; history names the login
void migrateRoles(Database& db);               // 14: (nothing in a file)
void migrateRolesOnServer(Database& db);       // 14: the office's roles, enforced by the server
void migrateKanaOrder(Database& db);           // 15: names without a reading sorted by their kana
void migrateKanaOrderOnServer(Database& db);   // 15: the same on a server

} // namespace jlgc
