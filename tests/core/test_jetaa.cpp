#include "domain/fundingtotals.h"
#include "domain/japaneseera.h"
#include "domain/jetaarules.h"
#include "domain/money.h"
#include "storage/chapterfundingrepository.h"
#include "storage/database.h"
#include "storage/jetaachapterrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

JetaaChapter chapter(const QString& name, const QString& country, const QString& subdivision,
                     ChapterId parent = 0)
{
    JetaaChapter c;
    c.name = name;
    c.country = country;
    c.subdivisionCode = subdivision;
    c.parentId = parent;
    return c;
}

bool hasError(const StorageError& e, const QString& field)
{
    for (const auto& f : e.fieldErrors())
        if (f.field == field)
            return true;
    return false;
}

Person person(const QString& family, const QString& given)
{
    Person p;
    p.name.family = family;
    p.name.given = given;
    return p;
}

ChapterFunding funding(ChapterId chapter, int year, const QString& currency, qint64 asked,
                       std::optional<qint64> approved = std::nullopt)
{
    ChapterFunding f;
    f.chapterId = chapter;
    f.fiscalYear = FiscalYear(year);
    f.currency = currency;
    f.applicationDate = QDate(year, 2, 15);
    f.lines = {{0, QStringLiteral("Welcome reception for returning JETs"), asked}};
    f.approved = approved;
    if (approved)
        f.status = FundingStatus::Approved;
    return f;
}

// A new database in memory and its chapters and fundings.
// TEST_CASE_METHOD(Fundings, …) has them as db, chapters and fundings.
struct Fundings {
    std::unique_ptr<Database> db = test::memoryDatabase();
    JetaaChapterRepository chapters{*db};
    ChapterFundingRepository fundings{*db};
};

} // namespace

// --- Fiscal years ----------------------------------------------------------

TEST_CASE("March 31 ends a fiscal year and April 1 begins the next", "[jetaa][fiscalyear]")
{
    CHECK(FiscalYear::containing(QDate(2026, 3, 31)) == FiscalYear(2025));
    CHECK(FiscalYear::containing(QDate(2026, 4, 1)) == FiscalYear(2026));
    CHECK(FiscalYear::containing(QDate(2025, 4, 1)) == FiscalYear(2025));
    CHECK(FiscalYear::containing(QDate(2025, 3, 31)) == FiscalYear(2024));
    CHECK(FiscalYear::containing(QDate(2025, 12, 31)) == FiscalYear(2025));
    CHECK(FiscalYear::containing(QDate(2026, 1, 1)) == FiscalYear(2025));
    CHECK(FiscalYear::containing(QDate()).isNull());

    const FiscalYear fy(2025);
    CHECK(fy.start() == QDate(2025, 4, 1));
    CHECK(fy.end() == QDate(2026, 3, 31));
    CHECK(fy.contains(QDate(2026, 3, 31)));
    CHECK_FALSE(fy.contains(QDate(2026, 4, 1)));
    CHECK_FALSE(fy.contains(QDate(2025, 3, 31)));
    // A leap year changes nothing at the boundary.
    CHECK(FiscalYear(2023).end() == QDate(2024, 3, 31));
    CHECK(FiscalYear::containing(QDate(2024, 2, 29)) == FiscalYear(2023));
}

TEST_CASE("Every day of a span of years belongs to exactly one fiscal year", "[jetaa][fiscalyear]")
{
    for (QDate d(2018, 1, 1); d <= QDate(2027, 12, 31); d = d.addDays(1)) {
        int owners = 0;
        for (int y = 2016; y <= 2028; ++y)
            owners += FiscalYear(y).contains(d) ? 1 : 0;
        REQUIRE(owners == 1);
        REQUIRE(FiscalYear::containing(d).contains(d));
    }
}

