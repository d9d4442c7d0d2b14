#include "affiliations/affiliationspage.h"
#include "common/detailtable.h"
#include "common/fieldform.h"
#include "common/itemroles.h"
#include "common/recordfilterproxy.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "events/eventspage.h"
#include "events/participantdialog.h"
#include "jetaa/chapterspage.h"
#include "jetaa/chaptertablemodel.h"
#include "jetaa/fundingpage.h"
#include "mainwindow.h"
#include "storage/chapterfundingrepository.h"
#include "storage/database.h"
#include "storage/jetaachapterrepository.h"
#include "storage/officeeventrepository.h"
#include "storage/personrepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "support/records.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

QStringList column(RecordPage& page, int c)
{
    QStringList out;
    for (int r = 0; r < page.table()->model()->rowCount(); ++r)
        out << page.table()->model()->index(r, c).data().toString();
    return out;
}

QStringList tableRows(const QTableWidget* t)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c)
            cells << (t->item(r, c) ? t->item(r, c)->text() : QString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

using test::chapter;
using test::typeInto;
constexpr auto pick = test::pickFirst;

template <class Page> struct Fixture : test::PageOnMemory<Page> {
    Fixture() : test::PageOnMemory<Page>({1300, 800}, test::Open::Later) {}
};

} // namespace

TEST_CASE("Subchapters are listed under their chapter, indented", "[ui][jetaa]")
{
    const test::PrivateSettings settings; // no widths saved yet
    Fixture<ChaptersPage> f;
    JetaaChapterRepository repo(*f.db);
    const auto socal =
        repo.add(chapter(QStringLiteral("JETAA Southern California"), QStringLiteral("US-CA")));
    repo.add(chapter(QStringLiteral("JETAA San Diego"), QStringLiteral("US-CA"), socal.id));
    repo.add(chapter(QStringLiteral("JETAA Chicago"), QStringLiteral("US-IL")));
    repo.add(chapter(QStringLiteral("JETAA Toronto"), QStringLiteral("CA-ON")));
    f.open();
    f.page.table()->sortByColumn(ChapterTableModel::Name, Qt::AscendingOrder);
    const QStringList names = column(f.page, ChapterTableModel::Name);
    REQUIRE(names.size() == 4);
    CHECK(names[0] == QStringLiteral("JETAA Chicago"));
    CHECK(names[1] == QStringLiteral("JETAA Southern California"));
    CHECK(names[2].trimmed() == QStringLiteral("└ JETAA San Diego"));
    CHECK(names[3] == QStringLiteral("JETAA Toronto"));
    // The list read in after the page was made fits its names (not Qt's 100
    // pixels a column: "JETAA Southern Cal…").
    const int widest = f.page.table()->fontMetrics().horizontalAdvance(names[1]);
    CHECK(QTest::qWaitFor([&] {
        return f.page.table()->horizontalHeader()->sectionSize(ChapterTableModel::Name) >= widest;
    }));

    f.page.countryFilter()->setCurrentIndex(f.page.countryFilter()->findData(QStringLiteral("CA")));
    CHECK(column(f.page, ChapterTableModel::Name) == QStringList{QStringLiteral("JETAA Toronto")});

    QAbstractItemModelTester tester(f.page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.page.model()->retranslate();
}

TEST_CASE("A chapter made its own ancestor is refused next to the field", "[ui][jetaa][rules]")
{
    Fixture<ChaptersPage> f;
    JetaaChapterRepository repo(*f.db);
    const auto top =
        repo.add(chapter(QStringLiteral("JETAA Washington DC"), QStringLiteral("US-DC")));
    const auto philly =
        repo.add(chapter(QStringLiteral("JETAA Philadelphia"), QStringLiteral("US-PA"), top.id));
    f.open();
    REQUIRE(f.page.selectRecord(top.id));

    // The picker does not even offer the chapter's own subchapters.
    CHECK(f.page.parentPicker()->search(QStringLiteral("Philadelphia")) == 0);
    // Forced anyway (say, by an old value), the save is refused.
    auto* picker = f.page.parentPicker();
    picker->setCurrent(philly.id, philly.name);
    typeInto(f.page.form(), "city", QStringLiteral("Washington"));
    CHECK_FALSE(f.page.save());
    CHECK(
        f.page.form()->errorText(QStringLiteral("parentId")).contains(QStringLiteral("ancestor")));
    CHECK(repo.find(top.id)->parentId == 0);
}

TEST_CASE("A chapter typed into the form is saved with its officer", "[ui][jetaa]")
{
    Fixture<ChaptersPage> f;
    Person p;
    p.name.family = QStringLiteral("Chen");
    p.name.given = QStringLiteral("Rebecca");
    const Person chen = PersonRepository(*f.db).add(p);
    f.open();
    f.page.newRecord();
    typeInto(f.page.form(), "name", QStringLiteral("JETAA Montréal"));
    typeInto(f.page.form(), "shortName", QStringLiteral("AJETM"));
    auto* country = qobject_cast<QComboBox*>(f.page.form()->field(QStringLiteral("country")));
    country->setCurrentIndex(country->findData(QStringLiteral("CA")));
    pick(f.page.form(), "subdivisionCode", QStringLiteral("Quebec"));
    typeInto(f.page.form(), "founded", QStringLiteral("1991"));
    ChapterOfficer o;
    o.personId = chen.id;
    o.personName = QStringLiteral("Rebecca Chen");
    o.office = OfficerOffice::President;
    f.page.addOfficer(o);
    REQUIRE(f.page.save());

    const auto stored = JetaaChapterRepository(*f.db).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].subdivisionCode == QStringLiteral("CA-QC"));
    CHECK(stored[0].founded == PartialDate::ofYear(1991));
    REQUIRE(stored[0].officers.size() == 1);
    CHECK(column(f.page, ChapterTableModel::President) ==
          QStringList{QStringLiteral("Rebecca Chen")});
}

