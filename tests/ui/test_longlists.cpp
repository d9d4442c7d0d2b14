// A list longer than its model's window (a million people): the table is
// given a window of rows, and the page's own scroll bar moves along the
// whole list. Tested with a window of 60 rows over 300 events.
#include "common/recordlistmodel.h"
#include "common/uilanguage.h"
#include "events/eventspage.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/officeeventrepository.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

bool waitFor(const std::function<bool()>& condition)
{
    return QTest::qWaitFor(condition, 5000);
}

QString eventTitle(int i)
{
    return QStringLiteral("Event %1").arg(i, 3, 10, QLatin1Char('0'));
}

struct LongEventList {
    // titleJa: each event's Japanese title, its number after it (none: none).
    explicit LongEventList(int count = Count, const QString& titleJa = {})
    {
        {
            Database db(path);
            OfficeEventRepository events(db);
            for (int i = 1; i <= count; ++i) {
                OfficeEvent e;
                e.titleEn = eventTitle(i);
                if (!titleJa.isEmpty())
                    e.titleJa = titleJa + QString::number(i);
                e.date = QDate(2020, 1, 1).addDays(i);
                ids << events.add(e).id;
            }
        }
        language.setLanguage(Language::English);
        w = std::make_unique<MainWindow>(&language);
        w->show();
        REQUIRE(w->openDatabase(path));
        for (Page* p : w->pages())
            if (auto* events = qobject_cast<EventsPage*>(p))
                page = events;
        REQUIRE(page);
        w->showPage(page);
        list = page->listModel();
        REQUIRE(list);
        list->setWindowRows(Window);
        list->reload();
        REQUIRE(waitFor([&] { return list->isCounted() && list->totalCount() == count; }));
    }

    // The title in the view's row `row`, once read.
    QString title(int row) const { return list->index(row, EventsPage::Title).data().toString(); }
    // The list's row at the top of the table.
    int topListRow() const { return list->firstShown() + page->table()->rowAt(0); }

    static constexpr int Count = 300;
    static constexpr int Window = 60;
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("office.sqlite"));
    QList<qint64> ids;
    LanguageManager language;
    std::unique_ptr<MainWindow> w;
    EventsPage* page = nullptr;
    RecordListModel* list = nullptr;
};

void showAnotherPage(LongEventList& f)
{
    for (Page* other : f.w->pages())
        if (other != f.page) {
            f.w->showPage(other);
            break;
        }
    REQUIRE_FALSE(f.page->isVisible());
}

} // namespace

TEST_CASE("A list longer than its window scrolls along the whole list", "[ui][lists]")
{
    LongEventList f;
    RecordListModel* list = f.list;
    QScrollBar* bar = f.page->listScrollBar();

    // The table holds a window of rows; the page's bar stands for all 300.
    CHECK(list->rowCount() == LongEventList::Window);
    CHECK(bar->objectName() == QStringLiteral("listScrollBar"));
    CHECK(bar->isVisible());
    CHECK_FALSE(f.page->table()->verticalScrollBar()->isVisible());
    CHECK(bar->maximum() + bar->pageStep() >= LongEventList::Count);
    // The count under the list is the list's, not the window's.
    CHECK(f.page->listCountLabel()->text() == QStringLiteral("300 records"));
    CHECK(waitFor([&] { return f.title(0) == eventTitle(1); }));

    // Dragged to its end, the bar shows the last events of the list (and
    // stays where it was put).
    bar->setValue(bar->maximum());
    CHECK(bar->value() == bar->maximum());
    CHECK(waitFor([&] { return f.title(list->rowCount() - 1) == eventTitle(300); }));
    CHECK(list->firstShown() + list->rowCount() == LongEventList::Count);
    // …in sight at the bottom of the table.
    const QRect lastRow = f.page->table()->visualRect(list->index(list->rowCount() - 1, 0));
    CHECK(f.page->table()->viewport()->rect().contains(lastRow.center()));

    // The table's own scrolling (the wheel, the arrow keys) carries the
    // window along: scrolled to the top of the window, the list goes on
    // above it and the page's bar follows.
    f.page->table()->verticalScrollBar()->setValue(0);
    CHECK(list->firstShown() < LongEventList::Count - LongEventList::Window);
    CHECK(bar->value() == f.topListRow());
    CHECK(waitFor(
        [&] { return f.title(f.page->table()->rowAt(0)) == eventTitle(f.topListRow() + 1); }));
}

