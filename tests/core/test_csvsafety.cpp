// CSV files that leave for Excel and come back, and files made to be slow.
#include "io/csvexport.h"
#include "io/csvformula.h"
#include "io/csvimport.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/jetaachapterrepository.h"
#include "storage/personrepository.h"
#include "support/hostilecsv.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace jlgc;

TEST_CASE("Cells Excel would run as formulas are exported with an apostrophe and imported back "
          "exactly",
          "[csv][safety][server]")
{
    const QStringList values = {QStringLiteral("=HYPERLINK(\"http://x.example\",\"Click\")"),
                                QStringLiteral("+cmd|' /C calc'!A0"),
                                QStringLiteral("-2+3"),
                                QStringLiteral("@SUM(A1:A2)"),
                                QStringLiteral("'=already quoted"),
                                QStringLiteral("''+two"),
                                QStringLiteral("-12.5"),
                                QStringLiteral("O'Brien"),
                                QStringLiteral("'quoted")};
    for (const QString& v : values)
        CHECK(restoreFormula(neutralizeFormula(v)) == v);
    CHECK(neutralizeFormula(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(neutralizeFormula(QStringLiteral("\tcmd")) == QStringLiteral("'\tcmd"));
    CHECK(restoreFormula(QStringLiteral("'\tcmd")) == QStringLiteral("\tcmd"));
    CHECK(neutralizeFormula(QStringLiteral("-12.5")) == QStringLiteral("-12.5")); // a number
    CHECK(neutralizeFormula(QStringLiteral("O'Brien")) == QStringLiteral("O'Brien"));

    auto db = test::memoryDatabase();
    for (const QString& v : values) {
        Person p;
        p.name.family = QStringLiteral("Formula");
        p.notes = v;
        p.title = v;
        PersonRepository(*db).add(p);
    }
    const CsvFormat& people = test::csvFormat("people");
    const QByteArray csv = CsvExport::exportRecords(*db, people, people.allIds(*db));
    CHECK(csv.contains("'=HYPERLINK("));
    CHECK(csv.contains("'+cmd|"));
    CHECK(csv.contains("'@SUM"));
    CHECK_FALSE(csv.contains(",=HYPERLINK"));

    auto other = test::memoryDatabase();
    CsvImport import(*other, people);
    import.loadBytes(csv);
    import.analyze();
    REQUIRE(import.rejectedCount() == 0);
    CHECK(import.commit(false).added == values.size());
    QStringList notes;
    for (const Person& p : PersonRepository(*other).list())
        notes << p.notes;
    for (const QString& v : values)
        CHECK(notes.contains(v));
    // And a second export is byte for byte the first.
    CHECK(CsvExport::exportRecords(*other, people, people.allIds(*other)) == csv);
}

TEST_CASE("Files with personal data are readable by their owner only",
          "[csv][safety][privacy][server]")
{
    test::TempDir dir;
    auto db = test::memoryDatabase();
    const mode_t old = ::umask(022);
    const CsvFormat& fellows = test::csvFormat("fellows");
    const QString personal = dir.path(QStringLiteral("fellows-personal.csv"));
    const QString plain = dir.path(QStringLiteral("fellows.csv"));
    CsvExport::writeFile(*db, fellows, {}, personal, true);
    CsvExport::writeFile(*db, fellows, {}, plain, false);
    ::umask(old);
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                        QFileDevice::WriteOther;
    CHECK((QFileInfo(personal).permissions() & others) == 0);
    CHECK((QFileInfo(plain).permissions() & QFileDevice::ReadOther) != 0); // as the umask says
}

// How long these take, at two sizes ten times apart, is printed by
// bench/importbench.cpp (a timed test would fail on a slow machine).
TEST_CASE("A CSV file of 20,000 columns is refused with a message — one of 1,000 is read",
          "[csv][safety][server]")
{
    auto db = test::memoryDatabase();
    CsvImport refused(*db, test::csvFormat("people"));
    CHECK_FALSE(refused.loadBytes(test::wideCsv(20000)));
    CHECK(refused.error().contains(QStringLiteral("20000 columns")));
    CHECK(refused.records().isEmpty());
    CHECK_FALSE(refused.mappingProblems().isEmpty()); // nothing can be imported

    CsvImport import(*db, test::csvFormat("people"));
    REQUIRE(import.loadBytes(test::wideCsv(CsvImport::MaxColumns)));
    CHECK(import.mappingProblems().isEmpty());
    import.analyze();
    CHECK(import.rejectedCount() == 0);
    CHECK(import.commit(false).added == 3);
}

TEST_CASE("A chain of 3,000 subchapters, children first, imports in one pass",
          "[csv][safety][jetaa][server]")
{
    auto db = test::memoryDatabase();
    constexpr int Depth = 3000;
    const QByteArray csv = test::chapterChain(Depth);
    CsvImport import(*db, test::csvFormat("jetaa-chapters"));
    import.loadBytes(csv);
    import.analyze();
    REQUIRE(import.rejectedCount() == 0);
    CHECK(import.commit(false).added == Depth);
    const auto parents = JetaaChapterRepository(*db).parentMap();
    CHECK(parents.size() == Depth);
    int roots = 0;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it)
        roots += it.value() == 0 ? 1 : 0;
    CHECK(roots == 1);
}

TEST_CASE("A search of thousands of words is refused with a message", "[search][safety][server]")
{
    auto db = test::memoryDatabase();
    QString query;
    for (int i = 0; i < 3000; ++i)
        query += QChar(u'a' + i % 26) + QLatin1Char(' ');
    CHECK(test::refusal(StorageError::Kind::Validation, "searched", [&] {
              SearchIndex(*db).search(query, Language::English);
          }).contains(QStringLiteral("too long")));
    CHECK(SearchIndex::matchExpression(query).isEmpty()); // a list filter finds nothing
    // Sixteen words are still a search.
    CHECK_NOTHROW(SearchIndex(*db).search(QStringLiteral("a b c d e f g h i j k l m n o p"),
                                          Language::English));
    CHECK_THROWS_AS(SearchIndex(*db).search(QStringLiteral("a b c d e f g h i j k l m n o p q"),
                                            Language::English),
                    StorageError);
}
