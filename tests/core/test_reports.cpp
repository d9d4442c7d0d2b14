#include "reports/pdftextrepair.h"
#include "reports/reportbuilder.h"
#include "reports/reporterror.h"
#include "reports/reportregistry.h"
#include "reporttestsupport.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

QString pdfInfo(const QString& path)
{
    return test::poppler(QStringLiteral("pdfinfo"), {path});
}

using test::organization;

struct Sample {
    QString family, given, familyKanji, givenKanji, familyKana, givenKana, title, role;
};

// Names that Qt's PDF engine gets wrong without the repair: kanji that share
// a glyph with a Kangxi radical (月 日 金 長 山), a character above U+FFFF (𠮷),
// variants (髙 﨑), and Latin names with accents, apostrophes and "ffi".
const QList<Sample>& samples()
{
    static const QList<Sample> list = {
        {QStringLiteral("Yoshida"), QStringLiteral("Tsukiko"), QStringLiteral("𠮷田"),
         QStringLiteral("月子"), QStringLiteral("よしだ"), QStringLiteral("つきこ"),
         QStringLiteral("Director"), QStringLiteral("国際課長")},
        {QStringLiteral("Takahashi"),
         QStringLiteral("Hinata"),
         QStringLiteral("髙橋"),
         QStringLiteral("日向"),
         QStringLiteral("たかはし"),
         QStringLiteral("ひなた"),
         {},
         QStringLiteral("Deputy Director")},
        {QStringLiteral("Yamasaki"),
         QStringLiteral("Kintaro"),
         QStringLiteral("山﨑"),
         QStringLiteral("金太郎"),
         QStringLiteral("やまさき"),
         QStringLiteral("きんたろう"),
         {},
         QStringLiteral("主査")},
        {QStringLiteral("Hasegawa"),
         QStringLiteral("Akira"),
         QStringLiteral("長谷川"),
         QStringLiteral("明"),
         QStringLiteral("はせがわ"),
         QStringLiteral("あきら"),
         {},
         QStringLiteral("Program Officer")},
        {QStringLiteral("Tremblay"),
         QStringLiteral("Geneviève"),
         {},
         {},
         {},
         {},
         {},
         QStringLiteral("Conseillère, Montréal")},
        {QStringLiteral("O'Brien"),
         QStringLiteral("Siobhán"),
         {},
         {},
         {},
         {},
         {},
         QStringLiteral("Chief Financial Officer")},
        {QStringLiteral("Griffin"),
         QStringLiteral("Jeffrey"),
         {},
         {},
         {},
         {},
         {},
         QStringLiteral("Office of Efficiency")},
    };
    return list;
}

// A partner of each kind whose names hold the same characters.
struct SampleData {
    OrganizationId montreal = 0;
    OrganizationId nagano = 0;
};

SampleData addSamples(Database& db)
{
    OrganizationRepository orgs(db);
    SampleData ids;
    ids.montreal =
        orgs.add(organization(QStringLiteral("Ville de Montréal"),
                              QStringLiteral("モントリオール市"), OrganizationKind::LocalGovernment,
                              QStringLiteral("CA"), QStringLiteral("CA-QC")))
            .id;
    Organization nagano = organization(
        QStringLiteral("Nagano Prefectural Government"), QStringLiteral("長野県庁"),
        OrganizationKind::JapaneseGovernment, QStringLiteral("JP"), {}, QStringLiteral("20"));
    nagano.address = QStringLiteral("𠮷田町 月日金 1-2-3");
    nagano.website = QStringLiteral("https://www.pref.nagano.lg.jp/");
    ids.nagano = orgs.add(nagano).id;
    PersonRepository people(db);
    int i = 0;
    for (const Sample& s : samples()) {
        Person p;
        p.name = {s.family, s.given, s.familyKanji, s.givenKanji, s.familyKana, s.givenKana};
        p.title = s.title;
        p.email = QStringLiteral("person%1@example.org").arg(++i);
        p.affiliations << Affiliation{
            0, s.familyKanji.isEmpty() ? ids.montreal : ids.nagano, {}, s.role, QDate(2020, 4, 1),
            {}};
        people.add(p);
    }
    return ids;
}

