// One notifier: a change made anywhere (another page, an import, another
// window or program) appears in every open view; lists read off the
// window's thread.
#include "affiliations/affiliationspage.h"
#include "common/fieldform.h"
#include "common/recordlistmodel.h"
#include "common/recordpage.h"
#include "common/uilanguage.h"
#include "delegations/delegationspage.h"
#include "events/eventspage.h"
#include "fellowship/allfellowspage.h"
#include "fellowship/fellowshippage.h"
#include "fellowship/hostfamiliespage.h"
#include "io/csvimport.h"
#include "jetaa/chapterspage.h"
#include "jetaa/fundingpage.h"
#include "mainwindow.h"
#include "research/myresearchpage.h"
#include "research/researchrequestspage.h"
#include "research/staffpage.h"
#include "storage/chapterfundingrepository.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/delegationrepository.h"
#include "storage/fellowrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/jetaachapterrepository.h"
#include "storage/officeeventrepository.h"
#include "storage/personrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/researchtopicrepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "storage/staffrepository.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

OfficeEvent event(const QString& title, const QDate& date)
{
    OfficeEvent e;
    e.titleEn = title;
    e.date = date;
    return e;
}

QStringList titles(EventsPage* page)
{
    QStringList out;
    QAbstractItemModel* m = page->table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, EventsPage::Title).data().toString();
    return out;
}

bool waitFor(const std::function<bool()>& condition)
{
    return QTest::qWaitFor(condition, 5000);
}

QStringList cells(RecordPage* page, int column)
{
    QStringList out;
    QAbstractItemModel* m = page->table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, column).data().toString();
    return out;
}

// A window in English on a file of the test's own; before, if given, writes
// to the file first, as another program would have.
struct WindowOnFile {
    explicit WindowOnFile(const std::function<void(Database&)>& before = {})
    {
        if (before) {
            Database db(path);
            before(db);
        }
        language.setLanguage(Language::English);
        w = std::make_unique<MainWindow>(&language);
        w->show();
        REQUIRE(w->openDatabase(path));
    }
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("office.sqlite"));
    LanguageManager language;
    std::unique_ptr<MainWindow> w;
};

// Opens a record from another page (as Find Anything does): its page is
// shown with the record in the form at once, and its row is selected when
// the list, read again, arrives.
void checkOpensFromElsewhere(MainWindow& w, RecordPage* page, const QString& kind, qint64 id,
                             const QString& shown)
{
    w.showPage(w.page<EventsPage>());
    CHECK(w.openRecord(kind, id));
    CHECK(w.currentPage() == page);
    CHECK(page->currentId() == QVariant(id));
    CHECK(waitFor([&] {
        return page->table()->currentIndex().siblingAtColumn(0).data().toString() == shown;
    }));
}

// A file's list of a kind, shown in a window: read off the window's thread,
// it follows a save through the window's database and another window's.
template <class PageT>
void checkListFollows(const std::function<void(Database&, const QString&)>& add, int column,
                      const QString& first, const QString& second)
{
    WindowOnFile file;
    MainWindow& w = *file.w;
    const QString& path = file.path;
    add(*w.database(), first);
    auto* page = w.page<PageT>();
    REQUIRE(page);
    w.showPage(page);
    REQUIRE(page->listModel());
    REQUIRE(page->listModel()->isAsynchronous());
    CHECK(waitFor([&] { return cells(page, column) == QStringList{first}; }));

    Database other(path);
    add(other, second);
    w.checkForOutsideChanges();
    // The count may arrive before the rows it counts (read a screen at a
    // time): wait for the row itself.
    CHECK(waitFor([&] {
        const QStringList shown = cells(page, column);
        return shown.size() == 2 && shown.contains(second);
    }));
}

// A short list kept in memory (chapters, cohorts, staff): read off the
// window's thread, it follows another window's save, and a record asked for
// while it is being read is selected when it arrives.
template <class PageT>
void checkShortListFollows(const std::function<qint64(Database&, const QString&)>& add, int column,
                           const QString& first, const QString& second, const QString& later)
{
    WindowOnFile file;
    MainWindow& w = *file.w;
    const QString& path = file.path;
    add(*w.database(), first);
    auto* page = w.page<PageT>();
    REQUIRE(page);
    w.showPage(page);
    REQUIRE_FALSE(page->listModel());
    CHECK(waitFor([&] { return cells(page, column) == QStringList{first}; }));

    Database other(path);
    const qint64 added = add(other, second);
    w.checkForOutsideChanges();
    CHECK(waitFor([&] { return cells(page, column).size() == 2; }));
    CHECK(cells(page, column).contains(second));

    CHECK(page->selectRecord(added));

    // A record asked for while the list is being read, not yet in the rows
    // shown (as Find Anything may ask): the form shows it at once, and its
    // row is selected when the list arrives.
    const qint64 third = add(other, later);
    page->refreshFromDatabase();
    CHECK_FALSE(cells(page, column).contains(later));
    CHECK(page->selectRecord(third));
    CHECK(page->currentId() == QVariant(third));
    CHECK(waitFor([&] {
        return page->table()->currentIndex().siblingAtColumn(column).data().toString() == later;
    }));
}

