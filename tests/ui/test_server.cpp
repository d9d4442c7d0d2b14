// The window on an office server (issue 17): File → Connect to Office
// Server…, and two windows of two colleagues, each with a login of their
// own, on one database there. The server's tests are hidden ([.]) from the
// SQLite run and selected by the server's ([server]).
#include "common/fieldform.h"
#include "common/page.h"
#include "common/uilanguage.h"
#include "mainwindow.h"
#include "people/peoplepage.h"
#include "server/connectserverdialog.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/server/serveraddress.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using namespace jlgc;

namespace {

QPushButton* button(QWidget& dialog, const QString& text)
{
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QLineEdit* fieldHolding(QWidget& dialog, const QString& text)
{
    for (QLineEdit* e : dialog.findChildren<QLineEdit*>())
        if (e->text() == text)
            return e;
    return nullptr;
}

PeoplePage* peoplePage(MainWindow& w)
{
    for (Page* p : w.pages())
        if (auto* people = qobject_cast<PeoplePage*>(p))
            return people;
    return nullptr;
}

QStringList names(MainWindow& w)
{
    QStringList out;
    for (Page* p : w.pages())
        if (auto* people = qobject_cast<PeoplePage*>(p)) {
            QAbstractItemModel* m = people->table()->model();
            for (int r = 0; r < m->rowCount(); ++r)
                out << m->index(r, 0).data().toString();
        }
    return out;
}

// A new, empty database on the tests' server; windows keep off the keychain.
QString officeDatabase()
{
    REQUIRE_FALSE(test::serverForTests().isEmpty());
    qputenv("JLGC_NO_KEYCHAIN", "1");
    return test::emptyServerDatabase();
}

// A window in English on a new, empty database of the tests' server
// (opening it makes the office's database).
struct OfficeWindow {
    OfficeWindow()
    {
        language.setLanguage(Language::English);
        window.show();
        REQUIRE(window.openDatabase(address));
    }
    QString address = officeDatabase();
    LanguageManager language;
    MainWindow window{&language};
};

Person person(const char* familyKanji, const char* family)
{
    Person p;
    p.name.familyKanji = QString::fromUtf8(familyKanji);
    p.name.family = QString::fromUtf8(family);
    return p;
}

} // namespace

TEST_CASE("Connect to Office Server gives the address without the password", "[ui][serverdialog]")
{
    ConnectServerDialog dialog;
    const QString address = QStringLiteral("postgresql://sato@db.jlgc.example.org:5433/office?"
                                           "sslmode=verify-full&sslrootcert=/etc/jlgc/ca.crt");
    dialog.setAddress(address);
    dialog.setPassword(QStringLiteral("s3cret"));
    CHECK(dialog.address() == address);
    CHECK(dialog.password() == QStringLiteral("s3cret"));

    // No server named: nothing to connect to.
    QPushButton* connectButton = button(dialog, QStringLiteral("Connect"));
    REQUIRE(connectButton);
    CHECK(connectButton->isEnabled());
    QLineEdit* host = fieldHolding(dialog, QStringLiteral("db.jlgc.example.org"));
    REQUIRE(host);
    host->clear();
    CHECK_FALSE(connectButton->isEnabled());
    QTest::keyClicks(host, QStringLiteral("localhost"));
    CHECK(connectButton->isEnabled());
    CHECK(dialog.address().startsWith(QStringLiteral("postgresql://sato@localhost:5433/office")));
}

TEST_CASE("Two colleagues' windows on the office server, each with a login of their own, see "
          "each other's saves",
          "[.][server][ui]")
{
    const QString address = officeDatabase();
    LanguageManager language;
    language.setLanguage(Language::English);
    MainWindow mine(&language);
    mine.show();
    REQUIRE(mine.openDatabase(address)); // makes the office's database
    CHECK(mine.databaseLabel()->text().contains(QStringLiteral("signed in as jlgc")));
    CHECK_FALSE(mine.windowTitle().contains(QStringLiteral("postgresql:")));

    // A colleague's login, allowed to work with the records.
    test::serverExec(address, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles "
                                             "WHERE rolname = 'jlgc_colleague') THEN CREATE "
                                             "ROLE jlgc_colleague LOGIN PASSWORD "
                                             "'colleague-pw'; END IF; END $$"));
    test::serverExec(address, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO "
                                             "jlgc_colleague"));
    test::serverExec(address, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "
                                             "jlgc_colleague"));
    QString theirAddress = address;
    theirAddress.replace(QStringLiteral("://jlgc@"), QStringLiteral("://jlgc_colleague@"));
    REQUIRE(theirAddress != address);
    ServerAddress::rememberPassword(theirAddress, QStringLiteral("colleague-pw"));
    MainWindow theirs(&language);
    theirs.show();
    REQUIRE(theirs.openDatabase(theirAddress));
    CHECK(theirs.databaseLabel()->text().contains(QStringLiteral("signed in as jlgc_colleague")));

    mine.showPage(peoplePage(mine));
    theirs.showPage(peoplePage(theirs));
    PersonRepository(*mine.database()).add(person("𠮷野", "Yoshino"));
    CHECK(QTest::qWaitFor(
        [&] { return names(mine).join(QLatin1Char(' ')).contains(QStringLiteral("Yoshino")); },
        10000));
    // Each window hears the other's save as it commits (the server says so).
    CHECK(QTest::qWaitFor(
        [&] { return names(theirs).join(QLatin1Char(' ')).contains(QStringLiteral("Yoshino")); },
        10000));
    CHECK(theirs.database()->notifier().announcementsHeard() >= 1);
    CHECK(theirs.statusBar()->currentMessage().startsWith(QStringLiteral("A colleague")));
    PersonRepository(*theirs.database()).add(person("山﨑", "Yamazaki"));
    CHECK(QTest::qWaitFor(
        [&] { return names(mine).join(QLatin1Char(' ')).contains(QStringLiteral("Yamazaki")); },
        10000));
    CHECK(mine.database()->notifier().announcementsHeard() >= 1);
    // Both saves are in the office's history, each under its login.
    CHECK(test::rows(*mine.database(), QStringLiteral("SELECT os_user FROM change_log WHERE "
                                                      "table_name = 'person' ORDER BY id")) ==
          QStringList{QStringLiteral("jlgc"), QStringLiteral("jlgc_colleague")});

    // To look at (JLGC_LOOK_DIR): the colleague's window just after a save
    // of mine reached it, in English, then in Japanese.
    if (const QString look = qEnvironmentVariable("JLGC_LOOK_DIR"); !look.isEmpty()) {
        theirs.resize(1280, 800);
        PersonRepository(*mine.database()).add(person("渡邊", "Watanabe"));
        CHECK(QTest::qWaitFor(
            [&] { return names(theirs).join(QLatin1Char(' ')).contains(u"Watanabe"); }, 10000));
        theirs.grab().save(look + QStringLiteral("/server-colleague-en.png"));
        language.setLanguage(Language::Japanese);
        PersonRepository(*mine.database()).add(person("髙橋", "Takahashi"));
        CHECK(QTest::qWaitFor(
            [&] { return names(theirs).join(QLatin1Char(' ')).contains(u"髙橋"); }, 10000));
        // (The list may have been read again for the new language first.)
        CHECK(QTest::qWaitFor(
            [&] { return theirs.statusBar()->currentMessage().startsWith(u"ほかの職員"); }, 10000));
        theirs.grab().save(look + QStringLiteral("/server-colleague-ja.png"));
    }
}

