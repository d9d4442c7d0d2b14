#include "core/delegationfixtures.h"
#include "domain/delegationitineraryitem.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;
using test::fieldsOf;

namespace {

const QDate Arrival(2025, 5, 12);
const QDate Departure(2025, 5, 15);

DelegationItineraryItem item(DelegationId delegation, const QDate& date, const QTime& start,
                             const QTime& end, const QString& topicEn, const QString& topicJa = {})
{
    DelegationItineraryItem i;
    i.delegationId = delegation;
    i.date = date;
    i.start = start;
    i.end = end;
    i.topicEn = topicEn;
    i.topicJa = topicJa;
    return i;
}

Delegation draft()
{
    Delegation d;
    d.nameEn = QStringLiteral("Hyogo Prefecture Delegation");
    d.nameJa = QStringLiteral("兵庫県訪問団");
    d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
    d.arrival = Arrival;
    d.departure = Departure;
    d.status = DelegationStatus::Confirmed;
    return d;
}

} // namespace

TEST_CASE("A four-day delegation from 兵庫県 with six members and twelve meetings",
          "[delegations][server]")
{
    auto db = test::memoryDatabase();
    const struct {
        const char* family;
        const char* given;
        const char* familyKanji;
        const char* givenKanji;
        DelegationRole role;
        const char* titleJa;
    } people[] = {
        {"Yamada", "Taro", "山田", "太郎", DelegationRole::Leader, "兵庫県副知事"},
        {"Yoshida", "Hanako", "𠮷田", "花子", DelegationRole::DeputyLeader, "兵庫県議会議員"},
        {"Takahashi", "Kenichi", "髙橋", "健一", DelegationRole::Member, "防災企画局長"},
        {"Watanabe", "Misaki", "渡邉", "美咲", DelegationRole::Member, "国際交流課長"},
        {"Nakamura", "Sho", "中村", "翔", DelegationRole::Member, "危機管理部主幹"},
        {"Kobayashi", "Yumi", "小林", "由美", DelegationRole::Secretariat, "国際交流課主任"},
    };
    Delegation d = draft();
    for (const auto& p : people) {
        DelegationMember m;
        m.person.id =
            test::addPerson(*db, QString::fromUtf8(p.family), QString::fromUtf8(p.given),
                            QString::fromUtf8(p.familyKanji), QString::fromUtf8(p.givenKanji));
        m.role = p.role;
        m.titleJa = QString::fromUtf8(p.titleJa);
        d.members << m;
    }
    const StaffMember official =
        test::addOfficial(*db, test::addPerson(*db, QStringLiteral("Sato"), QStringLiteral("Ken")),
                          QDate(2024, 4, 1), QDate(2026, 3, 31));
    d.staffInCharge = official.id;
    d.protocol.dietaryNeeds = QStringLiteral("中村様: 甲殻類アレルギー");

    DelegationRepository delegations(*db);
    const Delegation saved = delegations.add(d);
    CHECK(saved.memberCount() == 6);
    CHECK(saved.dayCount() == 4);
    CHECK(saved.sendingGovernment.nameJa == QStringLiteral("兵庫県"));
    CHECK(saved.sendingGovernment.nameEn == QStringLiteral("Hyogo"));
    REQUIRE(saved.leader() != nullptr);
    CHECK(saved.leader()->person.name.kanji() == QStringLiteral("山田 太郎"));
    CHECK(saved.members[1].person.name.familyKanji == QStringLiteral("𠮷田"));
    CHECK(saved.staffInChargeName.latin() == QStringLiteral("Ken Sato"));
    CHECK(saved.protocol.dietaryNeeds == d.protocol.dietaryNeeds);

    // Three meetings a day, added in no particular order.
    DelegationItineraryRepository itinerary(*db);
    const QTime times[][2] = {
        {QTime(16, 0), QTime(17, 30)}, {QTime(9, 30), QTime(11, 0)}, {QTime(13, 30), QTime(15, 0)}};
    for (int day = 0; day < 4; ++day)
        for (const auto& slot : times)
            itinerary.add(item(saved.id, Arrival.addDays(day), slot[0], slot[1],
                               QStringLiteral("Meeting %1 %2").arg(day).arg(slot[0].hour()),
                               QStringLiteral("会議 %1").arg(day)));
    const QList<DelegationItineraryItem> items = itinerary.items(saved.id);
    REQUIRE(items.size() == 12);
    CHECK(items.first().date == Arrival);
    CHECK(items.first().start == QTime(9, 30));
    CHECK(items.last().date == Departure);
    CHECK(items.last().start == QTime(16, 0));
    for (qsizetype i = 1; i < items.size(); ++i)
        CHECK(items[i - 1].startDateTime() < items[i].startDateTime());
    CHECK(items.first().timeZone == QByteArray("America/New_York"));

    DelegationFilter byPrefecture;
    byPrefecture.prefectureCode = QStringLiteral("28");
    CHECK(delegations.list(byPrefecture).size() == 1);
    byPrefecture.prefectureCode = QStringLiteral("13");
    CHECK(delegations.list(byPrefecture).isEmpty());
}