// A chapter in New York with its funding of the current fiscal year (the
// funding page opens on it); the chapter's id.
ChapterId fundedChapter(Database& db, const QString& name)
{
    ChapterFunding f;
    f.chapterId = JetaaChapterRepository(db).add(test::chapter(name, QStringLiteral("US-NY"))).id;
    f.fiscalYear = FiscalYear::containing(QDate::currentDate());
    f.lines = {{0, QStringLiteral("Reception"), 50000}};
    ChapterFundingRepository(db).add(f);
    return f.chapterId;
}

} // namespace

TEST_CASE("The JETAA chapters, cohorts, research topics and staff lists are read off the window's "
          "thread and "
          "follow changes made elsewhere",
          "[ui][notifier][lists][threads]")
{
    SECTION("chapters")
    {
        checkShortListFollows<ChaptersPage>(
            [](Database& db, const QString& name) {
                return JetaaChapterRepository(db)
                    .add(test::chapter(name, QStringLiteral("US-NY")))
                    .id;
            },
            0, QStringLiteral("JETAA New York"), QStringLiteral("JETAA Boston"),
            QStringLiteral("JETAA Chicago"));
    }
    SECTION("cohorts")
    {
        checkShortListFollows<FellowshipPage>(
            [](Database& db, const QString& year) {
                Cohort c;
                c.year = year.toInt();
                c.programmeStart = QDate(c.year, 10, 20);
                c.programmeEnd = QDate(c.year, 10, 29);
                c.hostPrefectureCode = QStringLiteral("08");
                return CohortRepository(db).add(c).id;
            },
            0, QStringLiteral("2019"), QStringLiteral("2024"), QStringLiteral("2025"));
    }
    SECTION("research topics")
    {
        checkShortListFollows<MyResearchPage>(
            [](Database& db, const QString& title) {
                // One official's topics (the page shows the official's own).
                QList<StaffMember> staff = StaffRepository(db).list();
                if (staff.isEmpty()) {
                    Person p;
                    p.name.family = QStringLiteral("Ito");
                    p.name.given = QStringLiteral("Ken");
                    StaffMember s;
                    s.person.id = PersonRepository(db).add(p).id;
                    s.kind = StaffKind::LocalStaff;
                    s.termStart = QDate(2025, 4, 1);
                    staff << StaffRepository(db).add(s);
                }
                ResearchTopic t;
                t.owner = staff.front().id;
                t.titleEn = title;
                return ResearchTopicRepository(db).add(t).id;
            },
            0, QStringLiteral("Disaster drills"), QStringLiteral("Snow removal"),
            QStringLiteral("School lunches"));
    }
    SECTION("staff")
    {
        checkShortListFollows<StaffPage>(
            [](Database& db, const QString& family) {
                Person p;
                p.name.family = family.section(QLatin1Char(' '), 1);
                p.name.given = family.section(QLatin1Char(' '), 0, 0);
                StaffMember s;
                s.person.id = PersonRepository(db).add(p).id;
                s.kind = StaffKind::LocalStaff;
                return StaffRepository(db).add(s).id;
            },
            0, QStringLiteral("Ken Ito"), QStringLiteral("Ken Mori"), QStringLiteral("Ken Sato"));
    }
}

