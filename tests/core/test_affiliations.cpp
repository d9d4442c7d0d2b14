#include "domain/jetaarules.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

SisterAffiliation tie(const QString& japanCode, const QString& name, NorthAmericanKind kind,
                      const QString& subdivision, AffiliationType type, PartialDate established)
{
    SisterAffiliation a;
    a.japanCode = japanCode;
    a.northAmericaName = name;
    a.northAmericaKind = kind;
    a.subdivisionCode = subdivision;
    a.country = subdivision.left(2);
    a.type = type;
    a.established = established;
    return a;
}

SisterAffiliation stPaulNagasaki()
{
    return tie(QStringLiteral("422011"), QStringLiteral("St. Paul"), NorthAmericanKind::City,
               QStringLiteral("US-MN"), AffiliationType::SisterCity, PartialDate::ofYear(1955));
}

bool hasError(const StorageError& e, const QString& field)
{
    for (const auto& f : e.fieldErrors())
        if (f.field == field)
            return true;
    return false;
}

// A small registry: two Japanese municipalities and three prefectures tied to
// cities and states in both countries, over several decades.
void seed(SisterAffiliationRepository& repo)
{
    repo.add(stPaulNagasaki());
    repo.add(tie(QStringLiteral("28"), QStringLiteral("Washington"), NorthAmericanKind::State,
                 QStringLiteral("US-WA"), AffiliationType::SisterState, PartialDate{1963, 10, 0}));
    repo.add(tie(QStringLiteral("11"), QStringLiteral("Ohio"), NorthAmericanKind::State,
                 QStringLiteral("US-OH"), AffiliationType::SisterState, PartialDate::ofYear(1990)));
    repo.add(tie(QStringLiteral("08"), QStringLiteral("Ohio"), NorthAmericanKind::State,
                 QStringLiteral("US-OH"), AffiliationType::Friendship, PartialDate::ofYear(2019)));
    repo.add(tie(QStringLiteral("01"), QStringLiteral("Alberta"), NorthAmericanKind::Province,
                 QStringLiteral("CA-AB"), AffiliationType::SisterState, PartialDate::ofYear(1980)));
    repo.add(tie(QStringLiteral("011002"), QStringLiteral("Portland"), NorthAmericanKind::City,
                 QStringLiteral("US-OR"), AffiliationType::SisterCity, PartialDate::ofYear(1959)));
}

} // namespace

TEST_CASE("St. Paul–Nagasaki of 1955 is registered with the year alone", "[affiliations][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliationRepository repo(*db);
    PersonRepository people(*db);
    const Person contact =
        people.add(test::person(QStringLiteral("Nagasaki"), QStringLiteral("Hanako"),
                                QStringLiteral("長崎"), QStringLiteral("花子")));

    SisterAffiliation a = stPaulNagasaki();
    a.contacts = {
        {0, contact.id, {}, ContactSide::Japan, QStringLiteral("International Division")}};
    a.activities = {{0, QDate(2015, 10, 1), ActivityKind::Anniversary,
                     QStringLiteral("60th anniversary delegation to St. Paul")}};
    const SisterAffiliation stored = repo.add(a);

    CHECK(stored.japanCode == QStringLiteral("422011"));
    CHECK(stored.prefectureCode == QStringLiteral("42"));
    CHECK(stored.japanDisplay(Language::Japanese) == QStringLiteral("長崎県長崎市"));
    CHECK(stored.subdivisionName == QStringLiteral("Minnesota"));
    CHECK(stored.northAmericaDisplay() == QStringLiteral("St. Paul, Minnesota"));
    CHECK(stored.established == PartialDate::ofYear(1955));
    CHECK(stored.established.display(Language::English) == QStringLiteral("1955"));
    CHECK(stored.established.display(Language::Japanese) == QStringLiteral("1955年"));
    CHECK_FALSE(stored.established.hasDay());
    REQUIRE(stored.contacts.size() == 1);
    CHECK(stored.contacts.first().personName == QStringLiteral("Hanako Nagasaki"));
    REQUIRE(repo.find(stored.id, Language::Japanese));
    CHECK(repo.find(stored.id, Language::Japanese)->contacts.first().personName ==
          QStringLiteral("長崎 花子"));
    REQUIRE(stored.activities.size() == 1);
    CHECK(stored.activities.first().kind == ActivityKind::Anniversary);

    // A contact cannot be removed while named on the affiliation.
    CHECK_THROWS_AS(people.remove(contact.id), StorageError);
}

