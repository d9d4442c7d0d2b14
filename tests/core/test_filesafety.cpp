// Data safety, round two, in one process: what is a JLGC Desk file, locks
// kept while the process opens the file again, transactions SQLite ended,
// restore's checks, the full integrity check, leftovers of killed backups.
#include "domain/person.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace jlgc;

namespace {

int people(Database& db)
{
    return Query(db, QStringLiteral("SELECT count(*) FROM person")).exec().scalar().toInt();
}

sqlite3* handleOf(Database& db)
{
    const QVariant h = db.connection().driver()->handle();
    REQUIRE(qstrcmp(h.typeName(), "sqlite3*") == 0);
    return *static_cast<sqlite3* const*>(h.constData());
}

// A file made by this version, in the folder.
QString newDatabase(const test::TempDir& dir, const QString& name = QStringLiteral("office.sqlite"))
{
    const QString path = dir.path(name);
    Database db(path);
    test::addPerson(db, QStringLiteral("Tremblay"));
    return path;
}

} // namespace

TEST_CASE("Opening the file a second time in the process keeps the first connection's locks",
          "[storage][safety]")
{
    // The window's start-up opens the file again (the daily backup, the
    // background check) and closes it: on POSIX, a descriptor of the file
    // closed outside SQLite drops every lock the process holds on it, and
    // another program closing last then deletes the WAL still in use.
    test::TempDir dir;
    const QString path = newDatabase(dir);
    Database window(path);
    test::addPerson(window, QStringLiteral("Sato"));
    const qint64 me = QCoreApplication::applicationPid();
    REQUIRE(test::lockHolders(path).contains(me));
    {
        Database::Options options;
        options.readOnly = true;
        options.integrityCheck = false;
        Database second(path, options); // as the daily backup opens it
        Database third(path);           // as a command in the same process
        CHECK(third.integrityProblems(true).isEmpty());
    }
    CHECK(test::lockHolders(path).contains(me));
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("Another program's SQLite database is refused and left byte for byte",
          "[storage][safety]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.sqlite"));
    test::sqliteCreate(path, "CREATE TABLE notes(id, body); INSERT INTO notes VALUES (1, 'x')");
    const QByteArray before = test::readFile(path);
    for (const Database::Options& options :
         {Database::Options{}, Database::forReading(), Database::forWriting()}) {
        CHECK(test::refusal(StorageError::Kind::NotADatabase,
                            "another program's database was opened",
                            [&] { Database db(path, options); })
                  .contains(QStringLiteral("not a JLGC Desk database")));
    }
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    // With another application's id, even with our tables.
    const QString other = dir.path(QStringLiteral("other.sqlite"));
    {
        Database db(other);
    }
    test::sqliteExec(other, "PRAGMA application_id = 1234");
    const QByteArray otherBefore = test::readFile(other);
    CHECK_THROWS_AS(Database(other), StorageError);
    CHECK(test::readFile(other) == otherBefore);
}

TEST_CASE("A new file is marked as a JLGC Desk file — one made before is marked at its first write",
          "[storage][safety]")
{
    test::TempDir dir;
    const QString path = newDatabase(dir);
    CHECK(test::sqliteScalar(path, "PRAGMA application_id") == Database::applicationId());

    // A file of an earlier version of the application (no id): recognised
    // by its schema; reading it writes nothing, writing marks it.
    test::sqliteExec(path, "PRAGMA application_id = 0");
    {
        Database db(path, Database::forReading());
        CHECK(people(db) == 1);
    }
    CHECK(test::sqliteScalar(path, "PRAGMA application_id") == 0);
    {
        Database db(path);
        test::addPerson(db, QStringLiteral("Sato"));
    }
    CHECK(test::sqliteScalar(path, "PRAGMA application_id") == Database::applicationId());

    // An empty file (0 bytes) is a new database.
    const QString empty = dir.path(QStringLiteral("empty.sqlite"));
    test::writeFile(empty, {});
    {
        Database db(empty);
        CHECK(db.schemaVersion() == Database::latestVersion());
    }
    CHECK(test::sqliteScalar(empty, "PRAGMA application_id") == Database::applicationId());
}