TEST_CASE("An itinerary item lies within the delegation's dates", "[delegations][rules][server]")
{
    const Delegation d = draft();
    SECTION("the rule")
    {
        CHECK(DelegationItineraryRules::withinDates(item(1, Arrival, {}, {}, QStringLiteral("x")),
                                                    d));
        CHECK(DelegationItineraryRules::withinDates(item(1, Departure, {}, {}, QStringLiteral("x")),
                                                    d));
        CHECK_FALSE(DelegationItineraryRules::withinDates(
            item(1, Arrival.addDays(-1), {}, {}, QStringLiteral("x")), d));
        CHECK_FALSE(DelegationItineraryRules::withinDates(
            item(1, Departure.addDays(1), {}, {}, QStringLiteral("x")), d));
        Delegation undated = d;
        undated.arrival = {};
        undated.departure = {};
        CHECK(DelegationItineraryRules::withinDates(
            item(1, QDate(2030, 1, 1), {}, {}, QStringLiteral("x")), undated));
    }
    SECTION("saving")
    {
        auto db = test::memoryDatabase();
        const Delegation saved = DelegationRepository(*db).add(d);
        DelegationItineraryRepository itinerary(*db);
        CHECK(fieldsOf([&] {
                  itinerary.add(item(saved.id, Departure.addDays(1), QTime(9, 0), QTime(10, 0),
                                     QStringLiteral("Farewell")));
              }) == QStringList{QStringLiteral("date")});
        CHECK(itinerary.items(saved.id).isEmpty());
        CHECK(itinerary
                  .add(item(saved.id, Departure, QTime(9, 0), QTime(10, 0),
                            QStringLiteral("Farewell")))
                  .id > 0);
    }
}

TEST_CASE("Two items of a delegation do not overlap unless marked parallel",
          "[delegations][rules][server]")
{
    auto db = test::memoryDatabase();
    const Delegation d = DelegationRepository(*db).add(draft());
    DelegationItineraryRepository itinerary(*db);
    const DelegationItineraryItem morning =
        itinerary.add(item(d.id, Arrival, QTime(10, 0), QTime(11, 0), QStringLiteral("City Hall")));

    SECTION("an overlapping item is refused, naming the item it clashes with")
    {
        CHECK(test::refusal(StorageError::Kind::Validation, "an overlapping item was saved", [&] {
                  itinerary.add(item(d.id, Arrival, QTime(10, 30), QTime(11, 30),
                                     QStringLiteral("Fire Department")));
              }).contains(QStringLiteral("City Hall")));
        CHECK(itinerary.items(d.id).size() == 1);
    }
    SECTION("an item that starts when the other ends is fine")
    {
        CHECK_NOTHROW(itinerary.add(
            item(d.id, Arrival, QTime(11, 0), QTime(12, 0), QStringLiteral("Lunch"))));
    }
    SECTION("a parallel item may overlap")
    {
        DelegationItineraryItem split =
            item(d.id, Arrival, QTime(10, 0), QTime(11, 0), QStringLiteral("School visit"));
        split.parallel = true;
        CHECK_NOTHROW(itinerary.add(split));
        CHECK(itinerary.items(d.id).size() == 2);
    }
    SECTION("an item does not clash with itself when it is edited")
    {
        DelegationItineraryItem longer = morning;
        longer.end = QTime(11, 45);
        CHECK(itinerary.update(longer).end == QTime(11, 45));
    }
    SECTION("an item without times (a free day) clashes with nothing")
    {
        CHECK_NOTHROW(itinerary.add(item(d.id, Arrival, {}, {}, QStringLiteral("Free afternoon"))));
    }
    SECTION("items at the same start time clash even without an end")
    {
        const DelegationItineraryItem a =
            item(d.id, Arrival, QTime(10, 0), {}, QStringLiteral("Photo"));
        CHECK(DelegationItineraryRules::conflict(a, morning));
    }
}

