#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/organizationrepository.h"
#include "storage/recordkinds.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

qint64 count(const Database& db, const char* table)
{
    return Query(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
        .exec()
        .scalar()
        .toLongLong();
}

// The schema as SQLite describes it, in a stable order.
QStringList schemaOf(const Database& db)
{
    Query q(db, QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM "
                               "sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.text(0).simplified();
    return out;
}

// The file of a new database made at path, all of it (its write-ahead log
// emptied into it).
QByteArray newDatabaseFile(const QString& path)
{
    {
        Database db(path);
        Query(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec().finish();
    }
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 64 * 1024);
    return bytes;
}

// Opening the file at path is refused with kind, the message saying says
// (done: what opening it would have done), and the file still holds bytes.
void checkRefusedUnchanged(const QString& path, const QByteArray& bytes, StorageError::Kind kind,
                           const QString& says, const char* done)
{
    CHECK(test::refusal(kind, done, [&] { Database db(path); }).contains(says));
    CHECK(test::readFile(path) == bytes);
}

} // namespace

TEST_CASE("A new database holds all the reference data", "[storage][reference][server]")
{
    auto db = test::memoryDatabase();
    CHECK(db->schemaVersion() == Database::latestVersion());
    CHECK(count(*db, "prefecture") == 47);
    CHECK(count(*db, "municipality") == 1741);
    CHECK(count(*db, "designated_ward") == 171);
    CHECK(count(*db, "subdivision") == 70);
    CHECK(count(*db, "organization") == 11);
    CHECK(Query(*db, QStringLiteral("SELECT count(*) FROM municipality WHERE kind = 'city'"))
              .exec()
              .scalar()
              .toInt() == 792);
    CHECK(Query(*db, QStringLiteral("SELECT count(*) FROM subdivision WHERE country = 'CA'"))
              .exec()
              .scalar()
              .toInt() == 13);
}

TEST_CASE("Every connection enforces foreign keys and uses WAL", "[storage]")
{
    test::TempDir dir;
    Database db(dir.path(QStringLiteral("a.sqlite")));
    CHECK(Query(db, QStringLiteral("PRAGMA foreign_keys")).exec().scalar().toInt() == 1);
    CHECK(Query(db, QStringLiteral("PRAGMA journal_mode")).exec().scalar().toString() ==
          QLatin1String("wal"));
    CHECK_THROWS_AS(Query(db, QStringLiteral("INSERT INTO municipality (code, prefecture_code, "
                                             "name_ja, name_kana, name_en, kind, search_text) "
                                             "VALUES ('999999', '99', 'x', 'x', 'x', 'city', "
                                             "'x')"))
                        .exec(),
                    StorageError);
}

TEST_CASE("A new database file and its folder are private to the user", "[storage][privacy]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("sub/jlgc.sqlite"));
    {
        Database db(path);
    }
    const QFileInfo info(path);
    CHECK(info.permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(info.permissions().testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(info.permissions().testFlag(QFileDevice::ReadOther));
    const QFileInfo folder(dir.path(QStringLiteral("sub")));
    CHECK_FALSE(folder.permissions().testFlag(QFileDevice::ReadOther));
}

TEST_CASE("Migrating a file of every earlier version gives the same database as a new one",
          "[storage][migration]")
{
    test::TempDir dir;
    Database fresh(dir.path(QStringLiteral("fresh.sqlite")));
    const QStringList expected = schemaOf(fresh);
    // Every version a file can have: none, and each step's (numbers may skip).
    QList<int> versions = {0};
    for (const Migration& m : migrations())
        if (m.version < Database::latestVersion())
            versions << m.version;
    for (const int version : versions) {
        INFO("from version " << version);
        const QString path = dir.path(QStringLiteral("v%1.sqlite").arg(version));
        {
            Database::Options opts;
            opts.targetVersion = version;
            Database old(path, opts);
            REQUIRE(old.schemaVersion() == version);
            if (version >= 1) {
                Query(old, QStringLiteral("INSERT INTO person (family_name, given_name, "
                                          "family_name_kanji, created_at, updated_at) VALUES "
                                          "('Yamada', 'Taro', '山田', '2020-01-01', "
                                          "'2020-01-01')"))
                    .exec();
            }
        }
        Database migrated(path);
        CHECK(migrated.schemaVersion() == Database::latestVersion());
        CHECK(schemaOf(migrated) == expected);
        CHECK(count(migrated, "municipality") == 1741);
        if (version >= 1) {
            CHECK(Query(migrated, QStringLiteral("SELECT family_name_kanji FROM person"))
                      .exec()
                      .scalar()
                      .toString() == QStringLiteral("山田"));
        }
    }
}

TEST_CASE("A file that is not a database is refused and left unchanged", "[storage][faults]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.sqlite"));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7919) % 251));
    test::writeFile(path, bytes);
    checkRefusedUnchanged(path, bytes, StorageError::Kind::NotADatabase,
                          QStringLiteral("not a JLGC Desk database"),
                          "opened a file of random bytes");
}

