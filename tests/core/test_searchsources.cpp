#include "demo/sampledata.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/records/listquery.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
QList<SearchHit> hitsOf(Database& db, const QString& query, const QString& kind,
                        Language lang = Language::English)
{
    QList<SearchHit> out;
    for (const SearchHit& h : SearchIndex(db).search(query, lang))
        if (h.kind == kind)
            out << h;
    return out;
}
} // namespace

TEST_CASE("Find Anything finds research topics by a tag and research log entries by their notes",
          "[search][server]")
{
    auto db = test::memoryDatabase();
    addSampleRecords(*db);
    // The tags of "Homelessness policy in US cities" are housing and 福祉.
    for (const QString& tag : {QStringLiteral("housing"), QStringLiteral("福祉")}) {
        INFO(tag.toStdString());
        const QList<SearchHit> topics = hitsOf(*db, tag, QStringLiteral("research_topic"));
        REQUIRE(topics.size() == 1);
        CHECK(topics.front().title == QStringLiteral("Homelessness policy in US cities"));
        CHECK(topics.front().subtitle.contains(QStringLiteral("housing")));
    }
    // A word of a log entry, in English or Japanese, finds the entry.
    const QList<SearchHit> interview =
        hitsOf(*db, QStringLiteral("Homeless Services"), QStringLiteral("research_log"));
    REQUIRE(interview.size() == 1);
    CHECK(interview.front().title.startsWith(QStringLiteral("Homelessness policy in US cities")));
    CHECK(interview.front().subtitle.contains(QStringLiteral("NYC Department")));
    CHECK(hitsOf(*db, QStringLiteral("シェルター"), QStringLiteral("research_log")).size() == 1);
    CHECK(SearchIndex::kindLabel(QStringLiteral("research_log")) ==
          QStringLiteral("Research log entries"));
}

TEST_CASE("Find Anything finds host families by their town and a cohort by its host",
          "[search][server]")
{
    auto db = test::memoryDatabase();
    addSampleRecords(*db);
    // The sample cohort and its families are in 北茨城市 (Kitaibaraki).
    for (const QString& town : {QStringLiteral("北茨城"), QStringLiteral("kitaibaraki")}) {
        INFO(town.toStdString());
        CHECK_FALSE(hitsOf(*db, town, QStringLiteral("host_family")).isEmpty());
        CHECK_FALSE(hitsOf(*db, town, QStringLiteral("cohort")).isEmpty());
    }
    const QList<SearchHit> families =
        hitsOf(*db, QStringLiteral("北茨城"), QStringLiteral("host_family"), Language::Japanese);
    REQUIRE_FALSE(families.isEmpty());
    CHECK(families.front().subtitle == QStringLiteral("茨城県北茨城市"));
}

TEST_CASE("People of the same name are told apart by their organization", "[search][server]")
{
    auto db = test::memoryDatabase();
    OrganizationRepository orgs(*db);
    const Organization nga =
        orgs.add(test::organization(QStringLiteral("Ohio Department of Development"), {},
                                    OrganizationKind::StateGovernment, QStringLiteral("US")));
    const Organization city =
        orgs.add(test::organization(QStringLiteral("City of Dayton"), {},
                                    OrganizationKind::LocalGovernment, QStringLiteral("US")));
    PersonRepository people(*db);
    for (const Organization& o : {nga, city}) {
        Person p;
        p.name.family = QStringLiteral("Smith");
        p.name.given = QStringLiteral("John");
        p.affiliations << Affiliation{0, o.id, {}, QStringLiteral("Director"), {}, {}};
        people.add(p);
    }
    const QList<SearchHit> hits =
        hitsOf(*db, QStringLiteral("john smith"), QStringLiteral("person"));
    REQUIRE(hits.size() == 2);
    QStringList subtitles = {hits[0].subtitle, hits[1].subtitle};
    subtitles.sort();
    CHECK(subtitles == QStringList{QStringLiteral("City of Dayton"),
                                   QStringLiteral("Ohio Department of Development")});
}

TEST_CASE("Find Anything and the delegations list find a delegation by its sending government",
          "[search][delegations][server]")
{
    auto db = test::memoryDatabase();
    addSampleRecords(*db);
    // The Hyogo delegation's name says 兵庫県 but never the reading of it:
    // the government's reading (ひょうごけん) is what finds it.
    const QList<SearchHit> hits =
        hitsOf(*db, QStringLiteral("ひょうご"), QStringLiteral("delegation"), Language::Japanese);
    QStringList titles;
    for (const SearchHit& h : hits)
        titles << h.title;
    CHECK(titles.contains(QStringLiteral("兵庫県防災・国際交流視察団")));
    ListQuery list;
    list.kind = QStringLiteral("delegations");
    list.text = QStringLiteral("ひょうご");
    CHECK(ListStore(*db).count(list) == hits.size());
    list.text = QStringLiteral("いばらき");
    CHECK(ListStore(*db).count(list) >= 1);
    list.text = QStringLiteral("まったくないことば");
    CHECK(ListStore(*db).count(list) == 0);
}