// A new database in memory holding the samples, and a folder for the reports
// written from it. TEST_CASE_METHOD(Samples, …) has them as db, ids and dir.
struct Samples {
    std::unique_ptr<Database> db = test::memoryDatabase();
    SampleData ids = addSamples(*db);
    test::TempDir dir;
};

ReportOptions options(ReportLanguage language, PaperSize paper = PaperSize::Letter)
{
    ReportOptions o;
    o.language = language;
    o.paper = paper;
    o.preparedOn = QDate(2025, 4, 1);
    return o;
}

} // namespace

TEST_CASE_METHOD(Samples,
                 "Every stored name comes back exactly from the PDF's text, in every report and "
                 "language",
                 "[reports][server]")
{
    for (const ReportInfo& info : ReportRegistry::all()) {
        // The directories list everyone; the reports of each area have
        // their own tests (test_reports_areas.cpp).
        if (QLatin1String(info.name) != QLatin1String("contacts") &&
            QLatin1String(info.name) != QLatin1String("people"))
            continue;
        for (ReportLanguage language :
             {ReportLanguage::English, ReportLanguage::Japanese, ReportLanguage::Both}) {
            INFO(info.name << " in " << ReportOptionNames::code(language).toStdString());
            const QString text =
                test::pdfText(test::writeReport(*db, info.name, options(language), dir));
            CHECK_FALSE(test::hasKangxiRadicals(text));
            for (const Sample& s : samples()) {
                if (language != ReportLanguage::Japanese || s.familyKanji.isEmpty()) {
                    // Japanese names in Latin letters are written YAMADA Taro.
                    CHECK(text.contains(s.familyKanji.isEmpty() ? s.family : s.family.toUpper()));
                    CHECK(text.contains(s.given));
                }
                if (language != ReportLanguage::English && !s.familyKanji.isEmpty()) {
                    CHECK(text.contains(s.familyKanji));
                    CHECK(text.contains(s.givenKanji));
                }
            }
            if (QLatin1String(info.name) == QLatin1String("contacts")) {
                CHECK(text.contains(QStringLiteral("Ville de Montréal")) ==
                      (language != ReportLanguage::Japanese));
                if (language != ReportLanguage::English) {
                    CHECK(text.contains(QStringLiteral("長野県庁")));
                    CHECK(text.contains(QStringLiteral("モントリオール市")));
                }
                CHECK(text.contains(QStringLiteral("𠮷田町 月日金 1-2-3")));
                CHECK(text.contains(QStringLiteral("Chief Financial Officer")));
                CHECK(text.contains(QStringLiteral("Office of Efficiency")));
            }
        }
    }
}

TEST_CASE_METHOD(Samples, "Characters come back as stored, not as look-alike radicals or ligatures",
                 "[reports][server]")
{
    const QString text =
        test::pdfText(test::writeReport(*db, "people", options(ReportLanguage::Both), dir));
    // Each kanji by its code point: 月 U+6708, 日 U+65E5, 金 U+91D1, 長 U+9577,
    // 山 U+5C71, 髙 U+9AD9, 﨑 U+FA11, 𠮷 U+20BB7.
    for (char32_t c : {U'\u6708', U'\u65E5', U'\u91D1', U'\u9577', U'\u5C71', U'\u9AD9', U'\uFA11',
                       U'\U00020BB7'})
        CHECK(text.toUcs4().contains(c));
    CHECK_FALSE(test::hasKangxiRadicals(text));
    CHECK(text.contains(QStringLiteral("Jeffrey")));
    CHECK(text.contains(QStringLiteral("Office of Efficiency"))); // no "ﬃ"
    CHECK_FALSE(text.contains(QChar(0xFB03)));
    CHECK_FALSE(text.contains(QChar(0xFB01)));
    // Drawn once for the text, never again: the characters drawn above the
    // page to number the glyphs are not part of the text.
    CHECK(text.count(QStringLiteral("𠮷田")) == 1);
    CHECK(text.count(QStringLiteral("髙橋")) == 1);
}

