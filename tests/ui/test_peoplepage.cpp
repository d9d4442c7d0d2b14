#include "common/fieldform.h"
#include "common/itemroles.h"
#include "common/recordfilterproxy.h"
#include "common/uilanguage.h"
#include "people/peoplepage.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

void type(PeoplePage& page, const char* field, const QString& text)
{
    test::typeInto(page.form(), field, text);
}

QStringList namesInList(PeoplePage& page)
{
    QStringList out;
    for (int r = 0; r < page.table()->model()->rowCount(); ++r)
        out << page.table()->model()->index(r, 0).data().toString();
    return out;
}

struct Fixture : test::PageOnMemory<PeoplePage> {
    Fixture() : PageOnMemory({1100, 700}) {}
};

} // namespace

TEST_CASE("A person typed into the form is saved and listed", "[ui][people]")
{
    Fixture f;
    f.page.newRecord();
    type(f.page, "familyKanji", QStringLiteral("𠮷田"));
    type(f.page, "givenKanji", QStringLiteral("髙子"));
    type(f.page, "familyKana", QStringLiteral("よしだ"));
    type(f.page, "givenKana", QStringLiteral("たかこ"));
    type(f.page, "family", QStringLiteral("Yoshida"));
    type(f.page, "given", QStringLiteral("Takako"));
    CHECK(f.page.hasUnsavedChanges());
    CHECK(f.page.saveButton()->isEnabled());
    REQUIRE(f.page.save());
    CHECK_FALSE(f.page.hasUnsavedChanges());
    CHECK(namesInList(f.page) == QStringList{QStringLiteral("Takako Yoshida")});

    const QList<Person> stored = PersonRepository(*f.db).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().name.familyKanji == QStringLiteral("𠮷田"));
    CHECK(stored.front().name.givenKanji == QStringLiteral("髙子"));

    f.language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents();
    CHECK(namesInList(f.page) == QStringList{QStringLiteral("𠮷田 髙子")});
}

TEST_CASE("A wrong field is marked next to it and nothing is saved", "[ui][people][rules]")
{
    Fixture f;
    f.page.newRecord();
    type(f.page, "family", QStringLiteral("O'Brien"));
    type(f.page, "email", QStringLiteral("obrien-at-example"));
    CHECK_FALSE(f.page.save());
    CHECK(f.page.form()->errorText(QStringLiteral("email")).contains(QStringLiteral("email")));
    CHECK(PersonRepository(*f.db).list().isEmpty());
    CHECK(f.page.hasUnsavedChanges());

    type(f.page, "email", QStringLiteral("obrien@example.org"));
    CHECK(f.page.save());
    CHECK(f.page.form()->errorText(QStringLiteral("email")).isEmpty());
    CHECK(PersonRepository(*f.db).list().size() == 1);
}

TEST_CASE("Unsaved edits are not lost when another record is chosen", "[ui][people]")
{
    Fixture f;
    PersonRepository repo(*f.db);
    Person a;
    a.name.family = QStringLiteral("Alpha");
    Person b;
    b.name.family = QStringLiteral("Beta");
    repo.add(a);
    repo.add(b);
    f.page.setDatabase(f.db.get());
    REQUIRE(f.page.table()->model()->rowCount() == 2);

    f.page.table()->setCurrentIndex(f.page.table()->model()->index(0, 0));
    const QVariant first = f.page.currentId();
    type(f.page, "given", QStringLiteral("Anna"));
    REQUIRE(f.page.hasUnsavedChanges());

    SECTION("Cancel keeps the edit and the record")
    {
        test::MessageBoxAnswerer answer(QMessageBox::Cancel);
        f.page.table()->setCurrentIndex(f.page.table()->model()->index(1, 0));
        CHECK(answer.count() == 1);
        CHECK(f.page.currentId() == first);
        CHECK(f.page.hasUnsavedChanges());
    }
    SECTION("Save stores the edit before moving on")
    {
        test::MessageBoxAnswerer answer(QMessageBox::Save);
        f.page.table()->setCurrentIndex(f.page.table()->model()->index(1, 0));
        CHECK(answer.count() == 1);
        CHECK(f.page.currentId() != first);
        CHECK(repo.find(first.toLongLong())->name.given == QStringLiteral("Anna"));
    }
}

TEST_CASE("The list sorts Japanese names by reading and filters across scripts",
          "[ui][people][sorting]")
{
    Fixture f;
    f.language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents();
    PersonRepository repo(*f.db);
    auto add = [&](const char16_t* kanji, const char16_t* kana, const char* latin) {
        Person p;
        p.name.familyKanji = QString::fromUtf16(kanji);
        p.name.familyKana = QString::fromUtf16(kana);
        p.name.family = QLatin1String(latin);
        repo.add(p);
    };
    add(u"渡辺", u"わたなべ", "Watanabe");
    add(u"阿部", u"あべ", "Abe");
    add(u"伊藤", u"いとう", "Ito");
    f.page.setDatabase(f.db.get());
    f.page.table()->sortByColumn(0, Qt::AscendingOrder);
    CHECK(namesInList(f.page) ==
          QStringList{QStringLiteral("阿部"), QStringLiteral("伊藤"), QStringLiteral("渡辺")});

    f.page.filterEdit()->setText(QStringLiteral("ワタ")); // katakana finds the hiragana reading
    CHECK(namesInList(f.page) == QStringList{QStringLiteral("渡辺")});
    f.page.filterEdit()->setText(QStringLiteral("ito"));
    CHECK(namesInList(f.page) == QStringList{QStringLiteral("伊藤")});
}

