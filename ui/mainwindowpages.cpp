// MainWindow's pages: one a row of the navigation, each made when it is
// first shown or, once a database is open, ahead, a page every 25 ms (a
// described kind's page from its description) and then painted once unseen
// (PaintAhead), found and shown by the rest of the window.
#include "common/describedpage.h"
#include "common/recordpage.h"
#include "mainwindow.h"
#include "storage/records/listreader.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QImage>
#include <QLayout>
#include <QListWidget>
#include <QPainter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>

namespace jlgc {

void MainWindow::addDescribedPage(const QString& kind)
{
    const RecordType* type = RecordTypes::find(kind);
    Q_ASSERT(type);
    m_slots.push_back(PageSlot{[type]() -> Page* { return new DescribedPage(*type); },
                               [type] { return type->translatedLabel(); }});
    addNavigationItem(Page::standardIcon(DescribedPage::PageIcon), type->translatedLabel());
}

void MainWindow::addNavigationItem(const QIcon& icon, const QString& title)
{
    // The navigation draws icons at one size, plain or selected: only those
    // pixmaps are kept, for screens at 100 % and at 200 % (a style's icon
    // holds every size it has, up to 128 pixels: a megabyte for the
    // navigation's sixteen rows). Between the two, Qt scales the larger.
    QIcon drawn;
    for (const qreal ratio : {1.0, 2.0})
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected})
            drawn.addPixmap(icon.pixmap(m_nav->iconSize(), ratio, mode), mode);
    auto* item = new QListWidgetItem(drawn, title);
    item->setSizeHint(QSize(0, 34));
    m_nav->addItem(item);
}

Page* MainWindow::pageAt(int row)
{
    PageSlot& slot = m_slots[row];
    if (slot.page)
        return slot.page;
    Page* page = slot.make();
    slot.page = page;
    // Lists are read when their page is first shown, not when it is made.
    if (auto* records = qobject_cast<RecordPage*>(page))
        records->setLoadWhenShown(true);
    m_pages << page;
    m_stack->addWidget(page);
    if (m_stack->currentWidget() != page)
        page->setUpdatesEnabled(false); // until shown (see currentRowChanged)
    connect(page, &Page::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(page, &Page::dataChanged, this, &MainWindow::updateCounts);
    connect(page, &Page::recordRequested, this, &MainWindow::openRecord);
    page->setListReader(m_listReader.get());
    if (m_db)
        page->setDatabase(m_db.get());
    return page;
}

bool MainWindow::allPagesReady() const
{
    return m_paintAhead.done() &&
           std::all_of(m_slots.cbegin(), m_slots.cend(),
                       [](const PageSlot& slot) { return slot.page != nullptr; });
}

void MainWindow::makeNextPageAhead()
{
    // Only while the user is on the window itself: not while a dialog or a
    // menu is open (it waits for them), nor while it is hidden.
    if (!isVisible() || QApplication::activeModalWidget() || QApplication::activePopupWidget())
        return;
    if (!m_fontsReady) {
        // The fonts of Japanese text (a fallback of the window's font, found
        // and read from disk the first time a kanji is drawn) are loaded
        // now, not when the first list with names in Japanese is shown.
        QImage scratch(8, 8, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&scratch);
        for (const bool bold : {false, true}) {
            QFont f = font();
            f.setBold(bold);
            painter.setFont(f);
            painter.drawText(0, 8, QStringLiteral("日本語かなカナ Aa 1"));
        }
        m_fontsReady = true;
        return;
    }
    if (!m_paintAhead.done()) {
        m_paintAhead.step(4);
        return;
    }
    for (int row = 0; row < m_slots.size(); ++row) {
        if (m_slots[row].page)
            continue;
        try {
            Page* page = pageAt(row);
            // Styled and laid out at the stack's size while hidden, then
            // painted once unseen in the next turns (about 4 ms each):
            // showing it paints it as a page shown before.
            page->ensurePolished();
            page->resize(m_stack->size());
            if (page->layout())
                page->layout()->activate();
            m_paintAhead.add(page);
        } catch (const StorageError& e) {
            // A page reads its filters' choices when made: a server cut off
            // is said, and the rest wait for the user's clicks.
            m_ahead->stop();
            statusBar()->showMessage(e.message(), 8000);
        }
        return;
    }
    m_ahead->stop();
}

int MainWindow::rowOf(const Page* page) const
{
    for (int row = 0; row < m_slots.size(); ++row)
        if (m_slots[row].page == page)
            return row;
    return -1;
}

QList<Page*> MainWindow::pages()
{
    QList<Page*> all;
    for (int row = 0; row < m_slots.size(); ++row)
        all << pageAt(row);
    return all;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::showPage(Page* page)
{
    const int row = rowOf(page);
    if (row >= 0)
        m_nav->setCurrentRow(row);
}

} // namespace jlgc
