// The reports of each area of the office: fellowship, delegations, research,
// JETAA funding, affiliations and events.
#include "reports/reporterror.h"
#include "reportsamples.h"
#include "reporttestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

using namespace jlgc;
using namespace jlgc::test;

namespace {

const QDate PreparedOn(2026, 11, 28);

struct Expected {
    const char* report;
    QStringList everywhere; // in every language (stored data shown as stored)
    QStringList japanese;   // in Japanese and bilingual reports only
    QStringList english;    // in English and bilingual reports only
    QStringList never = {}; // in no language
};

QList<Expected> expectations()
{
    const QStringList latinFellows{QStringLiteral("Geneviève"), QStringLiteral("Tremblay"),
                                   QStringLiteral("O'Brien"), QStringLiteral("Siobhán")};
    return {
        {"fellowship-cohort",
         latinFellows + QStringList{QStringLiteral("オブライエン"), QStringLiteral("シボーン"),
                                    QStringLiteral("Conseillère, Montréal"),
                                    QStringLiteral("Chief Financial Officer"),
                                    QStringLiteral("北茨城市役所")},
         {QStringLiteral("オハイオ州"), QStringLiteral("月日金長：沿岸のまちづくり"),
          QStringLiteral("市長表敬訪問（長）"), QStringLiteral("茨城県北茨城市"),
          QStringLiteral("山﨑"), QStringLiteral("茨城県庁 月日金長"),
          QStringLiteral("モントリオール市")},
         {QStringLiteral("Ohio"), QStringLiteral("Coastal towns after the disaster"),
          QStringLiteral("Courtesy call on the mayor"), QStringLiteral("Yamasaki family"),
          QStringLiteral("Ville de Montréal"), QStringLiteral("O'Brien County")},
         {AreaSamples::dietary(), AreaSamples::medical(), AreaSamples::emergency(),
          QStringLiteral("秘密町")}},
        {"fellowship-medical",
         latinFellows + QStringList{AreaSamples::dietary(), AreaSamples::medical(),
                                    AreaSamples::emergency(), QStringLiteral("+1 614-555-0199"),
                                    QStringLiteral("オブライエン シボーン"),
                                    QStringLiteral("山﨑 (Yamasaki)")},
         {},
         {},
         {QStringLiteral("秘密町")}},
        {"delegation-itinerary",
         {QStringLiteral("Japanese–French, consecutive"), QStringLiteral("Geneviève Tremblay")},
         {QStringLiteral("茨城県 除雪視察団（月日金長）"), QStringLiteral("𠮷田 月子"),
          QStringLiteral("山﨑 金太郎"), QStringLiteral("長谷川 明"), QStringLiteral("副知事"),
          QStringLiteral("モントリオール市庁舎"), QStringLiteral("除雪作業について"),
          QStringLiteral("貸切バス"), QStringLiteral("髙橋 日向"), QStringLiteral("よしだ つきこ")},
         {QStringLiteral("YOSHIDA Tsukiko"), QStringLiteral("YAMASAKI Kintaro"),
          QStringLiteral("HASEGAWA Akira"), QStringLiteral("Hôtel de Ville de Montréal"),
          QStringLiteral("Snow removal operations"), QStringLiteral("Chartered bus"),
          QStringLiteral("Vice Governor")},
         {QStringLiteral("DELEGATION-DIET")}},
        {"research-topic",
         {QStringLiteral("Met the shelter coordinator; 𠮷田 joined"),
          QStringLiteral("Geneviève Tremblay"), QStringLiteral("housing")},
         {QStringLiteral("モントリオールのホームレス対策（月日金長）"),
          QStringLiteral("シェルター報告書 𠮷田"), QStringLiteral("髙橋 日向"),
          QStringLiteral("オブライエン シボーン")},
         {QStringLiteral("Homelessness policy in Montréal"), QStringLiteral("Report on shelters"),
          QStringLiteral("TAKAHASHI Hinata"), QStringLiteral("O'BRIEN Siobhán")}},
        {"handover",
         {QStringLiteral("Met the shelter coordinator; 𠮷田 joined")},
         {QStringLiteral("髙橋 日向"), QStringLiteral("次長"),
          QStringLiteral("モントリオールのホームレス対策（月日金長）"),
          QStringLiteral("𠮷田町の緊急通報の仕組み"),
          QStringLiteral("茨城県 除雪視察団（月日金長）")},
         {QStringLiteral("TAKAHASHI Hinata"), QStringLiteral("Deputy Director"),
          QStringLiteral("How does O'Brien County run 911")}},
        {"research-requests",
         {QStringLiteral("About 10% of the city budget")},
         {QStringLiteral("𠮷田町の緊急通報の仕組み"),
          QStringLiteral("モントリオールの除雪予算（髙橋）"), QStringLiteral("髙橋 日向")},
         {QStringLiteral("How does O'Brien County run 911"), QStringLiteral("TAKAHASHI Hinata")}},
        {"jetaa-funding",
         {QStringLiteral("JETAA Montréal"), QStringLiteral("JETAA O'Brien Valley"),
          QStringLiteral("CA$3,000.00"), QStringLiteral("CA$2,500.00"), QStringLiteral("¥275,000"),
          QStringLiteral("¥150,000"), QStringLiteral("CAD"), QStringLiteral("USD"),
          QStringLiteral("$1,234.56")},
         {QStringLiteral("US$1,234.56"), QStringLiteral("US$1,000.00")},
         {}},
        {"sister-cities",
         {QStringLiteral("Montréal"), QStringLiteral("O'Brien County, Ohio"),
          QStringLiteral("Trois-Rivières, Quebec")},
         {QStringLiteral("茨城県北茨城市"), QStringLiteral("茨城県水戸市"),
          QStringLiteral("1965年10月7日"), QStringLiteral("オハイオ州")},
         {QStringLiteral("Kitaibaraki"), QStringLiteral("October 7, 1965"),
          QStringLiteral("Ohio (1)")}},
        {"events",
         {QStringLiteral("Central Park, Naumburg Bandshell"), QStringLiteral("45,000")},
         {QStringLiteral("ジャパンデー 𠮷田 月日金長"), QStringLiteral("髙橋 山﨑 セミナー"),
          QStringLiteral("モントリオール市 (Booth)")},
         {QStringLiteral("Japan Day @ Central Park"),
          QStringLiteral("Seminar on O'Brien's reforms"),
          QStringLiteral("Ville de Montréal (Booth)")}},
    };
}

ReportOptions optionsFor(const char* report, ReportLanguage language, const AreaSamples& ids)
{
    ReportOptions o = reportOptions(language, PreparedOn);
    const QString name = QLatin1String(report);
    if (name.startsWith(QLatin1String("fellowship")))
        o.id = ids.cohort;
    else if (name == QLatin1String("delegation-itinerary"))
        o.id = ids.delegation;
    else if (name == QLatin1String("research-topic"))
        o.id = ids.topic;
    else if (name == QLatin1String("handover"))
        o.id = ids.official;
    else if (name == QLatin1String("jetaa-funding"))
        o.fiscalYear = 2026;
    return o;
}

// pdftotext -layout may break a long cell over lines: compare with the
// spaces of the layout squeezed out of both.
QString squeezed(QString s)
{
    return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

TEST_CASE("Every report of an area returns its stored names exactly, in each language",
          "[reports][areas][server]")
{
    auto db = memoryDatabase();
    const AreaSamples ids = addAreaSamples(*db);
    TempDir dir;
    for (const Expected& e : expectations()) {
        for (ReportLanguage language :
             {ReportLanguage::English, ReportLanguage::Japanese, ReportLanguage::Both}) {
            const std::string where =
                std::string(e.report) + " in " + ReportOptionNames::code(language).toStdString();
            INFO(where);
            const QString path =
                writeReport(*db, e.report, optionsFor(e.report, language, ids), dir);
            const QString raw = pdfText(path);
            // Both readings: the layout keeps a row together, the flow a cell.
            const QString text = squeezed(raw) + QStringLiteral(" | ") + pdfFlowText(path);
            // To look at the pages: JLGC_KEEP_REPORTS=folder.
            if (const QString keep = qEnvironmentVariable("JLGC_KEEP_REPORTS"); !keep.isEmpty())
                QFile::copy(path, QDir(keep).filePath(QStringLiteral("%1-%2.pdf")
                                                          .arg(QLatin1String(e.report),
                                                               ReportOptionNames::code(language))));
            CHECK_FALSE(hasKangxiRadicals(raw));
            for (const QString& s : e.everywhere) {
                INFO(s.toStdString());
                CHECK(text.contains(squeezed(s)));
            }
            for (const QString& s : e.japanese) {
                INFO(s.toStdString());
                CHECK(text.contains(squeezed(s)) == (language != ReportLanguage::English));
            }
            for (const QString& s : e.english) {
                INFO(s.toStdString());
                CHECK(text.contains(squeezed(s)) == (language != ReportLanguage::Japanese));
            }
            for (const QString& s : e.never) {
                INFO(s.toStdString());
                CHECK_FALSE(text.contains(squeezed(s)));
            }
            CHECK_FALSE(text.contains(QStringLiteral("No records match.")));
        }
    }
}

TEST_CASE("Every report is listed with a title and a description", "[reports][areas]")
{
    for (const char* name :
         {"fellowship-cohort", "fellowship-medical", "delegation-itinerary", "research-topic",
          "handover", "research-requests", "jetaa-funding", "sister-cities", "events"}) {
        INFO(name);
        const ReportInfo* info = ReportRegistry::find(QLatin1String(name));
        REQUIRE(info);
        CHECK(QString::fromUtf8(info->title).size() > 5);
        CHECK(QString::fromUtf8(info->description).size() > 20);
        if (info->options & ReportOption::Id)
            CHECK(info->idRecordKind);
    }
}

TEST_CASE("The medical and dietary report says on every page that it is sensitive",
          "[reports][areas][fellowship][server]")
{
    auto db = memoryDatabase();
    const AreaSamples ids = addAreaSamples(*db);
    // Enough fellows for several pages.
    FellowRepository fellows(*db);
    db->transaction([&] {
        for (int i = 1; i <= 80; ++i) {
            Fellow f;
            f.cohortId = ids.cohort;
            f.personId =
                samplePerson(*db, QStringLiteral("Fellow%1").arg(i, 2, 10, QLatin1Char('0')),
                             QStringLiteral("Given"));
            f.status = FellowStatus::Confirmed;
            f.dietaryNotes = QStringLiteral("Needs %1").arg(i);
            f.medicalNotes = QStringLiteral("Allergy to 月 %1").arg(i);
            fellows.add(f);
        }
    });
    TempDir dir;
    for (ReportLanguage language : {ReportLanguage::English, ReportLanguage::Both}) {
        const QString path =
            writeReport(*db, "fellowship-medical", optionsFor("fellowship-medical", language, ids),
                        dir, QStringLiteral("medical-%1.pdf").arg(int(language)));
        const int pages = pdfPageCount(path);
        REQUIRE(pages >= 2);
        for (int p = 1; p <= pages; ++p) {
            INFO("page " << p);
            const QString page = pdfText(path, p, p);
            CHECK(page.contains(QStringLiteral("Sensitive personal information: do not forward")));
            CHECK(page.contains(QStringLiteral("Dietary needs"))); // headers repeat
        }
    }
    // The cohort report of the same fellows holds none of it, and no notice.
    const QString cohort =
        pdfText(writeReport(*db, "fellowship-cohort",
                            optionsFor("fellowship-cohort", ReportLanguage::English, ids), dir));
    CHECK(cohort.contains(QStringLiteral("Fellow80")));
    CHECK_FALSE(cohort.contains(QStringLiteral("Needs 1")));
    CHECK_FALSE(cohort.contains(QStringLiteral("Allergy")));
    CHECK_FALSE(cohort.contains(QStringLiteral("Sensitive personal information")));
}

TEST_CASE("A cohort is chosen by id or by year, the newest by default", "[reports][areas][server]")
{
    auto db = memoryDatabase();
    const AreaSamples ids = addAreaSamples(*db);
    Cohort older;
    older.year = 2019;
    older.themeEn = QStringLiteral("The 2019 theme");
    CohortRepository(*db).add(older);
    TempDir dir;
    ReportOptions o = reportOptions(ReportLanguage::English, PreparedOn);
    CHECK(pdfText(writeReport(*db, "fellowship-cohort", o, dir))
              .contains(QStringLiteral("Coastal towns after the disaster")));
    o.year = 2019;
    const QString byYear = pdfText(writeReport(*db, "fellowship-cohort", o, dir));
    CHECK(byYear.contains(QStringLiteral("The 2019 theme")));
    CHECK(byYear.contains(QStringLiteral("No fellows are recorded yet.")));
    o.id = ids.cohort; // the 2026 cohort is not the 2019 one
    CHECK_THROWS_AS(writeReport(*db, "fellowship-cohort", o, dir), ReportError);
}

TEST_CASE("A report about a record that does not exist is NotFound and writes no file",
          "[reports][areas][server]")
{
    auto db = memoryDatabase();
    addAreaSamples(*db);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("never.pdf"));
    for (const char* name : {"fellowship-cohort", "fellowship-medical", "delegation-itinerary",
                             "research-topic", "handover"}) {
        INFO(name);
        ReportOptions o = reportOptions(ReportLanguage::Both, PreparedOn);
        o.id = 4242;
        CHECK(test::refusal(StorageError::Kind::NotFound,
                            "a report about a record that does not exist was written",
                            [&] {
                                ReportRegistry::build(*db,
                                                      *ReportRegistry::find(QLatin1String(name)), o)
                                    ->writePdf(path);
                            })
                  .contains(QStringLiteral("4242")));
    }
    ReportOptions year = reportOptions(ReportLanguage::English, PreparedOn);
    year.year = 2031;
    CHECK_THROWS_AS(ReportRegistry::build(
                        *db, *ReportRegistry::find(QStringLiteral("fellowship-cohort")), year),
                    StorageError);
    // --id is required where a report is about one record, --fiscal-year for funding.
    for (const char* name : {"delegation-itinerary", "research-topic", "handover", "jetaa-funding"})
        CHECK_FALSE(ReportRegistry::problems(*ReportRegistry::find(QLatin1String(name)),
                                             reportOptions(ReportLanguage::English, PreparedOn))
                        .isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files).isEmpty());
}

