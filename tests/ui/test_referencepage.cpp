#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "reference/jurisdictiontablemodel.h"
#include "reference/referencepage.h"
#include "storage/database.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
QStringList shown(ReferencePage& page)
{
    QStringList out;
    QAbstractItemModel* m = page.table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, JurisdictionTableModel::Name).data().toString();
    return out;
}
} // namespace

TEST_CASE("Local governments are found as the user types kanji, kana or romaji", "[ui][reference]")
{
    auto db = test::memoryDatabase();
    LanguageManager language;
    language.setLanguage(Language::English);
    ReferencePage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setDatabase(db.get());
    page.show();
    CHECK(page.table()->model()->rowCount() == 47 + 1741);

    for (const QString& q :
         {QStringLiteral("きたいばらき"), QStringLiteral("kitaibaraki"), QStringLiteral("北茨")}) {
        INFO(q.toStdString());
        page.searchEdit()->clear();
        test::typeText(page.searchEdit(), q);
        CHECK(shown(page).contains(QStringLiteral("北茨城市")));
    }
    page.searchEdit()->setText(QStringLiteral("kitaibaraki"));
    page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
    const QString details = page.details()->toPlainText();
    CHECK(details.contains(QStringLiteral("北茨城市")));
    CHECK(details.contains(QStringLiteral("082155")));
    CHECK(details.contains(QStringLiteral("茨城県")));

    page.searchEdit()->setText(QStringLiteral("札幌"));
    page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
    CHECK(page.details()->toPlainText().contains(QStringLiteral("中央区")));
}
