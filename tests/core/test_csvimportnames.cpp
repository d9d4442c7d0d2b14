// Import of names, places and dates as staff's own lists write them (issue 20).
#include "io/csvimport.h"
#include "io/importresolver.h"
#include "storage/database.h"
#include "storage/officeeventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "support/testsupport.h"

#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// The Japanese side as the import reads it: the code, or the error.
QString japan(Database& db, const QString& text, QString* note = nullptr)
{
    ImportResolver resolver(db);
    QString error;
    const QString code = resolver.japaneseGovernment(text, error);
    if (note)
        *note = resolver.takeNote();
    return code.isEmpty() ? QStringLiteral("error: ") + error : code;
}

const char* const AffiliationHeader = "Japanese side,North American side,North American kind,"
                                      "State or province,Type,Established,Status\n";

QList<SisterAffiliation> ties(Database& db)
{
    return SisterAffiliationRepository(db).list();
}

QString allErrors(const CsvImport& import)
{
    QStringList out;
    for (const ImportRow& r : import.rows())
        for (const QString& e : r.errors)
            out << QStringLiteral("%1: %2").arg(r.line).arg(e);
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Import reads a prefecture's 6-digit code as well as its 2-digit one",
          "[csvimport][places][server]")
{
    auto db = test::memoryDatabase();
    CHECK(japan(*db, QStringLiteral("130001")) == QStringLiteral("13"));
    CHECK(japan(*db, QStringLiteral("13")) == QStringLiteral("13"));
    CHECK(japan(*db, QStringLiteral("1")) == QStringLiteral("01"));
    CHECK(japan(*db, QStringLiteral("010006")) == QStringLiteral("01"));
    CHECK(japan(*db, QStringLiteral("131016")) == QStringLiteral("131016")); // 千代田区
    ImportResolver resolver(*db);
    QString error;
    CHECK(resolver.prefecture(QStringLiteral("280003"), error) == QStringLiteral("28"));
    CHECK(error.isEmpty());
}

TEST_CASE("Import reads English suffixes and -shi, -machi, -mura, -ken with or without the "
          "prefecture",
          "[csvimport][places][server]")
{
    auto db = test::memoryDatabase();
    const QString hakone = QStringLiteral("143821");
    for (const char* text :
         {"Hakone Town", "Hakone-machi", "Hakone Machi", "Hakone-cho", "Hakone Town, Kanagawa",
          "Hakone-machi, Kanagawa-ken", "Hakone Town, Kanagawa Prefecture",
          "Hakone-machi, Ashigarashimo-gun, Kanagawa", "Hakone, Kanagawa"}) {
        INFO(text);
        CHECK(japan(*db, QString::fromLatin1(text)) == hakone);
    }
    CHECK(japan(*db, s(u"神奈川県足柄下郡箱根町")) == hakone);
    CHECK(japan(*db, QStringLiteral("Otaru City")) == QStringLiteral("012033"));
    CHECK(japan(*db, QStringLiteral("Otaru-shi")) == QStringLiteral("012033"));
    CHECK(japan(*db, QStringLiteral("City of Otaru")) == QStringLiteral("012033"));
    CHECK(japan(*db, QStringLiteral("Hinohara Village")) == QStringLiteral("133078"));
    CHECK(japan(*db, QStringLiteral("Hinohara-mura, Tokyo")) == QStringLiteral("133078"));
    CHECK(japan(*db, QStringLiteral("Gunma Prefecture")) == QStringLiteral("10"));
    CHECK(japan(*db, QStringLiteral("Gunma-ken")) == QStringLiteral("10"));
    CHECK(japan(*db, QStringLiteral("Tokyo-to")) == QStringLiteral("13"));
    CHECK(japan(*db, QStringLiteral("Osaka-fu")) == QStringLiteral("27"));
    CHECK(japan(*db, QStringLiteral("Chuo Ward, Tokyo")) == QStringLiteral("131024"));
    CHECK(japan(*db, QStringLiteral("Chiyoda-ku")) == QStringLiteral("131016"));
    // Not a place: said so.
    CHECK(japan(*db, QStringLiteral("Atlantis City")).startsWith(QLatin1String("error: ")));
}

