#include "common/pickers.h"

#include "common/uilanguage.h"
#include "reference/jurisdiction.h"
#include "search/searchindex.h"
#include "search/textnormalizer.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/referencerepository.h"
#include "storage/storageerror.h"

namespace jlgc::pickers {

namespace {
constexpr int MaxMatches = 50;

bool matches(const QString& folded, const QStringList& texts)
{
    if (folded.isEmpty())
        return true;
    for (const QString& t : texts)
        if (!t.isEmpty() && containsFolded(normalizeForSearch(t), folded))
            return true;
    return false;
}
} // namespace

namespace {
// People and organizations are many: the picker asks the search index (the
// same one as Find Anything) rather than reading every record per keystroke.
SearchPicker::Provider indexed(DatabaseGetter getDb, const char* kind)
{
    return fromDatabase(std::move(getDb), [kind](Database& db, const QString& text) {
        QList<PickerItem> items;
        if (text.trimmed().isEmpty())
            return items;
        QList<SearchHit> hits;
        try {
            hits = SearchIndex(db).search(text, uiLanguage(), MaxMatches, QLatin1String(kind));
        } catch (const StorageError&) {
            return items; // too long a text, or the file busy: nothing to offer
        }
        for (const SearchHit& h : std::as_const(hits))
            items << PickerItem{h.id.toLongLong(), h.title, h.subtitle};
        return items;
    });
}
} // namespace

SearchPicker::Provider
fromDatabase(DatabaseGetter getDb,
             std::function<QList<PickerItem>(Database&, const QString& text)> read)
{
    return [getDb, read](const QString& text) {
        Database* db = getDb();
        return db ? read(*db, text) : QList<PickerItem>{};
    };
}

SearchPicker::Provider organizations(DatabaseGetter getDb)
{
    return indexed(std::move(getDb), "organization");
}

SearchPicker::Provider people(DatabaseGetter getDb)
{
    return indexed(std::move(getDb), "person");
}

SearchPicker::Provider jurisdictions(DatabaseGetter getDb)
{
    return fromDatabase(std::move(getDb), [](Database& db, const QString& text) {
        QList<PickerItem> items;
        const Language lang = uiLanguage();
        for (const Jurisdiction& j :
             ReferenceRepository(db).searchJurisdictions(text, MaxMatches)) {
            const QString other = lang == Language::Japanese ? j.display(Language::English)
                                                             : j.display(Language::Japanese);
            items << PickerItem{j.code, j.display(lang),
                                other + QStringLiteral("  ") + j.nameKana + QStringLiteral("  ") +
                                    j.code};
        }
        return items;
    });
}

SearchPicker::Provider subdivisions(DatabaseGetter getDb, std::function<QString()> country)
{
    return fromDatabase(std::move(getDb), [country](Database& db, const QString& text) {
        QList<PickerItem> items;
        const QString folded = normalizeForSearch(text);
        const QString c = country ? country() : QString();
        const QString only = (c == QLatin1String("US") || c == QLatin1String("CA")) ? c : QString();
        const Language lang = uiLanguage();
        for (const Subdivision& s : ReferenceRepository(db).subdivisions(only)) {
            if (!matches(folded, {s.name, s.nameJa(), s.postalAbbr, s.code}))
                continue;
            // In the window's language, as in the lists; the other language's
            // name is shown beside it (and found too).
            const QString label = s.display(lang);
            const QString other =
                s.display(lang == Language::Japanese ? Language::English : Language::Japanese);
            items << PickerItem{s.code, label,
                                s.postalAbbr + QStringLiteral("  ") +
                                    (other != label ? other + QStringLiteral("  ") : QString()) +
                                    JurisdictionLabels::country(s.country)};
        }
        return items;
    });
}

QString organizationLabel(Database* db, qint64 id)
{
    return recordLabel<OrganizationRepository>(db, id);
}

QString personLabel(Database* db, qint64 id)
{
    return recordLabel<PersonRepository>(db, id);
}

QString jurisdictionLabel(Database* db, const QString& code)
{
    if (!db || code.isEmpty())
        return {};
    const auto j = ReferenceRepository(*db).jurisdiction(code);
    return j ? j->display(uiLanguage()) : code;
}

QHash<QString, QString> jurisdictionLabels(Database* db, const QStringList& codes)
{
    QHash<QString, QString> labels;
    if (!db)
        return labels;
    const QHash<QString, Jurisdiction> found = ReferenceRepository(*db).jurisdictions(codes);
    for (const QString& code : codes)
        if (!code.isEmpty())
            labels.insert(code,
                          found.contains(code) ? found.value(code).display(uiLanguage()) : code);
    return labels;
}

QString subdivisionLabel(Database* db, const QString& code)
{
    return subdivisionLabel(db, code, uiLanguage());
}

QString subdivisionLabel(Database* db, const QString& code, Language language)
{
    if (!db || code.isEmpty())
        return {};
    const auto s = ReferenceRepository(*db).subdivision(code);
    return s ? s->display(language) : code;
}

} // namespace jlgc::pickers
