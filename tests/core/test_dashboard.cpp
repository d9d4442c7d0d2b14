#include "dashboard/dashboardqueries.h"
#include "storage/chapterfundingrepository.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/delegationrepository.h"
#include "storage/fellowrepository.h"
#include "storage/homestayrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/jetaachapterrepository.h"
#include "storage/officeeventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

// "Today" for every test: a Monday in June 2026.
const QDate Today(2026, 6, 15);
const QString Kitaibaraki = QStringLiteral("082155"); // 北茨城市, 茨城県

// An office with a little of everything, around Today.
struct Office {
    std::unique_ptr<Database> db = test::memoryDatabase();
    ResearchRequestId overdue14 = 0, dueYesterday = 0, dueToday = 0, answered = 0;
    FundingId lateReport = 0, receivedReport = 0, oldFunding = 0;
    DelegationId soon = 0, in30 = 0, in31 = 0, cancelled = 0;
    EventId eventToday = 0, event30 = 0, event31 = 0, eventYesterday = 0;
    CohortId cohort2025 = 0, cohort2026 = 0;
    FellowId confirmedUs = 0, appliedCa = 0, selectedUs = 0, withdrawn = 0;

    Office()
    {
        addRequests();
        addFunding();
        addDelegations();
        addEvents();
        addFellowship();
        addAffiliations();
    }

    ResearchRequestId request(const QString& en, const QString& ja, const QDate& due,
                              RequestStatus status = RequestStatus::Received)
    {
        ResearchRequest r;
        r.requestingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
        r.questionEn = en;
        r.questionJa = ja;
        r.received = QDate(2026, 5, 1);
        r.due = due;
        r.status = status;
        if (status == RequestStatus::Answered) {
            r.answerSummary = QStringLiteral("Answered by phone.");
            r.answered = QDate(2026, 5, 20);
        }
        return ResearchRequestRepository(*db).add(r).id;
    }

    void addRequests()
    {
        overdue14 = request(QStringLiteral("911 dispatch in US counties"),
                            QStringLiteral("米国の911通報システム"), Today.addDays(-14),
                            RequestStatus::InProgress);
        dueYesterday = request(QStringLiteral("Homelessness policy in Ohio"),
                               QStringLiteral("オハイオ州のホームレス対策"), Today.addDays(-1));
        dueToday =
            request(QStringLiteral("Snow removal budgets"), QStringLiteral("除雪予算"), Today);
        answered = request(QStringLiteral("Library hours"), QStringLiteral("図書館の開館時間"),
                           Today.addDays(-10), RequestStatus::Answered);
    }

    ChapterId chapter(const QString& name, const QString& subdivision)
    {
        return JetaaChapterRepository(*db).add(test::chapter(name, subdivision)).id;
    }

    FundingId funding(ChapterId chapter, int year, const QString& currency, qint64 approved,
                      const QDate& reportDue, const QDate& received = {})
    {
        ChapterFunding f;
        f.chapterId = chapter;
        f.fiscalYear = FiscalYear(year);
        f.currency = currency;
        f.applicationDate = QDate(year, 2, 15);
        f.lines = {{0, QStringLiteral("Welcome reception"), approved}};
        f.approved = approved;
        f.status = FundingStatus::Approved;
        f.reportDue = reportDue;
        f.reportReceived = received;
        return ChapterFundingRepository(*db).add(f).id;
    }

    void addFunding()
    {
        const ChapterId ny = chapter(QStringLiteral("JETAA New York"), QStringLiteral("US-NY"));
        const ChapterId toronto = chapter(QStringLiteral("JETAA Toronto"), QStringLiteral("CA-ON"));
        lateReport = funding(ny, 2025, QStringLiteral("USD"), 500000, QDate(2026, 5, 31));
        receivedReport = funding(toronto, 2025, QStringLiteral("CAD"), 300000, QDate(2026, 5, 31),
                                 QDate(2026, 5, 20));
        oldFunding =
            funding(ny, 2024, QStringLiteral("USD"), 400000, QDate(2025, 5, 31), QDate(2025, 5, 1));
    }