TEST_CASE("When the suffix decides between two places of one name, import says which it chose",
          "[csvimport][places][server]")
{
    auto db = test::memoryDatabase();
    QString note;
    CHECK(japan(*db, QStringLiteral("Fuchu Town, Hiroshima"), &note) == QStringLiteral("343021"));
    CHECK(note.contains(s(u"広島県府中町")));
    CHECK(note.contains(s(u"広島県府中市"))); // the one not chosen
    CHECK(japan(*db, QStringLiteral("Fuchu City, Hiroshima"), &note) == QStringLiteral("342084"));
    CHECK(note.contains(s(u"広島県府中町")));
    CHECK(japan(*db, QStringLiteral("Kyoto City"), &note) == QStringLiteral("261009"));
    CHECK(note.contains(s(u"京都府")));
    CHECK(japan(*db, QStringLiteral("Kyoto-fu"), &note) == QStringLiteral("26"));
    CHECK(note.contains(s(u"京都市")));
    // Without a suffix the name alone cannot choose: refused with the candidates.
    const QString both = japan(*db, QStringLiteral("Fuchu, Hiroshima"));
    CHECK(both.contains(QStringLiteral("343021")));
    CHECK(both.contains(QStringLiteral("342084")));
    const QString three = japan(*db, QStringLiteral("Fuchu City"));
    CHECK(three.contains(QStringLiteral("132063")));
    CHECK(three.contains(QStringLiteral("342084")));
    // A name with one place needs no note.
    CHECK(japan(*db, QStringLiteral("Otaru City"), &note) == QStringLiteral("012033"));
    CHECK(note.isEmpty());

    // In a file, the note is the row's, and the row imports.
    CsvImport import(*db, test::csvFormat("affiliations"));
    import.loadBytes(utf8(QString::fromLatin1(AffiliationHeader) +
                          QStringLiteral("\"Fuchu Town, Hiroshima\",Eugene,city,OR,sister_city,"
                                         "1990,active\n")));
    import.analyze();
    REQUIRE(import.rejectedCount() == 0);
    REQUIRE(import.rows().front().notes.size() == 1);
    CHECK(import.rows().front().notes.front().startsWith(QLatin1String("Japanese side: ")));
    import.commit(false);
    CHECK(ties(*db).front().japanCode == QStringLiteral("343021"));
}

TEST_CASE("Import reads traditional Hepburn, long vowels and ヶ in place names",
          "[csvimport][places][server]")
{
    auto db = test::memoryDatabase();
    CHECK(japan(*db, QStringLiteral("Gumma")) == QStringLiteral("10"));
    CHECK(japan(*db, QStringLiteral("Gumma-ken")) == QStringLiteral("10"));
    for (const char16_t* otsu :
         {u"Ōtsu City", u"Ootsu-shi", u"Ohtsu City", u"Otsu, Shiga", u"Ôtsu-shi"}) {
        INFO(s(otsu).toStdString());
        CHECK(japan(*db, s(otsu)) == QStringLiteral("252018"));
    }
    CHECK(japan(*db, QStringLiteral("Hombetsu-cho")) == QStringLiteral("016462"));
    CHECK(japan(*db, QStringLiteral("Sammu City")) == QStringLiteral("122378"));
    for (const char16_t* seki :
         {u"関ヶ原町", u"関ケ原町", u"関ヵ原町", u"関が原町", u"岐阜県関ヶ原町"})
        CHECK(japan(*db, s(seki)) == QStringLiteral("213624"));

    CsvImport import(*db, test::csvFormat("affiliations"));
    import.loadBytes(utf8(QString::fromLatin1(AffiliationHeader) +
                          s(u"関ヶ原町,Fairfield,city,OH,sister_city,1990,active\n"
                            "Gumma,Ohio,state,OH,sister_state,1990,active\n")));
    import.analyze();
    INFO(allErrors(import).toStdString());
    CHECK(import.rejectedCount() == 0);
}

