#include "storage/sqlrefs.h"

#include "storage/database.h"

namespace jlgc::sqlrefs {

const QStringList& personNameColumnNames()
{
    static const QStringList names{
        QStringLiteral("family_name"),       QStringLiteral("given_name"),
        QStringLiteral("family_name_kanji"), QStringLiteral("given_name_kanji"),
        QStringLiteral("family_name_kana"),  QStringLiteral("given_name_kana")};
    return names;
}

QStringList personNameParts(const PersonName& n)
{
    return {n.family, n.given, n.familyKanji, n.givenKanji, n.familyKana, n.givenKana};
}

QString personNameColumns(const QString& a)
{
    QStringList columns;
    for (const QString& name : personNameColumnNames())
        columns << QStringLiteral("coalesce(%1.%2,'')").arg(a, name);
    return columns.join(QStringLiteral(", "));
}

PersonName personNameAt(const Query& q, int i)
{
    return {q.text(i), q.text(i + 1), q.text(i + 2), q.text(i + 3), q.text(i + 4), q.text(i + 5)};
}

QString governmentJoins(const QString& t, const QString& p)
{
    return QStringLiteral(" LEFT JOIN prefecture %2p ON %2p.code = %1.prefecture_code"
                          " LEFT JOIN municipality %2m ON %2m.code = %1.municipality_code"
                          " LEFT JOIN prefecture %2mp ON %2mp.code = %2m.prefecture_code"
                          " LEFT JOIN organization %2o ON %2o.id = %1.organization_id ")
        .arg(t, p);
}

QString governmentColumns(const QString& t, const QString& p)
{
    // English: "Hyogo", "Kobe, Hyogo"; Japanese: "兵庫県", "兵庫県神戸市".
    return QStringLiteral(
               "coalesce(%1.prefecture_code,''), coalesce(%1.municipality_code,''), "
               "coalesce(%1.organization_id,0), "
               "coalesce(%2p.name_en, CASE WHEN instr(%2m.name_en, ',') > 0 THEN %2m.name_en "
               "ELSE %2m.name_en || ', ' || %2mp.name_en END, %2o.name_en, %2o.name_ja, ''), "
               "coalesce(%2p.name_ja, %2mp.name_ja || %2m.name_ja, %2o.name_ja, %2o.name_en, '')")
        .arg(t, p);
}

GovernmentRef governmentAt(const Query& q, int i)
{
    GovernmentRef g;
    g.prefectureCode = q.text(i);
    g.municipalityCode = q.text(i + 1);
    g.organizationId = q.id(i + 2);
    g.nameEn = q.text(i + 3);
    g.nameJa = q.text(i + 4);
    return g;
}

void bindGovernment(Query& q, const GovernmentRef& g)
{
    q.bind(QStringLiteral(":prefecture"), nullIfEmpty(g.prefectureCode))
        .bind(QStringLiteral(":municipality"), nullIfEmpty(g.municipalityCode))
        .bind(QStringLiteral(":government_org"), nullIfZero(g.organizationId));
}

QDate dateAt(const Query& q, int index)
{
    return QDate::fromString(q.text(index), Qt::ISODate);
}

QDateTime timestampAt(const Query& q, int index)
{
    return QDateTime::fromString(q.text(index), Qt::ISODate);
}

QDateTime utcAt(const Query& q, int index)
{
    QDateTime at = QDateTime::fromString(q.text(index), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace jlgc::sqlrefs
