// Events: Japan Day, fairs, JET information sessions, receptions, seminars.
#include "domain/datetext.h"
#include "domain/officeevent.h"
#include "storage/records/recordfield.h"

namespace jlgc {

namespace {

QString when(const QVariantList& v, Language language)
{
    OfficeEvent e;
    e.date = QDate::fromString(v.value(0).toString(), Qt::ISODate);
    e.startTime = QTime::fromString(v.value(1).toString(), QStringLiteral("HH:mm"));
    e.endDate = QDate::fromString(v.value(2).toString(), Qt::ISODate);
    e.endTime = QTime::fromString(v.value(3).toString(), QStringLiteral("HH:mm"));
    return e.whenText(language);
}

QString kind(const QVariantList& v, Language)
{
    return EventKinds::label(EventKinds::fromCode(v.value(0).toString()));
}

RecordDefinition<OfficeEvent> define()
{
    using namespace fields;
    using E = OfficeEvent;
    RecordDefinition<E> d;
    d.type.name = QStringLiteral("events");
    d.type.table = QStringLiteral("office_event");
    d.type.label = QT_TRANSLATE_NOOP("RecordKinds", "Events");
    d.type.singular = QT_TRANSLATE_NOOP("RecordKinds", "event");
    d.type.dashboardOpens = QStringLiteral("office_event");
    d.type.searchSelect = QStringLiteral(
        "SELECT coalesce(title_en, title_ja), coalesce(title_ja, title_en), event_date, "
        "event_date, title_en, title_ja, place, notes FROM office_event WHERE id = :id");
    d.type.owned = {
        {QStringLiteral("event_organizations"), QStringLiteral("office_event_organization"),
         QT_TRANSLATE_NOOP("RecordKinds", "Organizations taking part in events"),
         QStringLiteral("event_id")},
        {QStringLiteral("event_attendees"), QStringLiteral("office_event_attendee"),
         QT_TRANSLATE_NOOP("RecordKinds", "People attending events"), QStringLiteral("event_id")},
    };
    d.fields = {
        text(&E::titleEn, "title_en", QT_TRANSLATE_NOOP("FieldLabels", "Title (English)"))
            .csv("Title (English)", "名称（英語）", "This or the Japanese title is needed."),
        text(&E::titleJa, "title_ja", QT_TRANSLATE_NOOP("FieldLabels", "Title (Japanese)"))
            .csv("Title (Japanese)", "名称（日本語）"),
        code(&E::kind, "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind"), &EventKinds::all,
             &EventKinds::code, &EventKinds::fromCode, &EventKinds::label)
            .csv("Kind", "種類",
                 "japan_day, fair, jet_info_session, reception, seminar, other. Empty: other."),
        date(&E::date, "event_date", QT_TRANSLATE_NOOP("FieldLabels", "Date"))
            .csv("Date", "日付", "2025-05-17 (the first day).")
            .required(),
        time(&E::startTime, "start_time", QT_TRANSLATE_NOOP("FieldLabels", "Starts at"))
            .csv("Start time", "開始時刻", "10:00. Empty: all day."),
        date(&E::endDate, "end_date", QT_TRANSLATE_NOOP("FieldLabels", "Last day"))
            .csv("End date", "終了日", "For an event of several days."),
        time(&E::endTime, "end_time", QT_TRANSLATE_NOOP("FieldLabels", "Ends at"))
            .csv("End time", "終了時刻", "18:00"),
        text(&E::place, "place", QT_TRANSLATE_NOOP("FieldLabels", "Place")).csv("Place", "場所"),
        optionalInteger(&E::attendance, "attendance",
                        QT_TRANSLATE_NOOP("FieldLabels", "Attendance"))
            .csv("Attendance", "参加者数", "A headcount. Empty: not known."),
        text(&E::notes, "notes", QT_TRANSLATE_NOOP("FieldLabels", "Notes")).csv("Notes", "備考"),
    };
    d.describeFields();
    // In calendar order: by day, all-day events first, then by starting time.
    d.type.listColumns = {
        {QT_TRANSLATE_NOOP("Lists", "When"),
         {QStringLiteral("r.event_date"), QStringLiteral("r.start_time"),
          QStringLiteral("r.end_date"), QStringLiteral("r.end_time")},
         QStringLiteral("r.event_date || 'T' || coalesce(r.start_time, '')"),
         &when},
        {QT_TRANSLATE_NOOP("Lists", "Event"),
         {QStringLiteral("r.title_en"), QStringLiteral("r.title_ja")},
         QStringLiteral("i.sort_{lang}"), // folded as people read it
         &listformat::bilingual},
        {QT_TRANSLATE_NOOP("Lists", "Kind"), {QStringLiteral("r.kind")}, {}, &kind},
        {QT_TRANSLATE_NOOP("Lists", "Place"), {QStringLiteral("r.place")}, {}, nullptr},
        {QT_TRANSLATE_NOOP("Lists", "Attendance"),
         {QStringLiteral("r.attendance")},
         QStringLiteral("coalesce(r.attendance, -1)"),
         &listformat::integer,
         true},
        {QT_TRANSLATE_NOOP("Lists", "Fiscal year"),
         {QStringLiteral("r.event_date")},
         {},
         &listformat::fiscalYear},
    };
    d.type.indexed = true;
    d.type.listFilters = {
        {QStringLiteral("from"), QStringLiteral("r.event_date >= :from")},
        {QStringLiteral("to"), QStringLiteral("r.event_date <= :to")},
        {QStringLiteral("kind"), QStringLiteral("r.kind = :kind")},
        {QStringLiteral("organization"),
         QStringLiteral("r.id IN (SELECT event_id FROM office_event_organization WHERE "
                        "organization_id = :organization)")},
        {QStringLiteral("person"), QStringLiteral("r.id IN (SELECT event_id FROM "
                                                  "office_event_attendee WHERE person_id = "
                                                  ":person)")},
    };
    return d;
}

} // namespace

template <> const RecordDefinition<OfficeEvent>& recordDefinition<OfficeEvent>()
{
    static const RecordDefinition<OfficeEvent> d = define();
    return d;
}

} // namespace jlgc