TEST_CASE("A name in one column goes to the Latin fields when it is in Latin letters, in order",
          "[csvimport][names][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(utf8(s(u"Name\n"
                            "Trần Văn An\n"
                            "Nguyễn Thị Minh Khai\n"
                            "Kaʻiulani Kawānanakoa\n"
                            "Seán O'Brien-Murphy\n"
                            "\"Yamada, Taro\"\n"
                            "山田 太郎\n")));
    import.analyze();
    REQUIRE(import.rejectedCount() == 0);
    import.commit(false);
    QHash<QString, PersonName> byFamily;
    for (const Person& p : PersonRepository(*db).list())
        byFamily.insert(p.name.family.isEmpty() ? p.name.familyKanji : p.name.family, p.name);
    REQUIRE(byFamily.size() == 6);
    CHECK(byFamily.value(s(u"Trần")).given == s(u"Văn An"));
    CHECK(byFamily.value(s(u"Trần")).familyKanji.isEmpty());
    CHECK(byFamily.value(s(u"Nguyễn")).given == s(u"Thị Minh Khai"));
    CHECK(byFamily.value(s(u"Kawānanakoa")).given == s(u"Kaʻiulani"));
    CHECK(byFamily.value(s(u"Kawānanakoa")).givenKanji.isEmpty());
    CHECK(byFamily.value(s(u"O'Brien-Murphy")).given == s(u"Seán"));
    CHECK(byFamily.value(QStringLiteral("Yamada")).given == QStringLiteral("Taro"));
    CHECK(byFamily.value(s(u"山田")).givenKanji == s(u"太郎"));
    CHECK(byFamily.value(s(u"山田")).family.isEmpty());
}

TEST_CASE("A “?” in a name from a Shift_JIS file is refused as a lost character before anything "
          "is written",
          "[csvimport][names][server]")
{
    auto db = test::memoryDatabase();
    // Excel saving 𠮷田 and Nguyễn as Shift_JIS writes ?田 and Nguy?n.
    QStringEncoder enc("windows-31j");
    const QByteArray bytes = enc.encode(s(u"姓（漢字）,名（漢字）,姓（ローマ字）,名（ローマ字）\r\n"
                                          "山田,太郎,Yamada,Taro\r\n"
                                          "?田,花子,Yoshida,Hanako\r\n"
                                          "グエン,アン,Nguy?n,An\r\n"));
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(bytes);
    CHECK(import.encoding() == CsvEncoding::Cp932);
    import.analyze();
    CHECK(import.rejectedCount() == 2);
    CHECK(import.rows()[0].errors.isEmpty());
    REQUIRE(import.rows()[1].errors.size() == 1);
    CHECK(import.rows()[1].line == 3);
    CHECK(import.rows()[1].errors.front().contains(s(u"“?田”")));
    CHECK(import.rows()[1].errors.front().contains(QStringLiteral("Shift_JIS")));
    CHECK(import.rows()[2].errors.front().contains(s(u"“Nguy?n”")));
    CHECK_THROWS_AS(import.commit(false), StorageError);
    CHECK(PersonRepository(*db).list().isEmpty());
}

TEST_CASE("Import reads era dates, years with 年 and US dates in the order given",
          "[csvimport][dates][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("affiliations"));
    import.loadBytes(utf8(QString::fromLatin1(AffiliationHeader) +
                          s(u"長崎市,St. Paul,city,MN,sister_city,昭和30年,active\n"
                            "42,Minnesota,state,MN,sister_state,平成元年,active\n"
                            "兵庫県,Washington,state,WA,sister_state,1963年10月,active\n"
                            "北海道,Alberta,province,AB,sister_state,1980年,active\n"
                            "札幌市,Portland,city,OR,sister_city,S34.11.17,active\n"
                            "大阪市,Chicago,city,IL,sister_city,令和2年4月1日,active\n")));
    import.analyze();
    INFO(allErrors(import).toStdString());
    REQUIRE(import.rejectedCount() == 0);
    import.commit(false);
    QHash<QString, QString> established;
    for (const SisterAffiliation& a : ties(*db))
        established.insert(a.northAmericaName, a.established.toIso());
    CHECK(established.value(QStringLiteral("St. Paul")) == QStringLiteral("1955"));
    CHECK(established.value(QStringLiteral("Minnesota")) == QStringLiteral("1989"));
    CHECK(established.value(QStringLiteral("Washington")) == QStringLiteral("1963-10"));
    CHECK(established.value(QStringLiteral("Alberta")) == QStringLiteral("1980"));
    CHECK(established.value(QStringLiteral("Portland")) == QStringLiteral("1959-11-17"));
    CHECK(established.value(QStringLiteral("Chicago")) == QStringLiteral("2020-04-01"));
}

