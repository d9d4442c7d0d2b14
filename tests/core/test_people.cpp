#include "domain/person.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
Person person(const QString& familyKanji, const QString& givenKanji, const QString& familyKana,
              const QString& givenKana, const QString& family = {}, const QString& given = {})
{
    Person p;
    p.name = {family, given, familyKanji, givenKanji, familyKana, givenKana};
    return p;
}
} // namespace

TEST_CASE("Names in every script come back exactly as they were entered", "[people][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository repo(*db);
    const QStringList samples = {
        QStringLiteral("𠮷野"), // outside the Basic Multilingual Plane
        QStringLiteral("髙橋"), // variant kanji
        QStringLiteral("山﨑"), // compatibility-area ideograph that must not be normalized
        QStringLiteral("Montréal"), QStringLiteral("O'Brien"), QStringLiteral("Trois-Rivières"),
    };
    for (const QString& s : samples) {
        Person p = person(s, QStringLiteral("太郎"), QStringLiteral("よしの"),
                          QStringLiteral("たろう"), s, QStringLiteral("Zoë"));
        p.notes = s + QStringLiteral("\nsecond line");
        const Person saved = repo.add(p);
        const auto back = repo.find(saved.id);
        REQUIRE(back);
        CHECK(back->name.familyKanji == s);
        CHECK(back->name.family == s);
        CHECK(back->name.given == QStringLiteral("Zoë"));
        CHECK(back->notes == p.notes);
        CHECK(back->name.familyKanji.toUcs4() == s.toUcs4());
    }
}

TEST_CASE("Names display in the order of the language", "[people]")
{
    const Person p =
        person(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"),
               QStringLiteral("たろう"), QStringLiteral("Yamada"), QStringLiteral("Taro"));
    CHECK(p.display(Language::Japanese) == QStringLiteral("山田 太郎"));
    CHECK(p.display(Language::English) == QStringLiteral("Taro Yamada"));
    CHECK(p.name.formalLatin() == QStringLiteral("YAMADA Taro"));
    const Person onlyLatin =
        person({}, {}, {}, {}, QStringLiteral("O'Brien"), QStringLiteral("Siobhán"));
    CHECK(onlyLatin.display(Language::Japanese) == QStringLiteral("Siobhán O'Brien"));
}

TEST_CASE("Japanese names sort by their reading, not by code point", "[people][sorting]")
{
    // By code point 渡辺 < 阿部 < 伊藤; by reading あべ < いとう < わたなべ.
    QList<Person> people = {
        person(QStringLiteral("渡辺"), QStringLiteral("一郎"), QStringLiteral("わたなべ"),
               QStringLiteral("いちろう")),
        person(QStringLiteral("阿部"), QStringLiteral("花子"), QStringLiteral("あべ"),
               QStringLiteral("はなこ")),
        person(QStringLiteral("伊藤"), QStringLiteral("健"), QStringLiteral("イトウ"),
               QStringLiteral("ケン")),
    };
    QCollator collator{QLocale(QLocale::Japanese, QLocale::Japan)};
    std::sort(people.begin(), people.end(), [&](const Person& a, const Person& b) {
        return collator.compare(a.name.sortKey(Language::Japanese),
                                b.name.sortKey(Language::Japanese)) < 0;
    });
    CHECK(people[0].name.familyKanji == QStringLiteral("阿部"));
    CHECK(people[1].name.familyKanji == QStringLiteral("伊藤"));
    CHECK(people[2].name.familyKanji == QStringLiteral("渡辺"));
}

TEST_CASE("A person needs a name — a reading is kana — an email looks like one",
          "[people][rules][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository repo(*db);
    Person nameless;
    nameless.email = QStringLiteral("nobody@example.org");
    try {
        repo.add(nameless);
        FAIL("saved a person without a name");
    } catch (const StorageError& e) {
        REQUIRE(e.kind() == StorageError::Kind::Validation);
        CHECK(e.fieldErrors().front().field == QStringLiteral("family"));
    }
    Person bad = person(QStringLiteral("山田"), {}, QStringLiteral("yamada"), {});
    bad.email = QStringLiteral("not an address");
    try {
        repo.add(bad);
        FAIL("saved a reading in Latin letters");
    } catch (const StorageError& e) {
        QStringList fields;
        for (const auto& f : e.fieldErrors())
            fields << f.field;
        CHECK(fields.contains(QStringLiteral("familyKana")));
        CHECK(fields.contains(QStringLiteral("email")));
    }
    CHECK(repo.list().isEmpty());
}

