// Schema version 7: sort keys in the search index, so that long lists read
// one screen at a time in order (by reading in Japanese) straight from an
// index instead of sorting every record in memory.
#include "storage/database.h"
#include "storage/migrations.h"

namespace jlgc {

void migrateListOrder(Database& db)
{
    for (const char* sql : {
             "ALTER TABLE search_item ADD COLUMN sort_en TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE search_item ADD COLUMN sort_ja TEXT NOT NULL DEFAULT ''",
             "CREATE INDEX search_item_sort_en ON search_item(kind, sort_en, record_id)",
             "CREATE INDEX search_item_sort_ja ON search_item(kind, sort_ja, record_id)",
             // Records indexed before have no sort keys yet.
             "INSERT OR IGNORE INTO search_dirty (kind, record_id) SELECT kind, record_id "
             "FROM search_item",
         })
        Query(db, QString::fromLatin1(sql)).exec();
}

} // namespace jlgc
