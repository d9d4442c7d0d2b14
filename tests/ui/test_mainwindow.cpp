#include "common/page.h"
#include "common/recordfilterproxy.h"
#include "common/recordlistmodel.h"
#include "common/uilanguage.h"
#include "mainwindow.h"
#include "people/peoplepage.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "support/records.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
// The People page's entry in the navigation.
QListWidgetItem* peopleEntry(MainWindow& w)
{
    return w.navigation()->item(int(w.pages().indexOf(w.page<PeoplePage>())));
}

QString peopleHeader(MainWindow& w)
{
    auto* page = w.page<PeoplePage>();
    return page->table()->model()->headerData(0, Qt::Horizontal).toString();
}

// The texts of the labels a page shows (its form's labels, section titles
// and the form's title among them).
QStringList labelTexts(const QWidget* page)
{
    QStringList texts;
    for (const QLabel* label : page->findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

// The label of the People form's field of that name.
QString peopleFormLabel(MainWindow& w, const QString& field)
{
    const QWidget* widget = w.page<PeoplePage>()->form()->field(field);
    for (const QLabel* label : w.page<PeoplePage>()->form()->findChildren<QLabel*>())
        if (label->buddy() == widget)
            return label->text();
    return {};
}

// A database file in the test's folder with a person of each family name.
QString fileWith(const test::TempDir& dir, const QString& name, const QStringList& families)
{
    const QString path = dir.path(name);
    Database db(path);
    for (const QString& family : families)
        test::addPerson(db, family);
    return path;
}
} // namespace

TEST_CASE("The main window opens on a new database with every area", "[ui][mainwindow]")
{
    test::TempDir dir;
    test::WindowOn f(dir.path(QStringLiteral("office.sqlite")));
    MainWindow& w = f.w;
    test::showExposed(w);
    CHECK(w.windowTitle().contains(QStringLiteral("office.sqlite")));
    const QStringList areas = test::navigationAreas(w);
    CHECK(areas.contains(QStringLiteral("People")));
    CHECK(areas.contains(QStringLiteral("Organizations")));
    CHECK(areas.contains(QStringLiteral("Local governments")));
    CHECK(w.databaseLabel()->text().contains(QStringLiteral("office.sqlite")));
    CHECK(QSettings()
              .value(QStringLiteral("database/last"))
              .toString()
              .endsWith(QStringLiteral("office.sqlite")));
}

TEST_CASE_METHOD(test::WindowOn, "The language switches at run time, both ways", "[ui][language]")
{
    w.show();
    CHECK(peopleHeader(w) == QStringLiteral("Name"));
    CHECK(w.menuBar()->actions().front()->text() == QStringLiteral("&File"));

    auto* page = w.page<PeoplePage>();
    QSignalSpy headerSpy(page->model(), &QAbstractItemModel::headerDataChanged);
    language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents(); // LanguageChange is posted
    CHECK(headerSpy.count() >= 1);
    CHECK(peopleHeader(w) == QStringLiteral("氏名"));
    CHECK(peopleEntry(w)->text() == QStringLiteral("人物"));
    CHECK(w.menuBar()->actions().front()->text().startsWith(QStringLiteral("ファイル")));
    CHECK(QLocale().language() == QLocale::Japanese);
    // The form's labels, its sections and the title of a new record follow.
    CHECK(peopleFormLabel(w, QStringLiteral("familyKanji")) == QStringLiteral("姓（漢字）"));
    page->newRecord();
    CHECK(labelTexts(page).contains(QStringLiteral("新しい人物")));
    CHECK(labelTexts(page->form()).contains(QStringLiteral("連絡先")));

    language.setLanguage(Language::English);
    QCoreApplication::processEvents();
    CHECK(peopleHeader(w) == QStringLiteral("Name"));
    CHECK(peopleEntry(w)->text() == QStringLiteral("People"));
    CHECK(peopleFormLabel(w, QStringLiteral("familyKanji")) ==
          QStringLiteral("Family name (kanji)"));
    CHECK(labelTexts(page).contains(QStringLiteral("New person")));
    CHECK(labelTexts(page->form()).contains(QStringLiteral("Contact")));
}

TEST_CASE("A damaged database is refused with a message and the open one stays", "[ui][faults]")
{
    test::TempDir dir;
    const QString bad = dir.path(QStringLiteral("bad.sqlite"));
    test::writeFile(bad, QByteArray(8192, 'x'));
    test::WindowOn f(dir.path(QStringLiteral("good.sqlite")));
    MainWindow& w = f.w;
    test::MessageBoxAnswerer answer(QMessageBox::Ok);
    CHECK_FALSE(w.openDatabase(bad));
    CHECK(answer.count() == 1);
    CHECK(answer.text().contains(QStringLiteral("not a JLGC Desk database")));
    REQUIRE(w.database());
    CHECK(w.database()->path().endsWith(QStringLiteral("good.sqlite")));
    CHECK(test::readFile(bad) == QByteArray(8192, 'x'));
}

TEST_CASE("The people model passes Qt's model checks", "[ui][models]")
{
    auto db = test::memoryDatabase();
    Person p = test::yamadaTaro();
    PersonRepository(*db).add(p);
    p.name.given = QStringLiteral("Hanako");
    p.name.givenKanji = QStringLiteral("花子");
    p.name.givenKana = QStringLiteral("はなこ");
    PersonRepository(*db).add(p);
    RecordListModel model(QStringLiteral("people"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get(), nullptr);
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Hanako Yamada"));
    model.sort(0, Qt::DescendingOrder);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Taro Yamada"));
    model.retranslate();
    CHECK(model.rowCount() == 2);
}

TEST_CASE("Lists refresh when another window changes the database", "[ui][concurrency]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.sqlite"));
    test::Window f;
    MainWindow& w = f.w;
    w.show(); // lists are read when their page is on screen
    REQUIRE(w.openDatabase(path));
    auto* page = w.page<PeoplePage>();
    w.showPage(page); // the window opens on the dashboard
    CHECK(page->table()->model()->rowCount() == 0);

    Database other(path); // a second instance of the application
    test::addPerson(other, QStringLiteral("Tremblay"));

    w.checkForOutsideChanges(); // the timer's look; the change is announced from the event loop
    CHECK(QTest::qWaitFor([&] { return page->table()->model()->rowCount() == 1; }, 5000));
}