TEST_CASE("Era dates an era did not reach are refused with the reason",
          "[csvimport][dates][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("events"));
    import.loadBytes(utf8(s(u"Title (English),Date\n"
                            "A,平成32年1月1日\n"
                            "B,令和元年4月1日\n"
                            "C,平成31年4月30日\n"
                            "D,令和元年5月1日\n")));
    import.analyze();
    CHECK(!import.rows()[0].errors.isEmpty());
    CHECK(import.rows()[0].errors.front().contains(s(u"平成")));
    CHECK(!import.rows()[1].errors.isEmpty());
    CHECK(import.rows()[2].errors.isEmpty());
    CHECK(import.rows()[3].errors.isEmpty());
}

TEST_CASE("US dates: the order chosen, the order the file shows, or refused when it cannot tell",
          "[csvimport][dates][server]")
{
    auto eventDate = [](DateOrder order, const QString& file) {
        auto db = test::memoryDatabase();
        CsvImport import(*db, test::csvFormat("events"));
        import.setDateOrder(order);
        import.loadBytes(utf8(QStringLiteral("Title (English),Date\n") + file));
        import.analyze();
        if (import.rejectedCount() > 0)
            return QStringLiteral("refused: ") + allErrors(import);
        import.commit(false);
        QStringList dates;
        for (const OfficeEvent& e : OfficeEventRepository(*db).list())
            dates << e.date.toString(Qt::ISODate);
        dates.sort();
        return dates.join(QLatin1Char(' '));
    };
    CHECK(eventDate(DateOrder::MonthDayYear, QStringLiteral("Day,4/1/2020\n")) ==
          QStringLiteral("2020-04-01"));
    CHECK(eventDate(DateOrder::DayMonthYear, QStringLiteral("Day,4/1/2020\n")) ==
          QStringLiteral("2020-01-04"));
    // The file's other dates show the order.
    CHECK(eventDate(DateOrder::Auto, QStringLiteral("Day,4/1/2020\nXmas,12/25/2020\n")) ==
          QStringLiteral("2020-04-01 2020-12-25"));
    CHECK(eventDate(DateOrder::Auto, QStringLiteral("Day,4/1/2020\nXmas,25/12/2020\n")) ==
          QStringLiteral("2020-01-04 2020-12-25"));
    // Nothing shows it: refused, saying how to tell.
    const QString refused = eventDate(DateOrder::Auto, QStringLiteral("Day,4/1/2020\n"));
    CHECK(refused.startsWith(QLatin1String("refused: 2: ")));
    CHECK(refused.contains(QStringLiteral("April 1, 2020 or January 4, 2020")));
    // ymd: only dates that start with the year.
    CHECK(eventDate(DateOrder::YearMonthDay, QStringLiteral("Day,2020/4/1\n")) ==
          QStringLiteral("2020-04-01"));
    CHECK(eventDate(DateOrder::YearMonthDay, QStringLiteral("Day,4/1/2020\n"))
              .startsWith(QLatin1String("refused: ")));
    CHECK(eventDate(DateOrder::MonthDayYear, QStringLiteral("Day,13/1/2020\n"))
              .startsWith(QLatin1String("refused: ")));
    CHECK(eventDate(DateOrder::MonthDayYear, QStringLiteral("Day,4/1/20\n"))
              .contains(QStringLiteral("four")));
    CHECK(eventDate(DateOrder::Auto, QStringLiteral("Day,\"April 1, 2020\"\n")) ==
          QStringLiteral("2020-04-01"));

    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("events"));
    import.loadBytes(utf8(QStringLiteral("Title (English),Date\nDay,4/1/2020\nXmas,12/25/2020\n")));
    CHECK(import.hasSlashDates());
    CHECK(import.detectedDateOrder() == DateOrder::MonthDayYear);
    CHECK(import.ambiguousDateExample() == QStringLiteral("4/1/2020"));
}

