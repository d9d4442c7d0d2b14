// MainWindow's pages: one a row of the navigation, each made when it is
// first shown (a described kind's page from its description), found and
// shown by the rest of the window.
#include "common/describedpage.h"
#include "common/recordpage.h"
#include "mainwindow.h"
#include "storage/records/listreader.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace jlgc {

void MainWindow::addDescribedPage(const QString& kind)
{
    const RecordType* type = RecordTypes::find(kind);
    Q_ASSERT(type);
    m_slots.push_back(PageSlot{[type]() -> Page* { return new DescribedPage(*type); },
                               [type] { return type->translatedLabel(); }});
    addNavigationItem(DescribedPage::pageIcon(), type->translatedLabel());
}

void MainWindow::addNavigationItem(const QIcon& icon, const QString& title)
{
    auto* item = new QListWidgetItem(icon, title);
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
    connect(page, &Page::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(page, &Page::dataChanged, this, &MainWindow::updateCounts);
    connect(page, &Page::recordRequested, this, &MainWindow::openRecord);
    page->setListReader(m_listReader.get());
    if (m_db)
        page->setDatabase(m_db.get());
    return page;
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
