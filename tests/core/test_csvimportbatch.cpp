// An import writes its new people many at a time (a server's round trip for
// each row would make 10,000 rows take minutes): what a user sees must be
// the same as one at a time.
#include "io/csvimport.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/history.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/recordkinds.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

const CsvFormat& people()
{
    return *CsvFormat::find(QStringLiteral("people"));
}

// Rows of people with names of their own (line n: family name Family<n>,
// kanji 𠮷<n>), every third at the organization given.
QByteArray peopleRows(int count, const QString& organization)
{
    QByteArray csv = "Family name,Given name,Family name (kanji),Given name (kanji),"
                     "Organization,Role\r\n";
    for (int i = 1; i <= count; ++i)
        csv += QStringLiteral("Family%1,Given,𠮷%1,髙子,%2,%3\r\n")
                   .arg(i)
                   .arg(i % 3 == 0 ? organization : QString())
                   .arg(i % 3 == 0 ? QStringLiteral("Role %1").arg(i) : QString())
                   .toUtf8();
    return csv;
}

qint64 count(Database& db, const QString& sql)
{
    return Query(db, sql).exec().scalar().toLongLong();
}

} // namespace

TEST_CASE("An import of more people than are written together keeps every row, its "
          "affiliation, history and search entry",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    Organization org;
    org.nameEn = QStringLiteral("Ohio Office");
    org.nameJa = QStringLiteral("オハイオ事務所");
    const qint64 orgId = OrganizationRepository(*db).add(org).id;
    const qint64 changesBefore = count(*db, QStringLiteral("SELECT count(*) FROM change_log"));

    const int rows = 2345; // more than two batches, the last one short
    CsvImport import(*db, people());
    import.loadBytes(peopleRows(rows, QStringLiteral("Ohio Office")));
    const ImportSummary summary = import.commit(false);
    CHECK(summary.added == rows);

    const QList<Person> list = PersonRepository(*db).list();
    REQUIRE(list.size() == rows);
    // Each row's values in the record of its own line: ids follow the lines.
    QMap<qint64, Person> byId;
    for (const Person& p : list)
        byId.insert(p.id, p);
    int line = 0;
    for (const Person& p : std::as_const(byId)) {
        ++line;
        INFO("line " << line);
        CHECK(p.name.family == QStringLiteral("Family%1").arg(line));
        CHECK(p.name.familyKanji == QStringLiteral("𠮷%1").arg(line));
        CHECK(p.name.givenKanji == QStringLiteral("髙子"));
        const std::optional<Person> full = PersonRepository(*db).find(p.id);
        REQUIRE(full);
        if (line % 3 == 0) {
            REQUIRE(full->affiliations.size() == 1);
            CHECK(full->affiliations.front().organizationId == orgId);
            CHECK(full->affiliations.front().role == QStringLiteral("Role %1").arg(line));
        } else {
            CHECK(full->affiliations.isEmpty());
        }
        if (line > 40 && line < rows - 40)
            break; // the first and last batches' edges are what can go wrong
    }
    CHECK(byId.lastKey() - byId.firstKey() == rows - 1);

    // One change in history for each person (affiliations are the person's).
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM change_log")) - changesBefore == rows);
    const RecordKind* kind = RecordKinds::find(QStringLiteral("people"));
    REQUIRE(kind != nullptr);
    CHECK(RecordKinds::count(*db, *kind) == rows); // the kept count
    // Search finds the first, a middle and the last row, by name and by kanji.
    SearchIndex search(*db);
    for (const int n : {1, 1001, rows}) {
        INFO("row " << n);
        // A search is by the start of words: 𠮷1 also finds 𠮷10 and 𠮷100.
        const QList<SearchHit> hits = search.search(
            QStringLiteral("𠮷%1").arg(n), Language::Japanese, rows, QStringLiteral("person"));
        const qint64 expected = byId.firstKey() + n - 1;
        bool found = false;
        for (const SearchHit& hit : hits)
            if (hit.id.toLongLong() == expected) {
                found = true;
                CHECK(hit.title == QStringLiteral("𠮷%1 髙子").arg(n));
            }
        CHECK(found);
    }
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM search_item WHERE kind = 'person'")) ==
          rows);
}

TEST_CASE("A row the database refuses among rows written together is named by its line, and "
          "nothing is imported",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    // A rule of the database the program does not know before it writes
    // (as a colleague's newer schema might add).
    if (db->onServer()) {
        Query(*db, QStringLiteral("CREATE FUNCTION refuse_family_42() RETURNS trigger LANGUAGE "
                                  "plpgsql AS $$ BEGIN IF NEW.family_name = 'Family42' THEN "
                                  "RAISE EXCEPTION 'Family42 is refused here'; END IF; RETURN "
                                  "NEW; END $$"))
            .exec();
        Query(*db, QStringLiteral("CREATE TRIGGER refuse_42 BEFORE INSERT ON person FOR EACH ROW "
                                  "EXECUTE FUNCTION refuse_family_42()"))
            .exec();
    } else {
        Query(*db, QStringLiteral("CREATE TRIGGER refuse_42 BEFORE INSERT ON person WHEN "
                                  "NEW.family_name = 'Family42' BEGIN SELECT RAISE(ABORT, "
                                  "'Family42 is refused here'); END"))
            .exec();
    }
    // What saving that person on its own says.
    Person refused;
    refused.name.family = QStringLiteral("Family42");
    QString message;
    try {
        PersonRepository(*db).insert(refused);
    } catch (const StorageError& e) {
        message = e.message();
    }
    REQUIRE_FALSE(message.isEmpty());

    CsvImport import(*db, people());
    import.loadBytes(peopleRows(100, QString()));
    REQUIRE_THROWS_AS(import.commit(false), StorageError);
    CHECK(PersonRepository(*db).list().isEmpty());
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM search_item WHERE kind = 'person'")) ==
          0);
    int rejected = 0;
    for (const ImportRow& row : import.rows()) {
        if (row.errors.isEmpty())
            continue;
        ++rejected;
        CHECK(row.line == 43); // the header is line 1
        CHECK(row.errors == QStringList{message});
    }
    CHECK(rejected == 1);
}
