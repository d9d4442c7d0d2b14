// Schema version 15: a Japanese name written without a reading sorts by its
// kana read as hiragana, as a name with a reading does (キング郡 among the き,
// not after every name that has one). The tables do not change: the records
// whose sort key changes (SearchIndex::sortKey) are marked to be indexed
// again, which the step's own commit does. Only those: a person or an
// organization with a reading, or a person with a name in Latin letters,
// keeps the key it had (a million people are not indexed again for none).
#include "storage/database.h"
#include "storage/migrations.h"

namespace jlgc {

namespace {

struct Engine {
    QString insert;      // INSERT OR IGNORE INTO / INSERT INTO
    QString ignored;     // "" / ON CONFLICT DO NOTHING
    QString itemKey;     // a search_item's record, as search_dirty keeps it
    QString idText;      // a record's id, likewise
    QString hasKatakana; // %1: the column holds a katakana letter
};

void markForIndexing(Database& db, const Engine& e)
{
    const QString katakana = e.hasKatakana.arg(QStringLiteral("name_ja"));
    Query(db, e.insert +
                  QStringLiteral(" search_dirty (kind, record_id) "
                                 "SELECT kind, %1 FROM search_item WHERE kind NOT IN "
                                 "('person', 'organization') "
                                 "UNION ALL SELECT 'organization', %2 FROM organization "
                                 "WHERE coalesce(name_kana, '') = '' AND %3 "
                                 "UNION ALL SELECT 'person', %2 FROM person "
                                 "WHERE coalesce(family_name_kana, '') = '' AND "
                                 "coalesce(given_name_kana, '') = '' AND "
                                 "coalesce(family_name, '') = '' AND coalesce(given_name, '') = ''")
                      .arg(e.itemKey, e.idText, katakana) +
                  e.ignored)
        .exec();
}

} // namespace

void migrateKanaOrder(Database& db)
{
    markForIndexing(db, {QStringLiteral("INSERT OR IGNORE INTO"),
                         {},
                         QStringLiteral("record_id"),
                         QStringLiteral("id"),
                         QStringLiteral("%1 GLOB '*[ァ-ヶ]*'")});
}

void migrateKanaOrderOnServer(Database& db)
{
    markForIndexing(db, {QStringLiteral("INSERT INTO"), QStringLiteral(" ON CONFLICT DO NOTHING"),
                         QStringLiteral("coalesce(record_code, record_id::text)"),
                         QStringLiteral("id::text"), QStringLiteral("%1 ~ '[ァ-ヶ]'")});
}

} // namespace jlgc
