// Organizations: read from the search index in the order of their names.
#include "domain/organization.h"
#include "reference/jurisdiction.h"
#include "storage/organizationrepository.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"
#include "storage/records/recordtypelist.h"

namespace jlgc::recordtypes {

namespace {

// The name in the other language: English in a Japanese window (when there
// is a Japanese name the first column shows), Japanese in an English one.
QString otherName(const QVariantList& v, Language language)
{
    const QString en = v.value(0).toString();
    const QString ja = v.value(1).toString();
    if (language == Language::Japanese)
        return ja.isEmpty() ? QString() : en;
    return ja;
}

QString kind(const QVariantList& v, Language)
{
    return OrganizationKinds::label(OrganizationKinds::fromCode(v.value(0).toString()));
}

QString country(const QVariantList& v, Language)
{
    return JurisdictionLabels::country(v.value(0).toString());
}

QString subdivision(const QVariantList& v, Language language)
{
    const QString code = v.value(0).toString();
    return code.isEmpty() ? QString()
                          : Subdivision::displayName(code, v.value(1).toString(), language);
}

RecordType define()
{
    RecordType t = describedByColumns(
        "organizations", QT_TRANSLATE_NOOP("RecordKinds", "Organizations"),
        QT_TRANSLATE_NOOP("RecordKinds", "organization"), OrganizationRepository::columns());
    t.dashboardOpens = QStringLiteral("organization");
    t.searchSelect = QStringLiteral(
        "SELECT coalesce(name_en, name_ja), coalesce(name_ja, name_en), coalesce(short_name,''), "
        "coalesce(short_name,''), name_en, name_ja, name_kana, short_name, city, notes "
        "FROM organization WHERE id = :id");
    t.indexed = true;
    t.joins = QStringLiteral("LEFT JOIN subdivision s ON s.code = r.subdivision_code");
    t.listColumns = {
        {QT_TRANSLATE_NOOP3("Lists", "Name", "of an organization"),
         {QStringLiteral("r.name_en"), QStringLiteral("r.name_ja")},
         QStringLiteral("i.sort_{lang}"),
         &listformat::bilingual},
        {QT_TRANSLATE_NOOP("Lists", "Japanese name"),
         {QStringLiteral("r.name_en"), QStringLiteral("r.name_ja")},
         QStringLiteral("CASE '{lang}' WHEN 'ja' THEN lower(coalesce(r.name_en, '')) ELSE "
                        "coalesce(r.name_kana, r.name_ja, '') END"),
         &otherName,
         false,
         ListColumn::Use::Shown,
         -1,
         false,
         QT_TRANSLATE_NOOP("Lists", "English name")},
        {QT_TRANSLATE_NOOP("Lists", "Abbreviation"),
         {QStringLiteral("r.short_name")},
         QStringLiteral("lower(coalesce(r.short_name, ''))"),
         nullptr},
        {QT_TRANSLATE_NOOP("Lists", "Kind"), {QStringLiteral("r.kind")}, {}, &kind},
        {QT_TRANSLATE_NOOP("Lists", "Country"),
         {QStringLiteral("r.country")},
         QStringLiteral("coalesce(r.country, '')"),
         &country},
        {QT_TRANSLATE_NOOP("Lists", "State or province"),
         {QStringLiteral("r.subdivision_code"), QStringLiteral("s.name")},
         QStringLiteral("coalesce(s.name, '')"),
         &subdivision},
        {QT_TRANSLATE_NOOP("Lists", "City"),
         {QStringLiteral("r.city")},
         QStringLiteral("lower(coalesce(r.city, ''))"),
         nullptr},
    };
    t.listFilters = {
        {QStringLiteral("kind"), QStringLiteral("r.kind = :kind")},
    };
    return t;
}

} // namespace

const RecordType& organizations()
{
    static const RecordType t = define();
    return t;
}

} // namespace jlgc::recordtypes