TEST_CASE("Items in different time zones are compared as instants", "[delegations][rules]")
{
    // 10:00–11:00 in New York is 09:00–10:00 in Chicago.
    DelegationItineraryItem ny =
        item(1, Arrival, QTime(10, 0), QTime(11, 0), QStringLiteral("New York"));
    DelegationItineraryItem chicago =
        item(1, Arrival, QTime(9, 30), QTime(10, 30), QStringLiteral("Chicago"));
    chicago.timeZone = "America/Chicago";
    CHECK(DelegationItineraryRules::overlap(ny, chicago)); // 10:30–11:30 New York time
    chicago.start = QTime(10, 0);
    chicago.end = QTime(11, 0); // 11:00–12:00 New York time
    CHECK_FALSE(DelegationItineraryRules::overlap(ny, chicago));

    DelegationItineraryItem unknown = ny;
    unknown.timeZone = "Mars/Olympus_Mons";
    CHECK(fieldsOf(unknown.validate()).contains(QStringLiteral("timeZone")));
}

TEST_CASE("An item's times and contents are checked as the user types", "[delegations][rules]")
{
    DelegationItineraryItem i =
        item(1, Arrival, QTime(11, 0), QTime(10, 0), QStringLiteral("Visit"));
    CHECK(fieldsOf(i.validate()) == QStringList{QStringLiteral("end")});
    i.end = QTime(12, 0);
    CHECK(i.validate().isEmpty());
    i.topicEn.clear();
    CHECK(fieldsOf(i.validate()) == QStringList{QStringLiteral("topicEn")});
    i.placeJa = QStringLiteral("ニューヨーク市庁舎");
    CHECK(i.validate().isEmpty());
}

TEST_CASE("Changing a delegation's dates cannot leave its itinerary outside the visit",
          "[delegations][rules][server]")
{
    auto db = test::memoryDatabase();
    DelegationRepository delegations(*db);
    Delegation d = delegations.add(draft());
    DelegationItineraryRepository(*db).add(
        item(d.id, Arrival, QTime(9, 0), QTime(10, 0), QStringLiteral("Arrival briefing")));
    d.arrival = Arrival.addDays(1);
    CHECK(fieldsOf([&] { delegations.update(d); }) == QStringList{QStringLiteral("arrival")});
    CHECK(delegations.find(d.id)->arrival == Arrival);
    d.arrival = Arrival;
    d.departure = Departure.addDays(2);
    CHECK(delegations.update(d).departure == Departure.addDays(2));
}

TEST_CASE("A delegation needs a name, one sending government and sensible dates",
          "[delegations][rules]")
{
    Delegation d = draft();
    CHECK(d.validate().isEmpty());

    Delegation noGovernment = d;
    noGovernment.sendingGovernment = {};
    CHECK(fieldsOf(noGovernment.validate()) == QStringList{QStringLiteral("sendingGovernment")});
    Delegation twoGovernments = d;
    twoGovernments.sendingGovernment.municipalityCode = QStringLiteral("281000");
    CHECK(fieldsOf(twoGovernments.validate()) == QStringList{QStringLiteral("sendingGovernment")});

    Delegation backwards = d;
    backwards.departure = Arrival.addDays(-1);
    CHECK(fieldsOf(backwards.validate()) == QStringList{QStringLiteral("departure")});

    Delegation confirmedWithoutDates = d;
    confirmedWithoutDates.departure = {};
    CHECK(fieldsOf(confirmedWithoutDates.validate()) == QStringList{QStringLiteral("arrival")});
    confirmedWithoutDates.status = DelegationStatus::Inquiry;
    CHECK(confirmedWithoutDates.validate().isEmpty());

    Delegation twoLeaders = d;
    twoLeaders.members = {{0, {1, {}}, DelegationRole::Leader, {}, {}},
                          {0, {2, {}}, DelegationRole::Leader, {}, {}}};
    CHECK(fieldsOf(twoLeaders.validate()) == QStringList{QStringLiteral("members")});

    Delegation unnamed = d;
    unnamed.nameEn.clear();
    unnamed.nameJa = QStringLiteral("  ");
    CHECK(fieldsOf(unnamed.validate()) == QStringList{QStringLiteral("nameEn")});
}

