#include "search/searchindex.h"

#include "domain/organization.h"
#include "domain/personname.h"
#include "search/textnormalizer.h"
#include "storage/database.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace jlgc {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) ||
           (u >= 0xF900 && u <= 0xFAFF) || c.isSurrogate() || u == 0x3005; // 々
}

// Runs of Japanese characters and runs of other letters and digits.
struct Run {
    QString text;
    bool cjk;
};

QList<Run> runsOf(const QString& folded)
{
    QList<Run> runs;
    bool open = false;
    for (const QChar c : folded) {
        const bool cjk = isCjk(c);
        if (!cjk && !c.isLetterOrNumber()) {
            open = false; // a separator ends the run
            continue;
        }
        if (!open || runs.back().cjk != cjk)
            runs << Run{QString(), cjk};
        open = true;
        runs.back().text += c;
    }
    return runs;
}

// Characters of a Japanese run, keeping surrogate pairs together (𠮷).
QStringList characters(const QString& run)
{
    QStringList chars;
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (run[i].isHighSurrogate() && i + 1 < run.size()) {
            chars << run.mid(i, 2);
            ++i;
        } else {
            chars << QString(run[i]);
        }
    }
    return chars;
}

} // namespace

const QList<SearchSource>& SearchIndex::sources()
{
    return SearchStore::sources();
}

QString SearchIndex::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("person"))
        return tr("People");
    if (kind == QLatin1String("organization"))
        return tr("Organizations");
    if (kind == QLatin1String("cohort"))
        return tr("CLAIR Fellowship cohorts");
    if (kind == QLatin1String("host_family"))
        return tr("Host families");
    if (kind == QLatin1String("jetaa_chapter"))
        return tr("JETAA chapters");
    if (kind == QLatin1String("sister_affiliation"))
        return tr("Sister city and state affiliations");
    if (kind == QLatin1String("office_event"))
        return tr("Events");
    if (kind == QLatin1String("delegation"))
        return tr("Delegations");
    if (kind == QLatin1String("research_request"))
        return tr("Research requests");
    if (kind == QLatin1String("research_topic"))
        return tr("Research topics");
    if (kind == QLatin1String("research_log"))
        return tr("Research log entries");
    if (kind == QLatin1String("prefecture"))
        return tr("Prefectures");
    if (kind == QLatin1String("municipality"))
        return tr("Municipalities");
    return kind;
}

namespace {

// Hyphens, dashes, slashes and dots join words that are words of their own
// too: Winston-Salem is found by "salem", Jean-Luc by "luc", St.Paul by "paul".
bool joinsWords(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2212':
    case u'/':
    case u'.':
    case u',':
        return true;
    default:
        return false;
    }
}

