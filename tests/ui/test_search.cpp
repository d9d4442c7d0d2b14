#include "common/pickers.h"
#include "common/recordfilterproxy.h"
#include "common/uilanguage.h"
#include "mainwindow.h"
#include "organizations/organizationspage.h"
#include "people/peoplepage.h"
#include "search/searchdialog.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "support/records.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace jlgc;

TEST_CASE("Find anything: typing two kanji and Enter opens the person", "[ui][search]")
{
    test::WindowOn f(QStringLiteral(":memory:"), Language::Japanese);
    MainWindow& w = f.w;
    Person p = test::yamadaTaro();
    // Added after the page read its list, as another window would.
    const Person saved = PersonRepository(*w.database()).add(p);
    w.show();

    SearchDialog dialog(w.database(), &w);
    QString kind;
    QVariant id;
    QObject::connect(&dialog, &SearchDialog::recordChosen, &w,
                     [&](const QString& k, const QVariant& i) {
                         kind = k;
                         id = i;
                         w.openRecord(k, i);
                     });
    dialog.show();
    test::typeText(dialog.queryEdit(), QStringLiteral("山田"));
    dialog.searchNow();
    REQUIRE(dialog.results()->topLevelItemCount() >= 2); // a group row and the person
    CHECK(dialog.results()->topLevelItem(0)->text(0) == QStringLiteral("人物"));
    CHECK(dialog.results()->topLevelItem(1)->text(0).trimmed() == QStringLiteral("山田 太郎"));
    QTest::keyClick(dialog.queryEdit(), Qt::Key_Return);
    CHECK(kind == QStringLiteral("person"));
    CHECK(id.toLongLong() == saved.id);
    auto* page = qobject_cast<PeoplePage*>(w.currentPage());
    REQUIRE(page);
    CHECK(page->currentId().toLongLong() == saved.id);
}

TEST_CASE_METHOD(test::WindowOn,
                 "A found organization is shown even when the list is narrowed to another kind",
                 "[ui][search]")
{
    OrganizationsPage* page = nullptr;
    for (Page* p : w.pages())
        if (auto* o = qobject_cast<OrganizationsPage*>(p))
            page = o;
    REQUIRE(page);
    page->kindFilter()->setCurrentIndex(
        page->kindFilter()->findData(OrganizationKinds::code(OrganizationKind::Consulate)));
    REQUIRE(page->table()->model()->rowCount() == 0); // no consulate yet: NACo is hidden

    const QList<SearchHit> hits =
        SearchIndex(*w.database()).search(QStringLiteral("NACo"), Language::English);
    REQUIRE_FALSE(hits.isEmpty());
    REQUIRE(w.openRecord(hits.front().kind, hits.front().id));
    CHECK(w.currentPage() == page);
    CHECK(page->currentId() == hits.front().id);
    CHECK(page->kindFilter()->currentIndex() == 0);
}

TEST_CASE("Pickers of people and organizations find them by any script", "[ui][search][pickers]")
{
    auto db = test::memoryDatabase();
    LanguageManager language;
    language.setLanguage(Language::Japanese);
    Person p = test::yamadaTaro();
    const Person saved = PersonRepository(*db).add(p);
    Database* raw = db.get();
    SearchPicker people;
    people.setProvider(pickers::people([raw] { return raw; }));
    for (const QString& q :
         {QStringLiteral("山田"), QStringLiteral("やまだ"), QStringLiteral("taro")}) {
        INFO(q.toStdString());
        REQUIRE(people.search(q) == 1);
    }
    people.chooseMatch(0);
    CHECK(people.currentKey().toLongLong() == saved.id);
    CHECK(people.currentLabel() == QStringLiteral("山田 太郎"));

    SearchPicker orgs;
    orgs.setProvider(pickers::organizations([raw] { return raw; }));
    REQUIRE(orgs.search(QStringLiteral("naco")) >= 1);
    orgs.chooseMatch(0);
    CHECK(orgs.currentLabel() == QStringLiteral("National Association of Counties"));
    CHECK(orgs.search(QStringLiteral("zzzz")) == 0);
}
