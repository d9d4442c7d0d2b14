// Sister-city, sister-state and friendship affiliations between Japanese
// local governments and North American ones. The repository keeps its own
// SQL; the description gives the list and the labels.
#include "domain/partialdate.h"
#include "domain/sisteraffiliation.h"
#include "reference/jurisdiction.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"
#include "storage/sisteraffiliationrepository.h"

namespace jlgc {

namespace {

// The Japanese side in each language ("Kobe, Hyogo", 兵庫県神戸市), as the
// repository reads it; values: English, Japanese, code.
QString japaneseSide(const QVariantList& v, Language language)
{
    const QString named = listformat::bilingual(v, language);
    return named.isEmpty() ? v.value(2).toString() : named;
}

// values: code, English name.
QString subdivision(const QVariantList& v, Language language)
{
    return Subdivision::displayName(v.value(0).toString(), v.value(1).toString(), language);
}

QString country(const QVariantList& v, Language)
{
    return JurisdictionLabels::country(v.value(0).toString());
}

QString type(const QVariantList& v, Language)
{
    return AffiliationLabels::label(AffiliationLabels::typeFromCode(v.value(0).toString()));
}

QString status(const QVariantList& v, Language)
{
    return AffiliationLabels::label(AffiliationLabels::statusFromCode(v.value(0).toString()));
}

// values: year, month, day; the year alone is allowed.
QString established(const QVariantList& v, Language language)
{
    const PartialDate d{v.value(0).toInt(), v.value(1).toInt(), v.value(2).toInt()};
    return d.display(language);
}

RecordType define()
{
    RecordType t = describedByColumns(
        "sister_affiliations",
        QT_TRANSLATE_NOOP("RecordKinds", "Sister city and state affiliations"),
        QT_TRANSLATE_NOOP("RecordKinds", "affiliation"), SisterAffiliationRepository::columns());
    t.dashboardOpens = QStringLiteral("sister_affiliation");
    t.searchSelect = QStringLiteral(
        "SELECT a.na_name || ' – ' || coalesce(m.name_en, p.name_en), "
        "coalesce(p.name_ja || m.name_ja, p.name_ja) || '・' || a.na_name, "
        "coalesce(CAST(a.established_year AS TEXT), ''), coalesce(a.established_year || '年', ''), "
        "a.na_name, p.name_ja, p.name_kana, p.name_en, m.name_ja, m.name_kana, m.name_en, "
        "m.name_romaji, a.notes FROM sister_affiliation a JOIN prefecture p ON p.code = "
        "a.prefecture_code LEFT JOIN municipality m ON m.code = a.municipality_code "
        "WHERE a.id = :id");
    t.owned = {
        {QStringLiteral("sister_affiliation_contacts"),
         QStringLiteral("sister_affiliation_contact"),
         QT_TRANSLATE_NOOP("RecordKinds", "Contacts of sister affiliations"),
         QStringLiteral("affiliation_id")},
        {QStringLiteral("sister_affiliation_activities"),
         QStringLiteral("sister_affiliation_activity"),
         QT_TRANSLATE_NOOP("RecordKinds", "Activities of sister affiliations"),
         QStringLiteral("affiliation_id")},
    };
    t.joins = QStringLiteral("JOIN prefecture p ON p.code = r.prefecture_code "
                             "LEFT JOIN municipality m ON m.code = r.municipality_code "
                             "JOIN subdivision s ON s.code = r.subdivision_code");
    // 01 Hokkaido … 47 Okinawa, a prefecture before its municipalities (the
    // official order of local government codes); the separator keeps one
    // code from running into the next.
    const QString japanOrder =
        QStringLiteral("r.prefecture_code || '-' || coalesce(r.municipality_code, '')");
    t.listOrder = japanOrder + QStringLiteral(" || '-' || r.na_key");
    const QString establishedOrder =
        QStringLiteral("CASE WHEN r.established_year IS NULL THEN '' ELSE "
                       "printf('%04d', r.established_year) || CASE WHEN r.established_month IS "
                       "NULL THEN '' ELSE printf('-%02d', r.established_month) END || CASE WHEN "
                       "r.established_day IS NULL THEN '' ELSE printf('-%02d', "
                       "r.established_day) END END");
    t.listColumns = {
        {QT_TRANSLATE_NOOP("Lists", "Japanese side"),
         {QStringLiteral("CASE WHEN m.code IS NULL THEN p.name_en WHEN instr(m.name_en, ',') > 0 "
                         "THEN m.name_en ELSE coalesce(m.name_en, '') || ', ' || p.name_en END"),
          QStringLiteral("CASE WHEN m.code IS NULL THEN p.name_ja ELSE p.name_ja || "
                         "coalesce(m.name_ja, '') END"),
          QStringLiteral("coalesce(r.municipality_code, r.prefecture_code)")},
         japanOrder,
         &japaneseSide},
        {QT_TRANSLATE_NOOP("Lists", "North American side"),
         {QStringLiteral("r.na_name")},
         QStringLiteral("r.na_key"),
         nullptr},
        {QT_TRANSLATE_NOOP("Lists", "State or province"),
         {QStringLiteral("s.code"), QStringLiteral("s.name")},
         QStringLiteral("s.name"),
         &subdivision},
        {QT_TRANSLATE_NOOP("Lists", "Country"), {QStringLiteral("r.country")}, {}, &country},
        {QT_TRANSLATE_NOOP("Lists", "Type"), {QStringLiteral("r.type")}, {}, &type},
        {QT_TRANSLATE_NOOP("Lists", "Established"),
         {QStringLiteral("r.established_year"), QStringLiteral("r.established_month"),
          QStringLiteral("r.established_day")},
         establishedOrder,
         &established},
        {QT_TRANSLATE_NOOP("Lists", "Status"), {QStringLiteral("r.status")}, {}, &status},
    };
    t.listFilters = {
        {QStringLiteral("country"), QStringLiteral("r.country = :country")},
        {QStringLiteral("prefecture"), QStringLiteral("r.prefecture_code = :prefecture")},
        {QStringLiteral("subdivision"), QStringLiteral("r.subdivision_code = :subdivision")},
        {QStringLiteral("type"), QStringLiteral("r.type = :type")},
        {QStringLiteral("status"), QStringLiteral("r.status = :status")},
        {QStringLiteral("decade"),
         QStringLiteral("r.established_year >= :decade AND r.established_year < :decade + 10")},
    };
    return t;
}

} // namespace

const RecordType& sisterAffiliationsType()
{
    static const RecordType t = define();
    return t;
}

} // namespace jlgc
