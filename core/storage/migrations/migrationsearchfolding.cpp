// Schema version 9: search folds variant kanji (髙 = 高), ヶ and ケ in place
// names, apostrophes and the ʻokina, hyphens and dashes, and romanizations
// (Gumma = Gunma, Ohtsu = Ōtsu). The tables do not change; what was folded
// with the older rules is folded again: the reference data's search_text,
// the affiliations' na_key, and every record of the global search index
// (marked to be indexed again before the next search).
#include "reference/referenceloader.h"
#include "search/textnormalizer.h"
#include "storage/database.h"
#include "storage/history.h"
#include "storage/migrations.h"

namespace jlgc {

void migrateSearchFolding(Database& db)
{
    // Folding again changes no record: nothing goes into the history (the
    // triggers are installed again after the step).
    History::removeTriggers(db);
    ReferenceLoader(db).refreshSearchText();
    QList<QPair<qint64, QString>> keys;
    {
        Query q(db, QStringLiteral("SELECT id, na_name, na_key FROM sister_affiliation"));
        q.exec();
        while (q.next()) {
            const QString key = normalizeForSearch(q.text(1));
            if (key != q.text(2))
                keys << qMakePair(q.value(0).toLongLong(), key);
        }
    }
    Query update(db, QStringLiteral("UPDATE sister_affiliation SET na_key = :k WHERE id = :id"));
    for (const auto& [id, key] : keys)
        update.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":id"), id).exec();
    Query(db, QStringLiteral("INSERT OR IGNORE INTO search_dirty (kind, record_id) SELECT kind, "
                             "record_id FROM search_item"))
        .exec();
}

} // namespace jlgc