TEST_CASE("A sister-state tie joins a prefecture and a state", "[affiliations][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliationRepository repo(*db);
    const SisterAffiliation hyogo = repo.add(
        tie(QStringLiteral("28"), QStringLiteral("Washington"), NorthAmericanKind::State,
            QStringLiteral("US-WA"), AffiliationType::SisterState, PartialDate{1963, 10, 0}));
    CHECK(hyogo.japanSideIsPrefecture());
    CHECK(hyogo.japanDisplay(Language::Japanese) == QStringLiteral("兵庫県"));
    CHECK(hyogo.japanDisplay(Language::English) == QStringLiteral("Hyogo"));
    CHECK(hyogo.northAmericaDisplay() == QStringLiteral("Washington"));
    CHECK(hyogo.established.display(Language::English) == QStringLiteral("October 1963"));
    CHECK(hyogo.type == AffiliationType::SisterState);

    // A province is Canadian; a state is American.
    SisterAffiliation wrong =
        tie(QStringLiteral("01"), QStringLiteral("Alberta"), NorthAmericanKind::State,
            QStringLiteral("CA-AB"), AffiliationType::SisterState, {});
    CHECK_THROWS_AS(repo.add(wrong), StorageError);
}

TEST_CASE("The same pair of jurisdictions cannot be registered twice as active",
          "[affiliations][rules][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliationRepository repo(*db);
    const SisterAffiliation first = repo.add(stPaulNagasaki());

    // Spelled differently, the same pair: refused, and the message names it.
    for (const QString& spelling : {QStringLiteral("St. Paul"), QStringLiteral("ST PAUL"),
                                    QStringLiteral("St.Paul"), QStringLiteral(" st. paul ")}) {
        SisterAffiliation again = stPaulNagasaki();
        again.northAmericaName = spelling;
        again.established = {};
        INFO(spelling.toStdString());
        CHECK_FALSE(repo.check(again).isEmpty());
        try {
            repo.add(again);
            FAIL("registered the same pair twice");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Validation);
            CHECK(hasError(e, QStringLiteral("northAmericaName")));
            CHECK(e.message().contains(QStringLiteral("already registered")));
            CHECK(e.message().contains(QStringLiteral("1955")));
        }
    }
    CHECK(repo.list().size() == 1);

    // A different city of the same name elsewhere, or a different Japanese
    // side, is another pair.
    SisterAffiliation alberta = stPaulNagasaki();
    alberta.subdivisionCode = QStringLiteral("CA-AB");
    alberta.country = QStringLiteral("CA");
    CHECK(repo.add(alberta).id > 0);
    SisterAffiliation prefecture = stPaulNagasaki();
    prefecture.japanCode = QStringLiteral("42");
    CHECK(repo.add(prefecture).id > 0);

    // An ended tie does not block registering it anew…
    SisterAffiliation ended = first;
    ended.status = AffiliationStatus::Ended;
    repo.update(ended);
    const SisterAffiliation renewed = repo.add(stPaulNagasaki());
    CHECK(renewed.id > 0);
    // …but the old one cannot then be made active again beside it.
    SisterAffiliation revived = *repo.find(first.id);
    revived.status = AffiliationStatus::Active;
    CHECK_THROWS_AS(repo.update(revived), StorageError);

    // Saving an active tie unchanged is not a duplicate of itself.
    SisterAffiliation same = renewed;
    same.notes = QStringLiteral("Renewed at the 70th anniversary");
    CHECK(repo.update(same).notes == same.notes);
}

TEST_CASE("The schema itself refuses a second active pair", "[affiliations][rules][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliationRepository(*db).add(stPaulNagasaki());
    CHECK_THROWS_AS(
        Query(*db, QStringLiteral("INSERT INTO sister_affiliation (prefecture_code, "
                                  "municipality_code, na_name, na_key, na_kind, subdivision_code, "
                                  "country, type, status, created_at, updated_at) VALUES ('42', "
                                  "'422011', 'Saint Paul', 'stpaul', 'city', 'US-MN', 'US', "
                                  "'sister_city', 'active', 'x', 'x')"))
            .exec(),
        StorageError);
}