namespace {
void seedFunding(Database& db)
{
    JetaaChapterRepository chapters(db);
    ChapterFundingRepository funding(db);
    const auto ny =
        chapters.add(chapter(QStringLiteral("JETAA New York"), QStringLiteral("US-NY")));
    const auto dc =
        chapters.add(chapter(QStringLiteral("JETAA Washington DC"), QStringLiteral("US-DC")));
    const auto to = chapters.add(chapter(QStringLiteral("JETAA Toronto"), QStringLiteral("CA-ON")));
    auto add = [&](ChapterId c, const char* currency, qint64 asked, qint64 approved,
                   const QDate& due) {
        ChapterFunding f;
        f.chapterId = c;
        f.fiscalYear = FiscalYear(2025);
        f.currency = QLatin1String(currency);
        f.lines = {{0, QStringLiteral("Reception"), asked}};
        f.approved = approved;
        f.status = FundingStatus::Approved;
        f.reportDue = due;
        funding.add(f);
    };
    add(ny.id, "USD", 500000, 450000, QDate(2026, 3, 31));
    add(dc.id, "USD", 200000, 200000, QDate(2026, 4, 30));
    add(to.id, "CAD", 300000, 250000, QDate(2026, 4, 30));
}
} // namespace

TEST_CASE("The funding view of a fiscal year totals by country and currency and lists what is "
          "overdue",
          "[ui][jetaa][funding]")
{
    Fixture<FundingPage> f;
    seedFunding(*f.db);
    f.page.setToday(QDate(2026, 4, 1));
    f.open();
    f.page.showFiscalYear(FiscalYear(2025));
    CHECK(f.page.table()->model()->rowCount() == 3);

    const QStringList totals = tableRows(f.page.totalsTable());
    CHECK(totals.contains(QStringLiteral("FY2025|Canada|CAD|1|3,000.00|2,500.00|0.00|")));
    CHECK(totals.contains(QStringLiteral("FY2025|United States|USD|2|7,000.00|6,500.00|0.00|")));
    CHECK(totals.contains(QStringLiteral("FY2025|Total|USD|2|7,000.00|6,500.00|0.00|")));

    // On April 1 the report due March 31 is overdue; the others are due.
    const QString outstanding = f.page.outstandingLabel()->text();
    CHECK(outstanding.contains(QStringLiteral("overdue: JETAA New York")));
    CHECK(outstanding.contains(QStringLiteral("due: JETAA Toronto")));
    f.page.reportFilter()->setCurrentIndex(2); // overdue only
    CHECK(column(f.page, FundingPage::Chapter) == QStringList{QStringLiteral("JETAA New York")});

    // Another year shows nothing of FY2025.
    f.page.showFiscalYear(FiscalYear(2024));
    CHECK(f.page.table()->model()->rowCount() == 0);

    QAbstractItemModelTester tester(f.page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("Paying more than approved asks who allowed it, and keeps the answer",
          "[ui][jetaa][funding][rules]")
{
    Fixture<FundingPage> f;
    seedFunding(*f.db);
    f.open();
    f.page.showFiscalYear(FiscalYear(2025));
    const ChapterFunding ny = *ChapterFundingRepository(*f.db).findFor(
        JetaaChapterRepository(*f.db).list().first().id, FiscalYear(2025));
    REQUIRE(f.page.selectRecord(ny.id));

    // The user adds a payment of 4,600.00 against 4,500.00 approved.
    DetailTable* paid = f.page.disbursementTable();
    paid->appendEmptyRow();
    paid->table()->item(0, 0)->setText(QStringLiteral("2025-06-30"));
    paid->table()->item(0, 1)->setText(QStringLiteral("4,600.00"));
    REQUIRE(f.page.hasUnsavedChanges());

    int asked = 0;
    SECTION("Declining leaves it unsaved, with the reason next to the payments")
    {
        f.page.setOverrideAsker([&](const ChapterFunding&) {
            ++asked;
            return std::optional<DisbursementOverride>();
        });
        CHECK_FALSE(f.page.save());
        CHECK(asked == 1);
        CHECK(f.page.form()
                  ->errorText(QStringLiteral("disbursements"))
                  .contains(QStringLiteral("USD 4,600.00")));
        CHECK(ChapterFundingRepository(*f.db).find(ny.id)->disbursements.isEmpty());
    }
    SECTION("Confirming records who allowed it and why")
    {
        f.page.setOverrideAsker([&](const ChapterFunding& funding) {
            ++asked;
            return std::optional<DisbursementOverride>(JetaaRules::overrideFor(
                funding, QStringLiteral("Kenji Ito"), QStringLiteral("Rate difference"),
                QDateTime::currentDateTimeUtc()));
        });
        CHECK(f.page.save());
        CHECK(asked == 1);
        const auto stored = ChapterFundingRepository(*f.db).find(ny.id);
        CHECK(stored->disbursed() == 460000);
        REQUIRE(stored->overrides.size() == 1);
        CHECK(stored->overrides[0].approvedBy == QStringLiteral("Kenji Ito"));
        CHECK(f.page.overrideTable()->rowCount() == 1);
    }
}

TEST_CASE("St. Paul–Nagasaki is registered from the form — a second one is refused",
          "[ui][affiliations]")
{
    Fixture<AffiliationsPage> f;
    f.open();
    auto enter = [&] {
        f.page.newRecord();
        pick(f.page.form(), "japanCode", QStringLiteral("長崎市"));
        pick(f.page.form(), "subdivisionCode", QStringLiteral("Minnesota"));
        typeInto(f.page.form(), "northAmericaName", QStringLiteral("St. Paul"));
        typeInto(f.page.form(), "established", QStringLiteral("1955"));
    };
    enter();
    REQUIRE(f.page.save());
    const auto stored = SisterAffiliationRepository(*f.db).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].japanCode == QStringLiteral("422011"));
    CHECK(stored[0].established == PartialDate::ofYear(1955));
    CHECK(column(f.page, AffiliationsPage::Established) == QStringList{QStringLiteral("1955")});
    CHECK(tableRows(f.page.countryCounts()) == QStringList{QStringLiteral("United States|1")});

    enter();
    CHECK_FALSE(f.page.save());
    CHECK(f.page.form()
              ->errorText(QStringLiteral("northAmericaName"))
              .contains(QStringLiteral("already registered")));
    CHECK(SisterAffiliationRepository(*f.db).list().size() == 1);
}