namespace {

QAction* menuAction(MainWindow& w, const QString& text)
{
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == text)
            return a;
    return nullptr;
}

// Answers the next modal dialog of type D with `answer` (called with it).
template <class D> class DialogAnswerer {
public:
    explicit DialogAnswerer(std::function<void(D&)> answer) : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
            if (!dialog || m_answered)
                return;
            m_answered = true;
            m_answer(*dialog);
        });
        m_timer.start();
    }
    bool answered() const { return m_answered; }

private:
    std::function<void(D&)> m_answer;
    QTimer m_timer;
    bool m_answered = false;
};

} // namespace

TEST_CASE("File → Back Up to a File… writes the office server's records into a file that opens "
          "on its own",
          "[.][server][ui]")
{
    OfficeWindow office;
    MainWindow& window = office.window;
    PersonRepository(*window.database()).add(person("𠮷野", "Yoshino"));
    PersonRepository(*window.database()).add(person("髙﨑", "Takasaki"));

    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("office-backup.sqlite"));
    QAction* backUp = menuAction(window, QStringLiteral("&Back Up to a File…"));
    REQUIRE(backUp != nullptr);
    REQUIRE(backUp->isEnabled());
    DialogAnswerer<QFileDialog> chooser([&](QFileDialog& d) {
        // As typed into the name field (selectFile() keeps the suggested name).
        auto* name = d.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        REQUIRE(name != nullptr);
        name->setText(file);
        static_cast<QDialog&>(d).accept(); // QFileDialog's own accept() is protected
    });
    backUp->trigger();
    CHECK(chooser.answered());
    CHECK(QTest::qWaitFor([&] { return QFileInfo::exists(file); }, 20000));
    CHECK(QTest::qWaitFor(
        [&] {
            return window.statusBar()->currentMessage().contains(QStringLiteral("Backed up to"));
        },
        20000));

    // The file is a JLGC Desk database of its own with both people in it.
    Database copy(file, Database::forReading());
    CHECK_FALSE(copy.onServer());
    QStringList kanji;
    for (const Person& p : PersonRepository(copy).list())
        kanji << p.name.familyKanji;
    kanji.sort();
    QStringList expected{QStringLiteral("𠮷野"), QStringLiteral("髙﨑")};
    expected.sort();
    CHECK(kanji == expected);
}

