#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "reference/jurisdictiontablemodel.h"
#include "reference/referencepage.h"
#include "storage/database.h"
#include "storage/records/listreader.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
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

// The details of the place selected, once they follow the selection (a
// turn of the event loop later).
QString detailsShown(ReferencePage& page, const QString& expected)
{
    (void)QTest::qWaitFor([&] { return page.details()->toPlainText().contains(expected); }, 5000);
    return page.details()->toPlainText();
}
} // namespace

TEST_CASE_METHOD(test::OnMemory,
                 "Local governments are found as the user types kanji, kana or romaji",
                 "[ui][reference]")
{
    ReferencePage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setDatabase(db.get());
    page.show();
    CHECK(page.table()->model()->rowCount() == 47 + 1741);

    // As the user types, the columns fit what is shown and never narrow:
    // as wide as every row's text (each row measured here; the page
    // measures only the texts that look widest).
    page.table()->horizontalHeader()->setResizeContentsPrecision(-1);
    QList<int> widths;
    const auto columnsFit = [&] {
        const QAbstractItemView* t = page.table();
        for (int c = 0; c < t->model()->columnCount(); ++c) {
            INFO("column " << c);
            const int width = page.table()->columnWidth(c);
            CHECK(width >= widths.value(c));
            CHECK(width >= t->sizeHintForColumn(c));
            widths.resize(std::max(widths.size(), qsizetype(c) + 1));
            widths[c] = width;
        }
    };
    columnsFit();
    for (const QString& q :
         {QStringLiteral("きたいばらき"), QStringLiteral("kitaibaraki"), QStringLiteral("北茨")}) {
        INFO(q.toStdString());
        page.searchEdit()->clear();
        test::typeText(page.searchEdit(), q);
        CHECK(shown(page).contains(QStringLiteral("北茨城市")));
        columnsFit();
    }
    page.searchEdit()->setText(QStringLiteral("kitaibaraki"));
    page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
    const QString details = detailsShown(page, QStringLiteral("北茨城市"));
    CHECK(details.contains(QStringLiteral("北茨城市")));
    CHECK(details.contains(QStringLiteral("082155")));
    CHECK(details.contains(QStringLiteral("茨城県")));

    page.searchEdit()->setText(QStringLiteral("札幌"));
    columnsFit();
    page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
    CHECK(detailsShown(page, QStringLiteral("中央区")).contains(QStringLiteral("中央区")));
}

TEST_CASE("A place opened from elsewhere is selected once the list, read aside, comes in",
          "[ui][reference]")
{
    // As in the window: a file, and a reader of its own for the list.
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("places.sqlite"));
    Database db(path);
    ListReader reader(path);
    LanguageManager language;
    language.setLanguage(Language::English);
    ReferencePage page;
    page.setListReader(&reader);
    page.setDatabase(&db);
    page.show();
    CHECK(page.showRecord(QStringLiteral("municipality"), QStringLiteral("082155")));
    const auto currentCode = [&] {
        return page.table()
            ->currentIndex()
            .siblingAtColumn(JurisdictionTableModel::Code)
            .data()
            .toString();
    };
    CHECK(QTest::qWaitFor([&] { return currentCode() == QStringLiteral("082155"); }, 10000));
    CHECK(detailsShown(page, QStringLiteral("北茨城市")).contains(QStringLiteral("北茨城市")));
    CHECK(page.showRecord(QStringLiteral("prefecture"), QStringLiteral("13")));
    CHECK(QTest::qWaitFor([&] { return currentCode().startsWith(QStringLiteral("13")); }, 10000));
    CHECK(detailsShown(page, QStringLiteral("東京都")).contains(QStringLiteral("東京都")));
}

TEST_CASE("The states and provinces are read when their tab is chosen, in the window's language",
          "[ui][reference]")
{
    test::PageOnMemory<ReferencePage> f;
    ReferencePage& page = f.page;
    QAbstractItemModel* states = page.subdivisionTable()->model();
    // Opening the page reads Japan's places only.
    CHECK(states->rowCount() == 0);

    page.tabs()->setCurrentIndex(1);
    const auto names = [&] {
        QStringList out;
        for (int r = 0; r < states->rowCount(); ++r)
            out << states->index(r, 0).data().toString();
        return out;
    };
    // The states, DC, outlying areas, the provinces and territories.
    CHECK(states->rowCount() == 70);
    CHECK(names().contains(QStringLiteral("Ontario")));
    CHECK(names().first() == QStringLiteral("Alabama")); // by name, A to Z

    // In Japanese, the Japanese names, still found by the English one.
    f.language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents();
    CHECK(states->rowCount() == 70);
    CHECK(names().contains(QStringLiteral("オンタリオ州")));
    CHECK_FALSE(names().contains(QStringLiteral("Ontario")));
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("subdivisionSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("Ontario"));
    CHECK(names() == QStringList{QStringLiteral("オンタリオ州")});
    if (const QString look = qEnvironmentVariable("JLGC_LOOK_DIR"); !look.isEmpty()) {
        search->clear();
        page.resize(1090, 750);
        page.grab().save(QDir(look).filePath(QStringLiteral("referencePage-states-ja.png")));
    }
}