TEST_CASE("An affiliation names the organization and can be removed", "[ui][people]")
{
    Fixture f;
    OrganizationId ncsl = 0;
    for (const Organization& o : OrganizationRepository(*f.db).list())
        if (o.shortName == QStringLiteral("NCSL"))
            ncsl = o.id;
    REQUIRE(ncsl > 0);
    f.page.newRecord();
    type(f.page, "family", QStringLiteral("Smith"));
    f.page.addAffiliation(Affiliation{
        0, ncsl, QStringLiteral("NCSL"), QStringLiteral("Counsel"), QDate(2020, 1, 6), {}});
    REQUIRE(f.page.save());
    CHECK(f.page.affiliationTable()->rowCount() == 1);
    CHECK(f.page.affiliationTable()->item(0, 0)->text() ==
          QStringLiteral("National Conference of State Legislatures"));
    CHECK(PersonRepository(*f.db).list({ncsl}).size() == 1);
}

TEST_CASE("A long list reads a screen at a time and still finds any person", "[ui][people][lists]")
{
    Fixture f;
    // 1,000 people: more pages than the list keeps in memory at once.
    f.db->transaction([&] {
        Query q(*f.db, QStringLiteral("INSERT INTO person (family_name, family_name_kanji, "
                                      "family_name_kana, created_at, updated_at) VALUES (:f, "
                                      ":k, :r, 'x', 'x')"));
        for (int i = 0; i < 1000; ++i)
            q.bind(QStringLiteral(":f"), QStringLiteral("Name%1").arg(i, 4, 10, QLatin1Char('0')))
                .bind(QStringLiteral(":k"),
                      i == 500 ? QStringLiteral("阿部") : QStringLiteral("渡辺"))
                .bind(QStringLiteral(":r"),
                      i == 500 ? QStringLiteral("あべ") : QStringLiteral("わたなべ"))
                .exec();
    });
    f.page.setDatabase(f.db.get());
    f.page.table()->sortByColumn(0, Qt::AscendingOrder);
    REQUIRE(f.page.table()->model()->rowCount() == 1000);
    // In English by the Latin name; the last row comes from the end of the list.
    CHECK(f.page.table()->model()->index(0, 0).data().toString().contains(
        QStringLiteral("Name0000")));
    CHECK(f.page.table()->model()->index(999, 0).data().toString().contains(
        QStringLiteral("Name0999")));
    f.page.table()->sortByColumn(0, Qt::DescendingOrder);
    CHECK(f.page.table()->model()->index(0, 0).data().toString().contains(
        QStringLiteral("Name0999")));
    // By reading: あべ before わたなべ.
    f.page.table()->sortByColumn(1, Qt::AscendingOrder);
    CHECK(f.page.table()->model()->index(0, 1).data().toString().contains(QStringLiteral("あべ")));
    // Any person can be shown, wherever it is in the list.
    Query last(*f.db, QStringLiteral("SELECT id FROM person WHERE family_name = 'Name0777'"));
    const QVariant id = last.exec().scalar();
    CHECK(f.page.selectRecord(id));
    CHECK(f.page.currentId() == id);
    CHECK(f.page.table()->currentIndex().data().toString().contains(QStringLiteral("Name0777")));
    // The filter goes through the search index.
    f.page.filterEdit()->setText(QStringLiteral("阿部"));
    CHECK(f.page.table()->model()->rowCount() == 1);
    f.page.filterEdit()->setText(QStringLiteral("name0123"));
    CHECK(f.page.table()->model()->rowCount() == 1);
    f.page.filterEdit()->clear();
    CHECK(f.page.table()->model()->rowCount() == 1000);
}

TEST_CASE("The people list filter finds variant kanji by the common form and each part of a "
          "hyphenated name",
          "[ui][people][names]")
{
    Fixture f;
    PersonRepository repo(*f.db);
    auto add = [&](const char16_t* kanji, const char* given, const char* family) {
        Person p;
        p.name.familyKanji = QString::fromUtf16(kanji);
        p.name.given = QString::fromUtf8(given);
        p.name.family = QString::fromUtf8(family);
        repo.add(p);
    };
    add(u"髙橋", "Ichiro", "Takahashi");
    add(u"渡邊", "Hanako", "Watanabe");
    add(u"", "Jean-Luc", "Tremblay");
    add(u"", "Leilani", "Kaʻahumanu");
    f.page.setDatabase(f.db.get());
    f.page.table()->sortByColumn(0, Qt::AscendingOrder);

    // The one person listed for each filter, as the list shows the name.
    auto only = [&](const QString& filter) {
        f.page.filterEdit()->setText(filter);
        const QStringList names = namesInList(f.page);
        return names.size() == 1 ? names.front() : names.join(QStringLiteral(" | "));
    };
    const QString takahashi = only(QStringLiteral("高橋"));
    CHECK((takahashi == QStringLiteral("髙橋") || takahashi.contains(QStringLiteral("Takahashi"))));
    const QString watanabe = only(QStringLiteral("渡辺"));
    CHECK((watanabe == QStringLiteral("渡邊") || watanabe.contains(QStringLiteral("Watanabe"))));
    CHECK(only(QStringLiteral("luc")).contains(QStringLiteral("Jean-Luc")));
    CHECK(only(QStringLiteral("kaahumanu")).contains(QString::fromUtf16(u"Kaʻahumanu")));
    CHECK(only(QStringLiteral("hawaii")).isEmpty());
}
