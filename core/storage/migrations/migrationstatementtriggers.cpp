// Schema version 12: on an office server, the triggers that keep history,
// counts and the search index's marks write once per statement instead of
// once per row (AFTER … FOR EACH STATEMENT with the statement's rows as a
// table). An import writes 1,000 rows in one INSERT: before, that INSERT
// ran 3,000 trigger calls and wrote 2,000 rows one at a time; now it runs 3
// statements. A file's triggers stay per row (SQLite has no other kind), so
// the step changes nothing in a file.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/recordkinds.h"
#include "storage/schemainfo.h"

namespace jlgc {

void migrateStatementTriggers(Database&)
{
    // A file of version 11 already has the triggers it keeps.
}

void migrateStatementTriggersOnServer(Database& server)
{
    // The counts are counted again: colleagues still at work with an
    // earlier version wait until the step commits, so that no row they add
    // meanwhile is counted twice (record tables first, as their saves take
    // them, then the index and the counts).
    QStringList tables;
    for (const RecordKind& kind : RecordKinds::all())
        if (server.hasTable(kind.table)) // a kind of a later step has none yet
            tables << SchemaInfo::quoted(kind.table);
    tables.sort();
    tables.removeDuplicates();
    for (const char* last : {"search_item", "record_count"})
        tables << QString::fromLatin1(last);
    Query(server, QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE")
                      .arg(tables.join(QStringLiteral(", "))))
        .exec();
    installDerivedTriggers(server, 12);
}

} // namespace jlgc
