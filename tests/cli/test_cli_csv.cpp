#include "apprunner.h"
#include "io/csvformat.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace jlgc;
using Result = jlgc::test::AppResult;

using jlgc::test::runApp;

namespace {

int peopleIn(const QString& path)
{
    Database db(path);
    return int(PersonRepository(db).list().size());
}
} // namespace

TEST_CASE("import KIND FILE imports a CP932 file and export writes it back with a BOM",
          "[cli][csv]")
{
    test::TempDir dir;
    const QString dbPath = dir.path(QStringLiteral("csv.sqlite"));
    const QString in = dir.path(QStringLiteral("people.csv"));
    QStringEncoder enc("windows-31j");
    test::writeFile(
        in, enc.encode(QStringLiteral("姓（漢字）,名（漢字）,姓（ローマ字）,名（ローマ字）\r\n"
                                      "山田,太郎,Yamada,Taro\r\n"
                                      "髙橋,一郎,Takahashi,Ichiro\r\n")));
    Result r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
                       QStringLiteral("people"), in, QStringLiteral("--dry-run")});
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Shift_JIS")));
    CHECK(r.out.contains(QStringLiteral("Dry run")));
    CHECK(peopleIn(dbPath) == 0);

    r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
                QStringLiteral("people"), in, QStringLiteral("--encoding"),
                QStringLiteral("cp932")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2 added")));
    CHECK(r.out.contains(QStringLiteral("Backup")));
    CHECK(peopleIn(dbPath) == 2);

    const QString out = dir.path(QStringLiteral("export.csv"));
    r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("export"),
                QStringLiteral("people"), out});
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = test::readFile(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("髙橋")));

    // Importing the export again finds both people already on file and adds nothing.
    r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
                QStringLiteral("people"), out});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("0 added")));
    CHECK(peopleIn(dbPath) == 2);
}

TEST_CASE("import with one bad row prints its line and reason, imports nothing and fails",
          "[cli][csv]")
{
    test::TempDir dir;
    const QString dbPath = dir.path(QStringLiteral("bad.sqlite"));
    const QString in = dir.path(QStringLiteral("ties.csv"));
    test::writeFile(in, QStringLiteral("日本側,北米側,州・準州,提携日\n"
                                       "長崎市,St. Paul,MN,1955\n"
                                       "府中市,Springfield,Ohio,1960\n"
                                       "茨城県,Delaware,Narnia,1994\n")
                            .toUtf8());
    const Result r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
                             QStringLiteral("affiliations"), in});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Line 3:")));
    CHECK(r.err.contains(QStringLiteral("広島県")));
    CHECK(r.err.contains(QStringLiteral("Line 4:")));
    CHECK(r.err.contains(QStringLiteral("Narnia")));
    CHECK(r.err.contains(QStringLiteral("Nothing was imported")));
    const Result e = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("export"),
                             QStringLiteral("affiliations"), dir.path(QStringLiteral("o.csv"))});
    CHECK(e.out.contains(QStringLiteral("0 record")));
}

TEST_CASE("import and export name the kinds when the kind is unknown", "[cli][csv]")
{
    test::TempDir dir;
    const Result r = runApp({QStringLiteral("--database"), dir.path(QStringLiteral("k.sqlite")),
                             QStringLiteral("import"), QStringLiteral("ties"),
                             dir.path(QStringLiteral("x.csv"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("jetaa-chapters")));
}

TEST_CASE(
    "import --date-order reads US dates, and without it an ambiguous date is refused with the "
    "option to give",
    "[cli][csv][dates]")
{
    test::TempDir dir;
    const QString dbPath = dir.path(QStringLiteral("dates.sqlite"));
    const QString in = dir.path(QStringLiteral("events.csv"));
    test::writeFile(in, QByteArray("Title (English),Date\nJapan Day,5/4/2025\n"
                                   "Reception,6/1/2025\n"));
    Result r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
                    QStringLiteral("events"), in, QStringLiteral("--dry-run")});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("--date-order")));
    CHECK(r.err.contains(
        QStringLiteral("Line 2: Date: “5/4/2025” could be May 4, 2025 or April 5, 2025")));

    r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
             QStringLiteral("events"), in, QStringLiteral("--date-order"), QStringLiteral("mdy")});
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2 added")));
    r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("export"),
             QStringLiteral("events"), dir.path(QStringLiteral("out.csv"))});
    REQUIRE(r.exitCode == 0);
    QFile out(dir.path(QStringLiteral("out.csv")));
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(out.readAll());
    CHECK(exported.contains(QStringLiteral("2025-05-04")));
    CHECK(exported.contains(QStringLiteral("2025-06-01")));

    r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
             QStringLiteral("events"), in, QStringLiteral("--date-order"), QStringLiteral("xyz")});
    CHECK(r.exitCode != 0);
}

TEST_CASE("import says which place a suffix chose, and tells a repeat in the file from a record "
          "on file",
          "[cli][csv][duplicates]")
{
    test::TempDir dir;
    const QString dbPath = dir.path(QStringLiteral("ties.sqlite"));
    const QString first = dir.path(QStringLiteral("first.csv"));
    test::writeFile(first, QByteArray("Japanese side,North American side,State or province\n"
                                      "42,Saint Louis,MO\n"));
    Result r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
                    QStringLiteral("affiliations"), first});
    REQUIRE(r.exitCode == 0);

    const QString second = dir.path(QStringLiteral("second.csv"));
    test::writeFile(second, QByteArray("Japanese side,North American side,State or province\n"
                                       "42,St. Louis,MO\n"
                                       "\"Fuchu Town, Hiroshima\",Eugene,OR\n"
                                       "\"Fuchu Town, Hiroshima\",Eugene,OR\n"));
    r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
             QStringLiteral("affiliations"), second, QStringLiteral("--dry-run")});
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Line 2: 42 – St. Louis looks like a record already on "
                                        "file")));
    CHECK(r.out.contains(QString::fromUtf8("広島県府中町 (343021)")));
    CHECK(r.out.contains(QStringLiteral("Line 4: Fuchu Town, Hiroshima – Eugene repeats line 3 of "
                                        "this file; this row is skipped.")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Line 4: Fuchu Town, Hiroshima – Eugene looks like "
                                              "a record already on file")));

    // --duplicates add: the rows that cannot be added say so, and only that.
    r = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("import"),
             QStringLiteral("affiliations"), second, QStringLiteral("--duplicates"),
             QStringLiteral("add")});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK_FALSE(r.out.contains(QStringLiteral("added as a new record")));
    CHECK_FALSE(r.err.contains(QStringLiteral("already registered")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Mark the other one inactive")));
    CHECK(r.err.contains(QStringLiteral("Line 2: An active tie between")));
    CHECK(r.err.contains(QStringLiteral("Line 4: Line 3 of this file adds the same tie")));
    CHECK(r.out.contains(QStringLiteral("this row cannot be imported")));
}