TEST_CASE("An empty database gives reports that say there is nothing", "[reports][areas][server]")
{
    auto db = memoryDatabase();
    TempDir dir;
    for (const char* name : {"fellowship-cohort", "fellowship-medical", "research-requests",
                             "jetaa-funding", "sister-cities", "events"}) {
        INFO(name);
        ReportOptions o = reportOptions(ReportLanguage::English, PreparedOn);
        if (QLatin1String(name) == QLatin1String("jetaa-funding"))
            o.fiscalYear = 2026;
        const QString text = pdfText(writeReport(*db, name, o, dir));
        CHECK(text.contains(QStringLiteral("No records match.")));
    }
}

TEST_CASE("Research requests: overdue marked, a range selects what was answered in it",
          "[reports][areas][research][server]")
{
    auto db = memoryDatabase();
    addAreaSamples(*db);
    TempDir dir;
    ReportOptions o = reportOptions(ReportLanguage::English, PreparedOn);
    o.from = QDate(2026, 9, 1);
    o.to = QDate(2026, 11, 30);
    const QString text = squeezed(pdfText(writeReport(*db, "research-requests", o, dir)));
    CHECK(text.contains(QStringLiteral("Overdue (1)")));
    CHECK(text.contains(QStringLiteral("OVERDUE (days: 58)")));
    CHECK(text.contains(QStringLiteral("Answered (0)"))); // answered in August
    CHECK_FALSE(text.contains(QStringLiteral("Snow budgets in Montréal")));
}