namespace {

// Every stream of a PDF file, inflated when it is compressed.
QList<QByteArray> pdfStreams(const QByteArray& pdf)
{
    QList<QByteArray> streams;
    for (qsizetype at = pdf.indexOf(">>\nstream\n"); at >= 0;
         at = pdf.indexOf(">>\nstream\n", at + 1)) {
        const qsizetype begin = at + 10;
        const qsizetype end = pdf.indexOf("\nendstream", begin);
        if (end < 0)
            break;
        const QByteArray raw = pdf.mid(begin, end - begin);
        const QByteArray dict =
            pdf.mid(pdf.lastIndexOf("obj", at), at - pdf.lastIndexOf("obj", at));
        if (dict.contains("/FlateDecode")) {
            QByteArray sized(4, '\0');
            sized[1] = char(0x10); // 1 MiB to start with; qUncompress grows it
            streams << qUncompress(sized + raw);
        } else {
            streams << raw;
        }
    }
    return streams;
}

} // namespace

TEST_CASE_METHOD(Samples,
                 "Nothing but the report's text is in the PDF: no radicals, no numbering run",
                 "[reports][server]")
{
    const QByteArray pdf =
        test::readFile(test::writeReport(*db, "contacts", options(ReportLanguage::Both), dir));
    const QList<QByteArray> streams = pdfStreams(pdf);
    REQUIRE(streams.size() > 4);
    static const QRegularExpression shown(QStringLiteral("<([0-9A-F]+)> Tj"));
    int maps = 0;
    for (const QByteArray& s : streams) {
        if (s.contains("begincmap")) {
            ++maps;
            const QMap<int, QString> map = PdfTextRepair::parseCMap(s);
            for (const QString& text : map)
                CHECK_FALSE(test::hasKangxiRadicals(text));
            CHECK(map.values().contains(QStringLiteral("𠮷")));
        }
        // The characters drawn above the page to number the glyphs (one run
        // showing glyphs 1, 2, 3… of a font) are gone from the page.
        for (qsizetype bt = s.indexOf("BT\n"); bt >= 0; bt = s.indexOf("BT\n", bt + 1)) {
            const QString text = QString::fromLatin1(s.mid(bt, s.indexOf("ET\n", bt) - bt));
            int expected = 1;
            for (auto m = shown.globalMatch(text); m.hasNext(); ++expected)
                if (m.next().captured(1).toInt(nullptr, 16) != expected)
                    break;
            CHECK(expected < 20);
        }
    }
    CHECK(maps == 2); // regular and bold, each once
    CHECK(pdf.count("startxref") == 1);
}

TEST_CASE_METHOD(Samples, "A bilingual report puts the Japanese above the English",
                 "[reports][server]")
{
    const QString text =
        test::pdfText(test::writeReport(*db, "people", options(ReportLanguage::Both), dir));
    const qsizetype kanji = text.indexOf(QStringLiteral("𠮷田"));
    const qsizetype latin = text.indexOf(QStringLiteral("YOSHIDA"));
    REQUIRE(kanji >= 0);
    REQUIRE(latin >= 0);
    CHECK(kanji < latin);
    CHECK(text.contains(QStringLiteral("自治体国際化協会ニューヨーク事務所")));
    CHECK(text.contains(QStringLiteral("Japan Local Government Center (CLAIR New York)")));
}

