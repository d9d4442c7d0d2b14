// Names and places as people write them (issue 20): variant kanji, ヶ and ケ,
// romanizations, apostrophes and the ʻokina, hyphens, and the abbreviations
// of North American place names, in Find Anything, in the list filters and
// in the keys duplicate detection compares.
#include "domain/jetaarules.h"
#include "io/namematch.h"
#include "search/searchindex.h"
#include "search/textnormalizer.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/referencerepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSet>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

Person kanjiPerson(const char16_t* family, const char16_t* given, const char* latinFamily)
{
    Person p;
    p.name.familyKanji = s(family);
    p.name.givenKanji = s(given);
    p.name.family = QString::fromLatin1(latinFamily);
    return p;
}

// The titles a search in the language finds among records of the kind.
QStringList found(Database& db, const QString& query, const char* kind,
                  Language lang = Language::Japanese)
{
    QStringList titles;
    for (const SearchHit& h : SearchIndex(db).search(query, lang, 50, QLatin1String(kind)))
        titles << h.title;
    return titles;
}

QStringList foundEn(Database& db, const QString& query, const char* kind)
{
    return found(db, query, kind, Language::English);
}

// The common form and the variant of each pair the issue names.
const std::pair<const char16_t*, const char16_t*> VariantPairs[] = {
    {u"高橋", u"髙橋"}, {u"山崎", u"山﨑"}, {u"渡辺", u"渡邊"}, {u"渡辺", u"渡邉"},
    {u"斎藤", u"齋藤"}, {u"斎藤", u"齊藤"}, {u"吉田", u"𠮷田"}, {u"浜田", u"濱田"},
    {u"沢田", u"澤田"}, {u"国分", u"國分"}, {u"広瀬", u"廣瀬"}, {u"真鍋", u"眞鍋"},
};

} // namespace

TEST_CASE("Variant kanji fold to the form staff type, and only for matching", "[search][names]")
{
    for (const auto& [common, variant] : VariantPairs) {
        INFO(s(variant).toStdString());
        CHECK(normalizeForSearch(s(variant)) == normalizeForSearch(s(common)));
    }
    // Distinct characters stay distinct.
    CHECK(normalizeForSearch(s(u"崎")) != normalizeForSearch(s(u"埼")));
    CHECK(normalizeForSearch(s(u"濱")) != normalizeForSearch(s(u"瀕")));
    // A variation selector draws the same character: 辺 with one is 辺.
    CHECK(normalizeForSearch(s(u"渡辺\U000E0101")) == normalizeForSearch(s(u"渡辺")));
    CHECK(uint(commonKanji(U'髙')) == uint(U'高'));
    CHECK(uint(commonKanji(U'高')) == uint(U'高'));
}

