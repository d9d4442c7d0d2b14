// The CLAIR Fellowship's kinds of record: cohorts, their fellows, their
// itineraries and the fellows' homestays. Their repositories keep their own
// SQL; the descriptions give the labels, the owners and the owned rows.
#include "domain/fellow.h"
#include "reference/jurisdiction.h"
#include "storage/cohortrepository.h"
#include "storage/fellowrepository.h"
#include "storage/fellowshipitineraryrepository.h"
#include "storage/homestayrepository.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"
#include "storage/records/recordtypelist.h"

namespace jlgc::recordtypes {

namespace {

QString latinName(const QVariantList& v, Language)
{
    return listformat::personNameOf(v).latin();
}

// In kanji, else in kana.
QString japaneseName(const QVariantList& v, Language)
{
    const PersonName name = listformat::personNameOf(v);
    const QString kanji = name.kanji();
    return kanji.isEmpty() ? name.reading() : kanji;
}

// values: code, English name.
QString subdivision(const QVariantList& v, Language language)
{
    const QString code = v.value(0).toString();
    return code.isEmpty() ? QString()
                          : Subdivision::displayName(code, v.value(1).toString(), language);
}

QString fellowStatus(const QVariantList& v, Language)
{
    return FellowStatuses::label(FellowStatuses::fromCode(v.value(0).toString()));
}

// The statuses in their course (nominated … attended, withdrawn last).
QString statusOrder()
{
    QString sql = QStringLiteral("CASE r.status");
    int n = 0;
    for (FellowStatus s : FellowStatuses::all())
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(FellowStatuses::code(s)).arg(n++);
    return sql + QStringLiteral(" END");
}

// Every fellow of every cohort, for the look across the years (All fellows).
void describeFellowsList(RecordType& f)
{
    f.joins = QStringLiteral(
        "JOIN cohort c ON c.id = r.cohort_id JOIN person p ON p.id = r.person_id "
        "LEFT JOIN search_item pi ON pi.kind = 'person' AND pi.record_id = +r.person_id "
        "LEFT JOIN organization o ON o.id = r.organization_id "
        "LEFT JOIN subdivision sd ON sd.code = r.subdivision_code "
        "LEFT JOIN prefecture hp ON hp.code = coalesce(c.host_prefecture_code, "
        "substr(c.host_municipality_code, 1, 2))");
    const QStringList names = listformat::personNameValues(QStringLiteral("p"));
    f.listColumns = {
        {QT_TRANSLATE_NOOP3("Lists", "Year", "of a fellowship cohort"),
         {QStringLiteral("c.year")},
         {},
         nullptr,
         true},
        {QT_TRANSLATE_NOOP("Lists", "Name"), names, QStringLiteral("coalesce(pi.sort_en, '')"),
         &latinName},
        {QT_TRANSLATE_NOOP("Lists", "Name in Japanese"), names,
         QStringLiteral("coalesce(pi.sort_ja, '')"), &japaneseName},
        {QT_TRANSLATE_NOOP("Lists", "Home government"),
         {QStringLiteral("o.name_en"), QStringLiteral("o.name_ja")},
         // Rows without one after those with one.
         QStringLiteral("(o.id IS NULL) || coalesce(CASE WHEN '{lang}' = 'ja' THEN "
                        "coalesce(o.name_ja, o.name_en) ELSE coalesce(o.name_en, o.name_ja) END, "
                        "'')"),
         &listformat::bilingual},
        {QT_TRANSLATE_NOOP("Lists", "State or province"),
         {QStringLiteral("r.subdivision_code"), QStringLiteral("sd.name")},
         QStringLiteral("(sd.name IS NULL) || coalesce(sd.name, '')"),
         &subdivision},
        {QT_TRANSLATE_NOOP("Lists", "Host prefecture"),
         {QStringLiteral("hp.name_en"), QStringLiteral("hp.name_ja")},
         // By name in English; in the prefectures' own order (北海道 … 沖縄) in Japanese.
         QStringLiteral("(hp.code IS NULL) || coalesce(CASE WHEN '{lang}' = 'ja' THEN hp.code "
                        "ELSE hp.name_en END, '')"),
         &listformat::bilingual},
        {QT_TRANSLATE_NOOP3("Lists", "Status", "a fellow's taking part"),
         {QStringLiteral("r.status")},
         statusOrder(),
         &fellowStatus},
    };
    // A withdrawn fellow's row is greyed out.
    ListColumn withdrawn;
    withdrawn.values = {QStringLiteral("CASE r.status WHEN 'withdrawn' THEN 'dim' END")};
    withdrawn.use = ListColumn::Use::RowState;
    f.listColumns << withdrawn;
    // The latest cohort first, its fellows by name.
    f.listOrder = QStringLiteral("printf('%04d', 9999 - c.year) || coalesce(pi.sort_{lang}, '')");
    f.listFilters = {
        {QStringLiteral("subdivision"), QStringLiteral("r.subdivision_code = :subdivision")},
        {QStringLiteral("prefecture"), QStringLiteral("hp.code = :prefecture")},
        {QStringLiteral("status"), QStringLiteral("r.status = :status")},
        {QStringLiteral("from"), QStringLiteral("c.year >= :from")},
        {QStringLiteral("to"), QStringLiteral("c.year <= :to")},
    };
    // Found by the title held at the time, the person's names, title and
    // notes and the home government.
    f.textThrough = {{QStringLiteral("r.title"), QString()},
                     {QStringLiteral("r.person_id"), QStringLiteral("person")},
                     {QStringLiteral("r.organization_id"), QStringLiteral("organization")}};
}

} // namespace

const RecordType& cohorts()
{
    static const RecordType t = [] {
        RecordType c = describedByColumns(
            "fellowship_cohorts", QT_TRANSLATE_NOOP("RecordKinds", "Fellowship cohorts"),
            QT_TRANSLATE_NOOP("RecordKinds", "fellowship cohort"), CohortRepository::columns());
        // A cohort is found by its host too (北茨城, Kitaibaraki).
        c.searchSelect = QStringLiteral(
            "SELECT 'CLAIR Fellowship ' || c.year, c.year || '年度 CLAIRフェローシップ', "
            "coalesce(c.theme_en,''), coalesce(c.theme_ja, c.theme_en, ''), c.year, c.theme_en, "
            "c.theme_ja, c.notes, m.name_ja, m.name_kana, m.name_romaji, m.name_en, p.name_ja, "
            "p.name_kana, p.name_en FROM cohort c LEFT JOIN municipality m ON m.code = "
            "c.host_municipality_code LEFT JOIN prefecture p ON p.code = "
            "coalesce(c.host_prefecture_code, m.prefecture_code) WHERE c.id = :id");
        return c;
    }();
    return t;
}

const RecordType& fellows()
{
    static const RecordType t = [] {
        const QStringList personal = {
            QStringLiteral("dietary_notes"), QStringLiteral("medical_notes"),
            QStringLiteral("emergency_contact_name"), QStringLiteral("emergency_contact_relation"),
            QStringLiteral("emergency_contact_phone")};
        RecordType f = describedByColumns("fellows", QT_TRANSLATE_NOOP("RecordKinds", "Fellows"),
                                          QT_TRANSLATE_NOOP("RecordKinds", "fellow"),
                                          FellowRepository::columns(), personal);
        describeFellowsList(f);
        f.dashboardOpens = QStringLiteral("cohort"); // fellows are on their cohort's page
        f.ownerKind = QStringLiteral("fellowship_cohorts");
        f.ownerColumn = QStringLiteral("cohort_id");
        f.owned = {
            {QStringLiteral("fellow_status_changes"), QStringLiteral("fellow_status_change"),
             QT_TRANSLATE_NOOP("RecordKinds", "Fellow status changes"),
             QStringLiteral("fellow_id")},
        };
        return f;
    }();
    return t;
}

const RecordType& fellowshipItineraryItems()
{
    static const RecordType t = [] {
        RecordType i =
            describedByColumns("fellowship_itinerary_items",
                               QT_TRANSLATE_NOOP("RecordKinds", "Fellowship itinerary items"),
                               QT_TRANSLATE_NOOP("RecordKinds", "itinerary item"),
                               FellowshipItineraryRepository::columns());
        i.ownerKind = QStringLiteral("fellowship_cohorts");
        i.ownerColumn = QStringLiteral("cohort_id");
        return i;
    }();
    return t;
}

const RecordType& homestays()
{
    static const RecordType t = [] {
        RecordType h = describedByColumns(
            "homestays", QT_TRANSLATE_NOOP("RecordKinds", "Homestays"),
            QT_TRANSLATE_NOOP("RecordKinds", "homestay"), HomestayRepository::columns());
        h.ownerKind = QStringLiteral("host_families");
        h.ownerColumn = QStringLiteral("host_family_id");
        return h;
    }();
    return t;
}

} // namespace jlgc::recordtypes