TEST_CASE("File → Move to Office Server… copies the open file onto an empty server database and "
          "opens it",
          "[.][server][ui]")
{
    const QString address = officeDatabase();
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("mine.sqlite"));
    {
        Database mine(file);
        PersonRepository(mine).add(person("山﨑", "Yamazaki"));
    }
    LanguageManager language;
    language.setLanguage(Language::English);
    MainWindow window(&language);
    window.show();
    REQUIRE(window.openDatabase(file));
    QAction* move = menuAction(window, QStringLiteral("&Move to Office Server…"));
    REQUIRE(move != nullptr);
    REQUIRE(move->isEnabled());
    DialogAnswerer<ConnectServerDialog> connect([&](ConnectServerDialog& d) {
        d.setAddress(address);
        d.accept();
    });
    test::MessageBoxAnswerer openIt(QMessageBox::Yes);
    move->trigger();
    CHECK(connect.answered());
    CHECK(QTest::qWaitFor([&] { return openIt.count() > 0; }, 30000));
    CHECK(openIt.text().contains(QStringLiteral("on the office server now")));
    // The window works on the server now, with the file's person there.
    CHECK(QTest::qWaitFor([&] { return window.database()->onServer(); }, 10000));
    // The dialog adds the encryption it was left at (?sslmode=prefer).
    const QString opened = window.database()->path();
    REQUIRE((opened == address || opened.startsWith(address + QLatin1Char('?'))));
    const QList<Person> there = PersonRepository(*window.database()).list();
    REQUIRE(there.size() == 1);
    CHECK(there.front().name.familyKanji == QStringLiteral("山﨑"));
    // The file is left as it was.
    Database mine(file, Database::forReading());
    CHECK(PersonRepository(mine).list().size() == 1);
}

TEST_CASE("The connection to the office server cut under the window: a save says so and keeps the "
          "form, the next one goes through, and the lists follow",
          "[.][server][ui]")
{
    OfficeWindow office;
    MainWindow& window = office.window;
    const QString& address = office.address;
    const Person saved = PersonRepository(*window.database()).add(person("𠮷野", "Yoshino"));
    PeoplePage* page = peoplePage(window);
    REQUIRE(page);
    window.showPage(page);
    const auto listed = [&] { return names(window).join(QLatin1Char(' ')); };
    REQUIRE(QTest::qWaitFor([&] { return listed().contains(QStringLiteral("Yoshino")); }, 10000));
    REQUIRE(page->selectRecord(saved.id));
    auto* family = qobject_cast<QLineEdit*>(page->form()->field(QStringLiteral("family")));
    REQUIRE(family);
    family->setFocus();
    family->selectAll();
    test::typeText(family, QStringLiteral("Yoshinoya"));

    // The server ends every connection the window has (a restart, a
    // network that drops): the window's own, its lists' and its watcher's.
    test::serverExec(address, QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                             "pg_stat_activity WHERE datname = "
                                             "current_database() AND pid <> pg_backend_pid()"));
    {
        test::MessageBoxAnswerer ok(QMessageBox::Ok);
        CHECK_FALSE(page->save());
        CHECK(ok.count() == 1);
        CHECK(ok.text().contains(QStringLiteral("connection to the office server was lost")));
    }
    CHECK(family->text() == QStringLiteral("Yoshinoya"));
    CHECK(page->hasUnsavedChanges());

    // Saving again connects again; the list, read on a connection of its
    // own that was cut too, shows the new name.
    REQUIRE(page->save());
    CHECK(PersonRepository(*window.database()).find(saved.id)->name.family ==
          QStringLiteral("Yoshinoya"));
    CHECK(QTest::qWaitFor([&] { return listed().contains(QStringLiteral("Yoshinoya")); }, 10000));
    CHECK(names(window).size() == 1);

    // The window listens again on its new connection: a colleague's save
    // is heard as it commits.
    window.checkForOutsideChanges(); // its watch, as every few seconds
    const int heardBefore = window.database()->notifier().announcementsHeard();
    Database colleague(address);
    PersonRepository(colleague).add(person("髙﨑", "Takasaki"));
    CHECK(QTest::qWaitFor(
        [&] { return window.database()->notifier().announcementsHeard() > heardBefore; }, 10000));
    CHECK(QTest::qWaitFor([&] { return listed().contains(QStringLiteral("Takasaki")); }, 10000));
}
