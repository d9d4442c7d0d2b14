#include "search/searchindex.h"

#include "domain/personname.h"
#include "search/textnormalizer.h"
#include "storage/database.h"
#include "storage/sqlconditions.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <map>

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

QString quoted(const QString& token)
{
    QString t = token;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

const QList<SearchSource>& SearchIndex::sources()
{
    static const QList<SearchSource> list = {
        {"person", "person", "id",
         "SELECT trim(coalesce(given_name,'') || ' ' || coalesce(family_name,'')), "
         "trim(coalesce(family_name_kanji,'') || ' ' || coalesce(given_name_kanji,'')), "
         "coalesce(title,''), coalesce(title,''), family_name, given_name, family_name_kanji, "
         "given_name_kanji, family_name_kana, given_name_kana, "
         "coalesce(family_name_kanji,'') || coalesce(given_name_kanji,''), email, title, notes "
         "FROM person WHERE id = :id"},
        {"organization", "organization", "id",
         "SELECT coalesce(name_en, name_ja), coalesce(name_ja, name_en), coalesce(short_name,''), "
         "coalesce(short_name,''), name_en, name_ja, name_kana, short_name, city, notes "
         "FROM organization WHERE id = :id"},
        // A cohort is found by its host too (北茨城, Kitaibaraki).
        {"cohort", "cohort", "id",
         "SELECT 'CLAIR Fellowship ' || c.year, c.year || '年度 CLAIRフェローシップ', "
         "coalesce(c.theme_en,''), coalesce(c.theme_ja, c.theme_en, ''), c.year, c.theme_en, "
         "c.theme_ja, c.notes, m.name_ja, m.name_kana, m.name_romaji, m.name_en, p.name_ja, "
         "p.name_kana, p.name_en FROM cohort c LEFT JOIN municipality m ON m.code = "
         "c.host_municipality_code LEFT JOIN prefecture p ON p.code = "
         "coalesce(c.host_prefecture_code, m.prefecture_code) WHERE c.id = :id"},
        // A host family by its town as well as its name; the town is its subtitle.
        {"host_family", "host_family", "id",
         "SELECT coalesce(h.family_name_romaji, h.family_name_kanji) || ' family', "
         "coalesce(h.family_name_kanji, h.family_name_romaji) || '家', "
         "coalesce(m.name_en || ', ' || p.name_en, ''), coalesce(p.name_ja || m.name_ja, ''), "
         "h.family_name_kanji, h.family_name_kana, h.family_name_romaji, h.notes, m.name_ja, "
         "m.name_kana, m.name_romaji, m.name_en, p.name_ja, p.name_en FROM host_family h "
         "LEFT JOIN municipality m ON m.code = h.municipality_code LEFT JOIN prefecture p ON "
         "p.code = m.prefecture_code WHERE h.id = :id"},
        {"jetaa_chapter", "jetaa_chapter", "id",
         "SELECT name, name, coalesce(city,'') || ' ' || coalesce(short_name,''), "
         "coalesce(city,'') || ' ' || coalesce(short_name,''), name, short_name, city, notes "
         "FROM jetaa_chapter WHERE id = :id"},
        {"sister_affiliation", "sister_affiliation", "id",
         "SELECT a.na_name || ' – ' || coalesce(m.name_en, p.name_en), "
         "coalesce(p.name_ja || m.name_ja, p.name_ja) || '・' || a.na_name, "
         "coalesce(a.established_year, ''), coalesce(a.established_year || '年', ''), "
         "a.na_name, p.name_ja, p.name_kana, p.name_en, m.name_ja, m.name_kana, m.name_en, "
         "m.name_romaji, a.notes FROM sister_affiliation a JOIN prefecture p ON p.code = "
         "a.prefecture_code LEFT JOIN municipality m ON m.code = a.municipality_code "
         "WHERE a.id = :id"},
        {"office_event", "office_event", "id",
         "SELECT coalesce(title_en, title_ja), coalesce(title_ja, title_en), event_date, "
         "event_date, title_en, title_ja, place, notes FROM office_event WHERE id = :id"},
        {"delegation", "delegation", "id",
         "SELECT coalesce(name_en, name_ja), coalesce(name_ja, name_en), "
         "coalesce(arrival_date, ''), coalesce(arrival_date, ''), name_en, name_ja, purpose_en, "
         "purpose_ja FROM delegation WHERE id = :id"},
        {"research_request", "research_request", "id",
         "SELECT coalesce(question_en, question_ja), coalesce(question_ja, question_en), "
         "received_date, received_date, question_en, question_ja, answer_summary "
         "FROM research_request WHERE id = :id"},
        // Topics by their tags too; the log's entries are found on their own.
        {"research_topic", "research_topic", "id",
         "SELECT coalesce(title_en, title_ja), coalesce(title_ja, title_en), "
         "coalesce((SELECT group_concat(tag, ', ') FROM research_topic_tag WHERE topic_id = "
         "research_topic.id), status), coalesce((SELECT group_concat(tag, '、') FROM "
         "research_topic_tag WHERE topic_id = research_topic.id), status), title_en, title_ja, "
         "description, (SELECT group_concat(tag, ' ') FROM research_topic_tag WHERE topic_id = "
         "research_topic.id) FROM research_topic WHERE id = :id"},
        {"research_log", "research_log_entry", "id",
         "SELECT coalesce(t.title_en, t.title_ja) || ' · ' || e.entry_date, "
         "coalesce(t.title_ja, t.title_en) || ' · ' || e.entry_date, "
         "substr(coalesce(e.notes, e.outcome), 1, 80), substr(coalesce(e.notes, e.outcome), 1, "
         "80), e.notes, e.outcome, (SELECT group_concat(coalesce(o.name_en, '') || ' ' || "
         "coalesce(o.name_ja, '') || ' ' || coalesce(o.short_name, ''), ' ') FROM "
         "research_log_organization lo JOIN organization o ON o.id = lo.organization_id WHERE "
         "lo.entry_id = e.id) FROM research_log_entry e JOIN research_topic t ON t.id = "
         "e.topic_id WHERE e.id = :id"},
        {"prefecture", "prefecture", "code",
         "SELECT name_en, name_ja, code, code, name_en, name_ja, name_kana, code, code6 "
         "FROM prefecture WHERE code = :id"},
        {"municipality", "municipality", "code",
         "SELECT m.name_en, p.name_ja || m.name_ja, p.name_en || ' · ' || m.code, "
         "p.name_ja || ' · ' || m.code, m.name_en, m.name_ja, m.name_kana, m.name_romaji, m.code "
         "FROM municipality m JOIN prefecture p ON p.code = m.prefecture_code "
         "WHERE m.code = :id"},
    };
    return list;
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

void SearchIndex::install(Database& db)
{
    Query(db, QStringLiteral("CREATE TABLE IF NOT EXISTS search_item ("
                             "rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id NOT NULL, "
                             "title_en TEXT, title_ja TEXT, subtitle_en TEXT, subtitle_ja TEXT, "
                             "UNIQUE (kind, record_id))"))
        .exec();
    // The kind is a column of its own so that each kind's first matches are
    // found without ranking every match (a one-letter query matches many).
    Query(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
                             "kind, tokens, tokenize = 'unicode61 remove_diacritics 0', "
                             "prefix = '2 3')"))
        .exec();
    Query(db, QStringLiteral("CREATE TABLE IF NOT EXISTS search_dirty (kind TEXT NOT NULL, "
                             "record_id NOT NULL, PRIMARY KEY (kind, record_id)) WITHOUT ROWID"))
        .exec();
    for (const SearchSource& s : sources()) {
        const QString table = QLatin1String(s.table);
        const bool exists = Query(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                     "type = 'table' AND name = :t"))
                                .bind(QStringLiteral(":t"), table)
                                .exec()
                                .scalar()
                                .toInt() > 0;
        if (!exists)
            continue;
        // Names from the list above, never from the user.
        const QString kind = QLatin1String(s.kind);
        const QString idc = QLatin1String(s.idColumn);
        for (const auto& [event, row] :
             {std::pair{"INSERT", "NEW"}, std::pair{"UPDATE", "NEW"}, std::pair{"DELETE", "OLD"}}) {
            Query(db, QStringLiteral("CREATE TRIGGER IF NOT EXISTS search_%1_%2 AFTER %3 ON %4 "
                                     "BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) "
                                     "VALUES ('%1', %5.%6); END")
                          .arg(kind, QString::fromLatin1(event).toLower(), QLatin1String(event),
                               table, QLatin1String(row), idc))
                .exec();
        }
        // Records that exist but are not indexed yet.
        Query(db, QStringLiteral("INSERT OR IGNORE INTO search_dirty (kind, record_id) "
                                 "SELECT '%1', %2 FROM %3 WHERE %2 NOT IN (SELECT record_id "
                                 "FROM search_item WHERE kind = '%1')")
                      .arg(kind, idc, table))
            .exec();
    }
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

QString SearchIndex::matchExpression(const QString& query)
{
    if (!queryProblem(query).isEmpty())
        return {};
    QStringList terms;
    auto add = [&](const QString& term) {
        if (!terms.contains(term))
            terms << term;
    };
    for (const QString& word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (const Run& run : runsOf(normalizeForSearch(word))) {
            if (!run.cjk) {
                // Gumma finds Gunma and Ohtsu finds Ōtsu: the index holds the
                // folded romanization of every word too.
                const QString key = romanizationKey(run.text);
                add(key == run.text
                        ? quoted(run.text) + QLatin1Char('*')
                        : QStringLiteral("(%1* OR %2*)").arg(quoted(run.text), quoted(key)));
                continue;
            }
            const QStringList chars = characters(run.text);
            if (chars.size() == 1) {
                add(quoted(chars.front()));
                continue;
            }
            QStringList pairs;
            for (qsizetype i = 0; i + 1 < chars.size(); ++i)
                pairs << chars[i] + chars[i + 1];
            add(quoted(pairs.join(QLatin1Char(' '))));
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

QString SearchIndex::sortKey(const QString& kind, Language language, const Query& q)
{
    QString key;
    if (kind == QLatin1String("person")) {
        // family_name, given_name, family_name_kanji, given_name_kanji,
        // family_name_kana, given_name_kana: as the people list sorts.
        PersonName n;
        n.family = q.text(4);
        n.given = q.text(5);
        n.familyKanji = q.text(6);
        n.givenKanji = q.text(7);
        n.familyKana = q.text(8);
        n.givenKana = q.text(9);
        key = n.sortKey(language);
    } else if (kind == QLatin1String("organization")) {
        // name_en, name_ja, name_kana
        const QString en = q.text(4);
        const QString ja = q.text(5);
        const QString kana = q.text(6);
        if (language == Language::English && !en.isEmpty())
            key = en;
        else if (!kana.isEmpty())
            key = toHiragana(kana);
        else
            key = ja.isEmpty() ? en : ja;
    } else {
        key = language == Language::Japanese ? q.text(1) : q.text(0);
    }
    // Binary order in SQLite: lower case without accents for Latin letters;
    // hiragana are already in the order of the syllabary.
    QString folded;
    for (const QChar c : key.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    return folded.trimmed();
}

// The statements of one refresh, prepared once: a demo database or an
// import marks a million records at a time.
struct SearchIndex::Statements {
    explicit Statements(Database& db)
        : old(db, QStringLiteral("SELECT rowid FROM search_item WHERE kind = :k AND "
                                 "record_id = :id")),
          deleteFts(db, QStringLiteral("DELETE FROM search_fts WHERE rowid = :r")),
          deleteItem(db, QStringLiteral("DELETE FROM search_item WHERE rowid = :r")),
          item(db, QStringLiteral("INSERT INTO search_item (kind, record_id, title_en, "
                                  "title_ja, subtitle_en, subtitle_ja, sort_en, sort_ja) VALUES "
                                  "(:k, :id, :te, :tj, :se, :sj, :sorten, :sortja)")),
          fts(db, QStringLiteral("INSERT INTO search_fts (rowid, kind, tokens) VALUES (:r, :k, "
                                 ":t)"))
    {
        for (const SearchSource& s : sources())
            select.emplace(QLatin1String(s.kind), Query(db, QString::fromUtf8(s.select)));
    }
    Query old;
    Query deleteFts;
    Query deleteItem;
    Query item;
    Query fts;
    std::map<QString, Query> select;
};

void SearchIndex::index(Statements& st, const SearchSource& source, const QVariant& id)
{
    const QString kind = QLatin1String(source.kind);
    const QVariant rowid =
        st.old.bind(QStringLiteral(":k"), kind).bind(QStringLiteral(":id"), id).exec().scalar();
    if (rowid.isValid()) {
        st.deleteFts.bind(QStringLiteral(":r"), rowid).exec();
        st.deleteItem.bind(QStringLiteral(":r"), rowid).exec();
    }
    Query& q = st.select.at(kind);
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return; // removed
    QStringList texts;
    for (int c = 4; c < q.columnCount(); ++c)
        texts << q.text(c);
    st.item.bind(QStringLiteral(":k"), kind)
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":te"), q.text(0))
        .bind(QStringLiteral(":tj"), q.text(1))
        .bind(QStringLiteral(":se"), q.text(2))
        .bind(QStringLiteral(":sj"), q.text(3))
        .bind(QStringLiteral(":sorten"), sortKey(kind, Language::English, q))
        .bind(QStringLiteral(":sortja"), sortKey(kind, Language::Japanese, q))
        .exec();
    q.finish();
    st.fts.bind(QStringLiteral(":r"), st.item.lastInsertId())
        .bind(QStringLiteral(":k"), kind)
        .bind(QStringLiteral(":t"), tokensFor(texts))
        .exec();
}

void SearchIndex::refresh()
{
    const bool pending = Query(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_dirty)"))
                             .exec()
                             .scalar()
                             .toBool();
    if (!pending)
        return;
    m_db.transaction([&] {
        QList<QPair<QString, QVariant>> dirty;
        {
            Query q(m_db, QStringLiteral("SELECT kind, record_id FROM search_dirty"));
            q.exec();
            while (q.next())
                dirty << qMakePair(q.text(0), q.value(1));
        }
        Statements st(m_db);
        for (const auto& [kind, id] : dirty)
            for (const SearchSource& s : sources())
                if (kind == QLatin1String(s.kind))
                    index(st, s, id);
        Query(m_db, QStringLiteral("DELETE FROM search_dirty")).exec();
    });
}

void SearchIndex::rebuild()
{
    m_db.transaction([&] {
        Query(m_db, QStringLiteral("DELETE FROM search_fts")).exec();
        Query(m_db, QStringLiteral("DELETE FROM search_item")).exec();
        install(m_db);
    });
    refresh();
}

QList<SearchHit> SearchIndex::search(const QString& query, Language language, int limit,
                                     const QString& onlyKind)
{
    const QString problem = queryProblem(query);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Validation, problem);
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return {};
    if (!m_db.isReadOnly()) // a read-only file is searched as it was indexed
        refresh();
    // Kind by kind, in the order of sources(), the first matches of each:
    // FTS5 stops at the limit instead of ranking every match.
    Query q(m_db, QStringLiteral("SELECT i.kind, i.record_id, i.title_en, i.title_ja, "
                                 "i.subtitle_en, i.subtitle_ja FROM search_fts f JOIN search_item "
                                 "i ON i.rowid = f.rowid WHERE search_fts MATCH :m LIMIT :limit"));
    QList<SearchHit> hits;
    const bool ja = language == Language::Japanese;
    for (const SearchSource& source : sources()) {
        if (!onlyKind.isEmpty() && onlyKind != QLatin1String(source.kind))
            continue;
        const QString expression = QStringLiteral("kind : %1 AND tokens : (%2)")
                                       .arg(quoted(QLatin1String(source.kind)), match);
        q.bind(QStringLiteral(":m"), expression).bind(QStringLiteral(":limit"), limit).exec();
        const qsizetype firstOfKind = hits.size();
        while (q.next()) {
            const QString title = ja ? q.text(3) : q.text(2);
            hits << SearchHit{q.text(0), q.value(1),
                              title.isEmpty() ? (ja ? q.text(2) : q.text(3)) : title,
                              ja ? q.text(5) : q.text(4)};
        }
        if (QLatin1String(source.kind) == QLatin1String("person") && hits.size() > firstOfKind)
            addWorkplaces(hits, firstOfKind, language);
    }
    return hits;
}

void SearchIndex::addWorkplaces(QList<SearchHit>& hits, qsizetype from, Language language)
{
    // People of the same name are told apart by where they work now (read
    // at search time, so a move to another organization shows at once).
    QList<qint64> ids;
    for (qsizetype i = from; i < hits.size(); ++i)
        ids << hits[i].id.toLongLong();
    QHash<qint64, QString> workplace;
    Query q(m_db, QStringLiteral("SELECT a.person_id, o.name_en, o.name_ja, o.short_name FROM "
                                 "person_affiliation a JOIN organization o ON o.id = "
                                 "a.organization_id WHERE a.person_id IN (SELECT value FROM "
                                 "json_each(:ids)) AND (a.end_date IS NULL OR a.end_date >= "
                                 ":today) ORDER BY a.start_date IS NULL, a.start_date DESC"));
    q.bind(QStringLiteral(":ids"), idListJson(ids))
        .bind(QStringLiteral(":today"), QDate::currentDate().toString(Qt::ISODate))
        .exec();
    const bool ja = language == Language::Japanese;
    while (q.next()) {
        const qint64 person = q.value(0).toLongLong();
        if (workplace.contains(person))
            continue; // the latest one
        QString name = ja ? q.text(2) : q.text(1);
        if (name.isEmpty())
            name = ja ? q.text(1) : q.text(2);
        if (!q.text(3).isEmpty() && !ja)
            name = q.text(3).size() < name.size() ? q.text(3) : name;
        workplace.insert(person, name);
    }
    for (qsizetype i = from; i < hits.size(); ++i) {
        const QString where = workplace.value(hits[i].id.toLongLong());
        if (where.isEmpty())
            continue;
        SearchHit& h = hits[i];
        h.subtitle = h.subtitle.isEmpty() ? where : where + QStringLiteral(" · ") + h.subtitle;
    }
}

} // namespace jlgc
