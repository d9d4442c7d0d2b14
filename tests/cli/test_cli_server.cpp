// The command line on an office's PostgreSQL server (issue 17): programs
// that share one database there, each a process of its own. Hidden from the
// SQLite run; the server's run selects them by [server].
#include "apprunner.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/recordkinds.h"
#include "support/testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QThread>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace jlgc;
using jlgc::test::runApp;
using Result = jlgc::test::AppResult;

TEST_CASE("info --json on a server names the engine and the counts", "[.][server][cli]")
{
    REQUIRE_FALSE(test::serverForTests().isEmpty());
    const QString address = test::emptyServerDatabase();
    const Result r = runApp(
        {QStringLiteral("--database"), address, QStringLiteral("info"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("engine")).toString() == QStringLiteral("postgresql"));
    CHECK(root.value(QStringLiteral("database")).toString() == address);
    CHECK(root.value(QStringLiteral("schema_version")).toInt() == Database::latestVersion());
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("prefectures")).toInt() == 47);
    CHECK(counts.value(QStringLiteral("people")).toInt() == 0);
}

TEST_CASE("An import by one program on the server is seen by another and by a connection "
          "left open",
          "[.][server][cli]")
{
    const QString address = test::emptyServerDatabase();
    Database window(address); // a window's connection, open throughout
    ChangeNotifier& notifier = window.notifier();
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);

    test::TempDir dir;
    const QString csv = dir.path(QStringLiteral("people.csv"));
    test::writeFile(csv, QStringLiteral("姓（漢字）,名（漢字）,姓（ローマ字）,名（ローマ字）\r\n"
                                        "𠮷野,太郎,Yoshino,Taro\r\n"
                                        "髙橋,一郎,Takahashi,Ichiro\r\n"
                                        "山﨑,花子,Yamazaki,Hanako\r\n")
                             .toUtf8());
    const Result import = runApp({QStringLiteral("--database"), address, QStringLiteral("import"),
                                  QStringLiteral("people"), csv});
    INFO(import.out.toStdString() + import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    CHECK(import.out.contains(QStringLiteral("3 added")));

    // Another program reads them, found by one kanji.
    const Result search =
        runApp({QStringLiteral("--database"), address, QStringLiteral("search"),
                QStringLiteral("﨑"), QStringLiteral("--lang"), QStringLiteral("ja")});
    INFO(search.err.toStdString());
    CHECK(search.out.contains(QStringLiteral("山﨑")));

    // The open connection learns of it at its next look, as from elsewhere.
    notifier.poll();
    REQUIRE(changed.wait(2000));
    const ChangeSet changes = changed.takeFirst().at(0).value<ChangeSet>();
    CHECK(changes.fromElsewhere);
    CHECK(RecordKinds::count(window, *RecordKinds::find(QStringLiteral("people"))) == 3);
}

TEST_CASE("A connection that listens hears another program's import as it commits, and the "
          "history names that program's login",
          "[.][server][cli]")
{
    const QString address = test::emptyServerDatabase();
    Database window(address);
    ChangeNotifier& notifier = window.notifier();
    notifier.listen();
    REQUIRE(notifier.isListening());
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);

    test::TempDir dir;
    const QString csv = dir.path(QStringLiteral("people.csv"));
    test::writeFile(csv, QStringLiteral("姓（漢字）,名（漢字）,姓（ローマ字）,名（ローマ字）\r\n"
                                        "𠮷野,太郎,Yoshino,Taro\r\n"
                                        "髙﨑,一郎,Takasaki,Ichiro\r\n")
                             .toUtf8());
    // The program runs as a computer's user other than the login.
    const Result import =
        runApp({QStringLiteral("--database"), address, QStringLiteral("import"),
                QStringLiteral("people"), csv},
               {QStringLiteral("USER=somebody-else"), QStringLiteral("LOGNAME=somebody-else")});
    INFO(import.out.toStdString() + import.err.toStdString());
    REQUIRE(import.exitCode == 0);

    // Nothing polls here: what arrives was announced by the server.
    REQUIRE(changed.wait(5000));
    CHECK(notifier.announcementsHeard() >= 1);
    const ChangeSet changes = changed.takeFirst().at(0).value<ChangeSet>();
    CHECK(changes.fromElsewhere);
    const QList<qint64> people = changes.ids.value(QStringLiteral("people")).values();
    CHECK(people.size() == 2);

    // The history names the login the program connected with, not the
    // computer's user it runs as.
    CHECK(test::rows(window, QStringLiteral("SELECT DISTINCT os_user FROM change_log WHERE "
                                            "table_name = 'person'")) ==
          QStringList{QUrl(address).userName()});
}