TEST_CASE_METHOD(Samples, "Every page says which page it is, under the office's name and the title",
                 "[reports][server]")
{
    const QString path = test::writeReport(*db, "contacts", options(ReportLanguage::English), dir);
    const int pages = test::pdfPageCount(path);
    REQUIRE(pages >= 1);
    for (int p = 1; p <= pages; ++p) {
        const QString page = test::pdfText(path, p, p);
        CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
        CHECK(page.contains(QStringLiteral("Japan Local Government Center (CLAIR New York)")));
        CHECK(page.contains(QStringLiteral("Contact directory of partner organizations")));
        CHECK(page.contains(QStringLiteral("Prepared on April 1, 2025")));
    }
}

TEST_CASE("A long table runs onto later pages with its column titles on each", "[reports][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    db->transaction([&] {
        for (int i = 1; i <= 300; ++i) {
            Person p;
            p.name = {QStringLiteral("Person%1").arg(i, 3, 10, QLatin1Char('0')),
                      QStringLiteral("Given"),
                      QStringLiteral("月日"),
                      QStringLiteral("金長%1").arg(i),
                      {},
                      {}};
            p.email = QStringLiteral("p%1@example.org").arg(i);
            people.add(p);
        }
    });
    test::TempDir dir;
    const QString path = test::writeReport(*db, "people", options(ReportLanguage::English), dir);
    const int pages = test::pdfPageCount(path);
    CHECK(pages >= 4);
    for (int p : {2, pages}) {
        const QString page = test::pdfText(path, p, p);
        CHECK(page.contains(QStringLiteral("Name")));
        CHECK(page.contains(QStringLiteral("Title and roles")));
        CHECK(page.contains(QStringLiteral("Email and phone")));
        CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
    }
    const QString all = test::pdfText(path);
    for (int i = 1; i <= 300; ++i)
        CHECK(all.contains(QStringLiteral("PERSON%1").arg(i, 3, 10, QLatin1Char('0'))));
}

TEST_CASE("A table row is never split between two pages", "[reports][server]")
{
    auto db = test::memoryDatabase();
    QList<OrganizationId> orgs;
    for (const QString& name :
         {QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("East")})
        orgs << OrganizationRepository(*db)
                    .add(organization(name + QStringLiteral(" County"), {},
                                      OrganizationKind::LocalGovernment, QStringLiteral("US")))
                    .id;
    PersonRepository people(*db);
    db->transaction([&] {
        for (int i = 1; i <= 120; ++i) {
            Person p;
            const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            p.name = {QStringLiteral("Family"), QStringLiteral("Given"),
                      QStringLiteral("月日"),   QStringLiteral("金長") + n,
                      QStringLiteral("つきひ"), QStringLiteral("きんちょう")};
            p.email = QStringLiteral("p%1@example.org").arg(n);
            p.phone = QStringLiteral("+1 212-555-0%1").arg(n);
            // Rows of different heights, so that some would end below a page.
            for (int k = 0; k < i % 4; ++k)
                p.affiliations << Affiliation{
                    0, orgs[k], {}, QStringLiteral("Role %1").arg(n), QDate(2020, 1, 1), {}};
            people.add(p);
        }
    });
    test::TempDir dir;
    // Bilingual rows are three or more lines high: kanji, Latin letters, reading.
    const QString path = test::writeReport(*db, "people", options(ReportLanguage::Both), dir);
    const int pages = test::pdfPageCount(path);
    REQUIRE(pages >= 3);
    int found = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString page = test::pdfText(path, p, p);
        for (int i = 1; i <= 120; ++i) {
            const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            const bool name = page.contains(QStringLiteral("金長") + n);
            INFO("page " << p << ", person " << i);
            CHECK(name == page.contains(QStringLiteral("p%1@example.org").arg(n)));
            CHECK(name == page.contains(QStringLiteral("555-0%1").arg(n)));
            if (i % 4 == 3)
                CHECK(name == page.contains(QStringLiteral("Role %1, East County").arg(n)));
            found += name ? 1 : 0;
        }
    }
    CHECK(found == 120);
}