TEST_CASE("A page opened for the first time shows the open database in the chosen language",
          "[ui][mainwindow][language]")
{
    // Pages are made when first opened: one opened after a change of
    // database and of language must show both, like the others.
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    {
        Database db(path);
        PersonRepository(db).add(
            test::person(QStringLiteral("Tremblay"), {}, QStringLiteral("髙橋")));
    }
    LanguageManager language;
    language.setLanguage(Language::English);
    MainWindow w(&language);
    REQUIRE(w.openDatabase(QStringLiteral(":memory:")));
    w.show();
    REQUIRE(w.openDatabase(path));
    language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents(); // LanguageChange is posted

    QListWidget* nav = w.navigation();
    QListWidgetItem* entry = nullptr;
    for (int i = 0; i < nav->count(); ++i)
        if (nav->item(i)->text() == QStringLiteral("人物"))
            entry = nav->item(i);
    REQUIRE(entry);
    nav->setCurrentItem(entry);
    auto* page = qobject_cast<PeoplePage*>(w.currentPage());
    REQUIRE(page);
    CHECK(page->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("氏名"));
    REQUIRE(QTest::qWaitFor([&] { return page->table()->model()->rowCount() == 1; }, 5000));
    CHECK(QTest::qWaitFor(
        [&] {
            return page->table()->model()->index(0, 0).data().toString().contains(
                QStringLiteral("髙橋"));
        },
        5000));

    language.setLanguage(Language::English);
    QCoreApplication::processEvents();
    CHECK(entry->text() == QStringLiteral("People"));
    CHECK(page->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Name"));
}

TEST_CASE("Pages not yet visited are made ahead, and read their lists only when shown",
          "[ui][mainwindow]")
{
    test::TempDir dir;
    const QString first = fileWith(dir, QStringLiteral("first.sqlite"), {QStringLiteral("Abe")});
    const QString second = fileWith(dir, QStringLiteral("second.sqlite"),
                                    {QStringLiteral("Baker"), QStringLiteral("Chen")});
    test::Window f;
    MainWindow& w = f.w;
    w.show();
    REQUIRE(w.openDatabase(first));
    CHECK_FALSE(w.allPagesReady()); // only the dashboard, at once
    REQUIRE(QTest::qWaitFor([&] { return w.allPagesReady(); }, 15000));

    PeoplePage* people = w.page<PeoplePage>();
    REQUIRE(people);
    QTest::qWait(100);
    CHECK(people->model()->rowCount() == 0); // made, not read
    w.showPage(people);
    CHECK(QTest::qWaitFor([&] { return people->table()->model()->rowCount() == 1; }, 5000));

    // Another file: the pages made ahead follow it.
    REQUIRE(w.openDatabase(second));
    CHECK(QTest::qWaitFor([&] { return people->table()->model()->rowCount() == 2; }, 5000));
}

TEST_CASE("A page shown again is painted with what changed while it was hidden, and the switch "
          "leaves the other pages alone",
          "[ui][mainwindow]")
{
    test::TempDir dir;
    const QString path = fileWith(dir, QStringLiteral("office.sqlite"), {QStringLiteral("Abe")});
    test::Window f;
    MainWindow& w = f.w;
    test::showExposed(w);
    REQUIRE(w.openDatabase(path));
    REQUIRE(QTest::qWaitFor([&] { return w.allPagesReady(); }, 15000));
    auto* people = w.page<PeoplePage>();
    REQUIRE(people);
    w.showPage(people);
    REQUIRE(QTest::qWaitFor([&] { return people->table()->model()->rowCount() == 1; }, 5000));

    // Another page is shown; meanwhile a colleague adds a person.
    w.showPage(w.pages().at(2));
    test::PaintCounter counter;
    people->table()->viewport()->installEventFilter(&counter);
    {
        Database other(path);
        test::addPerson(other, QStringLiteral("Baker"));
    }
    QTest::qWait(200);
    CHECK(counter.paints == 0); // hidden: not painted

    w.showPage(people);
    CHECK(QTest::qWaitFor([&] { return people->table()->model()->rowCount() == 2; }, 8000));
    CHECK(QTest::qWaitFor([&] { return counter.paints > 0; }, 3000));
    // The pages not shown take no updates; the one shown does.
    for (Page* p : w.pages())
        CHECK(p->updatesEnabled() == (p == people));
}
