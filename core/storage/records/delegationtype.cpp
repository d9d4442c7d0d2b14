// Delegations (視察団): visits by Japanese governments. The repository keeps
// its own SQL; the description gives the list and the labels.
#include "domain/datetext.h"
#include "domain/delegation.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"
#include "storage/records/recordtypelist.h"

namespace jlgc {

namespace {

// "May 12, 2025 – May 15, 2025" (2025/05/12～2025/05/15), "…" for a date
// still open, "—" for none.
QString dates(const QVariantList& v, Language language)
{
    const QDate arrival = QDate::fromString(v.value(0).toString(), Qt::ISODate);
    const QDate departure = QDate::fromString(v.value(1).toString(), Qt::ISODate);
    if (!arrival.isValid() && !departure.isValid())
        return QStringLiteral("—");
    const auto date = [&](const QDate& d) {
        return d.isValid() ? DateText::date(d, language) : QStringLiteral("…");
    };
    return date(arrival) + DateText::until(language) + date(departure);
}

QString status(const QVariantList& v, Language)
{
    return DelegationStatuses::label(DelegationStatuses::fromCode(v.value(0).toString()));
}

// The sending government's name in each language.
const QString GovernmentEn = listformat::governmentSql(Language::English);
const QString GovernmentJa = listformat::governmentSql(Language::Japanese);

// The listed members, or the number announced while none are listed.
const QString Members =
    QStringLiteral("coalesce(nullif((SELECT count(*) FROM delegation_member dm WHERE "
                   "dm.delegation_id = r.id), 0), nullif(r.member_count, 0))");

RecordType define()
{
    RecordType t =
        describedByColumns("delegations", QT_TRANSLATE_NOOP("RecordKinds", "Delegations"),
                           QT_TRANSLATE_NOOP("RecordKinds", "delegation"),
                           DelegationRepository::columns(), {QStringLiteral("dietary_needs")});
    t.dashboardOpens = QStringLiteral("delegation");
    t.searchSelect = QStringLiteral(
        "SELECT coalesce(d.name_en, d.name_ja), coalesce(d.name_ja, d.name_en), "
        "coalesce(d.arrival_date, ''), coalesce(d.arrival_date, ''), d.name_en, d.name_ja, "
        "d.purpose_en, d.purpose_ja, p.name_ja, p.name_kana, p.name_en, m.name_ja, m.name_kana, "
        "m.name_romaji, m.name_en, o.name_en, o.name_ja, o.name_kana, o.short_name FROM "
        "delegation d LEFT JOIN municipality m ON m.code = d.municipality_code LEFT JOIN "
        "prefecture p ON p.code = coalesce(d.prefecture_code, m.prefecture_code) LEFT JOIN "
        "organization o ON o.id = d.organization_id WHERE d.id = :id");
    t.owned = {
        {QStringLiteral("delegation_members"), QStringLiteral("delegation_member"),
         QT_TRANSLATE_NOOP("RecordKinds", "Delegation members"), QStringLiteral("delegation_id")},
        {QStringLiteral("delegation_interpreters"), QStringLiteral("delegation_interpreter"),
         QT_TRANSLATE_NOOP("RecordKinds", "Delegation interpreters"),
         QStringLiteral("delegation_id")},
    };
    t.joins = QStringLiteral(
                  "LEFT JOIN search_item i ON i.kind = 'delegation' AND i.record_id = +r.id ") +
              listformat::governmentAndStaffJoins(QStringLiteral("staff_member_id"));
    // Upcoming first (see sortUpcomingFirst): visits to come or under way,
    // soonest first, those without dates after them; then past visits, the
    // most recent first.
    const QString upcomingFirst = QStringLiteral(
        "CASE WHEN coalesce(r.departure_date, r.arrival_date) < date('now', 'localtime') "
        "THEN 100000000 - coalesce(julianday(r.arrival_date), 0) "
        "WHEN r.arrival_date IS NULL THEN 10000000 ELSE julianday(r.arrival_date) END");
    t.listColumns = {
        {QT_TRANSLATE_NOOP("Lists", "Dates"),
         {QStringLiteral("r.arrival_date"), QStringLiteral("r.departure_date")},
         upcomingFirst,
         &dates},
        {QT_TRANSLATE_NOOP("Lists", "Delegation"),
         {QStringLiteral("r.name_en"), QStringLiteral("r.name_ja")},
         QStringLiteral("coalesce(i.sort_{lang}, '')"),
         &listformat::bilingual},
        {QT_TRANSLATE_NOOP("Lists", "From"),
         {GovernmentEn, GovernmentJa},
         QStringLiteral("CASE WHEN '{lang}' = 'ja' THEN coalesce(nullif(%2, ''), %1) ELSE "
                        "coalesce(nullif(%1, ''), %2) END")
             .arg(GovernmentEn, GovernmentJa),
         &listformat::bilingual},
        // In the order of a visit's course: inquiry … completed, cancelled.
        {QT_TRANSLATE_NOOP("Lists", "Status"),
         {QStringLiteral("r.status")},
         QStringLiteral("CASE r.status WHEN 'inquiry' THEN 0 WHEN 'planning' THEN 1 WHEN "
                        "'confirmed' THEN 2 WHEN 'completed' THEN 3 ELSE 4 END"),
         &status},
        {QT_TRANSLATE_NOOP("Lists", "Members"),
         {Members},
         QStringLiteral("coalesce(%1, 0)").arg(Members),
         &listformat::integer},
        {QT_TRANSLATE_NOOP("Lists", "In charge"),
         listformat::personNameValues(QStringLiteral("sp")),
         QStringLiteral("coalesce(si.sort_{lang}, '')"), &listformat::personName},
        // Visits completed or cancelled are greyed out.
        {nullptr,
         {QStringLiteral("CASE WHEN r.status IN ('completed', 'cancelled') THEN 'dim' END")},
         {},
         nullptr,
         false,
         ListColumn::Use::RowState},
    };
    t.listColumns[0].sortNote =
        QT_TRANSLATE_NOOP("Lists", "Visits to come or under way first, the soonest first; then "
                                   "past visits, the most recent first.");
    return t;
}

} // namespace

const RecordType& delegationsType()
{
    static const RecordType t = define();
    return t;
}

} // namespace jlgc

namespace jlgc::recordtypes {

const RecordType& delegationItineraryItems()
{
    static const RecordType t = [] {
        RecordType i =
            describedByColumns("delegation_itinerary_items",
                               QT_TRANSLATE_NOOP("RecordKinds", "Delegation itinerary items"),
                               QT_TRANSLATE_NOOP("RecordKinds", "itinerary item"),
                               DelegationItineraryRepository::columns());
        // The uid is written once, when an item is added.
        i.fields += labelledFields(i.table, {QStringLiteral("uid")});
        i.ownerKind = QStringLiteral("delegations");
        i.ownerColumn = QStringLiteral("delegation_id");
        return i;
    }();
    return t;
}

} // namespace jlgc::recordtypes
