#include "demo/sampledata.h"
#include "io/csvencoding.h"
#include "io/csvexport.h"
#include "io/csvimport.h"
#include "io/csvreader.h"
#include "io/importresolver.h"
#include "search/searchindex.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/jetaachapterrepository.h"
#include "storage/personrepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "support/records.h"
#include "support/testkinds.h"
#include "support/testsupport.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

QByteArray cp932(const QString& text)
{
    QStringEncoder enc("windows-31j");
    REQUIRE(enc.isValid());
    QByteArray bytes = enc.encode(text);
    REQUIRE_FALSE(enc.hasError());
    return bytes;
}

QList<Person> people(Database& db)
{
    return PersonRepository(db).list();
}

const char* const peopleFile = "Family name,Given name,Family name (kanji),Given name "
                               "(kanji),Family name (kana),Given name (kana),Email\r\n"
                               "Yamada,Taro,山田,太郎,やまだ,たろう,taro@example.jp\r\n"
                               "Takahashi,Ichiro,髙橋,一郎,たかはし,いちろう,\r\n"
                               "Yoshida,Hanako,𠮷田,花子,よしだ,はなこ,\r\n";

void checkThreePeople(Database& db)
{
    const QList<Person> list = people(db);
    REQUIRE(list.size() == 3);
    QStringList kanji;
    for (const Person& p : list)
        kanji << p.name.kanji();
    CHECK(kanji.contains(QStringLiteral("山田 太郎")));
    CHECK(kanji.contains(QStringLiteral("髙橋 一郎"))); // variant kept exactly
    CHECK(kanji.contains(QStringLiteral("𠮷田 花子"))); // outside the BMP kept exactly
}

} // namespace

TEST_CASE("A UTF-8 file of people with Japanese names imports", "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(utf8(peopleFile));
    CHECK(import.encoding() == CsvEncoding::Utf8);
    CHECK(import.mappingProblems().isEmpty());
    import.analyze();
    CHECK(import.rejectedCount() == 0);
    const ImportSummary s = import.commit();
    CHECK(s.added == 3);
    checkThreePeople(*db);
}

TEST_CASE("A UTF-8 file with a byte-order mark imports, the mark not part of the first header",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(QByteArray("\xEF\xBB\xBF") + utf8(peopleFile));
    CHECK(import.encoding() == CsvEncoding::Utf8);
    CHECK(import.mapping().front() == QStringLiteral("Family name"));
    import.commit();
    checkThreePeople(*db);
}

TEST_CASE("A Shift_JIS (CP932) file from Excel is detected and imports", "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    // 髙 is one of the characters only Microsoft's CP932 has; 𠮷 is not in CP932 at all.
    const QString text = QStringLiteral(
        "姓（ローマ字）,名（ローマ字）,姓（漢字）,名（漢字）,姓（かな）,名（かな）\r\n"
        "Yamada,Taro,山田,太郎,ヤマダ,タロウ\r\n"
        "Takahashi,Ichiro,髙橋,一郎,タカハシ,イチロウ\r\n");
    const QByteArray bytes = cp932(text);
    CHECK(CsvEncodings::detect(bytes) == CsvEncoding::Cp932);
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(bytes);
    CHECK(import.encoding() == CsvEncoding::Cp932);
    CHECK_FALSE(import.decodingProblems());
    // Japanese headers map to the columns by themselves.
    CHECK(import.mapping() ==
          QStringList({QStringLiteral("Family name"), QStringLiteral("Given name"),
                       QStringLiteral("Family name (kanji)"), QStringLiteral("Given name (kanji)"),
                       QStringLiteral("Family name (kana)"), QStringLiteral("Given name (kana)")}));
    const ImportSummary s = import.commit();
    CHECK(s.added == 2);
    QStringList kanji;
    for (const Person& p : people(*db))
        kanji << p.name.kanji();
    CHECK(kanji.contains(QStringLiteral("髙橋 一郎")));
}

TEST_CASE("Reading a CP932 file as UTF-8 is reported, and the override reads it right",
          "[csvimport]")
{
    const QByteArray bytes = cp932(QStringLiteral("Family name (kanji)\r\n山田\r\n"));
    bool invalid = false;
    CsvEncodings::decode(bytes, CsvEncoding::Utf8, &invalid);
    CHECK(invalid);
    CHECK(
        CsvEncodings::decode(bytes, CsvEncoding::Cp932, &invalid).contains(QStringLiteral("山田")));
    CHECK_FALSE(invalid);
    CHECK(CsvEncodings::fromCode(QStringLiteral("cp932")) == CsvEncoding::Cp932);
    CHECK(CsvEncodings::fromCode(QStringLiteral("UTF-8")) == CsvEncoding::Utf8);
    CHECK_FALSE(CsvEncodings::fromCode(QStringLiteral("latin1")).has_value());
}