TEST_CASE("A record of a long list keeps its row wherever the window goes", "[ui][lists]")
{
    LongEventList f;
    RecordListModel* list = f.list;
    QScrollBar* bar = f.page->listScrollBar();
    QTableView* table = f.page->table();
    const auto currentTitle = [&] {
        return table->currentIndex().siblingAtColumn(EventsPage::Title).data().toString();
    };

    // Opened from elsewhere at the end of the list: the window goes there.
    const qint64 last = f.ids.back();
    CHECK(f.page->selectRecord(last));
    CHECK(waitFor([&] { return currentTitle() == eventTitle(300); }));
    CHECK(list->firstShown() > 0);

    // Chosen near the top, then scrolled far away and back: the form keeps
    // the record, and its row is highlighted again when it is in sight.
    bar->setValue(0);
    REQUIRE(waitFor([&] { return f.title(4) == eventTitle(5); }));
    table->setCurrentIndex(list->index(4, 0));
    CHECK(f.page->currentId() == QVariant(f.ids[4]));
    bar->setValue(bar->maximum());
    CHECK(waitFor([&] { return f.title(list->rowCount() - 1) == eventTitle(300); }));
    CHECK(f.page->currentId() == QVariant(f.ids[4]));
    bar->setValue(0);
    CHECK(bar->value() == 0);
    CHECK(waitFor([&] { return currentTitle() == eventTitle(5); }));
    CHECK(f.page->currentId() == QVariant(f.ids[4]));

    // Scrolled away, the Down arrow moves on from the record shown, not from
    // the top of the window.
    bar->setValue(bar->maximum());
    REQUIRE(waitFor([&] { return f.title(list->rowCount() - 1) == eventTitle(300); }));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(waitFor([&] { return f.page->currentId() == QVariant(f.ids[5]); }));
    CHECK(currentTitle() == eventTitle(6));

    // Ctrl+End and Ctrl+Home in the table go to the ends of the list.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    CHECK(waitFor([&] { return currentTitle() == eventTitle(300); }));
    CHECK(waitFor([&] { return f.page->currentId() == QVariant(last); }));
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    CHECK(waitFor([&] { return currentTitle() == eventTitle(1); }));
    CHECK(list->firstShown() == 0);
}

TEST_CASE("A list no longer than its window is the table's alone", "[ui][lists]")
{
    LongEventList f;
    f.list->setWindowRows(LongEventList::Count);
    f.list->reload();
    REQUIRE(waitFor([&] { return f.list->isCounted(); }));
    CHECK(f.list->rowCount() == LongEventList::Count);
    CHECK_FALSE(f.page->findChild<QScrollBar*>(QStringLiteral("listScrollBar"))->isVisible());
    CHECK(f.page->listScrollBar() == f.page->table()->verticalScrollBar());
}

TEST_CASE("After a deletion, a long list highlights no other record", "[ui][lists]")
{
    LongEventList f;
    RecordListModel* list = f.list;
    QScrollBar* bar = f.page->listScrollBar();
    QTableView* table = f.page->table();
    REQUIRE(waitFor([&] { return f.title(2) == eventTitle(3); }));
    table->setCurrentIndex(list->index(2, 0));
    REQUIRE(f.page->currentId() == QVariant(f.ids[2]));
    {
        test::MessageBoxAnswerer yes(QMessageBox::Yes);
        f.page->deleteCurrent();
        CHECK(yes.count() == 1);
    }
    REQUIRE(waitFor(
        [&] { return list->isCounted() && list->totalCount() == LongEventList::Count - 1; }));
    CHECK_FALSE(f.page->currentId().isValid());
    // Scrolled far and back: the row the deleted record had is not taken
    // for the record shown.
    bar->setValue(bar->maximum());
    bar->setValue(0);
    CHECK_FALSE(table->currentIndex().isValid());
    CHECK_FALSE(f.page->currentId().isValid());
}

