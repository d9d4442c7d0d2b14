#include "core/delegationfixtures.h"
#include "io/icalendarexport.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSet>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <libical/ical.h>
#include <memory>

using namespace jlgc;

namespace {

struct Parsed {
    struct Free {
        void operator()(icalcomponent* c) const { icalcomponent_free(c); }
    };
    std::unique_ptr<icalcomponent, Free> calendar;

    explicit Parsed(const QByteArray& ics) : calendar(icalparser_parse_string(ics.constData()))
    {
        REQUIRE(calendar != nullptr);
        REQUIRE(icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT);
    }

    QList<icalcomponent*> all(icalcomponent_kind kind) const
    {
        QList<icalcomponent*> result;
        for (icalcomponent* c = icalcomponent_get_first_component(calendar.get(), kind); c;
             c = icalcomponent_get_next_component(calendar.get(), kind))
            result << c;
        return result;
    }
};

QString summaryOf(icalcomponent* ev)
{
    return QString::fromUtf8(icalcomponent_get_summary(ev));
}

// The value as a calendar program shows it, with the escapes undone.
QString textOf(icalcomponent* c, icalproperty_kind kind)
{
    icalproperty* p = icalcomponent_get_first_property(c, kind);
    if (!p)
        return {};
    if (kind == ICAL_TZID_PROPERTY)
        return QString::fromUtf8(icalproperty_get_tzid(p));
    return QString::fromUtf8(icalvalue_get_text(icalproperty_get_value(p)));
}

QString tzidOf(icalcomponent* ev, icalproperty_kind kind)
{
    icalproperty* p = icalcomponent_get_first_property(ev, kind);
    icalparameter* tzid = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
    return tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString();
}

// The start as an instant, read the way a calendar program reads it: the
// TZID is resolved through the file's own VTIMEZONE.
QDateTime startUtc(icalcomponent* ev)
{
    icaltimetype t = icalcomponent_get_dtstart(ev);
    REQUIRE(t.zone != nullptr);
    const icaltimetype utc = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
    return QDateTime(QDate(utc.year, utc.month, utc.day), QTime(utc.hour, utc.minute),
                     QTimeZone::utc());
}

struct Visit {
    std::unique_ptr<Database> db = test::memoryDatabase();
    Delegation delegation;
    QList<DelegationItineraryItem> items;

    Visit()
    {
        Delegation d;
        d.nameJa = QStringLiteral("兵庫県訪問団");
        d.nameEn = QStringLiteral("Hyogo Prefecture Delegation");
        d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
        d.arrival = QDate(2025, 5, 12);
        d.departure = QDate(2025, 5, 15);
        d.status = DelegationStatus::Confirmed;
        d.protocol.dietaryNeeds = QStringLiteral("No shellfish (Mr. Nakamura)");
        d.protocol.giftsGiven = QStringLiteral("Banshu-ori scarf");
        delegation = DelegationRepository(*db).add(d);

        DelegationItineraryRepository itinerary(*db);
        DelegationItineraryItem cityHall;
        cityHall.delegationId = delegation.id;
        cityHall.date = QDate(2025, 5, 12);
        cityHall.start = QTime(9, 0);
        cityHall.end = QTime(10, 30);
        cityHall.topicJa = QStringLiteral("防災体制についての意見交換");
        cityHall.topicEn = QStringLiteral("Exchange on emergency management");
        cityHall.placeJa = QStringLiteral("ニューヨーク市庁舎");
        cityHall.placeEn = QStringLiteral("New York City Hall");
        cityHall.address = QStringLiteral("City Hall Park, New York, NY 10007");
        cityHall.organization.id =
            test::addOrganization(*db,
                                  QStringLiteral("NYC Emergency "
                                                 "Management"),
                                  QStringLiteral("ニューヨーク市危機管理局"));
        cityHall.contact.id =
            test::addPerson(*db, QStringLiteral("Yoshida"), QStringLiteral("Hanako"),
                            QStringLiteral("𠮷田"), QStringLiteral("花子"));
        cityHall.transportJa = QStringLiteral("貸切バス");
        cityHall.transportEn = QStringLiteral("Chartered bus");
        cityHall.notesEn = QStringLiteral("Bring: badges; gifts, cards\\ and the \"agenda\".");
        items << itinerary.add(cityHall);

        DelegationItineraryItem montreal;
        montreal.delegationId = delegation.id;
        montreal.date = QDate(2025, 5, 14);
        montreal.start = QTime(14, 0);
        montreal.end = QTime(15, 30);
        montreal.timeZone = "America/Toronto";
        montreal.topicJa = QStringLiteral("モントリオール市との意見交換");
        montreal.topicEn = QStringLiteral("Meeting with the City of Montréal");
        montreal.placeEn = QStringLiteral("Hôtel de Ville de Montréal");
        montreal.address = QStringLiteral("275, rue Notre-Dame Est, Montréal (Québec) H2Y 1C6");
        items << itinerary.add(montreal);

        DelegationItineraryItem free;
        free.delegationId = delegation.id;
        free.date = QDate(2025, 5, 15);
        free.topicJa = QStringLiteral("自由行動・帰国");
        free.topicEn = QStringLiteral("Free morning, flight home");
        items << itinerary.add(free);
    }