QStringList partsOf(const QString& word)
{
    QStringList parts;
    QString part;
    for (const QChar c : word) {
        if (joinsWords(c)) {
            if (!part.isEmpty())
                parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    if (!part.isEmpty())
        parts << part;
    return parts;
}

} // namespace

QString SearchIndex::tokensFor(const QStringList& texts)
{
    QStringList tokens;
    QSet<QString> seen;
    auto add = [&](const QString& t) {
        if (!t.isEmpty() && !seen.contains(t)) {
            seen.insert(t);
            tokens << t;
        }
    };
    // A word of Latin letters, with the spellings a query may use for it:
    // the romanization folded (Gumma → gunma) and the abbreviation's other
    // form (St. → saint).
    auto addLatin = [&](const QString& folded) {
        add(folded);
        add(romanizationKey(folded));
        add(placeWordEquivalent(folded));
    };
    for (const QString& text : texts) {
        if (text.isEmpty())
            continue;
        // Words keep their spaces here: "taro yamada" gives two words.
        const QStringList words = text.normalized(QString::NormalizationForm_KC)
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words) {
            const QString folded = normalizeForSearch(word);
            for (const Run& run : runsOf(folded)) {
                if (!run.cjk) {
                    addLatin(run.text);
                    continue;
                }
                const QStringList chars = characters(run.text);
                // Pairs in order first (a phrase of pairs finds longer text),
                // then each character, then the romaji of kana.
                QStringList pairs;
                for (qsizetype i = 0; i + 1 < chars.size(); ++i)
                    pairs << chars[i] + chars[i + 1];
                tokens << pairs; // kept in order, repeats allowed for phrases
                for (const QString& c : chars)
                    add(c);
                const QString romaji = romajiVariants(run.text);
                for (const QString& r : romaji.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    if (r != run.text)
                        add(normalizeForSearch(r));
            }
            const QStringList parts = partsOf(word);
            if (parts.size() > 1)
                for (const QString& part : parts)
                    for (const Run& run : runsOf(normalizeForSearch(part)))
                        if (!run.cjk)
                            addLatin(run.text);
        }
    }
    return tokens.join(QLatin1Char(' '));
}

QString SearchIndex::queryProblem(const QString& query)
{
    const QString text = query.trimmed();
    if (text.size() > MaxQueryLength)
        return tr("The search is too long (%1 characters): search for at most %2 characters.")
            .arg(text.size())
            .arg(MaxQueryLength);
    if (text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > MaxQueryWords)
        return tr("The search has too many words: search for at most %1 words.").arg(MaxQueryWords);
    return {};
}

QList<SearchTerm> SearchIndex::queryTerms(const QString& query)
{
    if (!queryProblem(query).isEmpty())
        return {};
    QList<SearchTerm> terms;
    auto add = [&](const SearchTerm& term) {
        if (!terms.contains(term))
            terms << term;
    };
    for (const QString& word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (const Run& run : runsOf(normalizeForSearch(word))) {
            if (!run.cjk) {
                // Gumma finds Gunma and Ohtsu finds Ōtsu: the index holds the
                // folded romanization of every word too.
                const QString key = romanizationKey(run.text);
                add({SearchTerm::Type::Prefix,
                     key == run.text ? QStringList{run.text} : QStringList{run.text, key}});
                continue;
            }
            const QStringList chars = characters(run.text);
            if (chars.size() == 1) {
                add({SearchTerm::Type::Token, chars});
                continue;
            }
            QStringList pairs;
            for (qsizetype i = 0; i + 1 < chars.size(); ++i)
                pairs << chars[i] + chars[i + 1];
            add({SearchTerm::Type::Phrase, pairs});
        }
    }
    return terms;
}

QString SearchIndex::matchExpression(const QString& query)
{
    return SearchStore::matchExpression(queryTerms(query));
}

QString SearchIndex::sortKey(const QString& kind, Language language, const QStringList& row)
{
    QString key;
    if (kind == QLatin1String("person")) {
        // family_name, given_name, family_name_kanji, given_name_kanji,
        // family_name_kana, given_name_kana: as the people list sorts.
        PersonName n;
        n.family = row.value(4);
        n.given = row.value(5);
        n.familyKanji = row.value(6);
        n.givenKanji = row.value(7);
        n.familyKana = row.value(8);
        n.givenKana = row.value(9);
        key = n.sortKey(language);
    } else if (kind == QLatin1String("organization")) {
        // name_en, name_ja, name_kana: as the organizations list sorts.
        Organization o;
        o.nameEn = row.value(4);
        o.nameJa = row.value(5);
        o.nameKana = row.value(6);
        key = o.sortKey(language);
    } else {
        // Kana as hiragana, as a reading is: キ among the き.
        key = language == Language::Japanese ? toHiragana(row.value(1)) : row.value(0);
    }
    // Binary order in SQLite: lower case without accents for Latin letters;
    // hiragana are already in the order of the syllabary.
    QString folded;
    for (const QChar c : key.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    return folded.trimmed();
}

void SearchIndex::index(SearchStore& store, const SearchSource& source, const QVariantList& ids)
{
    const QString kind = source.kind;
    store.removeMany(kind, ids);
    const QList<std::optional<QStringList>> rows = store.readMany(source, ids);
    QList<SearchEntry> entries;
    entries.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const std::optional<QStringList>& row = rows[i];
        if (!row)
            continue; // removed
        entries << SearchEntry{
            {kind, ids[i], row->value(0), row->value(1), row->value(2), row->value(3)},
            sortKey(kind, Language::English, *row),
            sortKey(kind, Language::Japanese, *row),
            tokensFor(row->mid(4))};
    }
    store.addMany(entries);
}

void SearchIndex::refresh()
{
    if (!SearchStore(m_db).hasPending())
        return;
    m_db.transaction([&] {
        SearchStore store(m_db);
        const QList<QPair<QString, QVariant>> dirty = store.pending();
        QHash<QString, QVariantList> idsOfKind;
        for (const auto& [kind, id] : dirty)
            idsOfKind[kind] << id;
        // Many records a statement on a server (an import marks thousands).
        for (const SearchSource& s : sources()) {
            const QVariantList ids = idsOfKind.value(s.kind);
            for (qsizetype from = 0; from < ids.size(); from += IndexTogether)
                index(store, s, ids.mid(from, IndexTogether));
        }
        store.clearPending();
        if (dirty.size() >= OptimizeAfter && dirty.size() * 4 >= store.entryCountEstimate())
            store.optimize();
    });
}

void SearchIndex::rebuild()
{
    m_db.transaction([&] {
        SearchStore(m_db).clear();
        SearchStore::install(m_db);
    });
    refresh();
}

QList<SearchHit> SearchIndex::search(const QString& query, Language language, int limit,
                                     const QString& onlyKind)
{
    const QString problem = queryProblem(query);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Validation, problem);
    const QList<SearchTerm> terms = queryTerms(query);
    if (terms.isEmpty())
        return {};
    // Only reads: the index follows each write as it commits (Database::commit).
    // Kind by kind, in the order of sources(), the first matches of each.
    const SearchStore store(m_db);
    QStringList kinds;
    for (const SearchSource& source : sources())
        if (onlyKind.isEmpty() || onlyKind == source.kind)
            kinds << source.kind;
    QList<SearchHit> hits;
    const bool ja = language == Language::Japanese;
    qsizetype firstPerson = -1;
    qsizetype people = 0;
    for (const SearchRow& r : store.find(kinds, terms, limit)) {
        if (r.kind == QLatin1String("person")) {
            if (firstPerson < 0)
                firstPerson = hits.size();
            ++people;
        }
        const QString title = ja ? r.titleJa : r.titleEn;
        hits << SearchHit{r.kind, r.id, title.isEmpty() ? (ja ? r.titleEn : r.titleJa) : title,
                          ja ? r.subtitleJa : r.subtitleEn};
    }
    if (people > 0) // people come together, in the order of the sources
        addWorkplaces(hits, firstPerson, firstPerson + people, language);
    return hits;
}