TEST_CASE_METHOD(Samples, "Reports are US Letter unless A4 is asked for", "[reports][server]")
{
    const QString letter = pdfInfo(test::writeReport(
        *db, "people", options(ReportLanguage::English), dir, QStringLiteral("letter.pdf")));
    CHECK(letter.contains(QStringLiteral("612 x 792 pts (letter)")));
    const QString a4 =
        pdfInfo(test::writeReport(*db, "people", options(ReportLanguage::English, PaperSize::A4),
                                  dir, QStringLiteral("a4.pdf")));
    CHECK(a4.contains(QStringLiteral("(A4)")));
}

TEST_CASE_METHOD(Samples, "The report's font is embedded and no other font is used",
                 "[reports][server]")
{
    const QString fonts =
        test::poppler(QStringLiteral("pdffonts"),
                      {test::writeReport(*db, "contacts", options(ReportLanguage::Both), dir)});
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(rows.isEmpty());
    for (const QString& row : rows) {
        INFO(row.toStdString());
        CHECK(row.startsWith(QStringLiteral("NotoSansCJKjp-")));
        const QStringList f = row.simplified().split(QLatin1Char(' '));
        // name type… encoding emb sub uni object ID: emb is the 5th field from the end.
        CHECK(f.value(f.size() - 5) == QStringLiteral("yes"));
    }
}

TEST_CASE("An empty report says so instead of printing an empty table", "[reports][server]")
{
    auto db = test::memoryDatabase();
    test::TempDir dir;
    const QString text =
        test::pdfText(test::writeReport(*db, "people", options(ReportLanguage::English), dir));
    CHECK(text.contains(QStringLiteral("No records match.")));
    CHECK_FALSE(text.contains(QStringLiteral("Title and roles")));
}

TEST_CASE_METHOD(Samples, "The contact directory of one organization lists only its people",
                 "[reports][server]")
{
    ReportOptions o = options(ReportLanguage::English);
    o.id = ids.montreal;
    const QString text = test::pdfText(test::writeReport(*db, "contacts", o, dir));
    CHECK(text.contains(QStringLiteral("Ville de Montréal")));
    CHECK(text.contains(QStringLiteral("Geneviève")));
    CHECK_FALSE(text.contains(QStringLiteral("Nagano")));
    CHECK_FALSE(text.contains(QStringLiteral("YOSHIDA")));
}

TEST_CASE("An organization with more people than a page holds: its title on the first page, "
          "each person whole on one page",
          "[reports][server]")
{
    auto db = test::memoryDatabase();
    const OrganizationId big =
        OrganizationRepository(*db)
            .add(organization(QStringLiteral("Toyama Prefectural Government"),
                              QStringLiteral("富山県"), OrganizationKind::JapaneseGovernment,
                              QStringLiteral("JP")))
            .id;
    const OrganizationId other =
        OrganizationRepository(*db)
            .add(organization(QStringLiteral("North County"), {}, OrganizationKind::LocalGovernment,
                              QStringLiteral("US")))
            .id;
    PersonRepository people(*db);
    db->transaction([&] {
        for (int i = 1; i <= 60; ++i) {
            Person p;
            const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            p.name = {QStringLiteral("Family"), QStringLiteral("Given") + n, {}, {}, {}, {}};
            p.email = QStringLiteral("p%1@example.org").arg(n);
            p.phone = QStringLiteral("+81 76-555-0%1").arg(n);
            p.affiliations << Affiliation{
                0, i <= 50 ? big : other, {}, QStringLiteral("Role %1").arg(n), QDate(2020, 1, 1),
                {}};
            people.add(p);
        }
    });
    test::TempDir dir;
    ReportOptions o = options(ReportLanguage::English);
    o.id = big;
    const QString path = test::writeReport(*db, "contacts", o, dir);
    const int pages = test::pdfPageCount(path);
    REQUIRE(pages >= 2);
    // The title, the summary (counting this organization's people only) and
    // the start of the table share the first page: no page holds a heading alone.
    const QString first = test::pdfText(path, 1, 1);
    CHECK(first.contains(QStringLiteral("Contact directory of partner organizations")));
    CHECK(first.contains(QStringLiteral("Organizations: 1; current contacts as of")));
    CHECK(first.contains(QStringLiteral(": 50")));
    CHECK(first.contains(QStringLiteral("Given001")));
    int found = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString page = test::pdfText(path, p, p);
        // A page that goes on with the organization names it.
        CHECK(page.contains(QStringLiteral("Toyama Prefectural Government")));
        if (p > 1)
            CHECK(page.contains(QStringLiteral("(continued)")));
        for (int i = 1; i <= 50; ++i) {
            const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            const bool name = page.contains(QStringLiteral("Given") + n);
            INFO("page " << p << ", person " << i);
            CHECK(name == page.contains(QStringLiteral("Role ") + n));
            CHECK(name == page.contains(QStringLiteral("p%1@example.org").arg(n)));
            CHECK(name == page.contains(QStringLiteral("76-555-0") + n));
            found += name ? 1 : 0;
        }
    }
    CHECK(found == 50);
}

