#include "demo/demogenerator.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

qint64 count(const Database& db, const char* sql)
{
    return Query(db, QString::fromUtf8(sql)).exec().scalar().toLongLong();
}

QByteArray digestOfPeople(const Database& db)
{
    Query q(db, QStringLiteral("SELECT family_name, given_name, family_name_kanji, "
                               "family_name_kana FROM person ORDER BY id"));
    q.exec();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        for (int c = 0; c < 4; ++c)
            hash.addData(q.text(c).toUtf8() + '|');
    return hash.result();
}

DemoGenerator::Options scale(int people)
{
    DemoGenerator::Options o;
    o.people = people;
    o.today = QDate(2026, 11, 28);
    return o;
}

} // namespace

TEST_CASE("Demo data fills every area in proportion to the people asked for", "[demo][server]")
{
    auto db = test::memoryDatabase();
    DemoGenerator generator(*db, scale(2000));
    generator.run();
    CHECK(count(*db, "SELECT count(*) FROM person") == 2000);
    // Japanese names come with their reading and romaji.
    CHECK(count(*db, "SELECT count(*) FROM person WHERE family_name_kanji IS NOT NULL AND "
                     "(family_name_kana IS NULL OR family_name IS NULL)") == 0);
    CHECK(count(*db, "SELECT count(*) FROM person WHERE family_name_kanji IS NOT NULL") > 600);
    CHECK(count(*db, "SELECT count(*) FROM organization") >= 200);
    CHECK(count(*db, "SELECT count(*) FROM person_affiliation") > 1500);
    // About twenty fellows a year since 1993, none in 2020 and 2021.
    CHECK(count(*db, "SELECT min(year) FROM cohort") == 1993);
    CHECK(count(*db, "SELECT count(*) FROM cohort WHERE year IN (2020, 2021)") == 0);
    const qint64 cohorts = count(*db, "SELECT count(*) FROM cohort");
    const qint64 fellows = count(*db, "SELECT count(*) FROM fellow");
    CHECK(fellows >= cohorts * 14);
    CHECK(fellows <= cohorts * 24);
    CHECK(count(*db, "SELECT count(*) FROM delegation") == 10);
    CHECK(count(*db, "SELECT count(*) FROM delegation_itinerary_item") >= 40);
    CHECK(count(*db, "SELECT count(*) FROM research_log_entry") > 0);
    // What the reports print beside them is filled in too: how a delegation
    // travels, whom a research entry was with, whom an event was held with.
    CHECK(count(*db, "SELECT count(*) FROM delegation_itinerary_item WHERE transport_en IS NULL "
                     "OR transport_ja IS NULL") == 0);
    CHECK(count(*db, "SELECT count(*) FROM research_log_organization") > 0);
    CHECK(count(*db, "SELECT count(*) FROM research_log_person") > 0);
    CHECK(count(*db, "SELECT count(DISTINCT event_id) FROM office_event_organization") == 5);
    CHECK(count(*db, "SELECT count(*) FROM chapter_funding") > 0);
    CHECK(count(*db, "SELECT count(*) FROM sister_affiliation") > 0);
    CHECK(count(*db, "SELECT count(*) FROM office_event") == 5);
    // Every reference is real, and the search index is ready.
    CHECK(db->integrityProblems(false).isEmpty());
    CHECK(count(*db, "SELECT count(*) FROM search_dirty") == 0);
    CHECK_FALSE(SearchIndex(*db).search(QStringLiteral("佐藤"), Language::Japanese).isEmpty());
}

TEST_CASE("The same seed gives the same demo people", "[demo][server]")
{
    auto a = test::memoryDatabase();
    auto b = test::memoryDatabase();
    DemoGenerator(*a, scale(300)).run();
    DemoGenerator(*b, scale(300)).run();
    CHECK(digestOfPeople(*a) == digestOfPeople(*b));
    auto c = test::memoryDatabase();
    DemoGenerator::Options other = scale(300);
    other.seed = 7;
    DemoGenerator(*c, other).run();
    CHECK(digestOfPeople(*a) != digestOfPeople(*c));
}

TEST_CASE("Demo data is refused for a database that holds records, unless forced", "[demo][server]")
{
    auto db = test::memoryDatabase();
    DemoGenerator(*db, scale(50)).run();
    CHECK(test::refusal(StorageError::Kind::Validation, "demo records added to a database in use",
                        [&] { DemoGenerator(*db, scale(50)).run(); })
              .contains(QStringLiteral("--force")));
    CHECK(count(*db, "SELECT count(*) FROM person") == 50);
    DemoGenerator::Options forced = scale(50);
    forced.force = true;
    DemoGenerator(*db, forced).run();
    CHECK(count(*db, "SELECT count(*) FROM person") == 100);
}

TEST_CASE("Demo records carry no history, and edits made afterwards do", "[demo][history][server]")
{
    auto db = test::memoryDatabase();
    DemoGenerator(*db, scale(200)).run();
    CHECK(count(*db, "SELECT count(*) FROM change_log") == 0);
    CHECK(count(*db, "SELECT count(*) FROM trash_entry") == 0);
    db->transaction([&] {
        Query(*db, QStringLiteral("UPDATE person SET notes = 'met at Japan Day' WHERE id = (SELECT "
                                  "min(id) FROM person)"))
            .exec();
    });
    CHECK(count(*db, "SELECT count(*) FROM change_log WHERE table_name = 'person'") == 1);
}