TEST_CASE(
    "A state is picked and shown in the window's language, and the tie keeps its English name",
    "[ui][affiliations]")
{
    Fixture<AffiliationsPage> f;
    f.open();
    f.language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents();
    f.page.newRecord();
    pick(f.page.form(), "japanCode", QStringLiteral("長崎市"));
    auto* kind = qobject_cast<QComboBox*>(f.page.form()->field(QStringLiteral("northAmericaKind")));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(AffiliationLabels::code(NorthAmericanKind::State)));
    pick(f.page.form(), "subdivisionCode", QStringLiteral("ミネソタ"));
    auto* state =
        qobject_cast<SearchPicker*>(f.page.form()->field(QStringLiteral("subdivisionCode")));
    CHECK(state->currentLabel() == QStringLiteral("ミネソタ州"));
    // The North American side's name is the one its people write.
    CHECK(qobject_cast<QLineEdit*>(f.page.form()->field(QStringLiteral("northAmericaName")))
              ->text() == QStringLiteral("Minnesota"));
    REQUIRE(f.page.save());
    const auto stored = SisterAffiliationRepository(*f.db).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].subdivisionCode == QStringLiteral("US-MN"));
    CHECK(stored[0].northAmericaDisplay() == QStringLiteral("Minnesota"));

    // Read again in either language, the picker shows that language's name.
    REQUIRE(f.page.selectRecord(stored[0].id));
    CHECK(state->currentLabel() == QStringLiteral("ミネソタ州"));
    f.language.setLanguage(Language::English);
    QCoreApplication::processEvents();
    REQUIRE(f.page.selectRecord(stored[0].id));
    CHECK(state->currentLabel() == QStringLiteral("Minnesota"));
}