TEST_CASE("A file of version 14 is indexed again for the kana order of names without a reading",
          "[storage][migration][names]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v14.sqlite"));
    qint64 id = 0;
    {
        Database::Options opts;
        opts.targetVersion = 14;
        Database old(path, opts);
        REQUIRE(old.schemaVersion() == 14);
        Organization o;
        o.nameJa = QStringLiteral("キング郡");
        o.nameEn = QStringLiteral("King County");
        id = OrganizationRepository(old).add(o).id;
        // The key as version 14 made it: the katakana as written.
        Query(old, QStringLiteral("UPDATE search_item SET sort_ja = 'キング郡' WHERE kind = "
                                  "'organization' AND record_id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
    Database migrated(path);
    CHECK(migrated.schemaVersion() == Database::latestVersion());
    CHECK(Query(migrated, QStringLiteral("SELECT sort_ja FROM search_item WHERE kind = "
                                         "'organization' AND record_id = :id"))
              .bind(QStringLiteral(":id"), id)
              .exec()
              .scalar()
              .toString() == QStringLiteral("きんく郡"));
}

TEST_CASE("A file from a newer version is refused and left unchanged", "[storage][faults]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.sqlite"));
    {
        Database db(path);
        Query(db, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 5))
            .exec();
        Query(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec().finish();
    }
    checkRefusedUnchanged(path, test::readFile(path), StorageError::Kind::NewerVersion,
                          QStringLiteral("newer version"), "opened a file of a newer version");
}

TEST_CASE("A damaged file is refused and left unchanged", "[storage][faults]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.sqlite"));
    QByteArray bytes = newDatabaseFile(path);

    SECTION("truncated")
    {
        bytes.truncate(bytes.size() / 3);
    }
    SECTION("pages overwritten")
    {
        for (qsizetype i = 8192; i < bytes.size(); i += 997)
            bytes[i] = char(0x5A);
    }
    test::writeFile(path, bytes);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    checkRefusedUnchanged(path, bytes, StorageError::Kind::Corrupt, QStringLiteral("damaged"),
                          "opened a damaged file");
}

TEST_CASE("A damaged file opened with the check deferred is never written", "[storage][faults]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged-later.sqlite"));
    QByteArray bytes = newDatabaseFile(path);
    // The schema pages (the first) stay readable; the pages after them are not.
    for (qsizetype i = 64 * 1024; i < bytes.size(); i += 997)
        bytes[i] = char(0x5A);
    test::writeFile(path, bytes);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    Database::Options options;
    options.deferIntegrityCheck = true;
    try {
        Database db(path, options);
        // Opened: the check runs behind; no write gets through before or after it.
        CHECK_THROWS(Query(db, QStringLiteral("INSERT INTO person (family_name, created_at, "
                                              "updated_at) VALUES ('X', 'a', 'b')"))
                         .exec());
        CHECK(test::refusal(StorageError::Kind::Corrupt, "wrote to a damaged file", [&] {
                  db.transaction([&] {
                      Query(db, QStringLiteral("INSERT INTO person (family_name, created_at, "
                                               "updated_at) VALUES ('Y', 'a', 'b')"))
                          .exec();
                  });
              }).contains(QStringLiteral("damaged")));
        CHECK(db.integrityCheckDone());
        CHECK_THROWS_AS(db.requireIntact(), StorageError);
    } catch (const StorageError& e) {
        // SQLite itself may already see the damage while opening.
        CHECK(e.kind() == StorageError::Kind::Corrupt);
    }
    CHECK(test::readFile(path) == bytes);
}

TEST_CASE("An intact file opened with the check deferred can be written once it passed",
          "[storage]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("intact.sqlite"));
    {
        Database db(path);
    }
    Database::Options options;
    options.deferIntegrityCheck = true;
    Database db(path, options);
    db.transaction([&] {
        Query(db, QStringLiteral("INSERT INTO person (family_name, created_at, updated_at) "
                                 "VALUES ('Smith', 'a', 'b')"))
            .exec();
    });
    CHECK(db.integrityCheckDone());
    CHECK(count(db, "person") == 1);
}

TEST_CASE("A folder that cannot be created gives a clear message", "[storage][faults]")
{
    test::TempDir dir;
    // A file stands where the folder would be: even root cannot create it.
    const QString blocker = dir.path(QStringLiteral("blocker"));
    test::writeFile(blocker, "not a folder");
    CHECK(test::refusal(StorageError::Kind::ReadOnly, "created a database below a file", [&] {
              Database db(blocker + QStringLiteral("/sub/new.sqlite"));
          }).contains(QStringLiteral("cannot be created")));
    CHECK(test::readFile(blocker) == QByteArray("not a folder"));
}

TEST_CASE("Record counts name every kind", "[storage][server]")
{
    auto db = test::memoryDatabase();
    bool sawPeople = false;
    for (const RecordKind& k : RecordKinds::all()) {
        CHECK(RecordKinds::count(*db, k) >= 0);
        sawPeople = sawPeople || k.key == QLatin1String("people");
    }
    CHECK(sawPeople);
}
