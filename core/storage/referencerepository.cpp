#include "storage/referencerepository.h"

#include "search/textnormalizer.h"
#include "storage/database.h"
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

} // namespace

QList<Prefecture> ReferenceRepository::prefectures() const
{
    Query q(m_db, QString::fromLatin1(PrefectureSelect) + QStringLiteral("ORDER BY code"));
    q.exec();
    QList<Prefecture> result;
    while (q.next())
        result << prefectureFrom(q);
    return result;
}

QList<Prefecture> ReferenceRepository::prefecturesMatching(const QString& text) const
{
    const QString folded = normalizeForSearch(text);
    Query q(m_db, QString::fromLatin1(PrefectureSelect) +
                      QStringLiteral("WHERE :t = '' OR instr(search_text, :t2) > 0 OR "
                                     "instr(search_text, :key) > 0 ORDER BY code"));
    q.bind(QStringLiteral(":t"), folded)
        .bind(QStringLiteral(":t2"), folded)
        .bind(QStringLiteral(":key"), romanizationKey(folded))
        .exec();
    QList<Prefecture> result;
    while (q.next())
        result << prefectureFrom(q);
    return result;
}

std::optional<Prefecture> ReferenceRepository::prefecture(const QString& code) const
{
    Query q(m_db, QString::fromLatin1(PrefectureSelect) + QStringLiteral("WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code).exec();
    if (q.next())
        return prefectureFrom(q);
    return std::nullopt;
}

QList<Municipality> ReferenceRepository::municipalities(const MunicipalityFilter& filter) const
{
    Query q(m_db, QString::fromLatin1(MunicipalitySelect) +
                      QStringLiteral("WHERE (:pref = '' OR m.prefecture_code = :pref2) "
                                     "AND (:kind = '' OR m.kind = :kind2) "
                                     "AND (:text = '' OR instr(m.search_text, :text2) > 0 "
                                     "     OR instr(p.search_text, :text3) > 0 "
                                     "     OR instr(m.search_text, :key) > 0 "
                                     "     OR instr(p.search_text, :key2) > 0) "
                                     "ORDER BY m.code"));
    const QString text = normalizeForSearch(filter.text);
    q.bind(QStringLiteral(":pref"), filter.prefectureCode)
        .bind(QStringLiteral(":pref2"), filter.prefectureCode)
        .bind(QStringLiteral(":kind"), filter.kind)
        .bind(QStringLiteral(":kind2"), filter.kind)
        .bind(QStringLiteral(":text"), text)
        .bind(QStringLiteral(":text2"), text)
        .bind(QStringLiteral(":text3"), text)
        .bind(QStringLiteral(":key"), romanizationKey(text))
        .bind(QStringLiteral(":key2"), romanizationKey(text))
        .exec();
    QList<Municipality> result;
    while (q.next())
        result << municipalityFrom(q);
    return result;
}

std::optional<Municipality> ReferenceRepository::municipality(const QString& code) const
{
    Query q(m_db, QString::fromLatin1(MunicipalitySelect) + QStringLiteral("WHERE m.code = :code"));
    q.bind(QStringLiteral(":code"), code).exec();
    if (q.next())
        return municipalityFrom(q);
    return std::nullopt;
}

QList<DesignatedWard> ReferenceRepository::wards(const QString& cityCode) const
{
    Query q(m_db, QStringLiteral("SELECT code, city_code, name_ja, name_kana, name_en FROM "
                                 "designated_ward WHERE city_code = :city ORDER BY code"));
    q.bind(QStringLiteral(":city"), cityCode).exec();
    QList<DesignatedWard> result;
    while (q.next())
        result << DesignatedWard{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)};
    return result;
}

QList<Subdivision> ReferenceRepository::subdivisions(const QString& country) const
{
    Query q(m_db, QString::fromLatin1(SubdivisionSelect) +
                      QStringLiteral("WHERE :country = '' OR country = :country2 "
                                     "ORDER BY country DESC, name"));
    q.bind(QStringLiteral(":country"), country).bind(QStringLiteral(":country2"), country).exec();
    QList<Subdivision> result;
    while (q.next())
        result << subdivisionFrom(q);
    return result;
}

std::optional<Subdivision> ReferenceRepository::subdivision(const QString& code) const
{
    Query q(m_db, QString::fromLatin1(SubdivisionSelect) + QStringLiteral("WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code).exec();
    if (q.next())
        return subdivisionFrom(q);
    return std::nullopt;
}

QList<Jurisdiction> ReferenceRepository::searchJurisdictions(const QString& text, int limit) const
{
    const QString folded = normalizeForSearch(text);
    Query q(m_db,
            QStringLiteral(
                "SELECT code, is_pref, name_ja, name_kana, name_en, pref_ja, pref_en FROM ("
                "SELECT code, 1 AS is_pref, name_ja, name_kana, name_en, name_ja AS pref_ja, "
                "name_en AS pref_en, search_text FROM prefecture "
                "WHERE :t1 = '' OR instr(search_text, :t2) > 0 OR instr(search_text, :k1) > 0 "
                "UNION ALL "
                "SELECT m.code, 0, m.name_ja, m.name_kana, m.name_en, p.name_ja, p.name_en, "
                "m.search_text FROM municipality m JOIN prefecture p ON p.code = "
                "m.prefecture_code WHERE :t3 = '' OR instr(m.search_text, :t4) > 0 OR "
                "instr(m.search_text, :k2) > 0) AS places "
                // Prefectures first; then names that start with the text.
                "ORDER BY is_pref DESC, instr('|' || search_text, '|' || :t5) = 0, code "
                "LIMIT :limit"));
    q.bind(QStringLiteral(":t1"), folded)
        .bind(QStringLiteral(":t2"), folded)
        .bind(QStringLiteral(":t3"), folded)
        .bind(QStringLiteral(":t4"), folded)
        .bind(QStringLiteral(":t5"), folded)
        .bind(QStringLiteral(":k1"), romanizationKey(folded))
        .bind(QStringLiteral(":k2"), romanizationKey(folded))
        .bind(QStringLiteral(":limit"), limit)
        .exec();
    QList<Jurisdiction> result;
    while (q.next())
        result << Jurisdiction{
            q.text(0), q.value(1).toInt() == 1, q.text(2), q.text(3), q.text(4), q.text(5),
            q.text(6)};
    return result;
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