TEST_CASE("A list left for another page keeps only its screen, and comes back as it was",
          "[ui][lists]")
{
    LongEventList f;
    RecordListModel* list = f.list;
    QScrollBar* bar = f.page->listScrollBar();
    QTableView* table = f.page->table();
    // Scrolled along the whole list (three pages of rows read), then to the
    // middle, where a record is chosen.
    bar->setValue(bar->maximum());
    REQUIRE(waitFor([&] { return f.title(list->rowCount() - 1) == eventTitle(300); }));
    bar->setValue(150);
    REQUIRE(waitFor([&] { return f.title(table->rowAt(0)) == eventTitle(f.topListRow() + 1); }));
    const int top = f.topListRow();
    const int chosen = table->rowAt(0) + 2;
    table->setCurrentIndex(list->index(chosen, 0));
    const QVariant id = f.page->currentId();
    REQUIRE(id.isValid());
    REQUIRE(list->pagesHeld() >= 3);

    // Another page shown: the list keeps the rows of its screen only.
    showAnotherPage(f);
    CHECK(list->pagesHeld() <= 2);

    // Back: the same rows at once (nothing to read again), the same record.
    f.w->showPage(f.page);
    CHECK(f.topListRow() == top);
    CHECK(bar->value() == top);
    CHECK(f.title(table->rowAt(0)) == eventTitle(top + 1));
    CHECK(f.page->currentId() == id);
    CHECK(table->currentIndex().row() == chosen);
    // The Down arrow moves the form on to the next record.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(waitFor([&] { return f.page->currentId() == QVariant(f.ids[top + 2 + 1]); }));
    // Rows far away are read again when scrolled to.
    bar->setValue(0);
    CHECK(waitFor([&] { return f.title(0) == eventTitle(1); }));
}

TEST_CASE("A list scrolled through more pages than it keeps shows the first ones again when "
          "scrolled back",
          "[ui][lists]")
{
    // More than RecordListModel::MaxPages pages of rows: the first are
    // forgotten on the way down, and read again on the way back.
    LongEventList f(RecordListModel::PageSize * (RecordListModel::MaxPages + 2));
    QScrollBar* bar = f.page->listScrollBar();
    for (int v = 0; v <= bar->maximum(); v += 50) {
        bar->setValue(v);
        REQUIRE(waitFor([&] { return !f.title(0).isEmpty(); }));
    }
    bar->setValue(0);
    CHECK(waitFor([&] { return f.title(0) == eventTitle(1); }));
}

TEST_CASE("A list shown for the first time fits its columns to the first rows read, and keeps "
          "the user's widths after",
          "[ui][lists]")
{
    const test::PrivateSettings settings; // no widths saved yet
    int userWidth = 0;
    {
        LongEventList f;
        QHeaderView* header = f.page->table()->horizontalHeader();
        const int title =
            f.page->table()->fontMetrics().horizontalAdvance(QStringLiteral("Event 300"));
        // Not Qt's 100 pixels a column: as wide as the titles read (off the
        // window's thread) and no wider.
        REQUIRE(waitFor([&] { return header->sectionSize(EventsPage::Title) < 100; }));
        CHECK(header->sectionSize(EventsPage::Title) >= title);
        // The user widens it; the window closes.
        userWidth = 230;
        header->resizeSection(EventsPage::Title, userWidth);
    }
    LongEventList again;
    QTest::qWait(50);
    CHECK(again.page->table()->horizontalHeader()->sectionSize(EventsPage::Title) == userWidth);
}

TEST_CASE("A list read off the window's thread is fitted again to the rows of the new language",
          "[ui][lists]")
{
    const test::PrivateSettings settings; // no widths saved yet
    const QString japanese = QStringLiteral("ニューヨーク日本総領事館ジャパンデー第");
    LongEventList f(LongEventList::Count, japanese);
    QHeaderView* header = f.page->table()->horizontalHeader();
    REQUIRE(waitFor([&] { return header->sectionSize(EventsPage::Title) < 100; }));
    // The rows shown are English until the Japanese ones arrive: the column
    // is fitted to the Japanese titles, not again to the English ones.
    f.language.setLanguage(Language::Japanese);
    const int title =
        f.page->table()->fontMetrics().horizontalAdvance(japanese + QStringLiteral("300"));
    CHECK(waitFor([&] { return header->sectionSize(EventsPage::Title) >= title; }));
    f.language.setLanguage(Language::English);
}