TEST_CASE("After SQLite ends a transaction on an error, nothing more of it is written",
          "[storage][safety]")
{
    // A full disk or an I/O error makes SQLite roll the whole transaction
    // back; the savepoints and statements after it must not then each commit
    // on their own (an import said "nothing was imported" and left 33 rows).
    test::TempDir dir;
    const QString path = newDatabase(dir);
    Database db(path);
    const int before = people(db);
    CHECK_THROWS_AS(db.transaction([&] {
        test::addPerson(db, QStringLiteral("First"));
        // What SQLite does after SQLITE_FULL: the transaction is gone.
        sqlite3_exec(handleOf(db), "ROLLBACK", nullptr, nullptr, nullptr);
        for (int i = 0; i < 5; ++i) {
            try {
                db.transaction([&] { test::addPerson(db, QStringLiteral("Row")); });
            } catch (const StorageError&) {
                // an import notes the row and goes on
            }
        }
    }),
                    StorageError);
    CHECK(people(db) == before);
    // The connection works normally afterwards.
    test::addPerson(db, QStringLiteral("After"));
    CHECK(people(db) == before + 1);
}

TEST_CASE("A full database during an import writes no row", "[storage][safety][csv]")
{
    test::TempDir dir;
    const QString path = newDatabase(dir);
    Database db(path);
    const int before = people(db);
    // No more pages than the file has now, and a few: SQLITE_FULL part way.
    const qint64 pages =
        Query(db, QStringLiteral("PRAGMA page_count")).exec().scalar().toLongLong();
    Query(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)).exec();
    bool full = false;
    try {
        db.transaction([&] {
            for (int i = 0; i < 5000; ++i) {
                try {
                    db.transaction([&] {
                        Person p;
                        p.name.family = QStringLiteral("Import%1").arg(i);
                        p.notes = QString(400, QLatin1Char('x'));
                        PersonRepository(db).add(p);
                    });
                } catch (const StorageError& e) {
                    full = full || e.kind() == StorageError::Kind::DiskFull;
                    if (e.kind() != StorageError::Kind::DiskFull)
                        throw;
                }
            }
            throw StorageError(StorageError::Kind::Validation, QStringLiteral("rows rejected"));
        });
    } catch (const StorageError&) {
    }
    CHECK(full);
    CHECK(people(db) == before);
}

TEST_CASE("Restore refuses a foreign, an empty or a damaged backup and changes nothing",
          "[backups][safety]")
{
    test::TempDir dir;
    const QString path = newDatabase(dir);
    const QByteArray bytes = test::readFile(path);
    Backups backups(path);

    const QString foreign = dir.path(QStringLiteral("notes.sqlite"));
    test::sqliteCreate(foreign, "CREATE TABLE notes(id, body)");
    const QString empty = dir.path(QStringLiteral("empty.sqlite"));
    test::writeFile(empty, {});
    const QString emptyDb = dir.path(QStringLiteral("emptydb.sqlite"));
    test::sqliteCreate(emptyDb, "VACUUM");
    const QString damaged = dir.path(QStringLiteral("damaged.sqlite"));
    {
        Database db(damaged);
    }
    test::damageIndex(damaged);
    {
        // quick_check passes: only the full check sees it.
        Database::Options options;
        options.readOnly = true;
        Database db(damaged, options);
        CHECK(db.integrityProblems(true).isEmpty());
        CHECK_FALSE(db.integrityProblems(false).isEmpty());
    }

    for (const QString& file : {foreign, empty, emptyDb, damaged}) {
        INFO(file.toStdString());
        try {
            backups.restore(file);
            FAIL("restored");
        } catch (const StorageError& e) {
            CHECK_FALSE(e.message().isEmpty());
            CHECK(e.message().contains(QDir::toNativeSeparators(file)));
        }
        CHECK(test::readFile(path) == bytes);
    }
    CHECK(backups.list().isEmpty()); // nothing kept: nothing was about to change
}

