// A small table of a form never scrolls sideways: its columns fit its
// width, the last one ending at its edge, also after the user drags a
// column's divider and when the table narrows.
#include "common/columnfitter.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
// Where the last column ends, in the table's viewport.
int lastEnd(const QTableWidget& table)
{
    const QHeaderView* header = table.horizontalHeader();
    const int last = header->count() - 1;
    return header->sectionViewportPosition(last) + header->sectionSize(last);
}

// The table `width` pixels wide, its columns fitted, shown.
void showFitted(QTableWidget& table, int width)
{
    table.resize(width, 200);
    ColumnFitter::install(&table);
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    QTest::qWait(20);
}
} // namespace

TEST_CASE("A form's table keeps its last column at its edge, after a drag and a narrowing too",
          "[ui][columnfitter]")
{
    QTableWidget table(0, 4);
    table.verticalHeader()->hide(); // as in every table of a form
    table.setHorizontalHeaderLabels({QStringLiteral("Organization"), QStringLiteral("Role"),
                                     QStringLiteral("From"), QStringLiteral("Until")});
    table.insertRow(0);
    table.setItem(0, 0,
                  new QTableWidgetItem(QStringLiteral("Consulate General of Japan in New York")));
    table.setItem(0, 1, new QTableWidgetItem(QStringLiteral("Culture")));
    table.setItem(0, 2, new QTableWidgetItem(QStringLiteral("Apr 1, 2023")));
    showFitted(table, 500);
    const int width = table.viewport()->width();
    CHECK(lastEnd(table) == width);

    // The user drags the first column's divider: wider, then narrower.
    QHeaderView* header = table.horizontalHeader();
    header->resizeSection(0, header->sectionSize(0) + 40);
    CHECK(lastEnd(table) <= width);
    CHECK(header->sectionSize(3) >= header->sectionSizeHint(3));
    header->resizeSection(0, header->sectionSize(0) - 80);
    CHECK(lastEnd(table) == width); // no gap at the right

    // The table narrows (the form's scroll bar appears): all still fits.
    table.resize(420, 200);
    QTest::qWait(20);
    CHECK(lastEnd(table) == table.viewport()->width());
    for (int c = 0; c < 4; ++c)
        CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
}

TEST_CASE("An empty table shares its width between its columns", "[ui][columnfitter]")
{
    QTableWidget table(0, 4);
    table.verticalHeader()->hide();
    table.setHorizontalHeaderLabels({QStringLiteral("Office"), QStringLiteral("Person"),
                                     QStringLiteral("From"), QStringLiteral("Until")});
    showFitted(table, 480);
    // Not three headings' widths and the rest to the last: a quarter each.
    const QHeaderView* header = table.horizontalHeader();
    const int quarter = table.viewport()->width() / 4;
    for (int c = 0; c < 4; ++c)
        CHECK(std::abs(header->sectionSize(c) - quarter) <= 4);
    CHECK(lastEnd(table) == table.viewport()->width());

    // A row arrives: the columns fit it; removed again, they share again.
    table.insertRow(0);
    table.setItem(0, 1, new QTableWidgetItem(QStringLiteral("Sato Hanako, Vice-President")));
    QTest::qWait(20);
    CHECK(header->sectionSize(1) > header->sectionSize(0));
    table.removeRow(0);
    QTest::qWait(20);
    CHECK(std::abs(header->sectionSize(1) - quarter) <= 4);
}

TEST_CASE("A narrow table keeps short texts whole and cuts an empty column's heading first",
          "[ui][columnfitter]")
{
    // A research log in a narrow form: a date, a kind, long notes, and two
    // columns nothing is written in yet.
    QTableWidget table(0, 5);
    table.verticalHeader()->hide();
    table.setHorizontalHeaderLabels({QStringLiteral("Date"), QStringLiteral("Kind"),
                                     QStringLiteral("Notes"), QStringLiteral("Outcome"),
                                     QStringLiteral("Organizations and people")});
    const QStringList dates = {QStringLiteral("Mar 3, 2026"), QStringLiteral("Jul 21, 2026")};
    for (int r = 0; r < 2; ++r) {
        table.insertRow(r);
        table.setItem(r, 0, new QTableWidgetItem(dates[r]));
        table.setItem(r, 1, new QTableWidgetItem(QStringLiteral("Interview")));
        table.setItem(r, 2,
                      new QTableWidgetItem(QStringLiteral(
                          "HUD Annual Homeless Assessment Report to Congress, part 1")));
    }
    showFitted(table, 400);
    const QHeaderView* header = table.horizontalHeader();
    const auto needs = [&](int c) {
        return static_cast<const QAbstractItemView&>(table).sizeHintForColumn(c);
    };
    // The dates and kinds read whole; the notes are cut short instead.
    for (int c : {0, 1})
        CHECK(header->sectionSize(c) >= needs(c));
    CHECK(header->sectionSize(2) < needs(2));
    CHECK(lastEnd(table) == table.viewport()->width());
    // The empty column's heading gave way, and reads whole when pointed at.
    CHECK(header->sectionSize(4) < header->sectionSizeHint(4));
    CHECK(table.horizontalHeaderItem(4)->toolTip() == QStringLiteral("Organizations and people"));
    // Headings of columns with something in them are whole.
    for (int c : {0, 1, 2})
        CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
}
