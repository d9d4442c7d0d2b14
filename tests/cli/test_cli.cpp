#include "apprunner.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace jlgc;
using jlgc::test::runApp;
using Result = jlgc::test::AppResult;

TEST_CASE("info --json prints the schema version and the record counts", "[cli]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("cli.sqlite"));
    const Result r = runApp(
        {QStringLiteral("--database"), path, QStringLiteral("info"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("schema_version")).toInt() == Database::latestVersion());
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("municipalities")).toInt() == 1741);
    CHECK(counts.value(QStringLiteral("prefectures")).toInt() == 47);
    CHECK(counts.value(QStringLiteral("organizations")).toInt() == 11);
    CHECK(counts.value(QStringLiteral("people")).toInt() == 0);
}

TEST_CASE("info in plain text names each kind", "[cli]")
{
    test::TempDir dir;
    const Result r = runApp({QStringLiteral("--database"), dir.path(QStringLiteral("t.sqlite")),
                             QStringLiteral("info")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Municipalities:")));
    CHECK(r.out.contains(QStringLiteral("1741")));
}

TEST_CASE("A file that is not a database is an error on stderr and is left alone", "[cli]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("text.sqlite"));
    test::writeFile(path, "name,notes\nYamada,hello\n");
    const Result r = runApp({QStringLiteral("--database"), path, QStringLiteral("info")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("not a JLGC Desk database")));
    CHECK(r.out.isEmpty());
    CHECK(test::readFile(path) == QByteArray("name,notes\nYamada,hello\n"));
}

TEST_CASE("An unknown command or option is a usage error", "[cli]")
{
    const Result unknown = runApp({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command")));
    const Result badOption = runApp({QStringLiteral("info"), QStringLiteral("--nope")});
    CHECK(badOption.exitCode == 2);
    const Result version = runApp({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("0.1.0")));
}

TEST_CASE("backup, check and restore work from the command line", "[cli][backups]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("office.sqlite"));
    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    REQUIRE(runApp({QStringLiteral("--database"), db, QStringLiteral("info")}).exitCode == 0);

    const Result backup =
        runApp({QStringLiteral("--database"), db, QStringLiteral("backup"), copy});
    INFO(backup.err.toStdString());
    CHECK(backup.exitCode == 0);
    CHECK(QFileInfo::exists(copy));

    const Result check = runApp({QStringLiteral("--database"), copy, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("no problems")));

    const Result restore =
        runApp({QStringLiteral("--database"), db, QStringLiteral("restore"), copy});
    INFO(restore.err.toStdString());
    CHECK(restore.exitCode == 0);
    CHECK(QDir(dir.path(QStringLiteral("backups"))).entryList(QDir::Files).size() == 1);

    // A damaged file fails the check with a non-zero exit.
    QByteArray bytes = test::readFile(copy);
    bytes.truncate(bytes.size() / 2);
    test::writeFile(copy, bytes);
    const Result damaged = runApp({QStringLiteral("--database"), copy, QStringLiteral("check")});
    CHECK(damaged.exitCode != 0);
    CHECK_FALSE(damaged.err.isEmpty());
}

TEST_CASE("search prints the same results headless", "[cli][search]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("office.sqlite"));
    const Result r = runApp({QStringLiteral("--database"), db, QStringLiteral("search"),
                             QStringLiteral("北茨"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    bool found = false;
    for (const QJsonValue& v : root.value(QStringLiteral("results")).toArray())
        found = found ||
                v.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("082155");
    CHECK(found);
    const Result usage = runApp({QStringLiteral("--database"), db, QStringLiteral("search")});
    CHECK(usage.exitCode == 2);
}