TEST_CASE("Fiscal years read FY2025 in English and 2025年度 in Japanese, with the era on request",
          "[jetaa][fiscalyear]")
{
    const FiscalYear fy(2025);
    CHECK(fy.label(Language::English) == QStringLiteral("FY2025"));
    CHECK(fy.label(Language::Japanese) == QStringLiteral("2025年度"));
    CHECK(fy.label(Language::Japanese, FiscalYear::EraStyle::Era) == QStringLiteral("令和7年度"));
    CHECK(fy.label(Language::Japanese, FiscalYear::EraStyle::Both) ==
          QStringLiteral("2025年度（令和7年度）"));
    CHECK(fy.label(Language::English, FiscalYear::EraStyle::Both) ==
          QStringLiteral("FY2025 (Reiwa 7)"));
    // FY2019 began under Heisei but is conventionally 令和元年度.
    CHECK(FiscalYear(2019).label(Language::Japanese, FiscalYear::EraStyle::Era) ==
          QStringLiteral("令和元年度"));
    CHECK(FiscalYear(2018).label(Language::Japanese, FiscalYear::EraStyle::Era) ==
          QStringLiteral("平成30年度"));
    CHECK(FiscalYear(2020).label(Language::Japanese, FiscalYear::EraStyle::Era) ==
          QStringLiteral("令和2年度"));
    // Heisei began in January 1989, inside FY1988, which stays Showa.
    CHECK(FiscalYear(1988).label(Language::Japanese, FiscalYear::EraStyle::Era) ==
          QStringLiteral("昭和63年度"));
    CHECK(FiscalYear(1989).label(Language::Japanese, FiscalYear::EraStyle::Era) ==
          QStringLiteral("平成元年度"));
}

TEST_CASE("Japanese era dates change on the day the era began", "[jetaa][era]")
{
    CHECK(JapaneseEra::of(QDate(2019, 4, 30)).label(Language::Japanese) ==
          QStringLiteral("平成31年"));
    CHECK(JapaneseEra::of(QDate(2019, 5, 1)).label(Language::Japanese) ==
          QStringLiteral("令和元年"));
    CHECK(JapaneseEra::of(QDate(1989, 1, 7)).label(Language::Japanese) ==
          QStringLiteral("昭和64年"));
    CHECK(JapaneseEra::of(QDate(1989, 1, 8)).label(Language::Japanese) ==
          QStringLiteral("平成元年"));
    CHECK(JapaneseEra::ofYear(1955).label(Language::Japanese) == QStringLiteral("昭和30年"));
    CHECK(JapaneseEra::formatDate(QDate(2025, 4, 1), Language::Japanese) ==
          QStringLiteral("令和7年4月1日"));
    CHECK(JapaneseEra::of(QDate(2025, 4, 1)).label(Language::English) == QStringLiteral("Reiwa 7"));
}

TEST_CASE("The US federal fiscal year runs October to September and is named for its end",
          "[jetaa][fiscalyear]")
{
    CHECK(UsFederalFiscalYear::containing(QDate(2025, 9, 30)) == UsFederalFiscalYear(2025));
    CHECK(UsFederalFiscalYear::containing(QDate(2025, 10, 1)) == UsFederalFiscalYear(2026));
    CHECK(UsFederalFiscalYear(2026).start() == QDate(2025, 10, 1));
    CHECK(UsFederalFiscalYear(2026).end() == QDate(2026, 9, 30));
    CHECK(UsFederalFiscalYear(2026).label(Language::English) == QStringLiteral("FY2026"));
}

TEST_CASE("Amounts are kept to the cent and read back as typed", "[jetaa][money]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(Money::parse(QStringLiteral("1,234.5"), QStringLiteral("USD"), en) == 123450);
    CHECK(Money::parse(QStringLiteral("$2,000"), QStringLiteral("USD"), en) == 200000);
    CHECK(Money::parse(QStringLiteral("0.10"), QStringLiteral("CAD"), en) == 10);
    CHECK_FALSE(Money::parse(QStringLiteral("1.234"), QStringLiteral("USD"), en));
    CHECK_FALSE(Money::parse(QStringLiteral("abc"), QStringLiteral("USD"), en));
    CHECK(Money::parse(QStringLiteral("150,000"), QStringLiteral("JPY"), en) == 150000);
    CHECK(Money::format(123450, QStringLiteral("USD"), en) == QStringLiteral("USD 1,234.50"));
    CHECK(Money::format(150000, QStringLiteral("JPY"), en) == QStringLiteral("JPY 150,000"));
}

// --- Chapters --------------------------------------------------------------

