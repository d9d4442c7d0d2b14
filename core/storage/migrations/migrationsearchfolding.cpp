// Schema version 10: search folds variant kanji (髙 = 高), ヶ and ケ in place
// names, apostrophes and the ʻokina, hyphens and dashes, and romanizations
// (Gumma = Gunma, Ohtsu = Ōtsu). The tables do not change; what was folded
// with the older rules is folded again: the reference data's search_text,
// the affiliations' na_key, and every record of the global search index
// (marked to be indexed again before the next search).
#include "search/textnormalizer.h"
#include "storage/database.h"
#include "storage/history.h"
#include "storage/migrations.h"
#include "storage/referenceloader.h"

#include <QSet>

namespace jlgc {

void migrateSearchFolding(Database& db)
{
    // Folding again changes no record: nothing goes into the history (the
    // triggers are installed again after the step).
    History::removeTriggers(db);
    ReferenceLoader(db).refreshSearchText();
    // An active tie whose name now folds like another active tie's of the
    // same pair (Winston-Salem and Winston–Salem, entered before the dash
    // was folded) keeps its old key: the schema holds one active tie per
    // key, and a migration never refuses a file. Editing it shows the rule.
    struct Tie {
        qint64 id;
        QString pair; // the columns of the unique index but the key
        bool active;
        QString oldKey;
        QString newKey;
    };
    QList<Tie> ties;
    {
        Query q(db, QStringLiteral("SELECT id, coalesce(municipality_code, prefecture_code) || "
                                   "'|' || na_kind || '|' || subdivision_code, status = "
                                   "'active', na_name, na_key FROM sister_affiliation"));
        q.exec();
        while (q.next())
            ties << Tie{q.value(0).toLongLong(), q.text(1), q.value(2).toBool(), q.text(4),
                        normalizeForSearch(q.text(3))};
    }
    // Keys an active tie holds now or will hold: a new key is taken only
    // where no active tie of the pair holds it either way.
    QSet<QString> taken;
    for (const Tie& t : ties)
        if (t.active)
            taken.insert(t.pair + QLatin1Char('|') + t.oldKey);
    QList<QPair<qint64, QString>> keys;
    for (const Tie& t : ties) {
        if (t.newKey == t.oldKey)
            continue;
        if (t.active) {
            const QString slot = t.pair + QLatin1Char('|') + t.newKey;
            if (taken.contains(slot))
                continue;
            taken.insert(slot);
        }
        keys << qMakePair(t.id, t.newKey);
    }
    Query update(db, QStringLiteral("UPDATE sister_affiliation SET na_key = :k WHERE id = :id"));
    for (const auto& [id, key] : keys)
        update.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":id"), id).exec();
    Query(db, QStringLiteral("INSERT OR IGNORE INTO search_dirty (kind, record_id) SELECT kind, "
                             "record_id FROM search_item"))
        .exec();
}

} // namespace jlgc