TEST_CASE("Tab and semicolon delimiters are detected", "[csvimport][server]")
{
    CHECK(CsvEncodings::detectDelimiter(QStringLiteral("a\tb\tc\n1\t2\t3\n")) == QLatin1Char('\t'));
    CHECK(CsvEncodings::detectDelimiter(QStringLiteral("a;b;c\n1;2,5;3\n")) == QLatin1Char(';'));
    CHECK(CsvEncodings::detectDelimiter(QStringLiteral("a,b\n\"x;y\",2\n")) == QLatin1Char(','));
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(utf8("Family name\tGiven name\nSmith\tJane\n"));
    CHECK(import.delimiter() == QLatin1Char('\t'));
    CHECK(import.commit().added == 1);
}

TEST_CASE("Quoted fields keep their commas, quotes and line breaks", "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(
        utf8("Family name,Given name,Notes\r\n"
             "\"O'Brien, Jr.\",Pat,\"Met at NACo.\nSecond line, with \"\"quotes\"\"\"\r\n"
             "Smith,Jane,plain\r\n"));
    REQUIRE(import.records().size() == 2);
    CHECK(import.records()[1].line == 4); // the quoted line break counts
    import.commit();
    const QList<Person> list = people(*db);
    REQUIRE(list.size() == 2);
    bool found = false;
    for (const Person& p : list)
        if (p.name.family == QStringLiteral("O'Brien, Jr.")) {
            found = true;
            CHECK(p.notes == QStringLiteral("Met at NACo.\nSecond line, with \"quotes\""));
        }
    CHECK(found);
}

TEST_CASE("A file with one bad row imports nothing and names the line and the reason",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("affiliations"));
    import.loadBytes(utf8("Japanese side,North American side,State or province,Established\n"
                          "長崎市,St. Paul,Minnesota,1955\n"
                          "Nowhere-shi,Springfield,Ohio,1960\n"
                          "茨城県,Delaware,DE,1994-10\n"));
    import.analyze();
    REQUIRE(import.rejectedCount() == 1);
    const ImportRow& bad = import.rows()[1];
    CHECK(bad.line == 3);
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors.front().contains(QStringLiteral("Nowhere-shi")));
    CHECK(bad.errors.front().startsWith(QStringLiteral("Japanese side:")));
    CHECK_THROWS_AS(import.commit(), StorageError);
    CHECK(SisterAffiliationRepository(*db).list().isEmpty());

    // Leaving the bad row out imports the others.
    import.skipRejected();
    CHECK(import.commit().added == 2);
    CHECK(SisterAffiliationRepository(*db).list().size() == 2);
}

TEST_CASE("A row breaking a repository rule is rejected with the rule's message",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("events"));
    import.loadBytes(utf8("Title (English),Date,End date\n"
                          "Japan Day,2025-05-18,2025-05-17\n"
                          ",2025-06-01,\n"
                          "Fair,next Tuesday,\n"));
    import.analyze();
    REQUIRE(import.rows().size() == 3);
    CHECK(import.rows()[0].errors.join(QString()).contains(QStringLiteral("ends before")));
    CHECK(import.rows()[1].errors.join(QString()).contains(QStringLiteral("title")));
    CHECK(import.rows()[2].errors.join(QString()).contains(QStringLiteral("next Tuesday")));
}