TEST_CASE("The variant table is Unihan's official Japanese variants and the office's list, each "
          "with its source",
          "[search][names]")
{
    QFile file(QStringLiteral(":/refdata/kanji_variants.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.front() == QStringLiteral("variant,common,source"));
    CHECK(lines.size() > 250);
    QSet<QString> sources;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(','));
        REQUIRE(f.size() == 3);
        sources.insert(f[2]);
        // Every variant folds to its common form, which is no variant itself.
        CHECK(uint(commonKanji(f[0].toUcs4().front())) == f[1].toUcs4().front());
        CHECK(uint(commonKanji(f[1].toUcs4().front())) == f[1].toUcs4().front());
    }
    CHECK(sources == QSet<QString>{QStringLiteral("kJinmeiyoKanji"), QStringLiteral("kJoyoKanji"),
                                   QStringLiteral("kZVariant"), QStringLiteral("office")});
    QFile doc(QStringLiteral(JLGC_SOURCE_DIR "/resources/refdata/SOURCES.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    CHECK(text.contains(QStringLiteral("kanji_variants.csv")));
    CHECK(text.contains(QStringLiteral("Unihan")));
}

TEST_CASE("ヶ, ケ, ヵ and が between kanji are one, and apostrophes, ʻokina and dashes are dropped",
          "[search][names]")
{
    const QString sekigahara = normalizeForSearch(s(u"関ケ原町"));
    CHECK(normalizeForSearch(s(u"関ヶ原町")) == sekigahara);
    CHECK(normalizeForSearch(s(u"関ヵ原町")) == sekigahara);
    CHECK(normalizeForSearch(s(u"関が原町")) == sekigahara);
    CHECK(normalizeForSearch(s(u"八ヶ岳")) == normalizeForSearch(s(u"八ケ岳")));
    // ケ elsewhere is the katakana ke.
    CHECK(normalizeForSearch(s(u"ケーキ")) == normalizeForSearch(s(u"けーき")));
    CHECK(normalizeForSearch(s(u"Hawaiʻi")) == QStringLiteral("hawaii"));
    CHECK(normalizeForSearch(s(u"Hawai'i")) == QStringLiteral("hawaii"));
    CHECK(normalizeForSearch(s(u"Hawai‘i")) == QStringLiteral("hawaii"));
    CHECK(normalizeForSearch(s(u"Winston–Salem")) == normalizeForSearch(s(u"Winston-Salem")));
}

TEST_CASE("Romanizations of one name share a key: m before b, m, p and long vowels",
          "[search][names]")
{
    auto key = [](const char16_t* t) { return romanizationKey(normalizeForSearch(s(t))); };
    CHECK(key(u"Gumma") == key(u"Gunma"));
    CHECK(key(u"Shimbashi") == key(u"Shinbashi"));
    CHECK(key(u"Namba") == key(u"Nanba"));
    for (const char16_t* otsu : {u"Ōtsu", u"Ôtsu", u"Ootsu", u"Outsu", u"Ohtsu"})
        CHECK(key(otsu) == key(u"Otsu"));
    CHECK(key(u"Ōhara") == key(u"Ohara")); // oh before a vowel is not a long vowel
    CHECK(key(u"Kohoku") != key(u"Koku"));
    CHECK(containsFolded(QStringLiteral("gunmaken"), QStringLiteral("gumma")));
}

TEST_CASE("Find Anything finds a variant kanji by the common form and keeps what was stored",
          "[search][names][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    people.add(kanjiPerson(u"髙橋", u"一郎", "Takahashi"));
    people.add(kanjiPerson(u"山﨑", u"二郎", "Yamazaki"));
    people.add(kanjiPerson(u"渡邊", u"三郎", "Watanabe"));
    people.add(kanjiPerson(u"齋藤", u"四郎", "Saito"));
    people.add(kanjiPerson(u"𠮷田", u"五郎", "Yoshida"));
    people.add(kanjiPerson(u"濱田", u"六郎", "Hamada"));
    people.add(kanjiPerson(u"高橋", u"七郎", "Takahashi"));

    CHECK(found(*db, s(u"高橋"), "person") ==
          QStringList{s(u"髙橋 一郎"), s(u"高橋 七郎")}); // either form, exactly as stored
    CHECK(found(*db, s(u"髙橋"), "person").size() == 2);
    CHECK(found(*db, s(u"山崎"), "person") == QStringList{s(u"山﨑 二郎")});
    CHECK(found(*db, s(u"渡辺"), "person") == QStringList{s(u"渡邊 三郎")});
    CHECK(found(*db, s(u"斎藤"), "person") == QStringList{s(u"齋藤 四郎")});
    CHECK(found(*db, s(u"斉藤"), "person") == QStringList{s(u"齋藤 四郎")});
    CHECK(found(*db, s(u"吉田"), "person") == QStringList{s(u"𠮷田 五郎")});
    CHECK(found(*db, s(u"浜田"), "person") == QStringList{s(u"濱田 六郎")});
    CHECK(found(*db, s(u"吉"), "person") == QStringList{s(u"𠮷田 五郎")});
}

TEST_CASE("Find Anything finds Hawaiʻi by hawaii, and each part of a hyphenated name",
          "[search][names][server]")
{
    auto db = test::memoryDatabase();
    OrganizationRepository orgs(*db);
    for (const char16_t* name : {u"State of Hawaiʻi", u"City of Winston-Salem",
                                 u"Saint Louis County", u"Mt. Pleasant Town Council"}) {
        Organization o;
        o.nameEn = s(name);
        o.kind = OrganizationKind::LocalGovernment;
        orgs.add(o);
    }
    Person jeanLuc;
    jeanLuc.name.given = QStringLiteral("Jean-Luc");
    jeanLuc.name.family = QStringLiteral("Tremblay");
    PersonRepository(*db).add(jeanLuc);

    for (const char16_t* q : {u"hawaii", u"hawai'i", u"Hawaiʻi", u"HAWAI‘I"})
        CHECK(foundEn(*db, s(q), "organization") == QStringList{s(u"State of Hawaiʻi")});
    CHECK(foundEn(*db, QStringLiteral("salem"), "organization") ==
          QStringList{QStringLiteral("City of Winston-Salem")});
    CHECK(foundEn(*db, QStringLiteral("winston-salem"), "organization").size() == 1);
    CHECK(foundEn(*db, s(u"Winston–Salem"), "organization").size() == 1);
    CHECK(foundEn(*db, QStringLiteral("luc"), "person") ==
          QStringList{QStringLiteral("Jean-Luc Tremblay")});
    // Abbreviations of place names find the words written out, and back.
    CHECK(foundEn(*db, QStringLiteral("st louis"), "organization") ==
          QStringList{QStringLiteral("Saint Louis County")});
    CHECK(foundEn(*db, QStringLiteral("mount pleasant"), "organization") ==
          QStringList{QStringLiteral("Mt. Pleasant Town Council")});
}

TEST_CASE("Find Anything finds places by traditional Hepburn, long vowels and ヶ",
          "[search][names][server]")
{
    auto db = test::memoryDatabase();
    CHECK(found(*db, QStringLiteral("Gumma"), "prefecture") == QStringList{s(u"群馬県")});
    for (const char16_t* q : {u"Ohtsu", u"Ootsu", u"Ōtsu", u"Otsu"})
        CHECK(found(*db, s(q), "municipality").contains(s(u"滋賀県大津市")));
    CHECK(found(*db, QStringLiteral("Hombetsu"), "municipality") ==
          QStringList{s(u"北海道本別町")});
    CHECK(found(*db, QStringLiteral("Sammu"), "municipality") == QStringList{s(u"千葉県山武市")});
    CHECK(found(*db, s(u"関ヶ原"), "municipality") == QStringList{s(u"岐阜県関ケ原町")});
    CHECK(found(*db, s(u"関が原町"), "municipality") == QStringList{s(u"岐阜県関ケ原町")});
}

TEST_CASE("The lists of local governments filter by traditional Hepburn, long vowels and ヶ",
          "[search][names][reference][server]")
{
    auto db = test::memoryDatabase();
    ReferenceRepository ref(*db);
    auto names = [&](const QString& text) {
        QStringList out;
        MunicipalityFilter f;
        f.text = text;
        for (const Municipality& m : ref.municipalities(f))
            out << m.prefectureJa + m.nameJa;
        return out;
    };
    CHECK(names(QStringLiteral("Ohtsu")).contains(s(u"滋賀県大津市")));
    CHECK(names(s(u"Ōtsu")).contains(s(u"滋賀県大津市")));
    CHECK(names(s(u"関ヶ原")) == QStringList{s(u"岐阜県関ケ原町")});
    CHECK(names(QStringLiteral("Hombetsu")) == QStringList{s(u"北海道本別町")});
    // The prefecture's name finds its municipalities, in either spelling.
    CHECK(names(QStringLiteral("Gumma")).size() == names(QStringLiteral("Gunma")).size());
    CHECK(names(QStringLiteral("Gumma")).size() > 30);
    QStringList prefectures;
    for (const Prefecture& p : ref.prefecturesMatching(QStringLiteral("Gumma")))
        prefectures << p.nameJa;
    CHECK(prefectures == QStringList{s(u"群馬県")});
    bool picked = false;
    for (const Jurisdiction& j : ref.searchJurisdictions(QStringLiteral("Ootsu"), 20))
        picked = picked || j.nameJa == s(u"大津市");
    CHECK(picked);
}

TEST_CASE("The list of affiliations filters by variant kanji and romanizations of either side",
          "[search][names][affiliations][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliationRepository repo(*db);
    SisterAffiliation a;
    a.japanCode = QStringLiteral("102024"); // 群馬県高崎市
    a.northAmericaName = s(u"Hawaiʻi County");
    a.northAmericaKind = NorthAmericanKind::County;
    a.subdivisionCode = QStringLiteral("US-HI");
    a.country = QStringLiteral("US");
    repo.add(a);
    auto count = [&](const QString& text) {
        AffiliationFilter f;
        f.text = text;
        return repo.list(f).size();
    };
    CHECK(count(QStringLiteral("Gumma")) == 1);
    CHECK(count(s(u"髙崎")) == 1);
    CHECK(count(QStringLiteral("hawaii")) == 1);
    CHECK(count(QStringLiteral("hawai'i")) == 1);
    CHECK(count(QStringLiteral("Ohio")) == 0);
}

TEST_CASE("Duplicate keys: variant kanji, romanizations and place-name abbreviations meet",
          "[names][duplicates]")
{
    PersonName variant;
    variant.familyKanji = s(u"髙橋");
    variant.givenKanji = s(u"一郎");
    PersonName common;
    common.familyKanji = s(u"高橋");
    common.givenKanji = s(u"一郎");
    CHECK(namematch::personKeys(variant).front() == namematch::personKeys(common).front());
    CHECK(namematch::textKeys(s(u"渡辺 一郎"))
              .contains(namematch::personKeys([] {
                            PersonName n;
                            n.familyKanji = QString::fromUtf16(u"渡邊");
                            n.givenKanji = QString::fromUtf16(u"一郎");
                            return n;
                        }())
                            .front()));
    CHECK(namematch::romajiKey(QStringLiteral("Homma Ichiro")) ==
          namematch::romajiKey(QStringLiteral("Honma Ichiro")));
    CHECK(namematch::romajiKey(QStringLiteral("Ohno")) == namematch::romajiKey(s(u"Ōno")));

    const QString louis = placeNameKey(QStringLiteral("Saint Louis"));
    CHECK(placeNameKey(QStringLiteral("St. Louis")) == louis);
    CHECK(placeNameKey(QStringLiteral("St Louis")) == louis);
    CHECK(placeNameKey(QStringLiteral("ST. LOUIS")) == louis);
    CHECK(placeNameKey(QStringLiteral("Ste. Genevieve")) ==
          placeNameKey(QStringLiteral("Sainte Genevieve")));
    CHECK(placeNameKey(QStringLiteral("Mt. Vernon")) ==
          placeNameKey(QStringLiteral("Mount Vernon")));
    CHECK(placeNameKey(QStringLiteral("Winston-Salem")) == placeNameKey(s(u"Winston–Salem")));
    CHECK(placeNameKey(QStringLiteral("St-Jean-sur-Richelieu")) ==
          placeNameKey(QStringLiteral("Saint-Jean-sur-Richelieu")));
    CHECK(placeNameKey(QStringLiteral("Stockton")) != placeNameKey(QStringLiteral("Saintockton")));
}

TEST_CASE("A second active tie between the same places is refused however the name is written",
          "[names][duplicates][affiliations][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliationRepository repo(*db);
    SisterAffiliation first;
    first.japanCode = QStringLiteral("422011"); // 長崎市
    first.northAmericaName = QStringLiteral("St. Paul");
    first.subdivisionCode = QStringLiteral("US-MN");
    first.country = QStringLiteral("US");
    first.established = PartialDate::ofYear(1955);
    repo.add(first);
    for (const char* name : {"Saint Paul", "St Paul", "SAINT PAUL"}) {
        SisterAffiliation again = first;
        again.northAmericaName = QString::fromLatin1(name);
        INFO(name);
        CHECK_THROWS_AS(repo.add(again), StorageError);
    }
    SisterAffiliation dash;
    dash.japanCode = QStringLiteral("422011");
    dash.northAmericaName = QStringLiteral("Winston-Salem");
    dash.subdivisionCode = QStringLiteral("US-NC");
    dash.country = QStringLiteral("US");
    repo.add(dash);
    dash.northAmericaName = s(u"Winston–Salem");
    CHECK_THROWS_AS(repo.add(dash), StorageError);
}

TEST_CASE("A sister-state tie whose North American side is a city is refused with the reason",
          "[affiliations][server]")
{
    auto db = test::memoryDatabase();
    SisterAffiliation a;
    a.japanCode = QStringLiteral("28");
    a.northAmericaName = QStringLiteral("Seattle");
    a.northAmericaKind = NorthAmericanKind::City;
    a.subdivisionCode = QStringLiteral("US-WA");
    a.country = QStringLiteral("US");
    a.type = AffiliationType::SisterState;
    bool refused = false;
    for (const StorageError::FieldError& e : a.validate())
        refused = refused || (e.field == QLatin1String("northAmericaKind") &&
                              e.message.contains(QLatin1String("city")));
    CHECK(refused);
    CHECK_THROWS_AS(SisterAffiliationRepository(*db).add(a), StorageError);
    a.northAmericaKind = NorthAmericanKind::State;
    a.northAmericaName = QStringLiteral("Washington");
    CHECK(a.validate().isEmpty());
}

TEST_CASE("Upgrading folds stored names again, and two active ties that now fold alike are both "
          "kept",
          "[names][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v8.sqlite"));
    {
        Database::Options opts;
        opts.targetVersion = 8;
        Database old(path, opts);
        REQUIRE(old.schemaVersion() == 8);
        // As version 8 folded them: the en dash and the ʻokina were kept.
        const char16_t* rows[][2] = {{u"Winston-Salem", u"winstonsalem"},
                                     {u"Winston–Salem", u"winston–salem"},
                                     {u"Hawaiʻi County", u"hawaiʻicounty"}};
        for (const auto& [name, key] : rows)
            Query(old, QStringLiteral("INSERT INTO sister_affiliation (prefecture_code, "
                                      "municipality_code, na_name, na_key, na_kind, "
                                      "subdivision_code, country, type, status, created_at, "
                                      "updated_at) VALUES ('42', '422011', :name, :key, 'city', "
                                      ":sub, 'US', 'sister_city', 'active', '2020-01-01', "
                                      "'2020-01-01')"))
                .bind(QStringLiteral(":name"), s(name))
                .bind(QStringLiteral(":key"), s(key))
                .bind(QStringLiteral(":sub"), s(name).startsWith(QLatin1String("Hawai"))
                                                  ? QStringLiteral("US-HI")
                                                  : QStringLiteral("US-NC"))
                .exec();
    }
    Database db(path);
    CHECK(db.schemaVersion() == Database::latestVersion());
    SisterAffiliationRepository repo(db);
    CHECK(repo.list().size() == 3); // nothing lost, nothing refused
    AffiliationFilter hawaii;
    hawaii.text = QStringLiteral("hawaii");
    CHECK(repo.list(hawaii).size() == 1); // its key folded again
    // The index is built again with the new folding.
    CHECK(found(db, QStringLiteral("hawaii"), "sister_affiliation").size() == 1);
    CHECK(found(db, QStringLiteral("salem"), "sister_affiliation").size() == 2);
    CHECK(found(db, QStringLiteral("Gumma"), "prefecture") == QStringList{s(u"群馬県")});
    // No history was written by folding again.
    CHECK(Query(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = "
                                   "'sister_affiliation' AND action = 'update'"))
              .exec()
              .scalar()
              .toInt() == 0);
}
