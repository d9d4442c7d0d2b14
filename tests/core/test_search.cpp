#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
Person makePerson(const char16_t* familyKanji, const char16_t* givenKanji, const char16_t* kana,
                  const char16_t* givenKana, const char* family, const char* given)
{
    Person p;
    p.name = {QString::fromUtf8(family),       QString::fromUtf8(given),
              QString::fromUtf16(familyKanji), QString::fromUtf16(givenKanji),
              QString::fromUtf16(kana),        QString::fromUtf16(givenKana)};
    return p;
}

QStringList titles(Database& db, const QString& query, const QString& kind = {},
                   Language lang = Language::Japanese)
{
    QStringList out;
    for (const SearchHit& h : SearchIndex(db).search(query, lang))
        if (kind.isEmpty() || h.kind == kind)
            out << h.title;
    return out;
}
} // namespace

TEST_CASE("Global search finds people by any script, one or two characters included",
          "[search][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    people.add(makePerson(u"山田", u"太郎", u"やまだ", u"たろう", "Yamada", "Taro"));
    people.add(makePerson(u"山田", u"花子", u"やまだ", u"はなこ", "Yamada", "Hanako"));
    people.add(makePerson(u"𠮷野", u"髙子", u"よしの", u"たかこ", "Yoshino", "Takako"));
    const QString taro = QStringLiteral("山田 太郎");

    CHECK(titles(*db, QStringLiteral("山田"), QStringLiteral("person")).size() == 2);
    CHECK(titles(*db, QStringLiteral("山"), QStringLiteral("person")).contains(taro));
    CHECK(titles(*db, QStringLiteral("山田太"), QStringLiteral("person")) == QStringList{taro});
    CHECK(titles(*db, QStringLiteral("山田 太郎"), QStringLiteral("person")) == QStringList{taro});
    CHECK(titles(*db, QStringLiteral("やまだ"), QStringLiteral("person")).size() == 2);
    CHECK(titles(*db, QStringLiteral("ヤマダ"), QStringLiteral("person")).size() == 2);
    CHECK(titles(*db, QStringLiteral("ﾀﾛｳ"), QStringLiteral("person")) == QStringList{taro});
    CHECK(titles(*db, QStringLiteral("taro"), QStringLiteral("person")) == QStringList{taro});
    CHECK(titles(*db, QStringLiteral("TARO yam"), QStringLiteral("person")) == QStringList{taro});
    CHECK(titles(*db, QStringLiteral("ＹＡＭＡＤＡ"), QStringLiteral("person")).size() == 2);
    CHECK(titles(*db, QStringLiteral("𠮷"), QStringLiteral("person")) ==
          QStringList{QStringLiteral("𠮷野 髙子")});
    CHECK(titles(*db, QStringLiteral("髙子"), QStringLiteral("person")).size() == 1);
    CHECK(titles(*db, QStringLiteral("Yamada"), QStringLiteral("person"), Language::English)
              .contains(QStringLiteral("Taro Yamada")));
    CHECK(titles(*db, QStringLiteral("zzz")).isEmpty());
    CHECK(titles(*db, QStringLiteral("   ")).isEmpty());
}

TEST_CASE("Global search ignores accents and finds organizations and local governments",
          "[search][server]")
{
    auto db = test::memoryDatabase();
    Organization montreal;
    montreal.nameEn = QStringLiteral("City of Montréal");
    montreal.kind = OrganizationKind::LocalGovernment;
    OrganizationRepository(*db).add(montreal);
    CHECK(titles(*db, QStringLiteral("montreal"), QStringLiteral("organization"),
                 Language::English) == QStringList{QStringLiteral("City of Montréal")});
    CHECK(titles(*db, QStringLiteral("Mont"), QStringLiteral("organization")).size() == 1);
    CHECK(titles(*db, QStringLiteral("NACo"), QStringLiteral("organization"), Language::English)
              .contains(QStringLiteral("National Association of Counties")));
    CHECK(titles(*db, QStringLiteral("北茨"), QStringLiteral("municipality"))
              .contains(QStringLiteral("茨城県北茨城市")));
    CHECK(titles(*db, QStringLiteral("kitaibaraki"), QStringLiteral("municipality"))
              .contains(QStringLiteral("茨城県北茨城市")));
    CHECK(titles(*db, QStringLiteral("きたいばらき"), QStringLiteral("municipality"))
              .contains(QStringLiteral("茨城県北茨城市")));
    // Titles and subtitles keep their non-ASCII characters.
    bool subtitleOk = false;
    for (const SearchHit& h :
         SearchIndex(*db).search(QStringLiteral("kitaibaraki"), Language::English))
        subtitleOk = subtitleOk || h.subtitle == QStringLiteral("Ibaraki · 082155");
    CHECK(subtitleOk);
}

TEST_CASE("The search index follows every edit and removal", "[search][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    Person p = people.add(makePerson(u"佐藤", u"一郎", u"さとう", u"いちろう", "Sato", "Ichiro"));
    CHECK(titles(*db, QStringLiteral("佐藤")).size() == 1);
    p.name.familyKanji = QStringLiteral("鈴木");
    p.name.familyKana = QStringLiteral("すずき");
    p = people.update(p);
    CHECK(titles(*db, QStringLiteral("佐藤")).isEmpty());
    CHECK(titles(*db, QStringLiteral("鈴木")) == QStringList{QStringLiteral("鈴木 一郎")});
    people.remove(p.id);
    CHECK(titles(*db, QStringLiteral("鈴木")).isEmpty());

    SearchIndex index(*db);
    index.rebuild();
    CHECK(titles(*db, QStringLiteral("北茨城")).contains(QStringLiteral("茨城県北茨城市")));
}

TEST_CASE("Queries become FTS expressions of pairs and prefixes", "[search]")
{
    CHECK(SearchIndex::matchExpression(QStringLiteral("山")) == QStringLiteral("\"山\""));
    CHECK(SearchIndex::matchExpression(QStringLiteral("山田太郎")) ==
          QStringLiteral("\"山田 田太 太郎\""));
    CHECK(SearchIndex::matchExpression(QStringLiteral("Mont\"réal")) ==
          QStringLiteral("\"mont\"* AND \"real\"*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("  ")).isEmpty());
}
