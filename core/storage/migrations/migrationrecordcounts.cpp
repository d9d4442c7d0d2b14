// Schema version 8: each kind's number of records kept in record_count by
// triggers, so that the dashboard and the status bar show them at once on a
// file of a million people (count(*) reads the whole table).
#include "storage/migrations.h"
#include "storage/recordkinds.h"

namespace jlgc {

void migrateRecordCounts(Database& db)
{
    RecordKinds::installCounters(db);
}

} // namespace jlgc
