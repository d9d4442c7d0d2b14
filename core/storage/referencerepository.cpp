#include "storage/referencerepository.h"

#include "search/textnormalizer.h"
#include "storage/database.h"
#include "storage/queryrows.h"
#include "storage/sqlconditions.h"

namespace jlgc {

namespace {

const char* const MunicipalitySelect =
    "SELECT m.code, m.prefecture_code, p.name_ja, p.name_en, m.name_ja, m.name_kana, "
    "coalesce(m.name_romaji, ''), m.name_en, m.kind FROM municipality m "
    "JOIN prefecture p ON p.code = m.prefecture_code ";

Municipality municipalityFrom(const Query& q)
{
    return {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
            q.text(5), q.text(6), q.text(7), q.text(8)};
}

Prefecture prefectureFrom(const Query& q)
{
    return {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)};
}

Subdivision subdivisionFrom(const Query& q)
{
    return {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)};
}

const char* const PrefectureSelect = "SELECT code, code6, name_ja, name_kana, name_en, iso3166_2, "
                                     "coalesce(capital_ja, '') FROM prefecture ";
const char* const SubdivisionSelect =
    "SELECT code, country, coalesce(postal_abbr, ''), name, kind FROM subdivision ";

// The rows of `select` that meet `where`, in the order of `orderBy`, each
// read by `read`.
template <class Read>
auto rowsWhere(const Database& db, const char* select, const SqlConditions& where,
               const char* orderBy, Read read)
{
    Query q(db, QString::fromLatin1(select) + where.where() + QLatin1String(orderBy));
    where.bindTo(q);
    return rowsOf(q, read);
}

// The row of `select` whose `column` holds `code`, read by `read`; none
// when there is none.
template <class Read>
auto rowWithCode(const Database& db, const char* select, const char* column, const QString& code,
                 Read read)
{
    Query q(db, QString::fromLatin1(select) +
                    QStringLiteral("WHERE %1 = :code").arg(QLatin1String(column)));
    q.bind(QStringLiteral(":code"), code);
    return firstRowOf(q, read);
}

// The rows whose search text, in any of `columns`, holds the text typed
// (folded) or its romanization key ("kyoto" finds Kyōto); nothing when
// nothing was typed. Each value is bound under a name of its own, made
// from `tag`.
void textMatches(SqlConditions& where, const QString& folded, const QStringList& columns,
                 const QString& tag)
{
    if (folded.isEmpty())
        return;
    const QString key = romanizationKey(folded);
    QStringList any;
    SqlConditions::Values values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString name = QStringLiteral(":%1%2").arg(tag).arg(i);
        any << QStringLiteral("instr(%1, %2t) > 0 OR instr(%1, %2k) > 0").arg(columns[i], name);
        values << std::pair{name + QLatin1Char('t'), QVariant(folded)}
               << std::pair{name + QLatin1Char('k'), QVariant(key)};
    }
    where.add(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
}

} // namespace

QList<Prefecture> ReferenceRepository::prefectures() const
{
    return rowsWhere(m_db, PrefectureSelect, {}, "ORDER BY code", prefectureFrom);
}

QList<Prefecture> ReferenceRepository::prefecturesMatching(const QString& text) const
{
    SqlConditions where;
    textMatches(where, normalizeForSearch(text), {QStringLiteral("search_text")},
                QStringLiteral("p"));
    return rowsWhere(m_db, PrefectureSelect, where, "ORDER BY code", prefectureFrom);
}

std::optional<Prefecture> ReferenceRepository::prefecture(const QString& code) const
{
    return rowWithCode(m_db, PrefectureSelect, "code", code, prefectureFrom);
}

QList<Municipality> ReferenceRepository::municipalities(const MunicipalityFilter& filter) const
{
    SqlConditions where;
    where.equalIfSet(QStringLiteral("m.prefecture_code"), filter.prefectureCode)
        .equalIfSet(QStringLiteral("m.kind"), filter.kind);
    // The town's name or its prefecture's: "hyogo" lists every town of Hyōgo.
    textMatches(where, normalizeForSearch(filter.text),
                {QStringLiteral("m.search_text"), QStringLiteral("p.search_text")},
                QStringLiteral("m"));
    return rowsWhere(m_db, MunicipalitySelect, where, "ORDER BY m.code", municipalityFrom);
}

std::optional<Municipality> ReferenceRepository::municipality(const QString& code) const
{
    return rowWithCode(m_db, MunicipalitySelect, "m.code", code, municipalityFrom);
}

