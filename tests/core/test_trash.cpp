#include "domain/cohort.h"
#include "domain/person.h"
#include "search/searchindex.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/recordkinds.h"
#include "storage/trash.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
OrganizationId addOrganization(Database& db)
{
    Organization org;
    org.nameEn = QStringLiteral("National League of Cities");
    org.country = QStringLiteral("US");
    return OrganizationRepository(db).add(org).id;
}

Person personWithAffiliation(Database& db)
{
    Person p;
    p.name.family = QStringLiteral("O'Brien");
    p.name.given = QStringLiteral("Siobhán");
    p.name.familyKanji = QStringLiteral("𠮷野");
    Affiliation a;
    a.organizationId = addOrganization(db);
    a.role = QStringLiteral("Director");
    p.affiliations << a;
    return PersonRepository(db).add(p);
}
} // namespace

TEST_CASE("A deleted record goes to the Trash with what it owned and comes back intact",
          "[trash][server]")
{
    auto db = test::memoryDatabase();
    db->setStaffName(QStringLiteral("Kenji Sato"));
    PersonRepository people(*db);
    const Person before = personWithAffiliation(*db);
    people.remove(before.id);
    CHECK_FALSE(people.find(before.id));
    CHECK(Query(*db, QStringLiteral("SELECT count(*) FROM person_affiliation")).exec().scalar() ==
          0);

    Trash trash(*db);
    const QList<TrashEntry> entries = trash.list();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().table == QStringLiteral("person"));
    CHECK(entries.first().recordId == before.id);
    CHECK(entries.first().title() == QStringLiteral("Siobhán O'Brien"));
    CHECK(entries.first().ownedRows == 1);
    CHECK(entries.first().staffName == QStringLiteral("Kenji Sato"));

    trash.restore(entries.first().id);
    const std::optional<Person> back = people.find(before.id);
    REQUIRE(back);
    CHECK(back->name == before.name);
    CHECK(back->rowVersion == before.rowVersion);
    REQUIRE(back->affiliations.size() == 1);
    CHECK(back->affiliations.first().role == QStringLiteral("Director"));
    CHECK(back->affiliations.first().id == before.affiliations.first().id);
    CHECK(trash.count() == 0);
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("The counts on the dashboard and status bar stay exact through deletes and restores",
          "[trash][storage][server]")
{
    auto db = test::memoryDatabase();
    // What the window shows (kept by triggers) against counting the table.
    const auto shown = [&](const char* key) {
        for (const RecordKind& k : RecordKinds::all())
            if (k.key == QLatin1String(key))
                return RecordKinds::count(*db, k);
        FAIL("no such kind");
        return qint64(-1);
    };
    const auto counted = [&](const QString& table) {
        return Query(*db, QStringLiteral("SELECT count(*) FROM %1").arg(table))
            .exec()
            .scalar()
            .toLongLong();
    };
    CHECK(shown("prefectures") == 47);
    const qint64 organizations = shown("organizations"); // the office's own, seeded
    const Person a = personWithAffiliation(*db);
    personWithAffiliation(*db);
    CHECK(shown("people") == 2);
    CHECK(shown("organizations") == organizations + 2);
    CHECK(shown("person_affiliations") == 2);

    // Deleting a person takes their affiliation with them (a cascade).
    PersonRepository(*db).remove(a.id);
    CHECK(shown("people") == 1);
    CHECK(shown("person_affiliations") == 1);
    Trash trash(*db);
    trash.restore(trash.list().first().id);
    CHECK(shown("people") == 2);
    CHECK(shown("person_affiliations") == 2);

    // A failed write changes no count.
    CHECK_THROWS(db->transaction([&] {
        personWithAffiliation(*db);
        throw StorageError(StorageError::Kind::Validation, QStringLiteral("stop"));
    }));
    CHECK(shown("people") == 2);
    CHECK(shown("organizations") == organizations + 2);
    for (const RecordKind& k : RecordKinds::all())
        CHECK(RecordKinds::count(*db, k) == counted(k.table));

    // The length of the People list: the index's entries, kept likewise.
    SearchIndex(*db).refresh();
    CHECK(RecordKinds::indexedCount(*db, QStringLiteral("person")) == 2);
    PersonRepository(*db).remove(a.id);
    SearchIndex(*db).refresh();
    CHECK(RecordKinds::indexedCount(*db, QStringLiteral("person")) == 1);
    CHECK(RecordKinds::indexedCount(*db, QStringLiteral("organization")) ==
          Query(*db, QStringLiteral("SELECT count(*) FROM search_item WHERE kind = "
                                    "'organization'"))
              .exec()
              .scalar()
              .toLongLong());
}