TEST_CASE("The chapters list narrows to a country and to a status", "[jetaa][chapters][server]")
{
    auto db = test::memoryDatabase();
    JetaaChapterRepository chapters(*db);
    chapters.add(
        chapter(QStringLiteral("JETAA New York"), QStringLiteral("US"), QStringLiteral("US-NY")));
    JetaaChapter bc = chapter(QStringLiteral("JETAA British Columbia"), QStringLiteral("CA"),
                              QStringLiteral("CA-BC"));
    bc.status = ChapterStatus::Inactive;
    chapters.add(bc);
    CHECK(chapters.list().size() == 2);
    ChapterFilter canada;
    canada.country = QStringLiteral("CA");
    REQUIRE(chapters.list(canada).size() == 1);
    CHECK(chapters.list(canada).first().name == QStringLiteral("JETAA British Columbia"));
    ChapterFilter active;
    active.status = ChapterStatus::Active;
    REQUIRE(chapters.list(active).size() == 1);
    CHECK(chapters.list(active).first().name == QStringLiteral("JETAA New York"));
    canada.status = ChapterStatus::Active;
    CHECK(chapters.list(canada).isEmpty());
}

TEST_CASE("Chapters and subchapters form a tree with officers and membership counts",
          "[jetaa][chapters][server]")
{
    auto db = test::memoryDatabase();
    JetaaChapterRepository chapters(*db);
    PersonRepository people(*db);
    const Person president = people.add(person(QStringLiteral("Sato"), QStringLiteral("Emily")));

    JetaaChapter ny =
        chapter(QStringLiteral("JETAA New York"), QStringLiteral("US"), QStringLiteral("US-NY"));
    ny.shortName = QStringLiteral("JETAANY");
    ny.city = QStringLiteral("New York");
    ny.founded = PartialDate::ofYear(1989);
    ny.memberships = {{FiscalYear(2024), 820}, {FiscalYear(2025), 860}};
    ChapterOfficer officer;
    officer.personId = president.id;
    officer.office = OfficerOffice::President;
    officer.termStart = QDate(2024, 7, 1);
    ny.officers = {officer};
    ny = chapters.add(ny);

    const JetaaChapter capital =
        chapters.add(chapter(QStringLiteral("JETAA Capital District"), QStringLiteral("US"),
                             QStringLiteral("US-NY"), ny.id));
    CHECK(capital.isSubchapter());
    CHECK(capital.parentName == QStringLiteral("JETAA New York"));

    const auto stored = chapters.find(ny.id);
    REQUIRE(stored);
    CHECK(stored->founded == PartialDate::ofYear(1989));
    CHECK(stored->latestMembers() == 860);
    REQUIRE(stored->officers.size() == 1);
    CHECK(stored->officers.first().personName == QStringLiteral("Emily Sato"));
    CHECK(stored->currentOfficers(QDate(2025, 1, 1)).size() == 1);
    CHECK(chapters.termsOf(president.id).size() == 1);

    // A chapter with subchapters cannot be removed; the message names them.
    CHECK(test::refusal(StorageError::Kind::Referenced, "removed a chapter that has a subchapter",
                        [&] { chapters.remove(ny.id); })
              .contains(QStringLiteral("JETAA chapters: 1")));
    // An officer's person cannot be removed while they hold the office.
    CHECK(test::refusal(StorageError::Kind::Referenced, "removed a person who is a chapter officer",
                        [&] { people.remove(president.id); })
              .contains(QStringLiteral("JETAA chapter officers: 1")));
}

