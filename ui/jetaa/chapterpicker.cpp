#include "jetaa/chapterpicker.h"

#include "domain/jetaarules.h"
#include "reference/jurisdiction.h"
#include "search/textnormalizer.h"
#include "storage/jetaachapterrepository.h"

namespace jlgc::pickers {

SearchPicker::Provider chapters(DatabaseGetter getDb, std::function<ChapterId()> exclude)
{
    return fromDatabase(std::move(getDb), [exclude](Database& db, const QString& text) {
        QList<PickerItem> items;
        const QString folded = normalizeForSearch(text);
        const ChapterId skip = exclude ? exclude() : 0;
        JetaaChapterRepository repo(db);
        const auto parents = repo.parentMap();
        for (const JetaaChapter& c : repo.list()) {
            if (skip > 0 && (c.id == skip || JetaaRules::wouldCreateCycle(skip, c.id, parents)))
                continue;
            if (!folded.isEmpty() && !normalizeForSearch(c.name).contains(folded) &&
                !normalizeForSearch(c.shortName).contains(folded) &&
                !normalizeForSearch(c.city).contains(folded))
                continue;
            items << PickerItem{c.id, c.name,
                                QStringList{c.shortName, JurisdictionLabels::country(c.country)}
                                    .join(QStringLiteral("  "))
                                    .trimmed()};
        }
        return items;
    });
}

QString chapterLabel(Database* db, ChapterId id)
{
    return recordLabel<JetaaChapterRepository>(db, id,
                                               [](const JetaaChapter& c) { return c.name; });
}

} // namespace jlgc::pickers