    DelegationId delegation(const QString& en, const QString& ja, const QDate& arrival,
                            DelegationStatus status = DelegationStatus::Confirmed)
    {
        Delegation d;
        d.nameEn = en;
        d.nameJa = ja;
        d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
        d.arrival = arrival;
        d.departure = arrival.addDays(3);
        d.status = status;
        return DelegationRepository(*db).add(d).id;
    }

    void addDelegations()
    {
        soon = delegation(QStringLiteral("Hyogo Prefecture Delegation"),
                          QStringLiteral("兵庫県訪問団"), Today.addDays(5));
        in30 = delegation(QStringLiteral("Ibaraki Assembly Delegation"),
                          QStringLiteral("茨城県議会視察団"), Today.addDays(30),
                          DelegationStatus::Planning);
        in31 = delegation(QStringLiteral("Saitama City Delegation"),
                          QStringLiteral("さいたま市視察団"), Today.addDays(31));
        cancelled =
            delegation(QStringLiteral("Cancelled Delegation"), QStringLiteral("中止の視察団"),
                       Today.addDays(10), DelegationStatus::Cancelled);
    }

    EventId event(const QString& en, const QString& ja, const QDate& date)
    {
        OfficeEvent e;
        e.titleEn = en;
        e.titleJa = ja;
        e.kind = EventKind::Seminar;
        e.date = date;
        return OfficeEventRepository(*db).add(e).id;
    }

    void addEvents()
    {
        eventToday = event(QStringLiteral("JET info session"), QStringLiteral("JET説明会"), Today);
        event30 =
            event(QStringLiteral("Japan Day"), QStringLiteral("ジャパンデー"), Today.addDays(30));
        event31 = event(QStringLiteral("Autumn reception"), QStringLiteral("秋のレセプション"),
                        Today.addDays(31));
        eventYesterday =
            event(QStringLiteral("Travel show"), QStringLiteral("旅行博"), Today.addDays(-1));
    }

    CohortId cohort(int year, const QDate& start)
    {
        Cohort c;
        c.year = year;
        c.programmeStart = start;
        c.programmeEnd = start.addDays(9);
        c.tokyoStart = start;
        c.tokyoEnd = start.addDays(4);
        c.hostStart = start.addDays(4);
        c.hostEnd = start.addDays(9);
        c.hostPrefectureCode = QStringLiteral("08");
        c.hostMunicipalityCode = Kitaibaraki;
        return CohortRepository(*db).add(c).id;
    }

    FellowId fellow(CohortId cohort, const QString& family, const QString& given,
                    const QString& subdivision, FellowStatus status,
                    OrganizationId organization = 0)
    {
        Person p;
        p.name.family = family;
        p.name.given = given;
        Fellow f;
        f.personId = PersonRepository(*db).add(p).id;
        f.cohortId = cohort;
        f.subdivisionCode = subdivision;
        f.organizationId = organization;
        f.status = status;
        f.statusDate = QDate(2026, 3, 1);
        return FellowRepository(*db).add(f).id;
    }

