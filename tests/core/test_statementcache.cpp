// Query reuses prepared statements (Database keeps them): a reused statement
// must behave exactly as a freshly prepared one.
#include "storage/database.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

const QString InsertPerson = QStringLiteral(
    "INSERT INTO person (family_name, created_at, updated_at) VALUES (:family, :c, :u)");

void insertPerson(Database& db, const QVariant& family)
{
    Query(db, InsertPerson)
        .bind(QStringLiteral(":family"), family)
        .bind(QStringLiteral(":c"), QStringLiteral("2026-01-01T00:00:00Z"))
        .bind(QStringLiteral(":u"), QStringLiteral("2026-01-01T00:00:00Z"))
        .exec();
}

} // namespace

TEST_CASE("A statement refused by the database runs cleanly the next time", "[database][server]")
{
    auto db = test::memoryDatabase();
    CHECK_THROWS_AS(insertPerson(*db, QVariant()), StorageError); // a person needs a name
    CHECK_NOTHROW(insertPerson(*db, QStringLiteral("Yamada")));
    CHECK_THROWS_AS(insertPerson(*db, QVariant()), StorageError);
    CHECK_NOTHROW(insertPerson(*db, QStringLiteral("Suzuki")));
    CHECK(Query(*db, QStringLiteral("SELECT count(*) FROM person")).exec().scalar().toInt() == 2);
}

TEST_CASE("A value bound in one use of a statement is not left bound for the next",
          "[database][server]")
{
    auto db = test::memoryDatabase();
    const QString sql = QStringLiteral("SELECT CAST(:a AS TEXT) IS NULL, CAST(:b AS TEXT) IS NULL");
    {
        Query q(*db, sql);
        q.bind(QStringLiteral(":a"), 1).bind(QStringLiteral(":b"), 2).exec();
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        CHECK(q.value(1).toInt() == 0);
    }
    Query q(*db, sql);
    q.bind(QStringLiteral(":b"), 2).exec();
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1); // :a not bound this time: NULL, as in a new statement
    CHECK(q.value(1).toInt() == 0);
}

TEST_CASE("Two queries of the same SQL open at once each read their own rows", "[database][server]")
{
    auto db = test::memoryDatabase();
    const QString sql = QStringLiteral("SELECT code FROM prefecture ORDER BY code");
    Query outer(*db, sql);
    outer.exec();
    int outerRows = 0;
    int innerRows = 0;
    QString last;
    while (outer.next()) {
        const QString code = outer.text(0);
        CHECK(code > last);
        last = code;
        ++outerRows;
        if (outerRows == 3) {
            Query inner(*db, sql);
            inner.exec();
            while (inner.next())
                ++innerRows;
        }
    }
    CHECK(outerRows == 47);
    CHECK(innerRows == 47);
}

TEST_CASE("A statement read only in part does not block a backup (VACUUM INTO)", "[database]")
{
    test::TempDir dir;
    Database db(dir.path(QStringLiteral("office.sqlite")));
    {
        Query q(db, QStringLiteral("SELECT code FROM prefecture ORDER BY code"));
        q.exec();
        REQUIRE(q.next()); // 46 rows left unread
    }
    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    CHECK_NOTHROW(
        Query(db, QStringLiteral("VACUUM INTO :file")).bind(QStringLiteral(":file"), copy).exec());
    CHECK(QFileInfo(copy).size() > 0);
}