void SearchIndex::addWorkplaces(QList<SearchHit>& hits, qsizetype from, qsizetype to,
                                Language language)
{
    // People of the same name are told apart by where they work now (read
    // at search time, so a move to another organization shows at once).
    QList<qint64> ids;
    for (qsizetype i = from; i < to; ++i)
        ids << hits[i].id.toLongLong();
    QHash<qint64, QString> workplace;
    const bool ja = language == Language::Japanese;
    for (const PersonWorkplace& w : SearchStore(m_db).workplaces(ids, QDate::currentDate())) {
        if (workplace.contains(w.personId))
            continue; // the latest one
        QString name = ja ? w.nameJa : w.nameEn;
        if (name.isEmpty())
            name = ja ? w.nameEn : w.nameJa;
        if (!w.shortName.isEmpty() && !ja)
            name = w.shortName.size() < name.size() ? w.shortName : name;
        workplace.insert(w.personId, name);
    }
    for (qsizetype i = from; i < to; ++i) {
        const QString where = workplace.value(hits[i].id.toLongLong());
        if (where.isEmpty())
            continue;
        SearchHit& h = hits[i];
        h.subtitle = h.subtitle.isEmpty() ? where : where + QStringLiteral(" · ") + h.subtitle;
    }
}

} // namespace jlgc