    void addFellowship()
    {
        cohort2025 = cohort(2025, QDate(2025, 10, 27));
        cohort2026 = cohort(2026, QDate(2026, 10, 27));
        fellow(cohort2025, QStringLiteral("Smith"), QStringLiteral("Anna"), QStringLiteral("US-OH"),
               FellowStatus::Attended);
        fellow(cohort2025, QStringLiteral("Tremblay"), QStringLiteral("Luc"),
               QStringLiteral("CA-QC"), FellowStatus::Attended);
        fellow(cohort2025, QStringLiteral("Wong"), QStringLiteral("Grace"), QStringLiteral("CA-BC"),
               FellowStatus::Attended);

        // A fellow whose state comes from their government.
        const OrganizationId ohioId =
            OrganizationRepository(*db)
                .add(test::organization(QStringLiteral("State of Ohio"), {},
                                        OrganizationKind::StateGovernment, QStringLiteral("US"),
                                        QStringLiteral("US-OH")))
                .id;
        confirmedUs = fellow(cohort2026, QStringLiteral("Baker"), QStringLiteral("Tom"), {},
                             FellowStatus::Confirmed, ohioId);
        appliedCa = fellow(cohort2026, QStringLiteral("Roy"), QStringLiteral("Marie"),
                           QStringLiteral("CA-ON"), FellowStatus::Applied);
        selectedUs = fellow(cohort2026, QStringLiteral("Lopez"), QStringLiteral("Ana"),
                            QStringLiteral("US-WA"), FellowStatus::Selected);
        withdrawn = fellow(cohort2026, QStringLiteral("Gray"), QStringLiteral("Sam"),
                           QStringLiteral("US-NY"), FellowStatus::Withdrawn);

        HostFamily family;
        family.familyNameKanji = QStringLiteral("鈴木");
        family.familyNameRomaji = QStringLiteral("Suzuki");
        family.capacity = 2;
        family.municipalityCode = Kitaibaraki;
        const HostFamilyId suzuki = HostFamilyRepository(*db).add(family).id;
        HomestayRepository homestays(*db);
        // Homestay nights: 31 Oct to 4 Nov. Lopez is placed for three of them.
        for (const auto& [fellowId, last] : {std::pair{confirmedUs, QDate(2026, 11, 4)},
                                             std::pair{selectedUs, QDate(2026, 11, 2)}}) {
            HomestayPlacement p;
            p.fellowId = fellowId;
            p.hostFamilyId = suzuki;
            p.firstNight = QDate(2026, 10, 31);
            p.lastNight = last;
            homestays.add(p);
        }
    }

    void affiliation(const QString& japan, const QString& name, NorthAmericanKind kind,
                     const QString& subdivision,
                     AffiliationStatus status = AffiliationStatus::Active)
    {
        SisterAffiliation a;
        a.japanCode = japan;
        a.northAmericaName = name;
        a.northAmericaKind = kind;
        a.subdivisionCode = subdivision;
        a.country = subdivision.left(2);
        a.type = kind == NorthAmericanKind::City ? AffiliationType::SisterCity
                                                 : AffiliationType::SisterState;
        a.established = PartialDate::ofYear(1990);
        a.status = status;
        SisterAffiliationRepository(*db).add(a);
    }

    void addAffiliations()
    {
        const auto State = NorthAmericanKind::State;
        affiliation(QStringLiteral("11"), QStringLiteral("Ohio"), State, QStringLiteral("US-OH"));
        affiliation(QStringLiteral("08"), QStringLiteral("Ohio"), State, QStringLiteral("US-OH"));
        affiliation(QStringLiteral("28"), QStringLiteral("Washington"), State,
                    QStringLiteral("US-WA"));
        affiliation(QStringLiteral("28"), QStringLiteral("Oregon"), State, QStringLiteral("US-OR"));
        affiliation(QStringLiteral("01"), QStringLiteral("Alberta"), NorthAmericanKind::Province,
                    QStringLiteral("CA-AB"));
        affiliation(QStringLiteral("422011"), QStringLiteral("St. Paul"), NorthAmericanKind::City,
                    QStringLiteral("US-MN"));
        // An ended tie is no longer counted.
        affiliation(QStringLiteral("11"), QStringLiteral("Michigan"), State,
                    QStringLiteral("US-MI"), AffiliationStatus::Ended);
        affiliation(QStringLiteral("01"), QStringLiteral("Michigan"), State,
                    QStringLiteral("US-MI"), AffiliationStatus::Ended);
    }
};

QList<QVariant> idsOf(const QList<AttentionItem>& items)
{
    QList<QVariant> ids;
    for (const AttentionItem& i : items)
        ids << i.id;
    return ids;
}

qint64 countOf(const QList<AreaCount>& counts, const char* key)
{
    for (const AreaCount& c : counts)
        if (c.key == QLatin1String(key))
            return c.count;
    return -1;
}

} // namespace

