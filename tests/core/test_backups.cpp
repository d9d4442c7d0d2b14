#include "storage/backups.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
QStringList families(const QString& path)
{
    Database db(path);
    QStringList out;
    for (const Person& p : PersonRepository(db).list())
        out << p.name.family;
    return out;
}
} // namespace

TEST_CASE("A backup is a database of its own with the same records", "[backups]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    Database db(path);
    test::addPerson(db, QStringLiteral("Tremblay"));
    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    Backups::copyTo(db, copy);
    CHECK(families(copy) == QStringList{QStringLiteral("Tremblay")});
    CHECK_FALSE(QFileInfo(copy).permissions().testFlag(QFileDevice::ReadOther));
    // Never over an existing file.
    CHECK_THROWS_AS(Backups::copyTo(db, copy), StorageError);
}

TEST_CASE("The first start of a day makes one daily backup", "[backups]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    Database db(path);
    Backups backups(path);
    const QDateTime monday(QDate(2026, 11, 23), QTime(8, 30));
    CHECK(backups.makeDailyIfDue(db, monday));
    CHECK_FALSE(backups.makeDailyIfDue(db, monday.addSecs(3600)));
    CHECK(backups.makeDailyIfDue(db, monday.addDays(1)));
    const auto list = backups.list();
    REQUIRE(list.size() == 2);
    CHECK(list.front().created.date() == QDate(2026, 11, 24)); // newest first
    CHECK(list.front().kind == Backups::Kind::Daily);
    CHECK(QFileInfo(backups.folder()).absolutePath() == QFileInfo(path).absolutePath());
}

TEST_CASE("Rotation keeps 7 daily, 4 weekly and 12 monthly backups, and every manual one",
          "[backups]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    Database db(path);
    Backups backups(path);
    const QDate today(2026, 11, 28);
    for (int i = 0; i < 400; i += 1)
        backups.create(db, Backups::Kind::Daily, QDateTime(today.addDays(-i), QTime(9, 0)));
    backups.create(db, Backups::Kind::Manual, QDateTime(today.addDays(-500), QTime(9, 0)));
    backups.rotate();
    const auto kept = backups.list();
    QSet<QDate> days;
    for (const auto& e : kept)
        days.insert(e.created.date());
    for (int i = 0; i < 7; ++i)
        CHECK(days.contains(today.addDays(-i)));
    CHECK(days.contains(today.addDays(-500))); // the manual one
    CHECK(kept.size() <= 7 + 4 + 12 + 1);
    CHECK(kept.size() >= 12);
    // A month about a year back is still there.
    bool decemberLastYear = false;
    for (const auto& e : kept)
        decemberLastYear =
            decemberLastYear || (e.created.date().year() == 2025 && e.created.date().month() == 12);
    CHECK(decemberLastYear);
}

TEST_CASE("Restoring a backup brings its records back and keeps the current file",
          "[backups][restore]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    Backups backups(path);
    QString backupFile;
    {
        Database db(path);
        test::addPerson(db, QStringLiteral("Before"));
        backupFile = backups.create(db, Backups::Kind::Manual).path;
        test::addPerson(db, QStringLiteral("After"));
    }
    backups.restore(backupFile);
    CHECK(families(path) == QStringList{QStringLiteral("Before")});
    bool keptCurrent = false;
    for (const auto& e : backups.list())
        if (e.kind == Backups::Kind::PreRestore) {
            keptCurrent = true;
            CHECK(families(e.path).contains(QStringLiteral("After")));
        }
    CHECK(keptCurrent);
}

TEST_CASE("A backup that is not sound is not restored and changes nothing",
          "[backups][restore][faults]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    {
        Database db(path);
        test::addPerson(db, QStringLiteral("Kept"));
    }
    const QString bad = dir.path(QStringLiteral("bad.sqlite"));
    test::writeFile(bad, QByteArray(4096, '\x07'));
    CHECK_THROWS_AS(Backups(path).restore(bad), StorageError);
    CHECK(families(path) == QStringList{QStringLiteral("Kept")});
}

TEST_CASE("A file of an older version is backed up before it is upgraded", "[backups][migration]")
{
    if (Database::latestVersion() < 2)
        return; // one schema version so far: nothing to upgrade from
    // The version before the latest (numbers may skip).
    const int previous = migrations()[migrations().size() - 2].version;
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    {
        Database::Options opts;
        opts.targetVersion = previous;
        Database old(path, opts);
        test::addPerson(old, QStringLiteral("Old"));
    }
    {
        Database upgraded(path);
    }
    const auto list = Backups(path).list();
    REQUIRE(list.size() == 1);
    CHECK(list.front().kind == Backups::Kind::PreMigration);
    Database::Options ro;
    ro.readOnly = true;
    CHECK(Database(list.front().path, ro).schemaVersion() == previous);
}