TEST_CASE("A subchapter cannot become its own ancestor", "[jetaa][chapters][rules][server]")
{
    auto db = test::memoryDatabase();
    JetaaChapterRepository chapters(*db);
    const JetaaChapter top = chapters.add(chapter(QStringLiteral("JETAA Southern California"),
                                                  QStringLiteral("US"), QStringLiteral("US-CA")));
    const JetaaChapter sub = chapters.add(chapter(
        QStringLiteral("JETAA San Diego"), QStringLiteral("US"), QStringLiteral("US-CA"), top.id));
    const JetaaChapter subsub =
        chapters.add(chapter(QStringLiteral("JETAA San Diego North"), QStringLiteral("US"),
                             QStringLiteral("US-CA"), sub.id));

    // The pure rule, as a form asks it while the user picks a parent.
    const auto parents = chapters.parentMap();
    CHECK(JetaaRules::wouldCreateCycle(top.id, subsub.id, parents));
    CHECK(JetaaRules::wouldCreateCycle(top.id, sub.id, parents));
    CHECK(JetaaRules::wouldCreateCycle(sub.id, sub.id, parents));
    CHECK_FALSE(JetaaRules::wouldCreateCycle(subsub.id, top.id, parents));
    CHECK_FALSE(JetaaRules::wouldCreateCycle(top.id, 0, parents));

    SECTION("grandchild as parent")
    {
        JetaaChapter changed = top;
        changed.parentId = subsub.id;
        try {
            chapters.update(changed);
            FAIL("a chapter became its own ancestor");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Validation);
            CHECK(hasError(e, QStringLiteral("parentId")));
            CHECK(e.message().contains(QStringLiteral("own ancestor")));
        }
    }
    SECTION("itself as parent")
    {
        JetaaChapter changed = sub;
        changed.parentId = sub.id;
        CHECK_THROWS_AS(chapters.update(changed), StorageError);
    }
    // Nothing was changed by the refused saves.
    CHECK(chapters.find(top.id)->parentId == 0);
    CHECK(chapters.find(sub.id)->parentId == top.id);

    // Moving a subchapter to another branch is fine.
    const JetaaChapter other = chapters.add(chapter(QStringLiteral("JETAA Northern California"),
                                                    QStringLiteral("US"), QStringLiteral("US-CA")));
    JetaaChapter moved = *chapters.find(subsub.id);
    moved.parentId = other.id;
    CHECK(chapters.update(moved).parentId == other.id);
}

TEST_CASE("A chapter's state or province must be in its country", "[jetaa][chapters][server]")
{
    auto db = test::memoryDatabase();
    JetaaChapterRepository chapters(*db);
    try {
        chapters.add(chapter(QStringLiteral("JETAA British Columbia"), QStringLiteral("US"),
                             QStringLiteral("CA-BC")));
        FAIL("saved a US chapter in British Columbia");
    } catch (const StorageError& e) {
        CHECK(hasError(e, QStringLiteral("subdivisionCode")));
    }
    CHECK(chapters
              .add(chapter(QStringLiteral("JETAA British Columbia"), QStringLiteral("CA"),
                           QStringLiteral("CA-BC")))
              .id > 0);
}

// --- Funding ---------------------------------------------------------------

TEST_CASE_METHOD(Fundings, "A chapter has one funding record per fiscal year",
                 "[jetaa][funding][server]")
{
    const JetaaChapter ny = chapters.add(
        chapter(QStringLiteral("JETAA New York"), QStringLiteral("US"), QStringLiteral("US-NY")));
    fundings.add(funding(ny.id, 2025, QStringLiteral("USD"), 500000));
    try {
        fundings.add(funding(ny.id, 2025, QStringLiteral("USD"), 100000));
        FAIL("a second FY2025 record for one chapter");
    } catch (const StorageError& e) {
        CHECK(hasError(e, QStringLiteral("fiscalYear")));
        CHECK(e.message().contains(QStringLiteral("FY2025")));
    }
    CHECK(fundings.add(funding(ny.id, 2026, QStringLiteral("USD"), 100000)).id > 0);
    CHECK(fundings.findFor(ny.id, FiscalYear(2025))->requested() == 500000);
    // A chapter with funding history cannot be removed.
    CHECK_THROWS_AS(chapters.remove(ny.id), StorageError);
}

