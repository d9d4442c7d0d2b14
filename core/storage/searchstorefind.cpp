// The queries of the search index: which entries match a query's terms
// (FTS5 in a file, the token table's B-tree on a server), the first matches
// of each kind, and where the people found work.
#include "storage/database.h"
#include "storage/searchstore.h"
#include "storage/sqlconditions.h"

namespace jlgc {

namespace {

QString quoted(const QString& token)
{
    QString t = token;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

SearchStore::Match SearchStore::matching(const Database& db, const QString& alias,
                                         const QString& kind, const QList<SearchTerm>& terms,
                                         const QString& name)
{
    Match m;
    if (terms.isEmpty()) {
        m.sql = QStringLiteral("1 = 0");
        return m;
    }
    if (!db.onServer()) {
        m.sql = QStringLiteral("%1.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH "
                               "%2)")
                    .arg(alias, name);
        m.values.insert(name, QStringLiteral("kind : %1 AND tokens : (%2)")
                                  .arg(quoted(kind), matchExpression(terms)));
        return m;
    }
    // Each term: the rows with a token it names (a prefix is a range of
    // the index); a phrase also in that order in the entry's tokens.
    const QString kindName = name + QStringLiteral("_kind");
    m.values.insert(kindName, kind);
    int n = 0;
    auto value = [&](const QString& v) {
        const QString placeholder = QStringLiteral("%1_%2").arg(name).arg(n++);
        m.values.insert(placeholder, v);
        return placeholder;
    };
    auto escaped = [](QString w) {
        return w.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    };
    QStringList conditions{QStringLiteral("%1.kind = %2").arg(alias, kindName)};
    for (const SearchTerm& t : terms) {
        QStringList tokenConditions;
        QStringList words;
        for (const QString& w : t.words)
            words << serverTokens(w);
        if (t.type == SearchTerm::Type::Prefix) {
            for (const QString& w : words)
                tokenConditions
                    << QStringLiteral("t.token LIKE %1").arg(value(escaped(w) + QLatin1Char('%')));
        } else {
            for (const QString& w : words)
                conditions << QStringLiteral("%1.rowid IN (SELECT t.rowid FROM search_token t "
                                             "WHERE t.kind = %2 AND t.token = %3)")
                                  .arg(alias, kindName, value(w));
            if (t.type == SearchTerm::Type::Phrase && words.size() > 1)
                conditions << QStringLiteral("%1.rowid IN (SELECT f.rowid FROM search_fts f WHERE "
                                             "' ' || f.tokens || ' ' LIKE %2)")
                                  .arg(alias,
                                       value(QStringLiteral("%% %1 %%")
                                                 .arg(escaped(words.join(QLatin1Char(' '))))));
            continue;
        }
        if (tokenConditions.isEmpty())
            return Match{QStringLiteral("1 = 0"), {}};
        conditions << QStringLiteral("%1.rowid IN (SELECT t.rowid FROM search_token t WHERE "
                                     "t.kind = %2 AND (%3))")
                          .arg(alias, kindName, tokenConditions.join(QStringLiteral(" OR ")));
    }
    return m.sql = conditions.join(QStringLiteral(" AND ")), m;
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
    const Match match = matching(m_db, QStringLiteral("i"), kind, terms, QStringLiteral(":m"));
    Query q(m_db, m_db.onServer()
                      ? QStringLiteral("SELECT i.kind, coalesce(i.record_code, CAST(i.record_id "
                                       "AS TEXT)), i.title_en, i.title_ja, i.subtitle_en, "
                                       "i.subtitle_ja FROM search_item i WHERE %1 LIMIT :limit")
                            .arg(match.sql)
                      : QStringLiteral("SELECT i.kind, i.record_id, i.title_en, i.title_ja, "
                                       "i.subtitle_en, i.subtitle_ja FROM search_fts f JOIN "
                                       "search_item i ON i.rowid = f.rowid WHERE search_fts MATCH "
                                       ":m LIMIT :limit"));
    for (auto it = match.values.begin(); it != match.values.end(); ++it)
        q.bind(it.key(), it.value());
    q.bind(QStringLiteral(":limit"), limit).exec();
    // A record's id is a number in either engine; a code stays text.
    const bool codes = !m_db.onServer() || keyedByCode(m_db, kind);
    QList<SearchRow> rows;
    while (q.next())
        rows << SearchRow{q.text(0), codes ? q.value(1) : QVariant(q.value(1).toLongLong()),
                          q.text(2), q.text(3),
                          q.text(4), q.text(5)};
    return rows;
}

QList<SearchRow> SearchStore::find(const QStringList& kinds, const QList<SearchTerm>& terms,
                                   int limit) const
{
    if (!m_db.onServer() || kinds.size() == 1) {
        QList<SearchRow> rows;
        for (const QString& kind : kinds)
            rows << find(kind, terms, limit);
        return rows;
    }
    // Each kind's first matches, the kinds in their order.
    QStringList parts;
    QVariantMap values;
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        const Match match =
            matching(m_db, QStringLiteral("i"), kinds[k], terms, QStringLiteral(":m%1").arg(k));
        parts << QStringLiteral("(SELECT %1 AS position, i.kind, coalesce(i.record_code, "
                                "CAST(i.record_id AS TEXT)) AS id, i.title_en, i.title_ja, "
                                "i.subtitle_en, i.subtitle_ja FROM search_item i WHERE %2 LIMIT "
                                ":limit)")
                     .arg(k)
                     .arg(match.sql);
        values.insert(match.values);
    }
    Query q(m_db, QStringLiteral("SELECT * FROM (") + parts.join(QStringLiteral(" UNION ALL ")) +
                      QStringLiteral(") AS hits ORDER BY position"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<SearchRow> rows;
    while (q.next()) {
        // A record's id is a number; a code stays text.
        const QString kind = q.text(1);
        rows << SearchRow{kind,      keyedByCode(m_db, kind) ? q.value(2) : QVariant(q.id(2)),
                          q.text(3), q.text(4),
                          q.text(5), q.text(6)};
    }
    return rows;
}

QList<PersonWorkplace> SearchStore::workplaces(const QList<qint64>& people, const QDate& day) const
{
    Query q(m_db, QStringLiteral("SELECT a.person_id, o.name_en, o.name_ja, o.short_name FROM "
                                 "person_affiliation a JOIN organization o ON o.id = "
                                 "a.organization_id WHERE a.person_id IN (%1) AND (a.end_date IS "
                                 "NULL OR a.end_date >= :today) ORDER BY a.start_date IS NULL, "
                                 "a.start_date DESC")
                      .arg(idsIn(m_db, QStringLiteral(":ids"))));
    q.bind(QStringLiteral(":ids"), idListJson(people))
        .bind(QStringLiteral(":today"), day.toString(Qt::ISODate))
        .exec();
    QList<PersonWorkplace> rows;
    while (q.next())
        rows << PersonWorkplace{q.value(0).toLongLong(), q.text(1), q.text(2), q.text(3)};
    return rows;
}

} // namespace jlgc
