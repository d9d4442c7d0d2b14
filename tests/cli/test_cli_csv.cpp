#include "apprunner.h"
#include "io/csvformat.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

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