TEST_CASE_METHOD(Fundings, "Paying more than approved needs a recorded override",
                 "[jetaa][funding][rules][server]")
{
    const JetaaChapter dc = chapters.add(chapter(QStringLiteral("JETAA Washington DC"),
                                                 QStringLiteral("US"), QStringLiteral("US-DC")));
    ChapterFunding f = fundings.add(funding(dc.id, 2025, QStringLiteral("USD"), 300000, 250000));

    // Up to the amount approved is fine.
    f.disbursements = {{0, QDate(2025, 6, 1), 200000, QStringLiteral("W-1")},
                       {0, QDate(2025, 9, 1), 50000, {}}};
    f.status = FundingStatus::Disbursed;
    f = fundings.update(f);
    CHECK(f.disbursed() == 250000);
    CHECK_FALSE(JetaaRules::exceedsApproval(f));

    // One cent more is refused without an override, and nothing is saved.
    ChapterFunding over = f;
    over.disbursements << Disbursement{0, QDate(2025, 10, 1), 1, {}};
    CHECK(JetaaRules::exceedsApproval(over));
    CHECK_FALSE(JetaaRules::checkDisbursements(over).isEmpty());
    try {
        fundings.update(over);
        FAIL("disbursed more than approved without an override");
    } catch (const StorageError& e) {
        CHECK(hasError(e, QStringLiteral("disbursements")));
        CHECK(e.message().contains(QStringLiteral("USD 2,500.01")));
        CHECK(e.message().contains(QStringLiteral("USD 2,500.00")));
    }
    CHECK(fundings.find(f.id)->disbursed() == 250000);

    // An override without a reason is not an override.
    ChapterFunding careless = over;
    careless.overrides << JetaaRules::overrideFor(over, QStringLiteral("Kenji Ito"), {},
                                                  QDateTime::currentDateTimeUtc());
    CHECK_THROWS_AS(fundings.update(careless), StorageError);

    // With who, when and why recorded, it is saved, and the override is kept.
    const QDateTime when(QDate(2025, 10, 1), QTime(14, 30), Qt::UTC);
    over.overrides << JetaaRules::overrideFor(over, QStringLiteral("Kenji Ito"),
                                              QStringLiteral("Exchange-rate shortfall agreed "
                                                             "with CLAIR Tokyo"),
                                              when);
    f = fundings.update(over);
    CHECK(f.disbursed() == 250001);
    REQUIRE(f.overrides.size() == 1);
    CHECK(f.overrides.first().approvedBy == QStringLiteral("Kenji Ito"));
    CHECK(f.overrides.first().approvedAt == when);
    CHECK(f.overrides.first().covers == 250001);
    CHECK(f.overrides.first().reason.contains(QStringLiteral("CLAIR Tokyo")));

    // A caller that drops the override cannot erase it.
    ChapterFunding forgetful = f;
    forgetful.overrides.clear();
    f = fundings.update(forgetful);
    CHECK(f.overrides.size() == 1);

    // The override allows that total, not any later, larger one.
    ChapterFunding more = f;
    more.disbursements << Disbursement{0, QDate(2025, 11, 1), 10000, {}};
    CHECK_THROWS_AS(fundings.update(more), StorageError);
}

TEST_CASE_METHOD(Fundings, "A report past its due date and not received is overdue",
                 "[jetaa][funding][rules][server]")
{
    const JetaaChapter a = chapters.add(
        chapter(QStringLiteral("JETAA Chicago"), QStringLiteral("US"), QStringLiteral("US-IL")));
    const JetaaChapter b = chapters.add(
        chapter(QStringLiteral("JETAA Toronto"), QStringLiteral("CA"), QStringLiteral("CA-ON")));
    const JetaaChapter c = chapters.add(
        chapter(QStringLiteral("JETAA Hawaii"), QStringLiteral("US"), QStringLiteral("US-HI")));

    ChapterFunding late = funding(a.id, 2025, QStringLiteral("USD"), 100000, 100000);
    late.reportDue = QDate(2026, 3, 31);
    late = fundings.add(late);
    ChapterFunding done = funding(b.id, 2025, QStringLiteral("CAD"), 100000, 100000);
    done.reportDue = QDate(2026, 3, 31);
    done.reportReceived = QDate(2026, 3, 20);
    done = fundings.add(done);
    ChapterFunding later = funding(c.id, 2025, QStringLiteral("USD"), 100000, 100000);
    later.reportDue = QDate(2026, 4, 30);
    later = fundings.add(later);

    // Due on its last day, overdue the day after.
    CHECK(JetaaRules::reportState(late, QDate(2026, 3, 31)) == JetaaRules::ReportState::Due);
    CHECK(JetaaRules::isReportOverdue(late, QDate(2026, 4, 1)));
    CHECK_FALSE(JetaaRules::isReportOverdue(done, QDate(2026, 4, 1)));
    CHECK(JetaaRules::reportState(done, QDate(2026, 4, 1)) == JetaaRules::ReportState::Received);
    CHECK_FALSE(JetaaRules::isReportOverdue(later, QDate(2026, 4, 1)));

    const auto outstanding = fundings.reportsOutstanding(QDate(2026, 4, 1));
    REQUIRE(outstanding.size() == 2);
    CHECK(outstanding[0].chapterName == QStringLiteral("JETAA Chicago")); // overdue first
    CHECK(outstanding[1].chapterName == QStringLiteral("JETAA Hawaii"));  // due
    CHECK(fundings.reportsOutstanding(QDate(2026, 3, 1)).size() == 2);

    // Closing the record settles it.
    late.status = FundingStatus::Closed;
    late = fundings.update(late);
    CHECK_FALSE(JetaaRules::isReportOverdue(late, QDate(2026, 4, 1)));
}

