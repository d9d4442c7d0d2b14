#include "storage/searchstore.h"

#include "storage/database.h"
#include "storage/records/recordtype.h"
#include "storage/sqlconditions.h"

#include <map>

namespace jlgc {

namespace {

QString quoted(const QString& token)
{
    QString t = token;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

const QList<SearchSource>& SearchStore::sources()
{
    static const QList<SearchSource> list = [] {
        // Each kind of record its description indexes, in the window's order
        // (the order of Find Anything's groups), then the reference data.
        QList<SearchSource> l;
        for (const RecordType* t : RecordTypes::all())
            if (!t->searchSelect.isEmpty())
                l << SearchSource{t->indexKind(), t->table, QStringLiteral("id"), t->searchSelect};
        l << SearchSource{
            QStringLiteral("prefecture"), QStringLiteral("prefecture"), QStringLiteral("code"),
            QStringLiteral(
                "SELECT name_en, name_ja, code, code, name_en, name_ja, name_kana, code, code6 "
                "FROM prefecture WHERE code = :id")};
        l << SearchSource{
            QStringLiteral("municipality"), QStringLiteral("municipality"), QStringLiteral("code"),
            QStringLiteral(
                "SELECT m.name_en, p.name_ja || m.name_ja, p.name_en || ' · ' || m.code, "
                "p.name_ja || ' · ' || m.code, m.name_en, m.name_ja, m.name_kana, m.name_romaji, "
                "m.code "
                "FROM municipality m JOIN prefecture p ON p.code = m.prefecture_code "
                "WHERE m.code = :id")};
        return l;
    }();
    return list;
}

void SearchStore::install(Database& db)
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
        const QString table = s.table;
        const bool exists = Query(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                     "type = 'table' AND name = :t"))
                                .bind(QStringLiteral(":t"), table)
                                .exec()
                                .scalar()
                                .toInt() > 0;
        if (!exists)
            continue;
        // Names from the list above, never from the user.
        const QString kind = s.kind;
        const QString idc = s.idColumn;
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

struct SearchStore::Statements {
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
            select.emplace(s.kind, Query(db, s.select));
    }
    Query old;
    Query deleteFts;
    Query deleteItem;
    Query item;
    Query fts;
    std::map<QString, Query> select;
};

SearchStore::SearchStore(Database& db) : m_db(db) {}

SearchStore::~SearchStore() = default;

SearchStore::Statements& SearchStore::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db);
    return *m_statements;
}

bool SearchStore::hasPending() const
{
    return Query(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_dirty)"))
        .exec()
        .scalar()
        .toBool();
}

QList<QPair<QString, QVariant>> SearchStore::pending() const
{
    QList<QPair<QString, QVariant>> dirty;
    Query q(m_db, QStringLiteral("SELECT kind, record_id FROM search_dirty"));
    q.exec();
    while (q.next())
        dirty << qMakePair(q.text(0), q.value(1));
    return dirty;
}

void SearchStore::clearPending()
{
    Query(m_db, QStringLiteral("DELETE FROM search_dirty")).exec();
}

