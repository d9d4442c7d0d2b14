// The office's database on a PostgreSQL server (issue 17): what only a
// server has. Every other test tagged [server] runs on both engines; these
// are hidden ([.]) from the SQLite run and selected by the server's.
#include "domain/person.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/personrepository.h"
#include "storage/recordkinds.h"
#include "storage/server/serverschema.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

qint64 scalar(const Database& db, const QString& sql)
{
    return Query(db, sql).exec().scalar().toLongLong();
}

using test::rows;

// The schema as a colleague's application sees it: columns, indexes,
// triggers and what each trigger runs.
QStringList schemaOf(const Database& db)
{
    return rows(db, QStringLiteral("SELECT table_name, column_name, data_type, column_default, "
                                   "is_nullable FROM information_schema.columns WHERE "
                                   "table_schema = current_schema() ORDER BY 1, 2")) +
           rows(db, QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = "
                                   "current_schema() ORDER BY 1")) +
           rows(db, QStringLiteral("SELECT pg_get_triggerdef(t.oid), p.prosrc FROM pg_trigger t "
                                   "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal "
                                   "ORDER BY t.tgname"));
}

Person namedKanji(const QString& family, const QString& given)
{
    Person p;
    p.name.familyKanji = family;
    p.name.givenKanji = given;
    return p;
}

} // namespace

TEST_CASE("A new database on an office server gets the schema and the reference data",
          "[.][server]")
{
    REQUIRE_FALSE(test::serverForTests().isEmpty());
    const QString address = test::emptyServerDatabase();
    Database db(address);
    CHECK(db.onServer());
    CHECK(db.engineName() == QStringLiteral("postgresql"));
    CHECK(db.schemaVersion() == Database::latestVersion());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM prefecture")) == 47);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM municipality")) > 1700);
    // The reference data is found by search at once (indexed as it committed).
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM search_item WHERE kind = "
                                    "'prefecture'")) == 47);
    // The address is kept without a password, and opening again changes nothing.
    CHECK_FALSE(db.path().contains(QLatin1Char('@') + QStringLiteral(":")));
    Database again(address);
    CHECK(again.schemaVersion() == Database::latestVersion());
}

TEST_CASE("Two colleagues saving the same record: the second is told and nothing is lost",
          "[.][server]")
{
    auto mine = test::memoryDatabase();
    Database theirs(mine->path()); // a connection of its own, as another colleague's
    Person p;
    p.name.family = QStringLiteral("Sato");
    p.name.familyKanji = QStringLiteral("佐藤");
    p.email = QStringLiteral("sato@example.org");
    const Person saved = PersonRepository(*mine).add(p);

    Person theirCopy = *PersonRepository(theirs).find(saved.id);
    Person myCopy = saved;
    myCopy.email = QStringLiteral("akiko.sato@example.org");
    PersonRepository(*mine).update(myCopy);

    theirCopy.phone = QStringLiteral("+1 212 555 0100");
    test::refusal(StorageError::Kind::Conflict, "a save over a newer one went through",
                  [&] { PersonRepository(theirs).update(theirCopy); });
    const Person now = *PersonRepository(theirs).find(saved.id);
    CHECK(now.email == QStringLiteral("akiko.sato@example.org"));
    CHECK(now.phone.isEmpty());
    CHECK(now.name.familyKanji == QStringLiteral("佐藤"));
}

TEST_CASE("A server database of a newer version is refused and left unchanged", "[.][server]")
{
    QString address;
    {
        auto db = test::memoryDatabase();
        address = db->path();
        Person p;
        p.name.familyKanji = QStringLiteral("髙橋");
        PersonRepository(*db).add(p);
    }
    test::serverExec(address, QStringLiteral("UPDATE jlgc_meta SET value = '%1' WHERE key = "
                                             "'schema_version'")
                                  .arg(Database::latestVersion() + 1));
    CHECK(test::refusal(StorageError::Kind::NewerVersion, "a newer database was opened", [&] {
              Database db(address);
          }).contains(QString::number(Database::latestVersion() + 1)));
    // Still the newer version, its record still there.
    test::serverExec(address, QStringLiteral("UPDATE jlgc_meta SET value = '%1' WHERE key = "
                                             "'schema_version'")
                                  .arg(Database::latestVersion()));
    Database db(address);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM person")) == 1);
}

TEST_CASE("A server database of an earlier version is upgraded to the schema of a new one, its "
          "records kept",
          "[.][server]")
{
    const QString address = test::emptyServerDatabase();
    const QString statementTriggers =
        QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND (tgtype & 1) "
                       "= 0");
    {
        Database::Options old;
        old.targetVersion = FirstServerVersion;
        Database db(address, old);
        REQUIRE(db.schemaVersion() == FirstServerVersion);
        CHECK(scalar(db, statementTriggers) == 0); // version 11: a trigger call per row
        PersonRepository(db).add(namedKanji(QStringLiteral("𠮷野"), QStringLiteral("花子")));
    }
    {
        // A command that only reads reads it as it is, and changes nothing.
        Database::Options reading;
        reading.readOnly = true;
        Database db(address, reading);
        CHECK(db.schemaVersion() == FirstServerVersion);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM person")) == 1);
    }

    Database db(address);
    CHECK(db.schemaVersion() == Database::latestVersion());
    CHECK(scalar(db, statementTriggers) > 0);
    // The same schema as a database made at this version.
    Database fresh(test::emptyServerDatabase());
    CHECK(schemaOf(db) == schemaOf(fresh));

    // The record saved before is still there, counted and in its history;
    // one saved after is kept the same way, and search finds both.
    PersonRepository(db).add(namedKanji(QStringLiteral("髙﨑"), QStringLiteral("一郎")));
    CHECK(RecordKinds::count(db, *RecordKinds::find(QStringLiteral("people"))) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'person' "
                                    "AND action = 'insert'")) == 2);
    SearchIndex search(db);
    const auto people = [&search](const QString& query) {
        QStringList found;
        for (const SearchHit& hit : search.search(query, Language::Japanese))
            if (hit.kind == QLatin1String("person"))
                found << hit.title;
        return found;
    };
    CHECK(people(QStringLiteral("𠮷野")) == QStringList{QStringLiteral("𠮷野 花子")});
    CHECK(people(QStringLiteral("髙﨑")) == QStringList{QStringLiteral("髙﨑 一郎")});

    // Opening it again finds nothing to do.
    Database again(address);
    CHECK(again.schemaVersion() == Database::latestVersion());
    CHECK(schemaOf(again) == schemaOf(fresh));
}