TEST_CASE_METHOD(Fundings, "Funding totals by fiscal year and currency, and by country",
                 "[jetaa][funding][totals][server]")
{
    const JetaaChapter ny = chapters.add(
        chapter(QStringLiteral("JETAA New York"), QStringLiteral("US"), QStringLiteral("US-NY")));
    const JetaaChapter dc = chapters.add(chapter(QStringLiteral("JETAA Washington DC"),
                                                 QStringLiteral("US"), QStringLiteral("US-DC")));
    const JetaaChapter bc = chapters.add(chapter(QStringLiteral("JETAA British Columbia"),
                                                 QStringLiteral("CA"), QStringLiteral("CA-BC")));

    ChapterFunding f1 = funding(ny.id, 2025, QStringLiteral("USD"), 500000, 450000);
    f1.budgetJpy = 700000;
    f1.disbursements = {{0, QDate(2025, 6, 1), 450000, {}}};
    f1.status = FundingStatus::Disbursed;
    fundings.add(f1);
    ChapterFunding f2 = funding(dc.id, 2025, QStringLiteral("USD"), 250050, 200000);
    f2.budgetJpy = 310000;
    fundings.add(f2);
    ChapterFunding f3 = funding(bc.id, 2025, QStringLiteral("CAD"), 300000, 300000);
    f3.budgetJpy = 330000;
    fundings.add(f3);
    fundings.add(funding(ny.id, 2024, QStringLiteral("USD"), 400000, 400000));

    const auto byYear = FundingTotals::byFiscalYearAndCurrency(fundings.list());
    REQUIRE(byYear.size() == 3);
    CHECK(byYear[0].fiscalYear == FiscalYear(2024));
    CHECK(byYear[0].currency == QStringLiteral("USD"));
    CHECK(byYear[0].requested == 400000);
    CHECK(byYear[1].fiscalYear == FiscalYear(2025));
    CHECK(byYear[1].currency == QStringLiteral("CAD"));
    CHECK(byYear[1].approved == 300000);
    CHECK(byYear[1].fundings == 1);
    CHECK(byYear[2].currency == QStringLiteral("USD"));
    CHECK(byYear[2].fundings == 2);
    CHECK(byYear[2].requested == 750050); // to the cent
    CHECK(byYear[2].approved == 650000);
    CHECK(byYear[2].disbursed == 450000);
    CHECK(byYear[2].budgetJpy == 1010000);

    FundingFilter fy2025;
    fy2025.fiscalYear = FiscalYear(2025);
    const auto byCountry = FundingTotals::byCountryAndCurrency(fundings.list(fy2025));
    REQUIRE(byCountry.size() == 2);
    CHECK(byCountry[0].country == QStringLiteral("CA"));
    CHECK(byCountry[0].currency == QStringLiteral("CAD"));
    CHECK(byCountry[0].requested == 300000);
    CHECK(byCountry[1].country == QStringLiteral("US"));
    CHECK(byCountry[1].approved == 650000);

    FundingFilter canada;
    canada.country = QStringLiteral("CA");
    CHECK(fundings.list(canada).size() == 1);
}

TEST_CASE("Funding approved in another currency is totalled in that currency",
          "[jetaa][funding][totals]")
{
    ChapterFunding f;
    f.chapterId = 1;
    f.chapterCountry = QStringLiteral("CA");
    f.fiscalYear = FiscalYear(2025);
    f.currency = QStringLiteral("CAD");
    f.lines = {{0, QStringLiteral("Speaker series"), 100000}};
    f.approved = 70000;
    f.approvedCurrency = QStringLiteral("USD");
    const auto rows = FundingTotals::byFiscalYearAndCurrency({f});
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].currency == QStringLiteral("CAD"));
    CHECK(rows[0].requested == 100000);
    CHECK(rows[0].approved == 0);
    CHECK(rows[1].currency == QStringLiteral("USD"));
    CHECK(rows[1].approved == 70000);
}