TEST_CASE("JETAA funding totals each currency on its own", "[reports][areas][jetaa][server]")
{
    auto db = memoryDatabase();
    addAreaSamples(*db);
    TempDir dir;
    ReportOptions o = reportOptions(ReportLanguage::English, PreparedOn);
    o.fiscalYear = 2026;
    const QString text = squeezed(pdfText(writeReport(*db, "jetaa-funding", o, dir)));
    // Requested 3,000.00 CAD and 1,234.56 USD: never a sum of the two (4,234.56).
    CHECK(text.contains(QStringLiteral("CA$3,000.00")));
    CHECK(text.contains(QStringLiteral("$1,234.56")));
    CHECK_FALSE(text.contains(QStringLiteral("4,234.56")));
    CHECK(text.contains(QStringLiteral("¥425,000"))); // the JPY budget of the year
    CHECK(text.contains(QStringLiteral("reports overdue as of November 28, 2026: 1")));
    // Only the fiscal year asked for.
    o.fiscalYear = 2025;
    CHECK(pdfText(writeReport(*db, "jetaa-funding", o, dir))
              .contains(QStringLiteral("No records match.")));
}

TEST_CASE("A Japanese report is dated in the era, its tables in the Western calendar",
          "[reports][areas][server]")
{
    auto db = memoryDatabase();
    const AreaSamples ids = addAreaSamples(*db);
    TempDir dir;
    const QString ja = squeezed(pdfText(
        writeReport(*db, "delegation-itinerary",
                    optionsFor("delegation-itinerary", ReportLanguage::Japanese, ids), dir)));
    CHECK(ja.contains(QStringLiteral("令和8年11月28日"))); // 作成日 with the translation
    CHECK(ja.contains(QStringLiteral("2026年12月2日（水）")));
    CHECK(ja.contains(QStringLiteral("2026年12月1日～12月3日")));
    const QString en = squeezed(pdfText(
        writeReport(*db, "delegation-itinerary",
                    optionsFor("delegation-itinerary", ReportLanguage::English, ids), dir)));
    CHECK(en.contains(QStringLiteral("Prepared on November 28, 2026")));
    CHECK(en.contains(QStringLiteral("Wed, December 2, 2026")));
    CHECK(en.contains(QStringLiteral("December 1 – 3, 2026")));
    CHECK(pdfFlowText(dir.path(QStringLiteral("r.pdf"))).contains(QStringLiteral("09:30 – 11:00")));
    // A bilingual report writes a meeting's times once, not once a language.
    const QString both = pdfFlowText(
        writeReport(*db, "delegation-itinerary",
                    optionsFor("delegation-itinerary", ReportLanguage::Both, ids), dir));
    CHECK(both.count(QStringLiteral("09:30～11:00")) == 1);
    CHECK_FALSE(both.contains(QStringLiteral("09:30 – 11:00")));
}

TEST_CASE("A report with personal data is written readable by its owner only, others as usual",
          "[reports][areas][privacy][safety][server]")
{
    auto db = memoryDatabase();
    const AreaSamples ids = addAreaSamples(*db);
    TempDir dir;
    const mode_t old = ::umask(022);
    const QString medical = writeReport(*db, "fellowship-medical",
                                        optionsFor("fellowship-medical", ReportLanguage::Both, ids),
                                        dir, QStringLiteral("medical.pdf"));
    const QString cohort = writeReport(*db, "fellowship-cohort",
                                       optionsFor("fellowship-cohort", ReportLanguage::Both, ids),
                                       dir, QStringLiteral("cohort.pdf"));
    ::umask(old);
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    CHECK((QFileInfo(medical).permissions() & others) == 0);
    CHECK((QFileInfo(cohort).permissions() & QFileDevice::ReadOther) != 0);
    CHECK(ReportRegistry::find(QStringLiteral("fellowship-medical"))->personalData);
    CHECK_FALSE(ReportRegistry::find(QStringLiteral("fellowship-cohort"))->personalData);
}