TEST_CASE("The connection cut in the middle of an import on the server: a clear message, "
          "nothing written",
          "[.][server][cli]")
{
    const QString address = test::emptyServerDatabase();
    Database watcher(address); // makes the schema; watches the import's connection
    test::TempDir dir;
    const QString csv = dir.path(QStringLiteral("people.csv"));
    QByteArray rows = "姓（漢字）,名（漢字）,姓（ローマ字）,名（ローマ字）\r\n";
    for (int i = 0; i < 20000; ++i)
        rows += QStringLiteral("𠮷野,太郎%1,Yoshino,Taro%1\r\n").arg(i).toUtf8();
    test::writeFile(csv, rows);
    // Its first row of people waits behind a lock held here (taken before it
    // starts), so the import is caught in the middle of its writing, whatever
    // the machine's speed; then its connection is cut, as a server stopping or
    // a network failing would.
    std::unique_ptr<QProcess> import;
    Database locker(address);
    const int lockerPid =
        Query(locker, QStringLiteral("SELECT pg_backend_pid()")).exec().scalar().toInt();
    locker.transaction([&] {
        Query(locker, QStringLiteral("LOCK TABLE person IN SHARE MODE")).exec();
        import = test::startApp({QStringLiteral("--database"), address, QStringLiteral("import"),
                                 QStringLiteral("people"), csv, QStringLiteral("--duplicates"),
                                 QStringLiteral("add")});
        auto waiting = [&] {
            return Query(watcher,
                         QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND "
                                        "relation = 'person'::regclass AND database = (SELECT "
                                        "oid FROM pg_database WHERE datname = current_database())"))
                       .exec()
                       .scalar()
                       .toInt() > 0;
        };
        bool caught = false;
        for (int i = 0; i < 6000 && !caught && import->state() != QProcess::NotRunning; ++i) {
            caught = waiting();
            if (!caught)
                QThread::msleep(10);
        }
        REQUIRE(caught);
        Query(watcher, QStringLiteral(
                           "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                           "datname = current_database() AND pid <> pg_backend_pid() AND pid <> %1")
                           .arg(lockerPid))
            .exec();
    });
    REQUIRE(import->waitForFinished(120000));
    const QString err = QString::fromUtf8(import->readAllStandardError());
    INFO(err.toStdString());
    CHECK(import->exitStatus() == QProcess::NormalExit);
    CHECK(import->exitCode() == 1);
    CHECK(err.contains(QStringLiteral("connection"), Qt::CaseInsensitive));
    // Not one of its people was kept.
    CHECK(Query(watcher, QStringLiteral("SELECT count(*) FROM person")).exec().scalar().toInt() ==
          0);
    CHECK(RecordKinds::count(watcher, *RecordKinds::find(QStringLiteral("people"))) == 0);
}

TEST_CASE("users add, list, set-role and disable manage the office's logins — a staff login's "
          "export of personal data is refused, a disabled one cannot connect",
          "[.][server][cli][roles]")
{
    const QString address = test::emptyServerDatabase();
    {
        Database made(address);
    } // the office's database, made by its administrator
    const QString login = QStringLiteral("cli%1").arg(QDateTime::currentMSecsSinceEpoch());
    auto users = [&](const QStringList& words, const QStringList& environment = {}) {
        return runApp(QStringList{QStringLiteral("--database"), address, QStringLiteral("users")} +
                          words,
                      environment);
    };
    const Result added =
        users({QStringLiteral("add"), login, QStringLiteral("--role"), QStringLiteral("staff")});
    INFO(added.out.toStdString() + added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QRegularExpressionMatch password =
        QRegularExpression(QStringLiteral("password[^:]*: (\\S+)")).match(added.out);
    REQUIRE(password.hasMatch());
    const QString theirPassword = QStringLiteral("PGPASSWORD=") + password.captured(1);
    const QString theirAddress = test::addressAs(address, login);

    const Result listed = users({QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK(QRegularExpression(QStringLiteral("%1\\s+Staff \\(staff\\)\\s+can sign in").arg(login))
              .match(listed.out)
              .hasMatch());

    // As that login: its role says what it may do.
    const Result info = runApp({QStringLiteral("--database"), theirAddress, QStringLiteral("info")},
                               {theirPassword});
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    test::TempDir dir;
    const Result personal =
        runApp({QStringLiteral("--database"), theirAddress, QStringLiteral("export"),
                QStringLiteral("fellows"), dir.path(QStringLiteral("f.csv")),
                QStringLiteral("--include-personal-data")},
               {theirPassword});
    CHECK(personal.exitCode == 1);
    CHECK(personal.err.contains(QStringLiteral("personal data of fellows")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("f.csv"))));
    // Nor may it manage logins.
    const Result promoted = runApp(
        {QStringLiteral("--database"), theirAddress, QStringLiteral("users"), QStringLiteral("add"),
         login + QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("administrator")},
        {theirPassword});
    CHECK(promoted.exitCode == 1);
    CHECK(promoted.err.contains(QStringLiteral("Only an administrator")));

    const Result changed = users({QStringLiteral("set-role"), login, QStringLiteral("fellowship")});
    CHECK(changed.exitCode == 0);
    const Result now = runApp({QStringLiteral("--database"), theirAddress, QStringLiteral("export"),
                               QStringLiteral("fellows"), dir.path(QStringLiteral("f.csv")),
                               QStringLiteral("--include-personal-data")},
                              {theirPassword});
    CHECK(now.exitCode == 0);

    // In Japanese, as an office in Japan writes it.
    const Result disabled = users({QStringLiteral("disable"), login});
    CHECK(disabled.exitCode == 0);
    const Result refused = runApp(
        {QStringLiteral("--database"), theirAddress, QStringLiteral("info")}, {theirPassword});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("refused the login")));
    const Result jaList = users({QStringLiteral("list")}, {QStringLiteral("LANG=ja_JP.UTF-8"),
                                                           QStringLiteral("LC_ALL=ja_JP.UTF-8")});
    CHECK(QRegularExpression(QStringLiteral("%1\\s+\\S+\\s+\\(fellowship\\)\\s+無効").arg(login))
              .match(jaList.out)
              .hasMatch());
    const Result unknown = users({QStringLiteral("set-role"), login, QStringLiteral("boss")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown role: boss")));
    test::serverExec(address, QStringLiteral("DROP ROLE \"%1\"").arg(login));
}