TEST_CASE("A delegation from a municipality is named with its prefecture", "[delegations][server]")
{
    auto db = test::memoryDatabase();
    Delegation d = draft();
    d.sendingGovernment = GovernmentRef::municipality(QStringLiteral("281000"));
    const Delegation saved = DelegationRepository(*db).add(d);
    CHECK(saved.sendingGovernment.nameJa == QStringLiteral("兵庫県神戸市"));
    CHECK(saved.sendingGovernment.nameEn == QStringLiteral("Kobe, Hyogo"));
    DelegationFilter hyogo;
    hyogo.prefectureCode = QStringLiteral("28");
    CHECK(DelegationRepository(*db).list(hyogo).size() == 1);
}

TEST_CASE("The delegations list shows upcoming visits first", "[delegations][server]")
{
    auto db = test::memoryDatabase();
    DelegationRepository delegations(*db);
    const auto add = [&](const char* name, const QDate& from, const QDate& to,
                         DelegationStatus status) {
        Delegation d = draft();
        d.nameEn = QString::fromUtf8(name);
        d.arrival = from;
        d.departure = to;
        d.status = status;
        delegations.add(d);
    };
    add("last year", QDate(2024, 6, 1), QDate(2024, 6, 3), DelegationStatus::Completed);
    add("undated inquiry", {}, {}, DelegationStatus::Inquiry);
    add("next month", QDate(2025, 6, 10), QDate(2025, 6, 12), DelegationStatus::Planning);
    add("under way", QDate(2025, 5, 10), QDate(2025, 5, 16), DelegationStatus::Confirmed);
    add("last month", QDate(2025, 4, 1), QDate(2025, 4, 3), DelegationStatus::Completed);

    DelegationFilter filter;
    filter.today = QDate(2025, 5, 14);
    QStringList order;
    for (const Delegation& d : delegations.list(filter))
        order << d.nameEn;
    CHECK(order == QStringList{QStringLiteral("under way"), QStringLiteral("next month"),
                               QStringLiteral("undated inquiry"), QStringLiteral("last month"),
                               QStringLiteral("last year")});

    filter.openOnly = true;
    CHECK(delegations.list(filter).size() == 3);
    filter.openOnly = false;
    filter.from = QDate(2025, 6, 1);
    filter.to = QDate(2025, 6, 30);
    QStringList june;
    for (const Delegation& d : delegations.list(filter))
        june << d.nameEn;
    CHECK(june == QStringList{QStringLiteral("next month"), QStringLiteral("undated inquiry")});
}

TEST_CASE("Removing a delegation takes its itinerary — a member cannot be removed while listed",
          "[delegations][server]")
{
    auto db = test::memoryDatabase();
    Delegation d = draft();
    const PersonId member = test::addPerson(*db, QStringLiteral("O'Brien"), QStringLiteral("Anne"));
    d.members << DelegationMember{0, {member, {}}, DelegationRole::Leader, {}, {}};
    DelegationRepository delegations(*db);
    d = delegations.add(d);
    DelegationItineraryRepository(*db).add(
        item(d.id, Arrival, QTime(9, 0), QTime(10, 0), QStringLiteral("Briefing")));

    CHECK(test::refusal(StorageError::Kind::Referenced, "a delegation member was removed", [&] {
              PersonRepository(*db).remove(member);
          }).contains(QStringLiteral("Delegation members")));

    delegations.remove(d.id);
    CHECK_FALSE(delegations.find(d.id));
    CHECK(DelegationItineraryRepository(*db).items(d.id).isEmpty());
    CHECK_NOTHROW(PersonRepository(*db).remove(member));
}

TEST_CASE("Saving a delegation someone else changed is refused", "[delegations][server]")
{
    auto db = test::memoryDatabase();
    DelegationRepository delegations(*db);
    const Delegation original = delegations.add(draft());
    Delegation mine = original, theirs = original;
    theirs.purposeEn = QStringLiteral("Disaster management");
    delegations.update(theirs);
    mine.purposeEn = QStringLiteral("Tourism");
    test::refusal(StorageError::Kind::Conflict, "a stale delegation was saved",
                  [&] { delegations.update(mine); });
    CHECK(delegations.find(original.id)->purposeEn == QStringLiteral("Disaster management"));

    DelegationItineraryRepository itinerary(*db);
    const DelegationItineraryItem first =
        itinerary.add(item(original.id, Arrival, QTime(9, 0), QTime(10, 0), QStringLiteral("A")));
    DelegationItineraryItem edited = first;
    edited.topicEn = QStringLiteral("B");
    itinerary.update(edited);
    CHECK_THROWS_AS(itinerary.update(edited), StorageError);
}