TEST_CASE("A missing record, a wrong option or a reversed date range writes no file",
          "[reports][server]")
{
    auto db = test::memoryDatabase();
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("never.pdf"));
    const ReportInfo* contacts = ReportRegistry::find(QStringLiteral("contacts"));
    REQUIRE(contacts);

    ReportOptions missing = options(ReportLanguage::English);
    missing.id = 4242;
    CHECK(test::refusal(StorageError::Kind::NotFound,
                        "a report about a record that does not exist was written",
                        [&] { ReportRegistry::build(*db, *contacts, missing)->writePdf(path); })
              .contains(QStringLiteral("4242")));

    ReportOptions wrong = options(ReportLanguage::English);
    wrong.fiscalYear = 2025;
    wrong.from = QDate(2025, 5, 1);
    wrong.to = QDate(2025, 4, 1);
    const QStringList problems = ReportRegistry::problems(*contacts, wrong);
    CHECK(problems.size() == 3); // no --fiscal-year, no dates, and in the wrong order
    CHECK_THROWS_AS(ReportRegistry::build(*db, *contacts, wrong), ReportError);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A failed write keeps the file that was there", "[reports][server]")
{
    auto db = test::memoryDatabase();
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("missing-folder/report.pdf"));
    const ReportInfo* people = ReportRegistry::find(QStringLiteral("people"));
    REQUIRE(people);
    auto doc = ReportRegistry::build(*db, *people, options(ReportLanguage::English));
    CHECK_THROWS_AS(doc->writePdf(path), ReportError);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("ToUnicode maps are read and written with text above U+FFFF", "[reports]")
{
    const QByteArray qtStyle = "2 beginbfrange\n<0000> <0000> <0000>\n"
                               "<0001> <0003> [<2F49> <0020> <9AD9> ]\n"
                               "<0004> <000F> <0041>\nendbfrange\n";
    const QMap<int, QString> map = PdfTextRepair::parseCMap(qtStyle);
    CHECK(map.value(1) == QStringLiteral("⽉"));
    CHECK(map.value(3) == QStringLiteral("髙"));
    CHECK(map.value(4) == QStringLiteral("A"));
    CHECK(map.value(15) == QStringLiteral("L"));
    CHECK_FALSE(map.contains(0));
    QMap<int, QString> fixed = map;
    fixed.insert(1, QStringLiteral("月"));
    fixed.insert(16, QStringLiteral("𠮷"));
    CHECK(PdfTextRepair::parseCMap(PdfTextRepair::writeCMap(fixed)) == fixed);
    CHECK(PdfTextRepair::writeCMap(fixed).contains("<0010> <D842DFB7>"));
}