TEST_CASE("A change made anywhere appears in every open view", "[ui][notifier]")
{
    WindowOnFile file;
    MainWindow& w = *file.w;
    const QString& path = file.path;
    auto* events = w.page<EventsPage>();
    w.showPage(events);
    // A file's lists are read on a thread of their own.
    REQUIRE(events->model()->isAsynchronous());
    CHECK(waitFor([&] { return events->model()->isCounted(); }));
    CHECK(events->model()->rowCount() == 0);

    SECTION("a save through this window's database, as another page or dialog makes it")
    {
        OfficeEventRepository(*w.database())
            .add(event(QStringLiteral("Japan Day"), QDate(2025, 5, 18)));
        CHECK(waitFor([&] { return titles(events) == QStringList{QStringLiteral("Japan Day")}; }));
    }
    SECTION("another window's save, seen at the timer's next look")
    {
        Database other(path);
        OfficeEventRepository(other).add(event(QStringLiteral("Reception"), QDate(2025, 9, 1)));
        w.checkForOutsideChanges();
        CHECK(waitFor([&] { return titles(events) == QStringList{QStringLiteral("Reception")}; }));
    }
    SECTION("an import: the status bar's counts follow")
    {
        const QString before = w.countLabel()->text();
        CsvImport import(*w.database(), *CsvFormat::find(QStringLiteral("people")));
        import.loadBytes("Family name,Given name\nTremblay,Anne\nO'Brien,Siobhan\nSato,Akiko\n");
        import.analyze();
        import.commit(false);
        CHECK(
            waitFor([&] { return w.countLabel()->text().contains(QStringLiteral("People: 3")); }));
        CHECK(w.countLabel()->text() != before);
    }
}

TEST_CASE("A record shown in a form follows other windows' saves, unless it is being edited",
          "[ui][notifier]")
{
    WindowOnFile file;
    MainWindow& w = *file.w;
    const QString& path = file.path;
    const OfficeEvent saved = OfficeEventRepository(*w.database())
                                  .add(event(QStringLiteral("Japan Day"), QDate(2025, 5, 18)));
    auto* events = w.page<EventsPage>();
    w.showPage(events);
    REQUIRE(events->selectRecord(saved.id));

    Database other(path);
    OfficeEvent changed = *OfficeEventRepository(other).find(saved.id);
    changed.titleEn = QStringLiteral("Japan Day @ Central Park");
    OfficeEventRepository(other).update(changed);
    w.checkForOutsideChanges();
    auto* title = events->form()->findChild<QLineEdit*>(QStringLiteral("titleEn"));
    REQUIRE(title);
    CHECK(waitFor([&] { return title->text() == QStringLiteral("Japan Day @ Central Park"); }));

    // Being edited: the form keeps the user's text.
    title->setText(QStringLiteral("My own title"));
    QTest::keyClick(title, Qt::Key_A);
    changed = *OfficeEventRepository(other).find(saved.id);
    changed.place = QStringLiteral("Naumburg Bandshell");
    OfficeEventRepository(other).update(changed);
    w.checkForOutsideChanges();
    QTest::qWait(300);
    CHECK(title->text() == QStringLiteral("My own titlea"));
    CHECK(events->hasUnsavedChanges());
}

TEST_CASE("A list filter reads off the window's thread and fills in when the rows arrive",
          "[ui][lists][threads]")
{
    WindowOnFile file([](Database& db) {
        OfficeEventRepository repo(db);
        for (int i = 0; i < 250; ++i)
            repo.add(event(QStringLiteral("Seminar %1").arg(i), QDate(2025, 4, 1).addDays(i)));
        repo.add(event(QStringLiteral("髙橋 lecture"), QDate(2026, 1, 10)));
    });
    MainWindow& w = *file.w;
    auto* events = w.page<EventsPage>();
    w.showPage(events);
    CHECK(waitFor([&] { return events->model()->rowCount() == 251; }));
    // Scrolling to the end: the last rows fill in.
    events->table()->scrollToBottom();
    CHECK(waitFor([&] {
        return events->model()->index(250, EventsPage::Title).data().toString() ==
               QStringLiteral("髙橋 lecture");
    }));
    events->filterEdit()->setText(QStringLiteral("高橋"));
    CHECK(waitFor([&] { return titles(events) == QStringList{QStringLiteral("髙橋 lecture")}; }));
    CHECK(waitFor([&] { return events->model()->unfilteredCount() == 251; }));
}

TEST_CASE("The delegations list shows its rows and follows changes made elsewhere",
          "[ui][notifier][delegations]")
{
    checkListFollows<DelegationsPage>(
        [](Database& db, const QString& name) {
            Delegation d;
            d.nameEn = name;
            d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
            DelegationRepository(db).add(d);
        },
        DelegationsPage::Name, QStringLiteral("Hyogo Prefecture Delegation"),
        QStringLiteral("Kobe City Delegation"));
}

TEST_CASE("The research requests list shows its rows and follows changes made elsewhere",
          "[ui][notifier][research]")
{
    checkListFollows<ResearchRequestsPage>(
        [](Database& db, const QString& question) {
            ResearchRequest r;
            r.requestingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
            r.questionEn = question;
            r.received = QDate(2025, 6, 2);
            ResearchRequestRepository(db).add(r);
        },
        ResearchRequestsPage::Question, QStringLiteral("How is 911 run?"),
        QStringLiteral("Who pays for snow removal?"));
}

