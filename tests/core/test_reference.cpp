#include "io/csvreader.h"
#include "search/textnormalizer.h"
#include "storage/database.h"
#include "storage/referencerepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
QStringList names(const QList<Municipality>& list)
{
    QStringList out;
    for (const Municipality& m : list)
        out << m.nameJa;
    return out;
}
} // namespace

TEST_CASE("Kitaibaraki is found by kanji, kana, romaji and code", "[reference][search][server]")
{
    auto db = test::memoryDatabase();
    ReferenceRepository repo(*db);
    for (const QString& query :
         {QStringLiteral("北茨"), QStringLiteral("きたいばらき"), QStringLiteral("キタイバラキ"),
          QStringLiteral("kitaibaraki"), QStringLiteral("KitaIbaraki"), QStringLiteral("082155"),
          QStringLiteral("ｷﾀｲﾊﾞﾗｷ")}) {
        INFO(query.toStdString());
        const QStringList found = names(repo.municipalities({query, {}, {}}));
        CHECK(found.contains(QStringLiteral("北茨城市")));
    }
    const auto m = repo.municipality(QStringLiteral("082155"));
    REQUIRE(m);
    CHECK(m->nameJa == QStringLiteral("北茨城市"));
    CHECK(m->prefectureJa == QStringLiteral("茨城県"));
    CHECK(m->displayWithPrefecture(Language::Japanese) == QStringLiteral("茨城県北茨城市"));
}

TEST_CASE("Romaji finds names with long vowels either way", "[reference][search][server]")
{
    auto db = test::memoryDatabase();
    ReferenceRepository repo(*db);
    // 中央区 of Tokyo is ちゅうおうく: chuuouku and chuoku both find it.
    CHECK(names(repo.municipalities({QStringLiteral("chuoku"), QStringLiteral("13"), {}}))
              .contains(QStringLiteral("中央区")));
    CHECK(names(repo.municipalities({QStringLiteral("Chūō"), QStringLiteral("13"), {}}))
              .contains(QStringLiteral("中央区")));
    // Municipalities without romaji in the source data are found through their reading.
    CHECK(names(repo.municipalities({QStringLiteral("nakagawashi"), {}, {}}))
              .contains(QStringLiteral("那珂川市")));
}

TEST_CASE("Pickers list prefectures first, then municipalities", "[reference][search][server]")
{
    auto db = test::memoryDatabase();
    ReferenceRepository repo(*db);
    const QList<Jurisdiction> found = repo.searchJurisdictions(QStringLiteral("いばらき"));
    REQUIRE(found.size() >= 2);
    CHECK(found.front().isPrefecture);
    CHECK(found.front().nameJa == QStringLiteral("茨城県"));
    bool hasKitaibaraki = false;
    for (const Jurisdiction& j : found)
        hasKitaibaraki = hasKitaibaraki || j.nameJa == QStringLiteral("北茨城市");
    CHECK(hasKitaibaraki);
}

TEST_CASE("Towns are narrowed by prefecture, kind and text — a prefecture's name finds its towns",
          "[reference][search][server]")
{
    auto db = test::memoryDatabase();
    ReferenceRepository repo(*db);
    // 兵庫県 has 29 cities and 12 towns, no village (the 2024 reference data).
    const QList<Municipality> hyogo = repo.municipalities({{}, QStringLiteral("28"), {}});
    CHECK(hyogo.size() == 41);
    CHECK(repo.municipalities({{}, QStringLiteral("28"), QStringLiteral("city")}).size() == 29);
    CHECK(repo.municipalities({{}, QStringLiteral("28"), QStringLiteral("village")}).isEmpty());
    // Typing the prefecture's name lists every town in it, and only there.
    const QList<Municipality> typed = repo.municipalities({QStringLiteral("hyogo"), {}, {}});
    CHECK(typed.size() == 41);
    for (const Municipality& m : typed)
        CHECK(m.prefectureCode == QStringLiteral("28"));
    // Nothing set: every town.
    CHECK(repo.municipalities({}).size() > 1700);
    // The pickers' search with nothing typed: the first prefectures, up to the limit.
    const QList<Jurisdiction> first = repo.searchJurisdictions(QString(), 5);
    REQUIRE(first.size() == 5);
    CHECK(first.front().nameJa == QStringLiteral("北海道"));
    CHECK(repo.prefecturesMatching(QString()).size() == 47);
    CHECK(repo.subdivisions(QStringLiteral("CA")).size() == 13);
}