qint64 SearchStore::entryCountEstimate() const
{
    // The largest rowid: read from the end of the B-tree, not counted.
    return Query(m_db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM search_item"))
        .exec()
        .scalar()
        .toLongLong();
}

void SearchStore::optimize()
{
    Query(m_db, QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('optimize')")).exec();
}

void SearchStore::clear()
{
    Query(m_db, QStringLiteral("DELETE FROM search_fts")).exec();
    Query(m_db, QStringLiteral("DELETE FROM search_item")).exec();
}

std::optional<QStringList> SearchStore::read(const SearchSource& source, const QVariant& id)
{
    Query& q = statements().select.at(source.kind);
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt; // removed
    QStringList columns;
    for (int c = 0; c < q.columnCount(); ++c)
        columns << q.text(c);
    q.finish();
    return columns;
}

void SearchStore::remove(const QString& kind, const QVariant& id)
{
    Statements& st = statements();
    const QVariant rowid =
        st.old.bind(QStringLiteral(":k"), kind).bind(QStringLiteral(":id"), id).exec().scalar();
    if (rowid.isValid()) {
        st.deleteFts.bind(QStringLiteral(":r"), rowid).exec();
        st.deleteItem.bind(QStringLiteral(":r"), rowid).exec();
    }
}

void SearchStore::add(const SearchEntry& e)
{
    Statements& st = statements();
    st.item.bind(QStringLiteral(":k"), e.row.kind)
        .bind(QStringLiteral(":id"), e.row.id)
        .bind(QStringLiteral(":te"), e.row.titleEn)
        .bind(QStringLiteral(":tj"), e.row.titleJa)
        .bind(QStringLiteral(":se"), e.row.subtitleEn)
        .bind(QStringLiteral(":sj"), e.row.subtitleJa)
        .bind(QStringLiteral(":sorten"), e.sortEn)
        .bind(QStringLiteral(":sortja"), e.sortJa)
        .exec();
    st.fts.bind(QStringLiteral(":r"), st.item.lastInsertId())
        .bind(QStringLiteral(":k"), e.row.kind)
        .bind(QStringLiteral(":t"), e.tokens)
        .exec();
}

QString SearchStore::matchExpression(const QList<SearchTerm>& terms)
{
    QStringList parts;
    for (const SearchTerm& t : terms) {
        switch (t.type) {
        case SearchTerm::Type::Prefix: {
            QStringList alternatives;
            for (const QString& w : t.words)
                alternatives << quoted(w) + QLatin1Char('*');
            parts << (alternatives.size() == 1
                          ? alternatives.front()
                          : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                                QLatin1Char(')'));
            break;
        }
        case SearchTerm::Type::Token:
            parts << quoted(t.words.value(0));
            break;
        case SearchTerm::Type::Phrase:
            parts << quoted(t.words.join(QLatin1Char(' ')));
            break;
        }
    }
    return parts.join(QStringLiteral(" AND "));
}

QList<SearchRow> SearchStore::find(const QString& kind, const QList<SearchTerm>& terms,
                                   int limit) const
{
    // The first matches of the kind: FTS5 stops at the limit instead of
    // ranking every match.
    Query q(m_db, QStringLiteral("SELECT i.kind, i.record_id, i.title_en, i.title_ja, "
                                 "i.subtitle_en, i.subtitle_ja FROM search_fts f JOIN search_item "
                                 "i ON i.rowid = f.rowid WHERE search_fts MATCH :m LIMIT :limit"));
    const QString expression =
        QStringLiteral("kind : %1 AND tokens : (%2)").arg(quoted(kind), matchExpression(terms));
    q.bind(QStringLiteral(":m"), expression).bind(QStringLiteral(":limit"), limit).exec();
    QList<SearchRow> rows;
    while (q.next())
        rows << SearchRow{q.text(0), q.value(1), q.text(2), q.text(3), q.text(4), q.text(5)};
    return rows;
}

QList<PersonWorkplace> SearchStore::workplaces(const QList<qint64>& people, const QDate& day) const
{
    Query q(m_db, QStringLiteral("SELECT a.person_id, o.name_en, o.name_ja, o.short_name FROM "
                                 "person_affiliation a JOIN organization o ON o.id = "
                                 "a.organization_id WHERE a.person_id IN (SELECT value FROM "
                                 "json_each(:ids)) AND (a.end_date IS NULL OR a.end_date >= "
                                 ":today) ORDER BY a.start_date IS NULL, a.start_date DESC"));
    q.bind(QStringLiteral(":ids"), idListJson(people))
        .bind(QStringLiteral(":today"), day.toString(Qt::ISODate))
        .exec();
    QList<PersonWorkplace> rows;
    while (q.next())
        rows << PersonWorkplace{q.value(0).toLongLong(), q.text(1), q.text(2), q.text(3)};
    return rows;
}

} // namespace jlgc