TEST_CASE("The dashboard counts the records of each area", "[dashboard][server]")
{
    Office office;
    const QList<AreaCount> counts = DashboardQueries(*office.db).counts();
    CHECK(countOf(counts, "people") == 7);
    CHECK(countOf(counts, "research_requests") == 4);
    CHECK(countOf(counts, "chapter_funding") == 3);
    CHECK(countOf(counts, "jetaa_chapters") == 2);
    CHECK(countOf(counts, "delegations") == 4);
    CHECK(countOf(counts, "events") == 4);
    CHECK(countOf(counts, "fellows") == 7);
    CHECK(countOf(counts, "host_families") == 1);
    CHECK(countOf(counts, "sister_affiliations") == 8);
    for (const AreaCount& c : counts)
        CHECK_FALSE(c.kind.isEmpty());
}

TEST_CASE("A request due yesterday is overdue — one due today is not yet", "[dashboard][server]")
{
    Office office;
    const QList<AttentionItem> items = DashboardQueries(*office.db).overdueRequests(Today);
    REQUIRE(idsOf(items) == QList<QVariant>{office.overdue14, office.dueYesterday});
    CHECK(items[0].days == 14);
    CHECK(items[1].days == 1);
    CHECK(items[1].date == Today.addDays(-1));
    CHECK(items[1].kind == QStringLiteral("research_request"));
    CHECK(items[1].name(Language::Japanese) == QStringLiteral("オハイオ州のホームレス対策"));
    CHECK(items[1].name(Language::English) == QStringLiteral("Homelessness policy in Ohio"));

    // The next day, the request due today is overdue too.
    CHECK(DashboardQueries(*office.db).overdueRequests(Today.addDays(1)).size() == 3);
}

TEST_CASE("A funding report not received by its due date needs attention", "[dashboard][server]")
{
    Office office;
    const QList<AttentionItem> items = DashboardQueries(*office.db).overdueFundingReports(Today);
    REQUIRE(idsOf(items) == QList<QVariant>{office.lateReport});
    CHECK(items[0].kind == QStringLiteral("chapter_funding"));
    CHECK(items[0].fiscalYear == 2025);
    CHECK(items[0].days == 15);
    CHECK(items[0].nameEn == QStringLiteral("JETAA New York"));
    // On its due date it is not yet overdue.
    CHECK(DashboardQueries(*office.db).overdueFundingReports(QDate(2026, 5, 31)).isEmpty());
}

TEST_CASE("Delegations and events exactly 30 days away are coming — 31 days away are not",
          "[dashboard][server]")
{
    Office office;
    DashboardQueries queries(*office.db);
    const QList<AttentionItem> delegations = queries.delegationsArriving(Today);
    CHECK(idsOf(delegations) == QList<QVariant>{office.soon, office.in30});
    REQUIRE(delegations.size() == 2);
    CHECK(delegations[0].days == 5);
    CHECK(delegations[1].days == 30);
    CHECK(delegations[1].nameJa == QStringLiteral("茨城県議会視察団"));

    const QList<AttentionItem> events = queries.eventsComing(Today);
    CHECK(idsOf(events) == QList<QVariant>{office.eventToday, office.event30});
    REQUIRE(events.size() == 2);
    CHECK(events[0].days == 0);
    CHECK(events[1].date == Today.addDays(30));
}

