// The page of a simple kind made from its description alone (DescribedPage):
// a field a column, edited as the description says, saved and listed.
#include "common/datefield.h"
#include "common/describedpage.h"
#include "common/fieldform.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "support/testkinds.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

struct GiftPage {
    GiftPage()
    {
        test::makeGiftTable(*db);
        Person p;
        p.name.familyKanji = QStringLiteral("髙橋");
        p.name.givenKanji = QStringLiteral("一郎");
        p.name.family = QStringLiteral("Takahashi");
        p.name.given = QStringLiteral("Ichiro");
        personId = PersonRepository(*db).add(p).id;
        language.setLanguage(Language::English);
        page = std::make_unique<DescribedPage>(test::giftKind());
        page->setDatabase(db.get());
        page->resize(1100, 700);
        page->show();
    }
    template <class W> W* editor(const char* column) const
    {
        auto* w = qobject_cast<W*>(page->editor(QLatin1String(column)));
        REQUIRE(w);
        return w;
    }
    QStringList listed() const
    {
        QStringList out;
        QAbstractItemModel* m = page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, 1).data().toString();
        return out;
    }

    std::unique_ptr<Database> db = test::memoryDatabase();
    qint64 personId = 0;
    LanguageManager language;
    std::unique_ptr<DescribedPage> page;
};

} // namespace

TEST_CASE("A simple kind's page is made from its description", "[ui][described]")
{
    GiftPage f;
    CHECK(f.page->title() == QStringLiteral("Gifts"));
    // A field a column, each edited as its description says.
    f.editor<DateField>("gift_date");
    f.editor<QLineEdit>("description");
    auto* direction = f.editor<QComboBox>("direction");
    // A choice that may be left out begins empty.
    CHECK(direction->count() == 3);
    CHECK(direction->itemText(0).isEmpty());
    CHECK(direction->itemText(2) == QStringLiteral("Received"));
    f.editor<SearchPicker>("person_id");
    f.editor<QPlainTextEdit>("notes");

    // Saved without what it needs: refused, the missing fields named.
    f.page->newRecord();
    test::typeText(f.editor<QLineEdit>("value_usd"), QStringLiteral("250"));
    CHECK(f.page->hasUnsavedChanges());
    CHECK_FALSE(f.page->save());
    CHECK_FALSE(f.page->form()->errorText(QStringLiteral("description")).isEmpty());
    CHECK_FALSE(f.page->form()->errorText(QStringLiteral("gift_date")).isEmpty());
    CHECK(f.listed().isEmpty());

    // Filled in and saved: stored as typed, and listed.
    f.editor<DateField>("gift_date")->setValue(QDate(2026, 5, 17));
    auto* description = f.editor<QLineEdit>("description");
    description->setFocus();
    test::typeText(description, QStringLiteral("有田焼の花瓶"));
    CHECK(direction->currentData().isNull());
    direction->setCurrentIndex(direction->findData(QStringLiteral("received")));
    f.editor<SearchPicker>("person_id")->setCurrent(f.personId, QStringLiteral("髙橋 一郎"));
    REQUIRE(f.page->save());
    CHECK(f.listed() == QStringList{QStringLiteral("有田焼の花瓶")});
    CHECK(f.page->currentRecordDescription() == QStringLiteral("有田焼の花瓶"));
    const QList<DescribedRecord> stored = DescribedTable(*f.db, test::giftKind()).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].values.value(QStringLiteral("gift_date")).toString() ==
          QStringLiteral("2026-05-17"));
    CHECK(stored[0].values.value(QStringLiteral("direction")).toString() ==
          QStringLiteral("received"));
    CHECK(stored[0].values.value(QStringLiteral("person_id")).toLongLong() == f.personId);
    CHECK(stored[0].values.value(QStringLiteral("value_usd")).toInt() == 250);

    // Read back into the form after another record was begun.
    f.page->newRecord();
    CHECK(f.editor<QLineEdit>("description")->text().isEmpty());
    REQUIRE(f.page->selectRecord(stored[0].id));
    CHECK(f.editor<QLineEdit>("description")->text() == QStringLiteral("有田焼の花瓶"));
    CHECK(direction->currentData().toString() == QStringLiteral("received"));
    CHECK(f.editor<SearchPicker>("person_id")->currentKey().toLongLong() == f.personId);
    CHECK(f.editor<SearchPicker>("person_id")->currentLabel() ==
          QStringLiteral("Ichiro Takahashi"));
    CHECK(f.editor<DateField>("gift_date")->value() == QDate(2026, 5, 17));

    if (const QString look = qEnvironmentVariable("JLGC_LOOK_DIR"); !look.isEmpty()) {
        f.page->grab().save(look + QStringLiteral("/described-gifts-en.png"));
        f.language.setLanguage(Language::Japanese);
        QCoreApplication::processEvents();
        f.page->grab().save(look + QStringLiteral("/described-gifts-ja.png"));
    }
}
