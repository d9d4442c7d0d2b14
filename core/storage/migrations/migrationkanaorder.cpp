// Schema version 15: a Japanese name written without a reading sorts by its
// kana read as hiragana, as a name with a reading does (キング郡 among the き,
// not after every name that has one). The tables do not change: the records
// whose sort key changes (SearchIndex::sortKey) are marked to be indexed
// again, which the step's own commit does.
#include "storage/database.h"
#include "storage/migrations.h"

namespace jlgc {

namespace {

// The marks, as `insert` … SELECT … `ignored` on either engine. A server
// keeps a mark's record as text, and an indexed record's id (a number) or
// code (a town's) in columns of their own: `itemKey` reads it from
// search_item, `idText` from a table of records.
void markForIndexing(Database& db, const QString& insert, const QString& ignored,
                     const QString& itemKey, const QString& idText)
{
    Query(db, insert +
                  QStringLiteral(" search_dirty (kind, record_id) "
                                 "SELECT kind, %1 FROM search_item WHERE kind NOT IN "
                                 "('person', 'organization') "
                                 "UNION ALL SELECT 'organization', %2 FROM organization "
                                 "WHERE coalesce(name_kana, '') = '' AND "
                                 "coalesce(name_ja, '') <> '' "
                                 "UNION ALL SELECT 'person', %2 FROM person "
                                 "WHERE coalesce(family_name_kana, '') = '' AND "
                                 "coalesce(given_name_kana, '') = ''")
                      .arg(itemKey, idText) +
                  ignored)
        .exec();
}

} // namespace

void migrateKanaOrder(Database& db)
{
    markForIndexing(db, QStringLiteral("INSERT OR IGNORE INTO"), {}, QStringLiteral("record_id"),
                    QStringLiteral("id"));
}

void migrateKanaOrderOnServer(Database& db)
{
    markForIndexing(db, QStringLiteral("INSERT INTO"), QStringLiteral(" ON CONFLICT DO NOTHING"),
                    QStringLiteral("coalesce(record_code, record_id::text)"),
                    QStringLiteral("id::text"));
}

} // namespace jlgc
