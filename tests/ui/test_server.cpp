// The window on an office server (issue 17): File → Connect to Office
// Server…, and two windows of two colleagues, each with a login of their
// own, on one database there. The server's tests are hidden ([.]) from the
// SQLite run and selected by the server's ([server]).
#include "common/page.h"
#include "common/uilanguage.h"
#include "mainwindow.h"
#include "people/peoplepage.h"
#include "server/connectserverdialog.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/server/serveraddress.h"
#include "support/testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

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
    REQUIRE_FALSE(test::serverForTests().isEmpty());
    qputenv("JLGC_NO_KEYCHAIN", "1");
    const QString address = test::emptyServerDatabase();
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
    CHECK(QTest::qWaitFor(
        [&] {
            theirs.checkForOutsideChanges();
            return names(theirs).join(QLatin1Char(' ')).contains(QStringLiteral("Yoshino"));
        },
        10000));
    PersonRepository(*theirs.database()).add(person("山﨑", "Yamazaki"));
    CHECK(QTest::qWaitFor(
        [&] {
            mine.checkForOutsideChanges();
            return names(mine).join(QLatin1Char(' ')).contains(QStringLiteral("Yamazaki"));
        },
        10000));
    // Both saves are in the office's history.
    CHECK(Query(*mine.database(), QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                 "table_name = 'person'"))
              .exec()
              .scalar()
              .toInt() == 2);
}