TEST_CASE("A record still used elsewhere is not deleted and does not reach the Trash",
          "[trash][server]")
{
    auto db = test::memoryDatabase();
    const Person p = personWithAffiliation(*db);
    const OrganizationId org = p.affiliations.first().organizationId;
    CHECK_THROWS_AS(OrganizationRepository(*db).remove(org), StorageError);
    CHECK(OrganizationRepository(*db).find(org));
    CHECK(Trash(*db).count() == 0);
}

TEST_CASE("A record whose number was taken meanwhile is not restored and nothing changes",
          "[trash]")
{
    auto db = test::memoryDatabase();
    Organization org;
    org.nameEn = QStringLiteral("Council of State Governments");
    org.country = QStringLiteral("US");
    OrganizationRepository orgs(*db);
    const Organization first = orgs.add(org);
    orgs.remove(first.id);
    // SQLite gives the freed highest number to the next new record.
    org.nameEn = QStringLiteral("National Governors Association");
    const Organization second = orgs.add(org);
    REQUIRE(second.id == first.id);
    Trash trash(*db);
    test::refusal(StorageError::Kind::Conflict, "restore should have been refused",
                  [&] { trash.restore(trash.list().first().id); });
    CHECK(trash.count() == 1);
    CHECK(orgs.find(second.id)->nameEn == QStringLiteral("National Governors Association"));
}

TEST_CASE("Emptying the Trash deletes its records for good", "[trash][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    people.remove(personWithAffiliation(*db).id);
    Trash trash(*db);
    REQUIRE(trash.count() == 1);
    trash.empty();
    CHECK(trash.count() == 0);
    CHECK(Query(*db, QStringLiteral("SELECT count(*) FROM trash_row")).exec().scalar() == 0);
}

TEST_CASE("A deleted cohort goes to the Trash as one entry with its itinerary", "[trash][server]")
{
    auto db = test::memoryDatabase();
    CohortRepository cohorts(*db);
    Cohort c;
    c.year = 2021;
    const Cohort cohort = cohorts.add(c);
    for (const char* day : {"2021-10-27", "2021-10-28"})
        Query(*db, QStringLiteral("INSERT INTO fellowship_itinerary_item (cohort_id, item_date, "
                                  "kind, created_at, updated_at) VALUES (:c, :d, 'meeting', "
                                  "'2021-01-01', '2021-01-01')"))
            .bind(QStringLiteral(":c"), cohort.id)
            .bind(QStringLiteral(":d"), QString::fromLatin1(day))
            .exec();
    cohorts.remove(cohort.id);
    CHECK(Query(*db, QStringLiteral("SELECT count(*) FROM fellowship_itinerary_item"))
              .exec()
              .scalar() == 0);
    Trash trash(*db);
    const QList<TrashEntry> entries = trash.list();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().table == QStringLiteral("cohort"));
    CHECK(entries.first().ownedRows == 2);
    CHECK(entries.first().title() == QStringLiteral("2021"));
    trash.restore(entries.first().id);
    CHECK(cohorts.find(cohort.id)->year == 2021);
    CHECK(Query(*db, QStringLiteral("SELECT count(*) FROM fellowship_itinerary_item WHERE "
                                    "cohort_id = :c"))
              .bind(QStringLiteral(":c"), cohort.id)
              .exec()
              .scalar() == 2);

    // An itinerary item deleted on its own has an entry of its own.
    Query(*db, QStringLiteral("DELETE FROM fellowship_itinerary_item WHERE item_date = "
                              "'2021-10-28'"))
        .exec();
    REQUIRE(trash.list().size() == 1);
    CHECK(trash.list().first().table == QStringLiteral("fellowship_itinerary_item"));
}