TEST_CASE("A database of another program on the server is refused and left unchanged",
          "[.][server]")
{
    const QString address = test::emptyServerDatabase();
    test::serverExec(address, QStringLiteral("CREATE TABLE invoices (id int PRIMARY KEY)"));
    test::refusal(StorageError::Kind::NotADatabase, "another program's database was taken",
                  [&] { Database db(address); });
    // Nothing was added to it: the next open is refused the same way.
    CHECK_THROWS_AS(Database(address), StorageError);
}

TEST_CASE("A server that cannot be reached is said so — a password in the address is refused",
          "[.][server]")
{
    try {
        Database db(QStringLiteral("postgresql://someone@127.0.0.1:1/office"));
        FAIL("a server was reached on port 1");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Open);
        CHECK(e.message().contains(QStringLiteral("could not be reached")));
        CHECK(e.message().contains(QStringLiteral("127.0.0.1")));
    }
    // Kept nowhere, shown nowhere: PGPASSWORD or ~/.pgpass hold it.
    try {
        Database db(QStringLiteral("postgresql://someone:secret@127.0.0.1:1/office"));
        FAIL("an address with a password was used");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Open);
        CHECK(e.message().contains(QStringLiteral("someone@127.0.0.1")));
        CHECK_FALSE(e.message().contains(QStringLiteral("secret")));
        CHECK_FALSE(e.detail().contains(QStringLiteral("secret")));
    }
}

TEST_CASE("SQLite's words of the schema are said in PostgreSQL's", "[server][schema]")
{
    using ServerSchema::translate;
    CHECK(translate(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, "
                                   "x REAL, b BLOB) WITHOUT ROWID")) ==
          QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
                         "KEY, n BIGINT NOT NULL, x DOUBLE PRECISION, b BYTEA)"));
    // A truth value counted, and whether any of several values is given.
    CHECK(translate(QStringLiteral("CHECK ((a IS NOT NULL) + (b IS NOT NULL) +\n (c IS NOT NULL) "
                                   "= 1)")) ==
          QStringLiteral("CHECK ((a IS NOT NULL)::int + (b IS NOT NULL)::int +\n (c IS NOT "
                         "NULL)::int = 1)"));
    CHECK(translate(QStringLiteral("CHECK (kind <> 'local' OR coalesce(p, m, o) IS NULL)")) ==
          QStringLiteral("CHECK (kind <> 'local' OR num_nonnulls(p, m, o) = 0)"));
    CHECK(translate(QStringLiteral("CHECK (coalesce(name_en, name_ja) IS NOT NULL)")) ==
          QStringLiteral("CHECK (num_nonnulls(name_en, name_ja) > 0)"));
    // Text and names of the schema are left as they are.
    CHECK(translate(QStringLiteral("CREATE INDEX person_sort ON person(sort_key)")) ==
          QStringLiteral("CREATE INDEX person_sort ON person(sort_key)"));
}

TEST_CASE("A connection to the server cut in the middle of a save: the save fails with a clear "
          "message, nothing of it is written, and the next one reconnects",
          "[.][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    Person p;
    p.name.familyKanji = QStringLiteral("髙橋");
    p.name.family = QStringLiteral("Takahashi");
    people.add(p);
    // As a restarted server or a failed network would: the connection is cut
    // while a save is under way (between its statements).
    try {
        db->transaction([&] {
            Person q = p;
            q.name.familyKanji = QStringLiteral("𠮷野");
            people.add(q);
            test::serverExec(db->path(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                                        "pg_stat_activity WHERE datname = "
                                                        "current_database() AND pid <> "
                                                        "pg_backend_pid()"));
            q.name.familyKanji = QStringLiteral("山﨑");
            people.add(q);
        });
        FAIL("a save on a cut connection went through");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("connection to the office server was lost")));
    }
    // The next save connects again by itself; the cut save left nothing.
    p.name.familyKanji = QStringLiteral("佐藤");
    people.add(p);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM person")) == 2);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM person WHERE family_name_kanji IN "
                                     "('𠮷野', '山﨑')")) == 0);
    CHECK(RecordKinds::count(*db, *RecordKinds::find(QStringLiteral("people"))) == 2);

    // A cut noticed by a read: that read fails, the next one reconnects.
    test::serverExec(db->path(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                                "pg_stat_activity WHERE datname = "
                                                "current_database() AND pid <> pg_backend_pid()"));
    try {
        scalar(*db, QStringLiteral("SELECT count(*) FROM person"));
    } catch (const StorageError&) {
        // told once
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM person")) == 2);
}