    QByteArray ics() const
    {
        return ICalendarExport::toICalendar(
            delegation, items, QDateTime(QDate(2025, 5, 1), QTime(12, 0), QTimeZone::utc()));
    }
};

} // namespace

TEST_CASE("The calendar has one event per itinerary item and reads back with kanji and accents",
          "[delegations][icalendar][server]")
{
    const Visit visit;
    const Parsed cal(visit.ics());
    const QList<icalcomponent*> events = cal.all(ICAL_VEVENT_COMPONENT);
    REQUIRE(events.size() == 3);

    CHECK(summaryOf(events[0]) == QStringLiteral("【兵庫県】防災体制についての意見交換 / [Hyogo] "
                                                 "Exchange on emergency management"));
    CHECK(textOf(events[0], ICAL_LOCATION_PROPERTY) ==
          QStringLiteral("ニューヨーク市庁舎 / New York City Hall, City Hall Park, New York, NY "
                         "10007"));
    const QString description = textOf(events[0], ICAL_DESCRIPTION_PROPERTY);
    CHECK(description.contains(QStringLiteral("兵庫県訪問団 / Hyogo Prefecture Delegation")));
    CHECK(description.contains(QStringLiteral("𠮷田 花子 / Hanako Yoshida")));
    CHECK(description.contains(
        QStringLiteral("ニューヨーク市危機管理局 / NYC Emergency Management")));
    CHECK(description.contains(QStringLiteral("貸切バス / Chartered bus")));
    // Escaped on the way out, exactly as typed on the way back.
    CHECK(
        description.endsWith(QStringLiteral("Bring: badges; gifts, cards\\ and the \"agenda\".")));

    CHECK(summaryOf(events[1]) == QStringLiteral("【兵庫県】モントリオール市との意見交換 / [Hyogo] "
                                                 "Meeting with the City of Montréal"));
    CHECK(textOf(events[1], ICAL_LOCATION_PROPERTY) ==
          QStringLiteral("Hôtel de Ville de Montréal, 275, rue Notre-Dame Est, Montréal (Québec) "
                         "H2Y 1C6"));

    const QString calendarName = QString::fromUtf8(
        icalproperty_get_x(icalcomponent_get_first_property(cal.calendar.get(), ICAL_X_PROPERTY)));
    CHECK(calendarName == QStringLiteral("兵庫県訪問団 / Hyogo Prefecture Delegation"));
}

TEST_CASE("Calendar events keep their local times in the right time zones",
          "[delegations][icalendar][server]")
{
    const Visit visit;
    const Parsed cal(visit.ics());
    QStringList zones;
    for (icalcomponent* tz : cal.all(ICAL_VTIMEZONE_COMPONENT))
        zones << textOf(tz, ICAL_TZID_PROPERTY);
    CHECK(zones ==
          QStringList{QStringLiteral("America/New_York"), QStringLiteral("America/Toronto")});

    const QList<icalcomponent*> events = cal.all(ICAL_VEVENT_COMPONENT);
    REQUIRE(events.size() == 3);
    CHECK(tzidOf(events[0], ICAL_DTSTART_PROPERTY) == QStringLiteral("America/New_York"));
    CHECK(tzidOf(events[0], ICAL_DTEND_PROPERTY) == QStringLiteral("America/New_York"));
    // 09:00 in New York in May is daylight time: 13:00 UTC.
    CHECK(startUtc(events[0]) == QDateTime(QDate(2025, 5, 12), QTime(13, 0), QTimeZone::utc()));
    CHECK(tzidOf(events[1], ICAL_DTSTART_PROPERTY) == QStringLiteral("America/Toronto"));
    CHECK(startUtc(events[1]) == QDateTime(QDate(2025, 5, 14), QTime(18, 0), QTimeZone::utc()));

    // A day without times is a whole-day event.
    const icaltimetype freeDay = icalcomponent_get_dtstart(events[2]);
    CHECK(freeDay.is_date == 1);
    CHECK(QDate(freeDay.year, freeDay.month, freeDay.day) == QDate(2025, 5, 15));
    const icaltimetype freeEnd = icalcomponent_get_dtend(events[2]);
    CHECK(QDate(freeEnd.year, freeEnd.month, freeEnd.day) == QDate(2025, 5, 16));
}