TEST_CASE("References resolve by code, kanji, kana and romaji — states by name, abbreviation "
          "and code",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    ImportResolver r(*db);
    QString error;
    const QString kitaibaraki = r.municipality(QStringLiteral("082155"), error);
    CHECK(kitaibaraki == QStringLiteral("082155"));
    for (const char* form : {"北茨城市", "茨城県北茨城市", "きたいばらきし", "Kitaibaraki",
                             "kitaibaraki shi", "ｷﾀｲﾊﾞﾗｷｼ"}) {
        error.clear();
        INFO(form);
        INFO(error.toStdString());
        CHECK(r.municipality(QString::fromUtf8(form), error) == kitaibaraki);
        CHECK(error.isEmpty());
    }
    // 府中市 is in Tokyo and in Hiroshima: the message says so.
    error.clear();
    CHECK(r.municipality(QStringLiteral("府中市"), error).isEmpty());
    CHECK(error.contains(QStringLiteral("東京都")));
    CHECK(error.contains(QStringLiteral("広島県")));
    error.clear();
    CHECK(r.municipality(QStringLiteral("広島県府中市"), error).size() == 6);
    for (const char* form : {"Ohio", "OH", "US-OH", "ohio"}) {
        error.clear();
        CHECK(r.subdivision(QString::fromLatin1(form), error) == QStringLiteral("US-OH"));
    }
    error.clear();
    CHECK(r.subdivision(QStringLiteral("Québec"), error) == QStringLiteral("CA-QC"));
    CHECK(r.japaneseGovernment(QStringLiteral("兵庫県"), error) == QStringLiteral("28"));
    CHECK(r.japaneseGovernment(QStringLiteral("Hyogo"), error) == QStringLiteral("28"));
    error.clear();
    CHECK(r.subdivision(QStringLiteral("Ontari"), error).isEmpty());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("The same person written 山田太郎, Taro Yamada or 山田　太郎 is found as a duplicate",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    Person existing = PersonRepository(*db).add(test::yamadaTaro());

    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(utf8("Name,Email\n"
                          "Taro Yamada,new@example.jp\n"
                          "山田　太郎,\n"
                          "YAMADA Tarou,\n"
                          "ヤマダ タロウ,\n"
                          "Jane Smith,\n"));
    import.analyze();
    REQUIRE(import.rows().size() == 5);
    for (int i = 0; i < 4; ++i) {
        INFO(import.rows()[i].line);
        REQUIRE(import.rows()[i].duplicates.size() == 1);
        CHECK(import.rows()[i].duplicates.front().id == existing.id);
        CHECK(import.rows()[i].decision == ImportDecision::Skip); // until the user decides
    }
    CHECK(import.rows()[4].duplicates.isEmpty());

    // Merging fills the empty e-mail and keeps the rest as it was.
    import.setDecision(0, ImportDecision::Merge);
    const ImportSummary s = import.commit();
    CHECK(s.merged == 1);
    CHECK(s.added == 1);
    CHECK(s.skipped == 3);
    const Person merged = *PersonRepository(*db).find(existing.id);
    CHECK(merged.email == QStringLiteral("new@example.jp"));
    CHECK(merged.name == existing.name);
    CHECK(people(*db).size() == 2);
}

TEST_CASE("Imported records are found by global search straight away", "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(utf8(peopleFile));
    import.commit();
    const QList<SearchHit> hits =
        SearchIndex(*db).search(QStringLiteral("髙橋"), Language::Japanese);
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().kind == QStringLiteral("person"));
}

TEST_CASE("A subchapter may name its parent chapter anywhere in the same file",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("jetaa-chapters"));
    import.loadBytes(utf8("支部名,州・準州,親支部,設立\n"
                          "JETAA Test Upstate,New York,JETAA Test,2001-04\n"
                          "JETAA Test,NY,,1989\n"));
    const ImportSummary s = import.commit();
    CHECK(s.added == 2);
    const QList<JetaaChapter> chapters = JetaaChapterRepository(*db).list();
    qint64 parent = 0;
    for (const JetaaChapter& c : chapters)
        if (c.name == QStringLiteral("JETAA Test"))
            parent = c.id;
    bool found = false;
    for (const JetaaChapter& c : chapters)
        if (c.name == QStringLiteral("JETAA Test Upstate")) {
            found = true;
            CHECK(c.parentId == parent);
            CHECK(c.founded.toIso() == QStringLiteral("2001-04"));
            CHECK(c.country == QStringLiteral("US"));
        }
    CHECK(found);
}

TEST_CASE("A column mapped by hand overrides the header, and a missing required column is "
          "named",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("affiliations"));
    import.loadBytes(utf8("Japan,US city,State\n長崎市,St. Paul,MN\n"));
    CHECK(import.mappingProblems().size() == 4); // three required columns, and none matches
    CHECK_THROWS_AS(import.commit(), StorageError);
    import.setMapping({QStringLiteral("Japanese side"), QStringLiteral("North American side"),
                       QStringLiteral("State or province")});
    CHECK(import.mappingProblems().isEmpty());
    CHECK(import.commit().added == 1);
}