TEST_CASE("The next cohort's unconfirmed fellows and nights without a family",
          "[dashboard][server]")
{
    Office office;
    DashboardQueries queries(*office.db);
    CHECK(queries.currentCohort(Today) == office.cohort2026);
    // During the 2025 programme, that cohort is the current one.
    CHECK(queries.currentCohort(QDate(2025, 10, 30)) == office.cohort2025);
    // After the 2026 programme, there is none.
    CHECK(queries.currentCohort(QDate(2026, 11, 6)) == 0);

    const QList<AttentionItem> items = queries.cohortAttention(Today);
    QStringList unconfirmed, unplaced;
    for (const AttentionItem& i : items) {
        CHECK(i.kind == QStringLiteral("cohort"));
        CHECK(i.id == QVariant(office.cohort2026));
        CHECK(i.cohortYear == 2026);
        if (i.reason == AttentionItem::Reason::UnconfirmedFellow)
            unconfirmed << i.nameEn;
        if (i.reason == AttentionItem::Reason::UnplacedFellow) {
            unplaced << i.nameEn;
            CHECK(i.nights == QList<QDate>{QDate(2026, 11, 3), QDate(2026, 11, 4)});
            CHECK_FALSE(i.withoutAnyFamily);
        }
    }
    unconfirmed.sort();
    CHECK(unconfirmed == QStringList{QStringLiteral("Ana Lopez"), QStringLiteral("Marie Roy")});
    CHECK(unplaced == QStringList{QStringLiteral("Ana Lopez")});

    // Everything together: overdue first, then what is coming, then the cohort.
    const QList<AttentionItem> all = queries.attention(Today);
    REQUIRE(all.size() == 2 + 1 + 2 + 2 + 3);
    CHECK(all.front().reason == AttentionItem::Reason::OverdueRequest);
    CHECK(all.back().reason == AttentionItem::Reason::UnplacedFellow);
}

TEST_CASE("Fellows per year are counted by country, only those who take part",
          "[dashboard][charts][server]")
{
    Office office;
    const QList<FellowsInYear> years = DashboardQueries(*office.db).fellowsPerYear();
    // 2026: Baker (Ohio, from his government) and Lopez; Roy has only applied
    // and Gray withdrew.
    CHECK(years == QList<FellowsInYear>{{2025, 1, 2}, {2026, 2, 0}});
}

TEST_CASE("Active affiliations by state or province and by prefecture, the most first",
          "[dashboard][charts][server]")
{
    Office office;
    DashboardQueries queries(*office.db);
    const QList<CategoryCount> states = queries.affiliationsBySubdivision();
    REQUIRE(states.size() == 5);
    CHECK(states[0] == CategoryCount{QStringLiteral("US-OH"), QStringLiteral("Ohio"),
                                     QStringLiteral("オハイオ州"), 2});
    CHECK(states[1].code == QStringLiteral("CA-AB"));
    CHECK(states[1].name(Language::English) == QStringLiteral("Alberta"));
    // Michigan's ties have ended.
    for (const CategoryCount& c : states)
        CHECK(c.code != QStringLiteral("US-MI"));
    CHECK(queries.affiliationsBySubdivision(2).size() == 2);

    const QList<CategoryCount> prefectures = queries.affiliationsByPrefecture();
    REQUIRE(prefectures.size() == 5);
    CHECK(prefectures[0].code == QStringLiteral("28"));
    CHECK(prefectures[0].count == 2);
    CHECK(prefectures[0].name(Language::Japanese) == QStringLiteral("兵庫県"));
    CHECK(prefectures[0].name(Language::English) == QStringLiteral("Hyogo"));
    // A municipality's tie counts for its prefecture: 長崎市 for 長崎県.
    CHECK(prefectures.back().code == QStringLiteral("42"));
    CHECK(prefectures.back().count == 1);
}

TEST_CASE("CLAIR funding per fiscal year never adds US dollars to Canadian dollars",
          "[dashboard][charts][server]")
{
    Office office;
    const QList<FundingTotal> totals = DashboardQueries(*office.db).fundingPerYear();
    REQUIRE(totals.size() == 3);
    CHECK(totals[0].fiscalYear == FiscalYear(2024));
    CHECK(totals[0].currency == QStringLiteral("USD"));
    CHECK(totals[0].approved == 400000);
    CHECK(totals[1].fiscalYear == FiscalYear(2025));
    CHECK(totals[2].fiscalYear == FiscalYear(2025));
    QHash<QString, qint64> fy2025;
    fy2025[totals[1].currency] = totals[1].approved;
    fy2025[totals[2].currency] = totals[2].approved;
    CHECK(fy2025.value(QStringLiteral("USD")) == 500000);
    CHECK(fy2025.value(QStringLiteral("CAD")) == 300000);
}
