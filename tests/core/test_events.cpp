#include "storage/database.h"
#include "storage/officeeventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

OfficeEvent event(const QString& title, EventKind kind, const QDate& date, const QTime& start = {})
{
    OfficeEvent e;
    e.titleEn = title;
    e.kind = kind;
    e.date = date;
    e.startTime = start;
    return e;
}

OrganizationId japanSociety(Database& db)
{
    return OrganizationRepository(db)
        .add(test::organization(QStringLiteral("Japan Society"),
                                QStringLiteral("ジャパン・ソサエティー"), OrganizationKind::Other,
                                QStringLiteral("US")))
        .id;
}

} // namespace

TEST_CASE("Japan Day is recorded with partners, people and attendance", "[events][server]")
{
    auto db = test::memoryDatabase();
    OfficeEventRepository events(*db);
    PersonRepository people(*db);
    const Person staff = people.add(test::person(QStringLiteral("Tanaka"), QStringLiteral("Yui"),
                                                 QStringLiteral("田中"), QStringLiteral("結衣")));
    const OrganizationId partner = japanSociety(*db);

    OfficeEvent japanDay = event(QStringLiteral("Japan Day @ Central Park"), EventKind::JapanDay,
                                 QDate(2025, 5, 11), QTime(10, 0));
    japanDay.titleJa = QStringLiteral("ジャパンデー＠セントラルパーク");
    japanDay.endTime = QTime(17, 0);
    japanDay.place = QStringLiteral("Central Park, Naumburg Bandshell");
    japanDay.organizations = {{partner, {}, QStringLiteral("Booth")}};
    japanDay.attendees = {{staff.id, {}, QStringLiteral("Booth staff")}};
    japanDay.attendance = 55000;
    const OfficeEvent stored = events.add(japanDay);

    CHECK(stored.title(Language::Japanese) == QStringLiteral("ジャパンデー＠セントラルパーク"));
    CHECK(stored.title(Language::English) == QStringLiteral("Japan Day @ Central Park"));
    CHECK(stored.startTime == QTime(10, 0));
    CHECK(stored.endTime == QTime(17, 0));
    CHECK(stored.attendance == 55000);
    CHECK(stored.kind == EventKind::JapanDay);
    REQUIRE(stored.attendees.size() == 1);
    CHECK(stored.attendees.first().personName == QStringLiteral("Yui Tanaka"));
    CHECK(events.find(stored.id, Language::Japanese)->attendees.first().personName ==
          QStringLiteral("田中 結衣"));
    REQUIRE(stored.organizations.size() == 1);
    CHECK(stored.organizations.first().role == QStringLiteral("Booth"));
    CHECK(events.find(stored.id, Language::Japanese)->organizations.first().organizationName ==
          QStringLiteral("ジャパン・ソサエティー"));

    EventFilter withPartner;
    withPartner.organizationId = partner;
    CHECK(events.list(withPartner).size() == 1);
    EventFilter withStaff;
    withStaff.personId = staff.id;
    CHECK(events.list(withStaff).size() == 1);
    EventFilter byText;
    byText.text = QStringLiteral("central park");
    CHECK(events.list(byText).size() == 1);

    // People and partners of an event stay until taken off it.
    try {
        people.remove(staff.id);
        FAIL("removed a person who attended an event");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("People attending events: 1")));
    }
    CHECK_THROWS_AS(OrganizationRepository(*db).remove(partner), StorageError);

    OfficeEvent changed = stored;
    changed.attendees.clear();
    events.update(changed);
    CHECK_NOTHROW(people.remove(staff.id));
}

TEST_CASE("Events are listed in calendar order", "[events][server]")
{
    auto db = test::memoryDatabase();
    OfficeEventRepository events(*db);
    events.add(event(QStringLiteral("Evening reception"), EventKind::Reception, QDate(2025, 6, 3),
                     QTime(18, 30)));
    events.add(event(QStringLiteral("Travel show"), EventKind::Fair, QDate(2025, 1, 24)));
    events.add(event(QStringLiteral("Morning seminar"), EventKind::Seminar, QDate(2025, 6, 3),
                     QTime(9, 0)));
    events.add(event(QStringLiteral("All-day booth"), EventKind::Other, QDate(2025, 6, 3)));

    const auto all = events.list();
    REQUIRE(all.size() == 4);
    CHECK(all[0].titleEn == QStringLiteral("Travel show"));
    CHECK(all[1].titleEn == QStringLiteral("All-day booth"));
    CHECK(all[2].titleEn == QStringLiteral("Morning seminar"));
    CHECK(all[3].titleEn == QStringLiteral("Evening reception"));
}

TEST_CASE("Events of a fiscal year: March 31 closes it, April 1 opens the next",
          "[events][fiscalyear][server]")
{
    auto db = test::memoryDatabase();
    OfficeEventRepository events(*db);
    events.add(event(QStringLiteral("Session A"), EventKind::JetInfoSession, QDate(2025, 3, 31)));
    events.add(event(QStringLiteral("Session B"), EventKind::JetInfoSession, QDate(2025, 4, 1)));
    events.add(event(QStringLiteral("Session C"), EventKind::JetInfoSession, QDate(2026, 3, 31)));
    events.add(event(QStringLiteral("Reception"), EventKind::Reception, QDate(2025, 10, 1)));
    OfficeEvent fair = event(QStringLiteral("Spring fair"), EventKind::Fair, QDate(2026, 3, 31));
    fair.endDate = QDate(2026, 4, 2);
    events.add(fair);

    EventFilter fy2025;
    fy2025.fiscalYear = FiscalYear(2025);
    const auto inYear = events.list(fy2025);
    QStringList titles;
    for (const OfficeEvent& e : inYear)
        titles << e.titleEn;
    CHECK(titles == QStringList{QStringLiteral("Session B"), QStringLiteral("Reception"),
                                QStringLiteral("Session C"), QStringLiteral("Spring fair")});

    EventFilter fy2024;
    fy2024.fiscalYear = FiscalYear(2024);
    REQUIRE(events.list(fy2024).size() == 1);
    CHECK(events.list(fy2024).first().titleEn == QStringLiteral("Session A"));

    const auto counts = events.countByKind(fy2025);
    REQUIRE(counts.size() == 3);
    CHECK(counts[0].kind == EventKind::Fair);
    CHECK(counts[1] == EventKindCount{EventKind::JetInfoSession, 2, 0});
    CHECK(counts[2].kind == EventKind::Reception);
}

TEST_CASE("An event needs a title, a date and an end after its start", "[events][server]")
{
    auto db = test::memoryDatabase();
    OfficeEventRepository events(*db);
    CHECK_THROWS_AS(events.add(event({}, EventKind::Seminar, QDate(2025, 5, 1))), StorageError);
    CHECK_THROWS_AS(events.add(event(QStringLiteral("No date"), EventKind::Seminar, {})),
                    StorageError);
    OfficeEvent backwards =
        event(QStringLiteral("Backwards"), EventKind::Seminar, QDate(2025, 5, 1), QTime(15, 0));
    backwards.endTime = QTime(14, 0);
    CHECK_THROWS_AS(events.add(backwards), StorageError);
    backwards.endDate = QDate(2025, 5, 2); // ends the next afternoon: fine
    CHECK(events.add(backwards).id > 0);
    OfficeEvent japaneseOnly = event({}, EventKind::Reception, QDate(2025, 5, 1));
    japaneseOnly.titleJa = QStringLiteral("新年会");
    CHECK(events.add(japaneseOnly).title(Language::English) == QStringLiteral("新年会"));
}