TEST_CASE("Affiliations are filtered by decade and state, and counted", "[ui][affiliations]")
{
    Fixture<AffiliationsPage> f;
    SisterAffiliationRepository repo(*f.db);
    auto add = [&](const char* code, const char* name, NorthAmericanKind kind, const char* sub,
                   AffiliationType type, int year) {
        SisterAffiliation a;
        a.japanCode = QLatin1String(code);
        a.northAmericaName = QLatin1String(name);
        a.northAmericaKind = kind;
        a.subdivisionCode = QLatin1String(sub);
        a.country = a.subdivisionCode.left(2);
        a.type = type;
        a.established = PartialDate::ofYear(year);
        repo.add(a);
    };
    add("422011", "St. Paul", NorthAmericanKind::City, "US-MN", AffiliationType::SisterCity, 1955);
    add("28", "Washington", NorthAmericanKind::State, "US-WA", AffiliationType::SisterState, 1963);
    add("11", "Ohio", NorthAmericanKind::State, "US-OH", AffiliationType::SisterState, 1990);
    add("01", "Alberta", NorthAmericanKind::Province, "CA-AB", AffiliationType::SisterState, 1980);
    f.open();
    // The list opens on the ties in force, and keeps that through a language switch.
    const QString active = AffiliationLabels::code(AffiliationStatus::Active);
    CHECK(f.page.statusFilter()->currentData().toString() == active);
    CHECK(f.page.table()->model()->rowCount() == 4);
    // In the order of local government codes, a prefecture before its towns.
    CHECK(column(f.page, AffiliationsPage::JapaneseSide) ==
          QStringList{QStringLiteral("Hokkaido"), QStringLiteral("Saitama"),
                      QStringLiteral("Hyogo"), QStringLiteral("Nagasaki, Nagasaki")});
    CHECK(column(f.page, AffiliationsPage::StateOrProvince).first() == QStringLiteral("Alberta"));
    CHECK(column(f.page, AffiliationsPage::Country).first() == QStringLiteral("Canada"));
    f.language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents();
    CHECK(column(f.page, AffiliationsPage::JapaneseSide).last() == QStringLiteral("長崎県長崎市"));
    CHECK(column(f.page, AffiliationsPage::Established).first() == QStringLiteral("1980年"));
    f.language.setLanguage(Language::English);
    QCoreApplication::processEvents();
    CHECK(f.page.statusFilter()->currentData().toString() == active);
    CHECK(tableRows(f.page.countryCounts()) ==
          QStringList{QStringLiteral("United States|3"), QStringLiteral("Canada|1")});

    f.page.decadeFilter()->setCurrentIndex(f.page.decadeFilter()->findData(1950));
    CHECK(column(f.page, AffiliationsPage::NorthAmericanSide) ==
          QStringList{QStringLiteral("St. Paul")});
    f.page.decadeFilter()->setCurrentIndex(0);
    f.page.subdivisionFilter()->setCurrentIndex(
        f.page.subdivisionFilter()->findData(QStringLiteral("US-OH")));
    CHECK(column(f.page, AffiliationsPage::NorthAmericanSide) ==
          QStringList{QStringLiteral("Ohio")});
    CHECK(tableRows(f.page.subdivisionCounts()) == QStringList{QStringLiteral("Ohio|1")});
    f.page.subdivisionFilter()->setCurrentIndex(0);
    f.page.typeFilter()->setCurrentIndex(
        f.page.typeFilter()->findData(AffiliationLabels::code(AffiliationType::SisterState)));
    CHECK(f.page.table()->model()->rowCount() == 3);

    QAbstractItemModelTester tester(f.page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("Events are listed in calendar order and follow the language", "[ui][events]")
{
    Fixture<EventsPage> f;
    OfficeEventRepository repo(*f.db);
    auto add = [&](const char* en, const char16_t* ja, EventKind kind, const QDate& date,
                   const QTime& start) {
        OfficeEvent e;
        e.titleEn = QLatin1String(en);
        e.titleJa = QString::fromUtf16(ja);
        e.kind = kind;
        e.date = date;
        e.startTime = start;
        repo.add(e);
    };
    add("Evening reception", u"レセプション", EventKind::Reception, QDate(2025, 5, 11),
        QTime(18, 0));
    add("Japan Day @ Central Park", u"ジャパンデー", EventKind::JapanDay, QDate(2025, 5, 11),
        QTime(10, 0));
    add("Travel show", u"トラベルショー", EventKind::Fair, QDate(2025, 1, 24), {});
    f.open();
    f.page.table()->sortByColumn(EventsPage::When, Qt::AscendingOrder);
    CHECK(column(f.page, EventsPage::Title) ==
          QStringList{QStringLiteral("Travel show"), QStringLiteral("Japan Day @ Central Park"),
                      QStringLiteral("Evening reception")});
    CHECK(column(f.page, EventsPage::FiscalYearColumn) == QStringList{QStringLiteral("FY2024"),
                                                                      QStringLiteral("FY2025"),
                                                                      QStringLiteral("FY2025")});

    f.language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents();
    CHECK(column(f.page, EventsPage::Title) == QStringList{QStringLiteral("トラベルショー"),
                                                           QStringLiteral("ジャパンデー"),
                                                           QStringLiteral("レセプション")});
    CHECK(column(f.page, EventsPage::FiscalYearColumn).first() == QStringLiteral("2024年度"));
    f.language.setLanguage(Language::English);
    QCoreApplication::processEvents();

    QAbstractItemModelTester tester(f.page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("The Japan Day event is entered from the form", "[ui][events]")
{
    Fixture<EventsPage> f;
    f.open();
    f.page.newRecord();
    typeInto(f.page.form(), "titleEn", QStringLiteral("Japan Day @ Central Park"));
    typeInto(f.page.form(), "titleJa", QStringLiteral("ジャパンデー＠セントラルパーク"));
    auto* kind = qobject_cast<QComboBox*>(f.page.form()->field(QStringLiteral("kind")));
    kind->setCurrentIndex(kind->findData(EventKinds::code(EventKind::JapanDay)));
    typeInto(f.page.form(), "startTime", QStringLiteral("10:00"));
    typeInto(f.page.form(), "endTime", QStringLiteral("9:00"));
    CHECK_FALSE(f.page.save()); // ends before it begins
    CHECK_FALSE(f.page.form()->errorText(QStringLiteral("endTime")).isEmpty());
    typeInto(f.page.form(), "endTime", QStringLiteral("17:00"));
    REQUIRE(f.page.save());
    const auto stored = OfficeEventRepository(*f.db).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].kind == EventKind::JapanDay);
    CHECK(stored[0].startTime == QTime(10, 0));
    CHECK(stored[0].titleJa == QStringLiteral("ジャパンデー＠セントラルパーク"));
}

TEST_CASE("A person attending an event is changed in the dialog the line opens", "[ui][events]")
{
    Fixture<EventsPage> f;
    f.open();
    Person walsh;
    walsh.name.family = QStringLiteral("Walsh");
    walsh.name.given = QStringLiteral("Kevin");
    const PersonId id = PersonRepository(*f.db).add(walsh).id;
    f.page.newRecord();
    typeInto(f.page.form(), "titleEn", QStringLiteral("JET information session"));
    f.page.addAttendee({id, QStringLiteral("Kevin Walsh"), QStringLiteral("guest")});

    QTableWidget* attendees = f.page.attendeeTable()->table();
    attendees->setCurrentCell(0, 0);
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ParticipantDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // Opened on the line: the person and the role as they were.
        opened = dialog->chosenId() == id && dialog->role() == QStringLiteral("guest") &&
                 dialog->windowTitle() == QStringLiteral("Change a person attending");
        auto* role = dialog->findChildren<QLineEdit*>().last();
        role->setText(QStringLiteral("speaker"));
        dialog->accept();
    });
    QTest::keyClick(attendees, Qt::Key_Return);
    CHECK(opened);
    CHECK(attendees->rowCount() == 1);
    CHECK(attendees->item(0, 1)->text() == QStringLiteral("speaker"));
    REQUIRE(f.page.save());
    const auto stored = OfficeEventRepository(*f.db).list();
    REQUIRE(stored.size() == 1);
    REQUIRE(stored[0].attendees.size() == 1);
    CHECK(stored[0].attendees[0].personId == id);
    CHECK(stored[0].attendees[0].role == QStringLiteral("speaker"));
}

TEST_CASE_METHOD(test::WindowOn,
                 "The main window has the JETAA, funding, affiliation and event areas",
                 "[ui][mainwindow][jetaa]")
{
    const QStringList areas = test::navigationAreas(w);
    CHECK(areas.contains(QStringLiteral("JETAA chapters")));
    CHECK(areas.contains(QStringLiteral("CLAIR funding")));
    CHECK(areas.contains(QStringLiteral("Sister cities and states")));
    CHECK(areas.contains(QStringLiteral("Events")));
}