TEST_CASE("Designated cities have their wards, states and provinces their codes",
          "[reference][server]")
{
    auto db = test::memoryDatabase();
    ReferenceRepository repo(*db);
    CHECK(repo.wards(QStringLiteral("011002")).size() == 10); // Sapporo
    CHECK(repo.wards(QStringLiteral("221309")).size() == 3);  // Hamamatsu, 2024 layout
    const auto quebec = repo.subdivision(QStringLiteral("CA-QC"));
    REQUIRE(quebec);
    CHECK(quebec->name == QStringLiteral("Quebec"));
    CHECK(repo.subdivisions(QStringLiteral("US")).size() == 57);
    CHECK(repo.prefectures().size() == 47);
}

TEST_CASE("Text is folded for searching the way people expect", "[search]")
{
    CHECK(normalizeForSearch(QStringLiteral("ＡＢＣ")) == QStringLiteral("abc"));
    CHECK(normalizeForSearch(QStringLiteral("ｶﾀｶﾅ")) == QStringLiteral("かたかな"));
    CHECK(normalizeForSearch(QStringLiteral("Montréal")) == QStringLiteral("montreal"));
    CHECK(normalizeForSearch(QStringLiteral("山田 太郎")) == QStringLiteral("山田太郎"));
    CHECK(normalizeForSearch(QStringLiteral("O'Brien")) == QStringLiteral("obrien"));
    // Voiced kana keep their marks: が is not か.
    CHECK(normalizeForSearch(QStringLiteral("ガ")) == QStringLiteral("が"));
    CHECK(kanaToRomaji(QStringLiteral("きたいばらきし")) == QStringLiteral("kitaibarakishi"));
    CHECK(kanaToRomaji(QStringLiteral("さっぽろ")) == QStringLiteral("sapporo"));
    CHECK(kanaToRomaji(QStringLiteral("とうきょう")) == QStringLiteral("toukyou"));
    CHECK(romajiVariants(QStringLiteral("とうきょう")).contains(QStringLiteral("tokyo")));
}

TEST_CASE("CSV fields may hold commas, quotes and line breaks", "[io][csv]")
{
    const QString text = QStringLiteral("\xFEFF"
                                        "name,notes\r\n"
                                        "\"Yamada, Taro\",\"said \"\"hello\"\"\nand left\"\r\n"
                                        "\r\n"
                                        "山田,\n");
    const auto records = CsvReader().parse(text);
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == QStringList{QStringLiteral("name"), QStringLiteral("notes")});
    CHECK(records[1].fields[0] == QStringLiteral("Yamada, Taro"));
    CHECK(records[1].fields[1] == QStringLiteral("said \"hello\"\nand left"));
    CHECK(records[1].line == 2);
    CHECK(records[2].line == 5);
    CHECK(records[2].fields == QStringList{QStringLiteral("山田"), QString()});
}

TEST_CASE("Every US state and Canadian province has its Japanese name", "[reference][server]")
{
    auto db = test::memoryDatabase();
    const QList<Subdivision> all = ReferenceRepository(*db).subdivisions();
    REQUIRE(all.size() == 70);
    for (const Subdivision& s : all) {
        INFO(s.code.toStdString());
        CHECK(s.nameJa() != s.name);
        CHECK_FALSE(s.nameJa().isEmpty());
    }
    const auto oh = ReferenceRepository(*db).subdivision(QStringLiteral("US-OH"));
    REQUIRE(oh);
    CHECK(oh->display(Language::Japanese) == QStringLiteral("オハイオ州"));
    CHECK(oh->display(Language::English) == QStringLiteral("Ohio"));
    CHECK(Subdivision::displayName(QStringLiteral("CA-YT"), QStringLiteral("Yukon"),
                                   Language::Japanese) == QStringLiteral("ユーコン準州"));
    CHECK(Subdivision::displayName(QStringLiteral("XX-ZZ"), QStringLiteral("Elsewhere"),
                                   Language::Japanese) == QStringLiteral("Elsewhere"));
}