TEST_CASE("A person written with the common form of a variant kanji is a likely duplicate",
          "[csvimport][duplicates][server]")
{
    auto db = test::memoryDatabase();
    Person stored;
    stored.name.familyKanji = s(u"髙橋");
    stored.name.givenKanji = s(u"一郎");
    PersonRepository(*db).add(stored);
    CsvImport import(*db, test::csvFormat("people"));
    import.loadBytes(utf8(s(u"Name\n高橋 一郎\n渡辺 花子\n")));
    import.analyze();
    REQUIRE(import.rows()[0].duplicates.size() == 1);
    CHECK(import.rows()[0].duplicates.front().display == s(u"髙橋 一郎"));
    CHECK(import.rows()[0].decision == ImportDecision::Skip);
    CHECK(import.rows()[1].duplicates.isEmpty());
}

TEST_CASE("Two identical rows of one file are caught with both line numbers",
          "[csvimport][duplicates][server]")
{
    auto db = test::memoryDatabase();
    {
        CsvImport import(*db, test::csvFormat("people"));
        import.loadBytes(utf8(s(u"Family name,Given name\n"
                                "Yamada,Taro\n"
                                "Suzuki,Jiro\n"
                                "Yamada,Taro\n")));
        import.analyze();
        CHECK(import.rows()[0].duplicates.isEmpty());
        REQUIRE(import.rows()[2].duplicates.size() == 1);
        const ImportRow::Candidate& c = import.rows()[2].duplicates.front();
        CHECK(import.rows()[2].line == 4);
        CHECK(c.inFile());
        CHECK(c.line == 2);
        CHECK(import.rows()[2].decision == ImportDecision::Skip);
        const ImportSummary summary = import.commit(false);
        CHECK(summary.added == 2);
        CHECK(summary.skipped == 1);
    }
    {
        // Merged into the record the earlier line adds.
        CsvImport import(*db, test::csvFormat("people"));
        import.loadBytes(utf8(s(u"Family name,Given name,Email\n"
                                "Kato,Ken,\n"
                                "Kato,Ken,ken@example.org\n")));
        import.analyze();
        import.setDecision(1, ImportDecision::Merge);
        CHECK(import.rows()[1].mergeTarget == -2);
        import.analyze();
        INFO(allErrors(import).toStdString());
        REQUIRE(import.rejectedCount() == 0);
        const ImportSummary summary = import.commit(false);
        CHECK(summary.added == 1);
        CHECK(summary.merged == 1);
        int katos = 0;
        for (const Person& p : PersonRepository(*db).list())
            if (p.name.family == QLatin1String("Kato")) {
                ++katos;
                CHECK(p.email == QStringLiteral("ken@example.org"));
            }
        CHECK(katos == 1);
    }
}

TEST_CASE("Affiliations: St. and Saint are one place, a repeat in the file is caught, and "
          "adding a second active tie says what really happens",
          "[csvimport][duplicates][affiliations][server]")
{
    auto db = test::memoryDatabase();
    {
        CsvImport import(*db, test::csvFormat("affiliations"));
        import.loadBytes(utf8(QString::fromLatin1(AffiliationHeader) +
                              QStringLiteral("42,Saint Louis,city,MO,sister_city,1990,active\n")));
        import.analyze();
        import.commit(false);
    }
    CsvImport import(*db, test::csvFormat("affiliations"));
    import.loadBytes(utf8(QString::fromLatin1(AffiliationHeader) +
                          QStringLiteral("Nagasaki Prefecture,St. Louis,city,MO,sister_city,1990,"
                                         "active\n"
                                         "42,Mt. Vernon,city,WA,,1990,active\n"
                                         "42,Mount Vernon,city,WA,,1990,active\n")));
    import.analyze();
    // Line 2 looks like the tie on file, and is skipped until decided.
    REQUIRE(import.rows()[0].duplicates.size() == 1);
    CHECK_FALSE(import.rows()[0].duplicates.front().inFile());
    CHECK(import.rows()[0].decision == ImportDecision::Skip);
    // Line 4 names the place of line 3 another way: a look-alike, added
    // unless decided, and refused for what the rule really is.
    REQUIRE(import.rows()[2].duplicates.size() == 1);
    CHECK(import.rows()[2].duplicates.front().line == 3);
    CHECK_FALSE(import.rows()[2].duplicates.front().sameRow);
    REQUIRE(import.rows()[2].errors.size() == 1);
    const QString inFile = import.rows()[2].errors.front();
    CHECK(inFile.contains(QStringLiteral("Line 3 of this file")));
    CHECK_FALSE(inFile.contains(QStringLiteral("already registered")));
    CHECK_FALSE(inFile.contains(QStringLiteral("already on file")));
    CHECK(import.rejectedCount() == 1);

    // --duplicates add: the tie on file is refused for what the rule is too.
    import.setDecision(0, ImportDecision::Add);
    import.analyze();
    REQUIRE(import.rows()[0].errors.size() == 1);
    const QString onFile = import.rows()[0].errors.front();
    CHECK(onFile.contains(QStringLiteral("already on file")));
    CHECK_FALSE(onFile.contains(QStringLiteral("already registered")));
    CHECK_FALSE(onFile.contains(QStringLiteral("open it instead")));
    CHECK(import.rows()[1].errors.isEmpty());

    // Given as inactive, the second tie is a record of its own and is added.
    CsvImport inactive(*db, test::csvFormat("affiliations"));
    inactive.loadBytes(utf8(QString::fromLatin1(AffiliationHeader) +
                            QStringLiteral("42,St Louis,city,MO,sister_city,1960,inactive\n")));
    inactive.analyze();
    inactive.setDecision(0, ImportDecision::Add);
    inactive.analyze();
    CHECK(inactive.rejectedCount() == 0);
}