QList<DesignatedWard> ReferenceRepository::wards(const QString& cityCode) const
{
    Query q(m_db, QStringLiteral("SELECT code, city_code, name_ja, name_kana, name_en FROM "
                                 "designated_ward WHERE city_code = :city ORDER BY code"));
    q.bind(QStringLiteral(":city"), cityCode);
    return rowsOf(q, [](const Query& row) {
        return DesignatedWard{row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)};
    });
}

QList<Subdivision> ReferenceRepository::subdivisions(const QString& country) const
{
    SqlConditions where;
    where.equalIfSet(QStringLiteral("country"), country);
    return rowsWhere(m_db, SubdivisionSelect, where, "ORDER BY country DESC, name",
                     subdivisionFrom);
}

std::optional<Subdivision> ReferenceRepository::subdivision(const QString& code) const
{
    return rowWithCode(m_db, SubdivisionSelect, "code", code, subdivisionFrom);
}

QList<Jurisdiction> ReferenceRepository::searchJurisdictions(const QString& text, int limit) const
{
    const QString folded = normalizeForSearch(text);
    SqlConditions prefectures;
    textMatches(prefectures, folded, {QStringLiteral("search_text")}, QStringLiteral("p"));
    SqlConditions towns;
    textMatches(towns, folded, {QStringLiteral("m.search_text")}, QStringLiteral("m"));
    Query q(m_db,
            QStringLiteral("SELECT code, is_pref, name_ja, name_kana, name_en, pref_ja, pref_en "
                           "FROM (SELECT code, 1 AS is_pref, name_ja, name_kana, name_en, "
                           "name_ja AS pref_ja, name_en AS pref_en, search_text FROM prefecture") +
                prefectures.where() +
                QStringLiteral("UNION ALL SELECT m.code, 0, m.name_ja, m.name_kana, m.name_en, "
                               "p.name_ja, p.name_en, m.search_text FROM municipality m JOIN "
                               "prefecture p ON p.code = m.prefecture_code") +
                towns.where() +
                // Prefectures first; then names that start with the text.
                QStringLiteral(") AS places ORDER BY is_pref DESC, "
                               "instr('|' || search_text, '|' || :start) = 0, code LIMIT :limit"));
    prefectures.bindTo(q);
    towns.bindTo(q);
    q.bind(QStringLiteral(":start"), folded).bind(QStringLiteral(":limit"), limit);
    return rowsOf(q, [](const Query& row) {
        return Jurisdiction{row.text(0), row.value(1).toInt() == 1,
                            row.text(2), row.text(3),
                            row.text(4), row.text(5),
                            row.text(6)};
    });
}

std::optional<Jurisdiction> ReferenceRepository::jurisdiction(const QString& code) const
{
    if (code.size() == 2) {
        if (auto p = prefecture(code))
            return Jurisdiction{p->code,   true,      p->nameJa, p->nameKana,
                                p->nameEn, p->nameJa, p->nameEn};
    } else if (auto m = municipality(code)) {
        return Jurisdiction{m->code,   false,           m->nameJa,      m->nameKana,
                            m->nameEn, m->prefectureJa, m->prefectureEn};
    }
    return std::nullopt;
}

QHash<QString, Jurisdiction> ReferenceRepository::jurisdictions(const QStringList& codes) const
{
    QStringList prefectures;
    QStringList towns;
    for (const QString& code : codes)
        if (!code.isEmpty())
            (code.size() == 2 ? prefectures : towns) << code;
    QHash<QString, Jurisdiction> result;
    if (!prefectures.isEmpty()) {
        Query q(m_db,
                QString::fromLatin1(PrefectureSelect) +
                    QStringLiteral("WHERE code IN (%1)").arg(codesIn(m_db, QStringLiteral(":c"))));
        q.bind(QStringLiteral(":c"), codeListJson(prefectures)).exec();
        while (q.next()) {
            const Prefecture p = prefectureFrom(q);
            result.insert(p.code,
                          {p.code, true, p.nameJa, p.nameKana, p.nameEn, p.nameJa, p.nameEn});
        }
    }
    if (!towns.isEmpty()) {
        Query q(
            m_db,
            QString::fromLatin1(MunicipalitySelect) +
                QStringLiteral("WHERE m.code IN (%1)").arg(codesIn(m_db, QStringLiteral(":c"))));
        q.bind(QStringLiteral(":c"), codeListJson(towns)).exec();
        while (q.next()) {
            const Municipality m = municipalityFrom(q);
            result.insert(m.code, {m.code, false, m.nameJa, m.nameKana, m.nameEn, m.prefectureJa,
                                   m.prefectureEn});
        }
    }
    return result;
}

} // namespace jlgc