TEST_CASE("A winter meeting in the calendar is in standard time", "[delegations][icalendar]")
{
    Delegation d;
    d.id = 7;
    d.nameEn = QStringLiteral("Winter visit");
    DelegationItineraryItem i;
    i.id = 1;
    i.delegationId = 7;
    i.date = QDate(2026, 1, 20);
    i.start = QTime(9, 0);
    i.end = QTime(10, 0);
    i.topicEn = QStringLiteral("NACo Legislative Conference");
    const Parsed cal(ICalendarExport::toICalendar(d, {i}));
    const QList<icalcomponent*> events = cal.all(ICAL_VEVENT_COMPONENT);
    REQUIRE(events.size() == 1);
    CHECK(startUtc(events[0]) == QDateTime(QDate(2026, 1, 20), QTime(14, 0), QTimeZone::utc()));
    CHECK(summaryOf(events[0]) == QStringLiteral("[Winter visit] NACo Legislative Conference"));
}

TEST_CASE("The calendar file is well-formed for Outlook and Google Calendar",
          "[delegations][icalendar][server]")
{
    const Visit visit;
    const QByteArray ics = visit.ics();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.contains("VERSION:2.0\r\n"));
    CHECK(ics.contains("PRODID:"));
    CHECK(ics.contains("METHOD:PUBLISH\r\n"));
    CHECK(ics.contains("STATUS:CONFIRMED\r\n"));
    // Lines end in CRLF, are folded at 75 octets, and a fold never splits a
    // character (𠮷 is four bytes in UTF-8).
    const QList<QByteArray> lines = ics.split('\n');
    for (const QByteArray& raw : lines) {
        if (raw.isEmpty())
            continue;
        INFO(raw.constData());
        CHECK(raw.endsWith('\r'));
        const QByteArray line = raw.chopped(1);
        CHECK(line.size() <= 75);
        CHECK(QString::fromUtf8(line).toUtf8() == line);
        CHECK_FALSE(QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
    }
}

TEST_CASE("Event identities stay the same when the itinerary changes",
          "[delegations][icalendar][server]")
{
    Visit visit;
    const Parsed before(visit.ics());
    QStringList uidsBefore;
    for (icalcomponent* ev : before.all(ICAL_VEVENT_COMPONENT))
        uidsBefore << QString::fromUtf8(icalcomponent_get_uid(ev));
    CHECK(uidsBefore.size() == 3);
    CHECK(QSet<QString>(uidsBefore.begin(), uidsBefore.end()).size() == 3);

    DelegationItineraryItem moved = visit.items[0];
    moved.start = QTime(9, 30);
    moved.end = QTime(11, 0);
    visit.items[0] = DelegationItineraryRepository(*visit.db).update(moved);
    const Parsed after(visit.ics());
    QStringList uidsAfter;
    for (icalcomponent* ev : after.all(ICAL_VEVENT_COMPONENT))
        uidsAfter << QString::fromUtf8(icalcomponent_get_uid(ev));
    CHECK(uidsAfter == uidsBefore);
    // The sequence number tells calendar programs the event changed.
    icalcomponent* first = after.all(ICAL_VEVENT_COMPONENT).first();
    CHECK(icalcomponent_get_sequence(first) == 1);
}

TEST_CASE("Dietary needs and gifts stay out of the calendar",
          "[delegations][icalendar][privacy][server]")
{
    const Visit visit;
    const QString ics = QString::fromUtf8(visit.ics());
    CHECK_FALSE(ics.contains(QStringLiteral("shellfish")));
    CHECK_FALSE(ics.contains(QStringLiteral("Banshu")));
}

TEST_CASE("Exporting a delegation writes the calendar file", "[delegations][icalendar][server]")
{
    const Visit visit;
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("hyogo.ics"));
    CHECK(ICalendarExport::exportDelegation(*visit.db, visit.delegation.id, path) == 3);
    const Parsed cal(test::readFile(path));
    CHECK(cal.all(ICAL_VEVENT_COMPONENT).size() == 3);

    test::refusal(StorageError::Kind::NotFound, "exported a delegation that does not exist", [&] {
        ICalendarExport::exportDelegation(*visit.db, visit.delegation.id + 100,
                                          dir.path(QStringLiteral("none.ics")));
    });
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("none.ics"))));
}
