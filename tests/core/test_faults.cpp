#include "domain/person.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
Person named(const QString& family)
{
    Person p;
    p.name.family = family;
    p.name.given = QStringLiteral("Jane");
    return p;
}

bool privateToOwner(const QString& path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    return p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner) &&
           !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                  QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
}
} // namespace

TEST_CASE("The database, its WAL and shared-memory files and its backups are private",
          "[faults][privacy]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office/jlgc.sqlite"));
    Database db(path);
    PersonRepository(db).add(named(QStringLiteral("Smith")));
    for (const char* suffix : {"", "-wal", "-shm"}) {
        INFO(suffix);
        REQUIRE(QFileInfo::exists(path + QLatin1String(suffix)));
        CHECK(privateToOwner(path + QLatin1String(suffix)));
    }
    Backups backups(path);
    const Backups::Entry daily = backups.create(db, Backups::Kind::Daily);
    CHECK(privateToOwner(daily.path));
    const QFile::Permissions folder = QFileInfo(backups.folder()).permissions();
    CHECK(folder.testFlag(QFileDevice::ExeOwner));
    CHECK_FALSE(folder & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup |
                          QFileDevice::ExeOther));
    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    Backups::copyTo(db, copy);
    CHECK(privateToOwner(copy));
}

TEST_CASE("A write while another program holds the database waits, then says so and loses "
          "nothing",
          "[faults][concurrency]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.sqlite"));
    Database mine(path);
    Database other(path);
    const Person saved = PersonRepository(mine).add(named(QStringLiteral("Smith")));
    other.begin(); // holds the write lock
    QElapsedTimer timer;
    timer.start();
    CHECK(
        test::refusal(StorageError::Kind::Locked, "wrote while another program held the lock", [&] {
            PersonRepository(mine).add(named(QStringLiteral("Jones")));
        }).contains(QStringLiteral("in use by another program")));
    CHECK(timer.elapsed() >= 4000); // it waited before giving up
    other.rollback();
    // Once free, the same write goes through, and nothing was lost.
    PersonRepository(mine).add(named(QStringLiteral("Jones")));
    CHECK(PersonRepository(other).list().size() == 2);
    CHECK(PersonRepository(other).find(saved.id));
}

TEST_CASE("A full disk gives a clear message and keeps what was saved", "[faults]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("full.sqlite"));
    Database db(path);
    PersonRepository people(db);
    const Person saved = people.add(named(QStringLiteral("Smith")));
    // The file may not grow by a single page: as if the disk were full.
    const qint64 pages =
        Query(db, QStringLiteral("PRAGMA page_count")).exec().scalar().toLongLong();
    Query(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).exec().finish();
    Person big = named(QStringLiteral("Jones"));
    big.notes = QString(200000, QLatin1Char('x'));
    CHECK(test::refusal(StorageError::Kind::DiskFull, "wrote beyond a full disk", [&] {
              people.add(big);
          }).contains(QStringLiteral("disk is full")));
    CHECK(people.list().size() == 1);
    CHECK(people.find(saved.id)->name.family == QStringLiteral("Smith"));
    CHECK(db.integrityProblems().isEmpty());
}

TEST_CASE("A database that cannot be written to says so and changes nothing", "[faults]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("readonly.sqlite"));
    PersonId id = 0;
    {
        Database db(path);
        id = PersonRepository(db).add(named(QStringLiteral("Smith"))).id;
    }
    Database::Options options;
    options.readOnly = true;
    Database db(path, options);
    CHECK(test::refusal(StorageError::Kind::ReadOnly, "wrote to a read-only database", [&] {
              PersonRepository(db).add(named(QStringLiteral("Jones")));
          }).contains(QStringLiteral("cannot be written to")));
    CHECK(PersonRepository(db).list().size() == 1);
    CHECK(PersonRepository(db).find(id));
}

TEST_CASE("Every backup in the folder restores to the records it held", "[faults][backups]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    QList<int> counts;
    {
        Database db(path);
        PersonRepository people(db);
        Backups backups(path);
        QDateTime when = QDateTime::currentDateTime().addDays(-5);
        for (int i = 0; i < 4; ++i) {
            people.add(named(QStringLiteral("Person %1").arg(i)));
            backups.create(db, Backups::Kind::Daily, when.addDays(i));
            counts.prepend(i + 1); // the list is newest first
        }
    }
    Backups backups(path);
    const QList<Backups::Entry> list = backups.list();
    REQUIRE(list.size() == 4);
    for (int i = 0; i < list.size(); ++i) {
        INFO(list.at(i).path.toStdString());
        backups.restore(list.at(i).path);
        Database db(path);
        CHECK(PersonRepository(db).list().size() == counts.at(i));
        CHECK(db.integrityProblems().isEmpty());
    }
}