TEST_CASE("The sister affiliations list shows its rows and follows changes made elsewhere",
          "[ui][notifier][affiliations]")
{
    checkListFollows<AffiliationsPage>(
        [](Database& db, const QString& name) {
            SisterAffiliation a;
            a.japanCode =
                name == QLatin1String("St. Paul") ? QStringLiteral("422011") : QStringLiteral("28");
            a.northAmericaName = name;
            a.northAmericaKind = NorthAmericanKind::City;
            a.subdivisionCode = QStringLiteral("US-MN");
            a.country = QStringLiteral("US");
            SisterAffiliationRepository(db).add(a);
        },
        AffiliationsPage::NorthAmericanSide, QStringLiteral("St. Paul"),
        QStringLiteral("Minneapolis"));
}

TEST_CASE("The host families list shows its rows and follows changes made elsewhere",
          "[ui][notifier][fellowship]")
{
    checkListFollows<HostFamiliesPage>(
        [](Database& db, const QString& shown) {
            HostFamily f;
            f.familyNameRomaji = shown.section(QLatin1Char(' '), 0, 0); // "Suzuki family"
            HostFamilyRepository(db).add(f);
        },
        HostFamiliesPage::Family, QStringLiteral("Suzuki family"), QStringLiteral("Sato family"));
}

TEST_CASE("The CLAIR funding list shows its rows and follows changes made elsewhere",
          "[ui][notifier][jetaa][funding]")
{
    checkListFollows<FundingPage>(fundedChapter, FundingPage::Chapter,
                                  QStringLiteral("JETAA New York"),
                                  QStringLiteral("JETAA Toronto"));
}

TEST_CASE("All fellows: the list and its counts are read off the window's thread and follow "
          "another window's save",
          "[ui][notifier][fellowship][allfellows]")
{
    const auto addFellow = [](Database& db, int year, const QString& family, const QString& state) {
        CohortRepository cohorts(db);
        Cohort c;
        for (const Cohort& existing : cohorts.list())
            if (existing.year == year)
                c = existing;
        if (c.id == 0) {
            c.year = year;
            c.programmeStart = QDate(year, 10, 20);
            c.programmeEnd = QDate(year, 10, 29);
            c.hostPrefectureCode = QStringLiteral("08");
            c = cohorts.add(c);
        }
        Person p;
        p.name.family = family;
        p.name.given = QStringLiteral("Alex");
        Fellow f;
        f.cohortId = c.id;
        f.personId = PersonRepository(db).add(p).id;
        f.subdivisionCode = state;
        FellowRepository(db).add(f);
    };
    WindowOnFile file([&addFellow](Database& db) {
        addFellow(db, 2019, QStringLiteral("Hall"), QStringLiteral("US-OH"));
        addFellow(db, 2023, QStringLiteral("King"), QStringLiteral("US-WA"));
        addFellow(db, 2023, QStringLiteral("Adams"), QStringLiteral("US-OH"));
    });
    MainWindow& w = *file.w;
    const QString& path = file.path;
    auto* page = w.page<AllFellowsPage>();
    REQUIRE(page);
    w.showPage(page);
    REQUIRE(page->model()->isAsynchronous());
    const auto names = [page] {
        QStringList out;
        QAbstractItemModel* m = page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, AllFellowsPage::Name).data().toString();
        return out;
    };
    // The latest cohort first, its fellows by name.
    CHECK(waitFor([&] {
        return names() == QStringList{QStringLiteral("Alex Adams"), QStringLiteral("Alex King"),
                                      QStringLiteral("Alex Hall")};
    }));
    QTableWidget* counts = page->countsTable();
    CHECK(waitFor([&] {
        return counts->rowCount() == 2 && counts->item(0, 0)->text() == QStringLiteral("Ohio") &&
               counts->item(0, 1)->text() == QStringLiteral("2");
    }));

    // Another window adds a fellow: the list and the counts follow.
    Database other(path);
    addFellow(other, 2024, QStringLiteral("Baker"), QStringLiteral("US-WA"));
    w.checkForOutsideChanges();
    CHECK(waitFor([&] { return names().value(0) == QStringLiteral("Alex Baker"); }));
    CHECK(waitFor([&] {
        return counts->rowCount() == 2 && counts->item(0, 1)->text() == QStringLiteral("2") &&
               counts->item(1, 1)->text() == QStringLiteral("2");
    }));

    // Narrowed by name through the people's search entries.
    page->findChild<QLineEdit*>(QStringLiteral("filter"))->setText(QStringLiteral("king"));
    CHECK(waitFor([&] { return names() == QStringList{QStringLiteral("Alex King")}; }));
    CHECK(waitFor([&] { return page->summary()->text().startsWith(QStringLiteral("1 fellow")); }));
}