TEST_CASE("An affiliation's Japanese side must exist in the reference data",
          "[affiliations][rules][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliationRepository repo(*db);
    for (const QString& code :
         {QStringLiteral("999999"), QStringLiteral("48"), QStringLiteral("422012")}) {
        SisterAffiliation a = stPaulNagasaki();
        a.japanCode = code;
        INFO(code.toStdString());
        try {
            repo.add(a);
            FAIL("saved an affiliation with an unknown Japanese side");
        } catch (const StorageError& e) {
            CHECK(hasError(e, QStringLiteral("japanCode")));
            CHECK(e.message().contains(code));
        }
    }
    // The pure rule, with whatever lookup the caller has.
    SisterAffiliation a = stPaulNagasaki();
    CHECK(JetaaRules::checkJapaneseSide(a, [](const QString&) { return true; }).isEmpty());
    CHECK(JetaaRules::checkJapaneseSide(a, [](const QString&) { return false; }).size() == 1);
    CHECK(repo.list().isEmpty());
}

TEST_CASE("Affiliations are counted by country, state or province, and prefecture",
          "[affiliations][counts][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliationRepository repo(*db);
    seed(repo);

    const auto byCountry = repo.countsByCountry();
    REQUIRE(byCountry.size() == 2);
    CHECK(byCountry[0] ==
          AffiliationCount{QStringLiteral("US"), QStringLiteral("United States"), 5});
    CHECK(byCountry[1] == AffiliationCount{QStringLiteral("CA"), QStringLiteral("Canada"), 1});

    const auto bySubdivision = repo.countsBySubdivision();
    REQUIRE_FALSE(bySubdivision.isEmpty());
    CHECK(bySubdivision[0] == AffiliationCount{QStringLiteral("US-OH"), QStringLiteral("Ohio"), 2});

    AffiliationFilter canada;
    canada.country = QStringLiteral("CA");
    const auto provinces = repo.countsBySubdivision(canada);
    REQUIRE(provinces.size() == 1);
    CHECK(provinces[0].label == QStringLiteral("Alberta"));

    // Hokkaido (01) has a prefecture tie and Sapporo's; both count for it.
    const auto byPrefecture = repo.countsByPrefecture({}, Language::Japanese);
    REQUIRE_FALSE(byPrefecture.isEmpty());
    CHECK(byPrefecture[0] == AffiliationCount{QStringLiteral("01"), QStringLiteral("北海道"), 2});

    // Only active ties, when asked.
    SisterAffiliation ended = repo.list(canada).first();
    ended.status = AffiliationStatus::Ended;
    repo.update(ended);
    AffiliationFilter active;
    active.status = AffiliationStatus::Active;
    CHECK(repo.countsByCountry(active).size() == 1);
}

TEST_CASE("Affiliations are filtered by prefecture, state, country, type and decade",
          "[affiliations][filters][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliationRepository repo(*db);
    seed(repo);

    AffiliationFilter ohio;
    ohio.subdivisionCode = QStringLiteral("US-OH");
    CHECK(repo.list(ohio).size() == 2);

    AffiliationFilter hokkaido;
    hokkaido.prefectureCode = QStringLiteral("01");
    CHECK(repo.list(hokkaido).size() == 2);

    AffiliationFilter states;
    states.type = AffiliationType::SisterState;
    CHECK(repo.list(states).size() == 3);

    AffiliationFilter fifties;
    fifties.decade = 1950;
    const auto found = repo.list(fifties);
    REQUIRE(found.size() == 2);
    CHECK(found[0].northAmericaName == QStringLiteral("Portland")); // 01 before 42
    CHECK(found[1].northAmericaName == QStringLiteral("St. Paul"));

    AffiliationFilter before1970;
    before1970.establishedBefore = 1970;
    CHECK(repo.list(before1970).size() == 3);

    AffiliationFilter text;
    text.text = QStringLiteral("ながさき");
    CHECK(repo.list(text).size() == 1);
    text.text = QStringLiteral("saint");
    CHECK(repo.list(text).isEmpty());
    text.text = QStringLiteral("st paul");
    CHECK(repo.list(text).size() == 1);
}