TEST_CASE("A sister-state row with a city is refused, without a kind the kind follows, and "
          "sister province is a type",
          "[csvimport][affiliations][server]")
{
    auto db = test::memoryDatabase();
    CsvImport import(*db, test::csvFormat("affiliations"));
    import.loadBytes(utf8(QString::fromLatin1(AffiliationHeader) +
                          s(u"28,Seattle,city,WA,sister state,1963,active\n"
                            "28,Washington,,WA,sister state,1963,active\n"
                            "01,Alberta,,AB,sister province,1980,active\n"
                            "11,Ohio,,OH,Sister state/province,1990,active\n"
                            "08,Ohio,state,OH,姉妹州,2019,active\n")));
    import.analyze();
    REQUIRE(import.rows()[0].errors.size() == 1);
    CHECK(import.rows()[0].errors.front().contains(QStringLiteral("city")));
    CHECK(import.rejectedCount() == 1);
    import.skipRejected();
    import.commit(false);
    QHash<QString, SisterAffiliation> byPrefecture;
    for (const SisterAffiliation& a : ties(*db))
        byPrefecture.insert(a.japanCode, a);
    REQUIRE(byPrefecture.size() == 4);
    CHECK(byPrefecture.value(QStringLiteral("28")).northAmericaKind == NorthAmericanKind::State);
    CHECK(byPrefecture.value(QStringLiteral("01")).northAmericaKind == NorthAmericanKind::Province);
    CHECK(byPrefecture.value(QStringLiteral("01")).type == AffiliationType::SisterState);
    CHECK(byPrefecture.value(QStringLiteral("11")).type == AffiliationType::SisterState);
    CHECK(byPrefecture.value(QStringLiteral("08")).type == AffiliationType::SisterState);
}

TEST_CASE("Organizations written with another romanization or St. for Saint are likely "
          "duplicates and are found by either name",
          "[csvimport][duplicates][server]")
{
    auto db = test::memoryDatabase();
    OrganizationRepository orgs(*db);
    for (const char* name : {"Gunma Prefectural Government", "Saint Louis County"}) {
        Organization o;
        o.nameEn = QString::fromLatin1(name);
        o.kind = OrganizationKind::LocalGovernment;
        orgs.add(o);
    }
    CsvImport import(*db, test::csvFormat("organizations"));
    import.loadBytes(utf8(QStringLiteral("Name (English)\nGumma Prefectural Government\n"
                                         "St. Louis County\nCity of Otsu\n")));
    import.analyze();
    CHECK(import.rows()[0].duplicates.size() == 1);
    CHECK(import.rows()[1].duplicates.size() == 1);
    CHECK(import.rows()[2].duplicates.isEmpty());

    CsvImport people(*db, test::csvFormat("people"));
    people.loadBytes(utf8(QStringLiteral("Family name,Given name,Organization\n"
                                         "Smith,Ann,St Louis County\n"
                                         "Sato,Ken,Gumma Prefectural Government\n")));
    people.analyze();
    INFO(allErrors(people).toStdString());
    CHECK(people.rejectedCount() == 0);
}