TEST_CASE("Find Anything opens a chapter the list's filter hides while the list is read aside",
          "[ui][lists][threads][jetaa]")
{
    WindowOnFile file;
    MainWindow& w = *file.w;
    const auto add = [&](const QString& name, const QString& subdivision) {
        return JetaaChapterRepository(*w.database()).add(test::chapter(name, subdivision)).id;
    };
    const qint64 newYork = add(QStringLiteral("JETAA New York"), QStringLiteral("US-NY"));
    add(QStringLiteral("JETAA Toronto"), QStringLiteral("CA-ON"));
    auto* page = w.page<ChaptersPage>();
    w.showPage(page);
    page->countryFilter()->setCurrentIndex(page->countryFilter()->findData(QStringLiteral("CA")));
    REQUIRE(
        waitFor([&] { return cells(page, 0) == QStringList{QStringLiteral("JETAA Toronto")}; }));

    // Opened from elsewhere: the filter is reset.
    checkOpensFromElsewhere(w, page, QStringLiteral("jetaa_chapter"), newYork,
                            QStringLiteral("JETAA New York"));
    CHECK(cells(page, 0).size() == 2);
}

TEST_CASE("CLAIR funding's totals and chapter names follow changes made elsewhere",
          "[ui][notifier][jetaa][funding]")
{
    WindowOnFile file;
    MainWindow& w = *file.w;
    const QString& path = file.path;
    const ChapterId newYork = fundedChapter(*w.database(), QStringLiteral("JETAA New York"));
    auto* page = w.page<FundingPage>();
    w.showPage(page);
    const auto applications = [page] {
        QTableWidget* t = page->totalsTable();
        return t->rowCount() > 0 && t->item(0, 3) ? t->item(0, 3)->text() : QString();
    };
    REQUIRE(waitFor([&] { return cells(page, FundingPage::Chapter).size() == 1; }));
    CHECK(waitFor([&] { return applications() == QStringLiteral("1"); }));

    // Another window renames the chapter and records a second chapter's funding.
    Database other(path);
    JetaaChapter renamed = *JetaaChapterRepository(other).find(newYork);
    renamed.name = QStringLiteral("JETAA New York City");
    JetaaChapterRepository(other).update(renamed);
    fundedChapter(other, QStringLiteral("JETAA Boston"));
    w.checkForOutsideChanges();
    CHECK(waitFor([&] {
        return cells(page, FundingPage::Chapter) ==
               QStringList{QStringLiteral("JETAA Boston"), QStringLiteral("JETAA New York City")};
    }));
    CHECK(waitFor([&] { return applications() == QStringLiteral("2"); }));
}

TEST_CASE("My research opens another official's topic in the list of everyone's",
          "[ui][lists][threads][research]")
{
    WindowOnFile file;
    MainWindow& w = *file.w;
    const auto official = [&](const QString& family) {
        Person p;
        p.name.family = family;
        p.name.given = QStringLiteral("Ken");
        StaffMember s;
        s.person.id = PersonRepository(*w.database()).add(p).id;
        s.kind = StaffKind::LocalStaff;
        s.termStart = QDate(2025, 4, 1);
        return StaffRepository(*w.database()).add(s).id;
    };
    const auto topic = [&](StaffMemberId owner, const QString& title) {
        ResearchTopic t;
        t.owner = owner;
        t.titleEn = title;
        return ResearchTopicRepository(*w.database()).add(t).id;
    };
    const StaffMemberId ito = official(QStringLiteral("Ito"));
    const StaffMemberId mori = official(QStringLiteral("Mori"));
    topic(ito, QStringLiteral("Disaster drills"));
    const qint64 snow = topic(mori, QStringLiteral("Snow removal"));
    auto* page = w.page<MyResearchPage>();
    w.showPage(page);
    page->setMe(ito);
    REQUIRE(
        waitFor([&] { return cells(page, 0) == QStringList{QStringLiteral("Disaster drills")}; }));

    // Another official's: the list shows everyone's.
    checkOpensFromElsewhere(w, page, QStringLiteral("research_topic"), snow,
                            QStringLiteral("Snow removal"));
    CHECK(cells(page, 0).size() == 2);
}
