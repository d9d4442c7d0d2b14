// The check of an import file (CsvImport::analyze) for people and
// organizations applies their rules without writing; these tests hold it to
// the rules the database applies when the rows are written.
#include "io/csvimport.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/history.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

qint64 count(Database& db, const char* sql)
{
    return Query(db, QString::fromUtf8(sql)).exec().scalar().toLongLong();
}

} // namespace

TEST_CASE("A person row the database would refuse (a name only in kana) is rejected by the "
          "check with its message, and nothing is written",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(QByteArray("Family name,Given name,Family name (kana),Given name (kana)\n"
                                "Yamada,Taro,やまだ,たろう\n"
                                ",,すずき,はなこ\n"));
    import.analyze();
    REQUIRE(import.rejectedCount() == 1);
    CHECK(import.rows()[0].errors.isEmpty());
    const ImportRow& bad = import.rows()[1];
    CHECK(bad.line == 3);
    CHECK(bad.errors == QStringList{QStringLiteral("Enter a name in Latin letters or in kanji.")});
    // The check wrote nothing, not even the good row, nor its history.
    CHECK(count(*db, "SELECT count(*) FROM person") == 0);
    CHECK(count(*db, "SELECT count(*) FROM change_log") == 0);

    CHECK_THROWS_AS(import.commit(false), StorageError);
    CHECK(PersonRepository(*db).list().isEmpty());
    CHECK(count(*db, "SELECT count(*) FROM change_log") == 0);
}

TEST_CASE("Organization rows break the same rules in the check as in the writing",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    const qsizetype before = OrganizationRepository(*db).list().size(); // the partner associations
    CsvImport import(*db, test::csvFormat("organizations"));
    import.loadBytes(QByteArray("Name (English),Name reading,Website,Kind\n"
                                "NACo,,https://www.naco.org,association\n"
                                ",,,association\n"
                                "Bad reading,ABC,,\n"
                                "Bad site,,not a site,\n"));
    import.analyze();
    REQUIRE(import.rows().size() == 4);
    CHECK(import.rows()[0].errors.isEmpty());
    CHECK_FALSE(import.rows()[1].errors.isEmpty());
    CHECK_FALSE(import.rows()[2].errors.isEmpty());
    CHECK_FALSE(import.rows()[3].errors.isEmpty());
    CHECK(import.rejectedCount() == 3);
    CHECK_THROWS_AS(import.commit(false), StorageError);
    CHECK(OrganizationRepository(*db).list().size() == before);

    import.skipRejected();
    CHECK(import.commit(false).added == 1);
    CHECK(OrganizationRepository(*db).list().size() == before + 1);
}

TEST_CASE("A person whose organization was removed after the check is refused when the file is "
          "written, with the row's message, and nothing is written",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    Organization org;
    org.nameEn = QStringLiteral("Springfield City Hall");
    org.kind = OrganizationKind::LocalGovernment;
    const qint64 orgId = OrganizationRepository(*db).add(org).id;

    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(QByteArray("Family name,Given name,Organization\n"
                                "Smith,Jane,Springfield City Hall\n"
                                "Yamada,Taro,\n"));
    import.analyze();
    REQUIRE(import.rejectedCount() == 0);

    // Someone removes the organization while the user reads the check.
    OrganizationRepository(*db).remove(orgId);
    const qint64 changesBefore = count(*db, "SELECT count(*) FROM change_log");

    CHECK_THROWS_AS(import.commit(false), StorageError);
    REQUIRE(import.rows()[0].errors.size() == 1);
    // Writing reads the references again, inside its transaction.
    CHECK(import.rows()[0].errors.front().contains(QStringLiteral("Springfield City Hall")));
    CHECK(import.rows()[1].errors.isEmpty());
    CHECK(PersonRepository(*db).list().isEmpty());
    CHECK(count(*db, "SELECT count(*) FROM change_log") == changesBefore);
}

TEST_CASE("Imported people have their history and are found by search", "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(QByteArray("Family name,Given name,Family name (kanji),Given name (kanji)\n"
                                "Yamada,Taro,山田,太郎\n"
                                "Suzuki,Hanako,鈴木,花子\n"));
    import.analyze();
    CHECK(import.commit(false).added == 2);
    const QList<Person> people = PersonRepository(*db).list();
    REQUIRE(people.size() == 2);
    for (const Person& p : people) {
        const QList<ChangeEntry> changes = History(*db).forRecord(QStringLiteral("person"), p.id);
        REQUIRE(changes.size() == 1);
        CHECK(changes.front().action == QStringLiteral("insert"));
    }
    CHECK(SearchIndex(*db).search(QStringLiteral("鈴木"), Language::Japanese).size() == 1);
}
