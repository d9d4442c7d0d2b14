// jlgc-desk copy-database FROM TO (issue 17): an office's file into a new
// file or onto its server, each program a process of its own.
#include "apprunner.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace jlgc;
using jlgc::test::runApp;
using Result = jlgc::test::AppResult;

namespace {

QString officeFile(const test::TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("office.jlgc"));
    Database db(path);
    Person p;
    p.name.familyKanji = QStringLiteral("𠮷野");
    p.name.family = QStringLiteral("Yoshino");
    PersonRepository(db).add(p);
    p.name.familyKanji = QStringLiteral("山﨑");
    p.name.family = QStringLiteral("Yamazaki");
    PersonRepository(db).add(p);
    return path;
}

int people(const QString& database)
{
    const Result r = runApp(
        {QStringLiteral("--database"), database, QStringLiteral("info"), QStringLiteral("--json")});
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("people")).toInt();
}

} // namespace

TEST_CASE("copy-database copies a file into a new file and refuses one that holds records",
          "[cli][databasecopy]")
{
    test::TempDir dir;
    const QString from = officeFile(dir);
    const QString to = dir.path(QStringLiteral("copy.jlgc"));
    const Result r = runApp({QStringLiteral("copy-database"), from, to});
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Every table of the copy holds as many rows")));
    CHECK(people(to) == 2);
    const Result search =
        runApp({QStringLiteral("--database"), to, QStringLiteral("search"), QStringLiteral("﨑")});
    CHECK(search.out.contains(QStringLiteral("Yamazaki")));

    // Again into the copy: refused, the copy unchanged.
    const Result again = runApp({QStringLiteral("copy-database"), from, to});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds records")));
    CHECK(people(to) == 2);

    // A source that does not exist is not made, and nothing is made at TO.
    const QString missing = dir.path(QStringLiteral("missing.jlgc"));
    const QString target = dir.path(QStringLiteral("never.jlgc"));
    const Result none = runApp({QStringLiteral("copy-database"), missing, target});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(runApp({QStringLiteral("copy-database"), from, from}).exitCode == 2);
    CHECK(runApp({QStringLiteral("copy-database"), from}).exitCode == 2);
}

TEST_CASE("copy-database moves an office's file onto its server and back", "[.][server][cli]")
{
    test::TempDir dir;
    const QString from = officeFile(dir);
    const QString server = test::emptyServerDatabase();
    const Result up = runApp({QStringLiteral("copy-database"), from, server});
    INFO(up.out.toStdString() + up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(people(server) == 2);
    const Result search = runApp(
        {QStringLiteral("--database"), server, QStringLiteral("search"), QStringLiteral("𠮷")});
    CHECK(search.out.contains(QStringLiteral("Yoshino")));
    // Not twice onto the same server.
    CHECK(runApp({QStringLiteral("copy-database"), from, server}).exitCode == 1);

    const QString back = dir.path(QStringLiteral("back.jlgc"));
    const Result down = runApp({QStringLiteral("copy-database"), server, back});
    INFO(down.out.toStdString() + down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    CHECK(people(back) == 2);
}

TEST_CASE(
    "backup on a server writes a file that opens on its own — check finds what is out of step",
    "[.][server][cli]")
{
    test::TempDir dir;
    const QString server = test::emptyServerDatabase();
    REQUIRE(runApp({QStringLiteral("copy-database"), officeFile(dir), server}).exitCode == 0);
    const Result check = runApp({QStringLiteral("--database"), server, QStringLiteral("check")});
    INFO(check.out.toStdString() + check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("no problems found")));

    const QString file = dir.path(QStringLiteral("office-backup.jlgc"));
    const Result backup =
        runApp({QStringLiteral("--database"), server, QStringLiteral("backup"), file});
    INFO(backup.out.toStdString() + backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    CHECK(people(file) == 2);
    const Result search = runApp(
        {QStringLiteral("--database"), file, QStringLiteral("search"), QStringLiteral("𠮷")});
    CHECK(search.out.contains(QStringLiteral("Yoshino")));
    // Never over an existing file.
    CHECK(runApp({QStringLiteral("--database"), server, QStringLiteral("backup"), file}).exitCode !=
          0);

    // A kept count out of step with its table is found, and then no backup is made.
    test::serverExec(
        server, QStringLiteral("UPDATE record_count SET n = n + 5 WHERE table_name = 'person'"));
    const Result damaged = runApp({QStringLiteral("--database"), server, QStringLiteral("check")});
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.contains(QStringLiteral("kept count of person")));
    CHECK(runApp({QStringLiteral("--database"), server, QStringLiteral("backup"),
                  dir.path(QStringLiteral("second.jlgc"))})
              .exitCode == 1);
}