TEST_CASE("Affiliations are kept with roles and dates", "[people][organizations][server]")
{
    auto db = test::memoryDatabase();
    OrganizationRepository orgs(*db);
    PersonRepository people(*db);
    const QList<Organization> all = orgs.list();
    OrganizationId nacoId = 0;
    for (const Organization& o : all)
        if (o.shortName == QStringLiteral("NACo"))
            nacoId = o.id;
    REQUIRE(nacoId > 0);
    Person p = person({}, {}, {}, {}, QStringLiteral("Smith"), QStringLiteral("Jane"));
    p.affiliations << Affiliation{
        0, nacoId, {}, QStringLiteral("Program Director"), QDate(2021, 4, 1), {}};
    const Person saved = people.add(p);
    REQUIRE(saved.affiliations.size() == 1);
    CHECK(saved.affiliations.front().organizationName ==
          QStringLiteral("National Association of Counties"));
    CHECK(saved.affiliations.front().role == QStringLiteral("Program Director"));
    CHECK(people.list({nacoId}).size() == 1);

    SECTION("an organization with people cannot vanish silently")
    {
        CHECK(test::refusal(StorageError::Kind::Referenced,
                            "removed an organization that people belong to",
                            [&] { orgs.remove(nacoId); })
                  .contains(QStringLiteral("People's affiliations: 1")));
        CHECK(orgs.find(nacoId));
    }
    SECTION("removing the person removes their affiliations with them")
    {
        people.remove(saved.id);
        CHECK_FALSE(people.find(saved.id));
        orgs.remove(nacoId);
        CHECK_FALSE(orgs.find(nacoId));
    }
}

TEST_CASE("Saving over someone else's newer save is refused", "[people][conflict][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository repo(*db);
    const Person original = repo.add(person(QStringLiteral("佐藤"), QStringLiteral("花子"),
                                            QStringLiteral("さとう"), QStringLiteral("はなこ")));
    Person mine = original;
    Person theirs = original;
    theirs.title = QStringLiteral("Director");
    repo.update(theirs);
    mine.title = QStringLiteral("Manager");
    test::refusal(StorageError::Kind::Conflict, "overwrote a newer version",
                  [&] { repo.update(mine); });
    CHECK(repo.find(original.id)->title == QStringLiteral("Director"));
}

TEST_CASE("Organizations keep both names and are validated", "[organizations][server]")
{
    auto db = test::memoryDatabase();
    OrganizationRepository repo(*db);
    CHECK(repo.list().size() == 11);
    Organization ibaraki;
    ibaraki.nameEn = QStringLiteral("Ibaraki Prefectural Government");
    ibaraki.nameJa = QStringLiteral("茨城県");
    ibaraki.nameKana = QStringLiteral("いばらきけん");
    ibaraki.kind = OrganizationKind::JapaneseGovernment;
    ibaraki.country = QStringLiteral("JP");
    ibaraki.prefectureCode = QStringLiteral("08");
    const Organization saved = repo.add(ibaraki);
    CHECK(saved.display(Language::Japanese) == QStringLiteral("茨城県"));
    CHECK(saved.display(Language::English) == QStringLiteral("Ibaraki Prefectural Government"));
    CHECK(repo.list({OrganizationKind::JapaneseGovernment, {}}).size() == 1);

    Organization wrong = ibaraki;
    wrong.id = 0;
    wrong.country = QStringLiteral("US");
    wrong.website = QStringLiteral("not a site");
    CHECK_THROWS_AS(repo.add(wrong), StorageError);

    Organization unknownPrefecture = ibaraki;
    unknownPrefecture.prefectureCode = QStringLiteral("99");
    CHECK_THROWS_AS(repo.add(unknownPrefecture), StorageError);
}

TEST_CASE("A screen of people is read at once, each with their own affiliations",
          "[people][organizations][server]")
{
    // What a long list reads for each screen (PersonRepository::findMany).
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    const QList<Organization> orgs = OrganizationRepository(*db).list();
    REQUIRE(orgs.size() >= 2);
    QList<PersonId> ids;
    for (int i = 0; i < 5; ++i) {
        Person p =
            person(QStringLiteral("𠮷田"), QStringLiteral("髙%1").arg(i), QStringLiteral("よしだ"),
                   {}, QStringLiteral("Yoshida"), QStringLiteral("Taro %1").arg(i));
        if (i % 2 == 0)
            p.affiliations << Affiliation{
                0, orgs[i % orgs.size()].id, {}, QStringLiteral("Role %1").arg(i), {}, {}};
        ids << people.add(p).id;
    }
    const PersonId missing = ids.back() + 1000;
    const QList<Person> found = people.findMany({ids[3], missing, ids[0], ids[2]});
    REQUIRE(found.size() == 3);
    for (const Person& p : found) {
        const std::optional<Person> one = people.find(p.id);
        REQUIRE(one);
        CHECK(p.name == one->name);
        CHECK(p.name.familyKanji == QStringLiteral("𠮷田"));
        REQUIRE(p.affiliations.size() == one->affiliations.size());
        if (!p.affiliations.isEmpty())
            CHECK(p.affiliations.front().role == one->affiliations.front().role);
    }
    CHECK(people.findMany({}).isEmpty());

    const QList<Organization> someOrgs =
        OrganizationRepository(*db).findMany({orgs[1].id, orgs[0].id, 999999});
    REQUIRE(someOrgs.size() == 2);
    CHECK((someOrgs[0].nameEn == orgs[0].nameEn || someOrgs[0].nameEn == orgs[1].nameEn));
}