TEST_CASE("Restore writes the backup into the file others have open", "[backups][safety]")
{
    test::TempDir dir;
    const QString path = newDatabase(dir);
    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    {
        Database db(path);
        Backups::copyTo(db, copy);
    }
    Database other(path); // another window, open all along
    test::addPerson(other, QStringLiteral("Later"));
    REQUIRE(people(other) == 2);
    Backups(path).restore(copy);
    CHECK(people(other) == 1); // it reads the restored records
    test::addPerson(other, QStringLiteral("After the restore"));
    CHECK(people(other) == 2);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal"))); // its WAL was never deleted
    const auto kept = Backups(path).list();
    REQUIRE(kept.size() == 1);
    CHECK(kept.front().kind == Backups::Kind::PreRestore);
    {
        Database before(kept.front().path);
        CHECK(people(before) == 2); // "Later" is kept
    }
    CHECK(other.integrityProblems(false).isEmpty());
}

TEST_CASE("Damage only the full check finds stops writes and is never backed up",
          "[storage][safety][backups]")
{
    test::TempDir dir;
    const QString path = newDatabase(dir);
    test::damageIndex(path);
    Database::Options options;
    options.deferIntegrityCheck = true;
    Database db(path, options);
    while (!db.integrityCheckDone())
        QThread::msleep(10);
    db.requireIntact(); // the quick check passes
    db.startFullCheck();
    while (!db.fullCheckDone())
        QThread::msleep(10);
    CHECK_THROWS_AS(db.requireIntact(), StorageError);
    CHECK_FALSE(db.verified());
    CHECK_THROWS_AS(test::addPerson(db, QStringLiteral("Never")), StorageError);
    CHECK_THROWS_AS(Backups(path).makeDailyIfDue(db), StorageError);
    CHECK(Backups(path).list().isEmpty());

    // A sound file passes it and is marked verified.
    const QString sound = newDatabase(dir, QStringLiteral("sound.sqlite"));
    Database good(sound, options);
    good.startFullCheck();
    while (!good.fullCheckDone())
        QThread::msleep(10);
    good.requireIntact();
    CHECK(good.verified());
    CHECK(Backups(sound).makeDailyIfDue(good));
}

TEST_CASE("Backups left half-written by killed programs are removed — others' are not",
          "[backups][safety]")
{
    test::TempDir dir;
    const QString path = newDatabase(dir);
    Backups backups(path);
    QDir().mkpath(backups.folder());
    // A process number that is not running (above the kernel's limit).
    const QString dead =
        QDir(backups.folder())
            .filePath(QStringLiteral("office-20261205-101010-before-import.sqlite.4194399.part"));
    test::writeFile(dead, QByteArray(1000, 'x'));
    test::writeFile(dead + QStringLiteral("-journal"), "j");
    const QString alive =
        QDir(backups.folder())
            .filePath(QStringLiteral("office-20261205-101011-daily.sqlite.%1.part")
                          .arg(QCoreApplication::applicationPid()));
    test::writeFile(alive, "being written");
    Database db(path);
    backups.create(db, Backups::Kind::Manual);
    CHECK_FALSE(QFileInfo::exists(dead));
    CHECK_FALSE(QFileInfo::exists(dead + QStringLiteral("-journal")));
    CHECK(QFileInfo::exists(alive));
    CHECK(backups.list().size() == 1);
}

TEST_CASE("Two backups in the same second keep both", "[backups][safety]")
{
    test::TempDir dir;
    const QString path = newDatabase(dir);
    Database a(path);
    Database b(path);
    const QDateTime when(QDate(2026, 12, 5), QTime(10, 0, 0));
    const auto first = Backups(path).create(a, Backups::Kind::PreImport, when);
    const auto second = Backups(path).create(b, Backups::Kind::PreImport, when);
    CHECK(first.path != second.path);
    CHECK(QFileInfo::exists(first.path));
    CHECK(QFileInfo::exists(second.path));
    CHECK(
        QDir(Backups(path).folder()).entryList({QStringLiteral("*.part*")}, QDir::Files).isEmpty());
}