TEST_CASE("Export writes UTF-8 with a BOM, CRLF and quotes where needed", "[csvimport]")
{
    const QByteArray csv =
        CsvExport::toCsv({QStringLiteral("A"), QStringLiteral("B")},
                         {{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")},
                          {QStringLiteral("line\nbreak"), QStringLiteral("山田")}});
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(
        csv.mid(3) ==
        QStringLiteral("A,B\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",山田\r\n").toUtf8());
}

TEST_CASE("Every kind exports and imports back unchanged", "[csvimport][server]")
{
    auto a = test::memoryDatabase();
    addSampleRecords(*a); // with the fellowship, JETAA, affiliations, events and delegations
    test::addDescribedSamples(*a);
    auto b = test::memoryDatabase();
    // Fellowship years are not imported: the years come first.
    for (Cohort c : CohortRepository(*a).list()) {
        c.id = 0;
        c.rowVersion = 0;
        CohortRepository(*b).add(c);
    }
    for (const CsvFormat* f : CsvFormat::all()) {
        INFO(f->kind().toStdString());
        const QList<qint64> ids = f->allIds(*a);
        CHECK_FALSE(ids.isEmpty());
        const QByteArray exported = CsvExport::exportRecords(*a, *f, ids, true);
        CsvImport import(*b, *f);
        import.loadBytes(exported);
        CHECK(import.mappingProblems().isEmpty());
        import.analyze();
        for (const ImportRow& r : import.rows()) {
            INFO(r.line);
            CHECK(r.errors == QStringList());
            // The second database holds only what came in before (and the
            // partner organizations both databases ship with). Rows that only
            // look like an earlier row of the file (two people called David
            // Nguyen) are added, as they are by default.
            bool onFile = false;
            for (const ImportRow::Candidate& c : r.duplicates)
                onFile = onFile || !c.inFile();
            if (onFile)
                import.setDecision(int(&r - &import.rows().front()), ImportDecision::Skip);
        }
        import.commit();
        CHECK(CsvExport::exportRecords(*b, *f, f->allIds(*b), true) == exported);
    }
}

TEST_CASE("Exporting a list of ids writes those records, in that order, without personal data "
          "unless asked",
          "[csvimport][server]")
{
    auto db = test::memoryDatabase();
    addSampleRecords(*db);
    const CsvFormat& fellows = test::csvFormat("fellows");
    QList<qint64> ids = fellows.allIds(*db);
    REQUIRE(ids.size() >= 2);
    const QList<QStringList> two = fellows.exportRows(*db, {ids[1], ids[0]}, false);
    REQUIRE(two.size() == 2);
    CHECK(two[0] == fellows.exportRows(*db, {ids[1]}, false).front());
    CHECK(two[1] == fellows.exportRows(*db, {ids[0]}, false).front());
    const int dietary = fellows.columnIndex(QStringLiteral("Dietary notes"));
    int withNotes = 0;
    for (const QStringList& r : fellows.exportRows(*db, ids, false))
        CHECK(r[dietary].isEmpty());
    for (const QStringList& r : fellows.exportRows(*db, ids, true))
        withNotes += r[dietary].isEmpty() ? 0 : 1;
    CHECK(withNotes > 0);
}

TEST_CASE("Random bytes and quote-comma-newline soup never crash the reader or the import",
          "[csvimport][fuzz][server]")
{
    auto db = test::memoryDatabase();
    QRandomGenerator rng(20261128); // fixed: a failure can be replayed
    const QList<QByteArray> pieces = {
        ",",    "\"",           "\r\n",     "\n",          "\r",         ";",     "\t",     "\"\"",
        "山田", "\xEF\xBB\xBF", "\x82\xA0", "Family name", "Given name", "Notes", "長崎市", "Ohio",
        " ",    "\xff",         "x"};
    for (int round = 0; round < 1500; ++round) {
        QByteArray bytes;
        const int length = int(rng.bounded(200));
        if (round % 2 == 0) {
            for (int i = 0; i < length; ++i)
                bytes += pieces[int(rng.bounded(pieces.size()))];
        } else {
            for (int i = 0; i < length; ++i)
                bytes += char(rng.bounded(256));
        }
        const QString text = CsvEncodings::decode(bytes, CsvEncoding::Auto);
        for (const CsvReader::Record& r :
             CsvReader(CsvEncodings::detectDelimiter(text)).parse(text))
            REQUIRE(r.line >= 1);
        const CsvFormat& f = *CsvFormat::all()[int(rng.bounded(CsvFormat::all().size()))];
        CsvImport import(*db, f);
        import.loadBytes(bytes);
        if (!import.mappingProblems().isEmpty()) {
            CHECK_THROWS_AS(import.commit(), StorageError);
            continue;
        }
        import.analyze();
        for (const ImportRow& r : import.rows()) {
            REQUIRE(r.line >= 2);
            for (const QString& e : r.errors)
                REQUIRE_FALSE(e.trimmed().isEmpty());
        }
    }
    // Nothing of it was written.
    CHECK(people(*db).isEmpty());
}

TEST_CASE("docs/import-formats.md documents every column of every kind in both spellings",
          "[csvimport]")
{
    const QString doc = QString::fromUtf8(
        test::readFile(QStringLiteral(JLGC_SOURCE_DIR "/docs/import-formats.md")));
    REQUIRE_FALSE(doc.isEmpty());
    for (const CsvFormat* f : CsvFormat::all()) {
        CHECK(doc.contains(QStringLiteral("(`%1`)").arg(f->kind())));
        for (const CsvColumn& c : f->columns()) {
            INFO(c.key.toStdString());
            CHECK(doc.contains(QStringLiteral("| %1 | %2 |").arg(c.key, c.japanese)));
        }
    }
}
