// RecordPage, its list: the table's model (a kind's RecordListModel read off
// the window's thread, or a short list in memory through the filter proxy),
// finding and following the record shown, what changed elsewhere, and the
// list's saved layout (recordpage.cpp holds the form).
#include "common/columnfitter.h"
#include "common/fieldform.h"
#include "common/itemroles.h"
#include "common/itemtablemodel.h"
#include "common/recordfilterproxy.h"
#include "common/recordlistmodel.h"
#include "common/recordpage.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/records/recordtype.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace jlgc {

void RecordPage::showWholeHeadings()
{
    const QScopedValueRollback<bool> fitting(m_fittingColumns, true);
    // A column is never narrower than its heading ("Name in Latin letters",
    // not "me in Latin lette"); the list scrolls sideways if it must.
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int need = header->sectionSizeHint(c);
        if (header->sectionSize(c) < need)
            header->resizeSection(c, need);
    }
}

void RecordPage::fitColumnsOnce()
{
    const QAbstractItemModel* model = m_table->model();
    if (m_columnsFitted || !model || model->rowCount() == 0)
        return;
    // A long list's rows come from its reader: wait for the first ones.
    if (m_list && m_list->recordId(0) == 0)
        return;
    m_columnsFitted = true;
    QTimer::singleShot(0, this, [this] {
        m_fittingColumns = true;
        // The first screen's texts, none wider than half the list (or, the
        // list not laid out yet, than some 45 characters).
        const int widest = std::max(m_table->viewport()->width() / 2,
                                    m_table->fontMetrics().averageCharWidth() * 45);
        fitColumnsToWidestText(m_table, false, RecordListModel::PageSize, widest);
        showWholeHeadings();
        m_fittingColumns = false;
    });
}

void RecordPage::setSourceModel(QAbstractItemModel* model)
{
    m_proxy->setSourceModel(model);
    if (m_table->model() != m_proxy) {
        m_table->setModel(m_proxy);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &RecordPage::onCurrentRowChanged);
        connect(m_proxy, &QAbstractItemModel::headerDataChanged, this,
                [this] { QTimer::singleShot(0, this, &RecordPage::showWholeHeadings); });
    }
    // (The table may show the proxy from the start: these are made here.)
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordPage::fitColumnsOnce,
            Qt::UniqueConnection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordPage::fitColumnsOnce,
            Qt::UniqueConnection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordPage::fitColumnsOnce,
            Qt::UniqueConnection);
    restoreViewState();
    showWholeHeadings();
    fitColumnsOnce();
}

void RecordPage::setListModel(RecordListModel* model)
{
    m_list = model;
    m_table->setModel(model);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordPage::onCurrentRowChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this,
            [this] { QTimer::singleShot(0, this, &RecordPage::showWholeHeadings); });
    connect(model, &RecordListModel::counted, this, &RecordPage::onListCounted);
    connect(model, &QAbstractItemModel::dataChanged, this, &RecordPage::fitColumnsOnce);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordPage::fitColumnsOnce);
    connect(model, &RecordListModel::windowMoved, this, &RecordPage::updateRowsBar);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &RecordPage::onTableScrolled, Qt::UniqueConnection);
    connect(m_rowsBar, &QScrollBar::valueChanged, this, &RecordPage::onRowsBarMoved,
            Qt::UniqueConnection);
    m_table->installEventFilter(this);
    connect(model, &RecordListModel::located, this, &RecordPage::onLocated);
    connect(model, &RecordListModel::failed, this, &RecordPage::statusMessage);
    restoreViewState();
    showWholeHeadings();
    fitColumnsOnce();
}

void RecordPage::readBeside(std::function<QVariant(Database&)> read,
                            std::function<void(const QVariant&)> done)
{
    readAside(m_db, std::move(read), std::move(done));
}

void RecordPage::readShortList(std::function<QVariant(Database&)> read,
                               std::function<void(const QVariant&)> show)
{
    constexpr int ListSlot = 1; // beside the summaries (readBeside)
    m_shortListPending = true;
    readAside(
        m_db, std::move(read),
        [this, show = std::move(show)](const QVariant& rows) {
            m_shortListPending = false;
            // The record in the form (one asked for while the list was read
            // included) keeps or gets its row selected.
            const QVariant keep = m_currentId;
            const bool switching = m_switching;
            m_switching = true;
            show(rows);
            if (keep.isValid() && !m_isNew)
                selectRecord(keep);
            m_switching = switching;
            updateButtons();
        },
        ListSlot, [this] { m_shortListPending = false; });
}

void RecordPage::readList()
{
    if (m_list && m_list->database() != m_db)
        m_list->setDatabase(m_db, listReader());
    reload();
}

void RecordPage::onListCounted()
{
    updateButtons();
    updateRowsBar();
    // The record shown keeps its row highlighted wherever it now is.
    if (m_currentId.isValid() && !m_isNew)
        m_list->locate(m_currentId.toLongLong());
}

void RecordPage::onLocated(qint64 id, int row)
{
    if (!m_currentId.isValid() || m_currentId.toLongLong() != id || m_isNew)
        return;
    m_switching = true;
    m_currentListRow = row;
    const int shown = m_list->bringIntoWindow(row);
    if (shown >= 0) {
        const QModelIndex idx = m_list->index(shown, 0);
        if (m_table->currentIndex().row() != shown)
            m_table->setCurrentIndex(idx);
        m_table->scrollTo(idx);
    } else {
        // Not in the list as filtered: the form still shows it.
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    m_switching = false;
}

void RecordPage::saveViewState() const
{
    if (!m_viewRestored)
        return;
    QSettings s;
    s.setValue(QStringLiteral("pages/%1/header").arg(m_settingsKey),
               m_table->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("pages/%1/userWidths").arg(m_settingsKey), m_userWidths);
    s.setValue(QStringLiteral("pages/%1/splitter").arg(m_settingsKey), m_splitter->saveState());
}

void RecordPage::restoreViewState()
{
    const QScopedValueRollback<bool> restoring(m_fittingColumns, true);
    QSettings s;
    const QByteArray header =
        s.value(QStringLiteral("pages/%1/header").arg(m_settingsKey)).toByteArray();
    if (!header.isEmpty()) {
        m_table->horizontalHeader()->restoreState(header);
        // Widths the user set are kept (and so are those of a version that
        // did not say whose they were); those fitted are fitted again.
        m_userWidths =
            s.value(QStringLiteral("pages/%1/userWidths").arg(m_settingsKey), true).toBool();
        m_columnsFitted = m_userWidths;
    }
    const QByteArray splitter =
        s.value(QStringLiteral("pages/%1/splitter").arg(m_settingsKey)).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_viewRestored = true;
}

bool RecordPage::selectRecord(const QVariant& id)
{
    ensureLoaded();
    if (m_list) {
        // The form shows the record at once; its row is highlighted when the
        // database has said where it is (onLocated).
        if (!id.isValid())
            return false;
        if (id != m_currentId || m_isNew) {
            if (!m_switching && !maybeSave())
                return false;
            showInForm(id);
        }
        m_list->locate(id.toLongLong());
        return m_currentId == id;
    }
    const QAbstractItemModel* shown = m_table->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QModelIndex idx = shown->index(r, 0);
        if (idx.data(IdRole) == id) {
            m_table->setCurrentIndex(idx);
            m_table->scrollTo(idx);
            return m_currentId == id;
        }
    }
    if (m_shortListPending && id.isValid()) {
        // The list being read may hold it (a record of another window, or
        // one the filters just let through): the form shows it at once, its
        // row is highlighted when the list arrives.
        if (id != m_currentId || m_isNew) {
            if (!m_switching && !maybeSave())
                return false;
            showInForm(id);
        }
        return m_currentId == id;
    }
    return false;
}

void RecordPage::followChanges(const ChangeSet& changes)
{
    if (!m_db || changes.isEmpty())
        return;
    if (!m_list) {
        Page::followChanges(changes);
        return;
    }
    m_list->follow(changes);
    // The record shown is read again unless the user is editing it.
    if (m_currentId.isValid() && changes.touches(m_list->type().name, m_currentId.toLongLong()))
        readRecordAgain();
}

bool RecordPage::readRecordAgain()
{
    if (m_dirty || m_isNew || !m_currentId.isValid())
        return false;
    // A dialog is open (a member or an officer being edited, for this
    // form): the form stays as it is until it closes, so that what the
    // dialog returns goes to the row it was opened on; then, unless it
    // made an edit, the record is read again.
    if (QApplication::activeModalWidget()) {
        if (!m_readAgainLater) {
            m_readAgainLater = true;
            QTimer::singleShot(250, this, [this] {
                m_readAgainLater = false;
                readRecordAgain();
            });
        }
        return false;
    }
    m_form->setLoading(true);
    loadRecord(m_currentId);
    noteLoaded();
    m_form->setLoading(false);
    return true;
}

void RecordPage::languageChanged()
{
    if (m_list)
        m_list->retranslate();
    else if (auto* items = qobject_cast<ItemTableModelBase*>(m_proxy->sourceModel()))
        items->retranslate();
    readRecordAgain();
}

void RecordPage::refreshList()
{
    if (m_loadPending)
        return; // read when shown

    const QVariant keep = m_currentId;
    m_switching = true;
    readList();
    if (m_list)
        m_list->reload(); // the row of the record shown follows (onListCounted)
    else if (keep.isValid())
        selectRecord(keep);
    m_switching = false;
    updateButtons();
}

QScrollBar* RecordPage::listScrollBar() const
{
    return m_rowsBar->isVisibleTo(this) ? m_rowsBar : m_table->verticalScrollBar();
}

int RecordPage::topShownRow() const
{
    return qMax(0, m_table->rowAt(0));
}

int RecordPage::rowsInView() const
{
    const int rowHeight = qMax(1, m_table->verticalHeader()->defaultSectionSize());
    return qMax(1, m_table->viewport()->height() / rowHeight);
}

void RecordPage::updateRowsBar()
{
    const bool windowed = m_list && m_list->isWindowed();
    m_table->setVerticalScrollBarPolicy(windowed ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_rowsBar->setVisible(windowed);
    if (!windowed)
        return;
    const QSignalBlocker quiet(m_rowsBar);
    const int page = rowsInView();
    m_rowsBar->setRange(0, qMax(0, m_list->totalCount() - page));
    m_rowsBar->setPageStep(page);
    m_rowsBar->setSingleStep(1);
    m_rowsBar->setValue(m_list->firstShown() + topShownRow());
}

void RecordPage::moveWindow(int first)
{
    // Rows that leave the window take the view's current row with them: the
    // form keeps its record, and its row is highlighted again when it is back.
    const bool switching = m_switching;
    m_switching = true;
    m_list->moveWindow(first);
    const int shown = m_currentListRow - m_list->firstShown();
    if (m_currentListRow >= 0 && shown >= 0 && shown < m_list->rowCount() &&
        m_table->currentIndex().row() != shown)
        m_table->setCurrentIndex(m_list->index(shown, qMax(0, m_table->currentIndex().column())));
    m_switching = switching;
}

QModelIndex RecordPage::bringIntoView(int row, int column)
{
    if (row < m_list->firstShown() || row >= m_list->firstShown() + m_list->rowCount())
        moveWindow(row - m_list->windowRows() / 2);
    return m_list->index(row - m_list->firstShown(), qMax(0, column));
}

bool RecordPage::keyInLongList(const QKeyEvent* key)
{
    if (!m_list || !m_list->isWindowed())
        return false;
    // Scrolled away from the record shown, the arrows and Page Up/Down move
    // from its row, as in a list held whole: it comes back first.
    const bool moves = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down ||
                       key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown;
    if (moves && m_currentListRow >= 0 && !m_isNew && !m_table->currentIndex().isValid()) {
        const QModelIndex idx = bringIntoView(m_currentListRow, 0);
        const bool switching = m_switching;
        m_switching = true;
        m_table->setCurrentIndex(idx);
        m_switching = switching;
        m_table->scrollTo(idx);
        return false; // the key then moves on from it
    }
    // Ctrl+Home and Ctrl+End go to the ends of the list.
    if ((key->modifiers() & Qt::ControlModifier) &&
        (key->key() == Qt::Key_Home || key->key() == Qt::Key_End)) {
        const QModelIndex idx =
            bringIntoView(key->key() == Qt::Key_Home ? 0 : m_list->totalCount() - 1,
                          m_table->currentIndex().column());
        m_table->setCurrentIndex(idx);
        m_table->scrollTo(idx);
        return true;
    }
    return false;
}

void RecordPage::onTableScrolled()
{
    if (m_syncingRows || !m_list || !m_list->isWindowed())
        return;
    m_syncingRows = true;
    // Near either end of the window (a wheel, the arrow keys, Page Down),
    // the window moves on so that the list goes on under the same rows.
    const int window = m_list->rowCount();
    const int margin = qMin(window / 4, 5 * rowsInView());
    int top = topShownRow();
    const int listTop = m_list->firstShown() + top;
    if ((top < margin && m_list->firstShown() > 0) ||
        (top + rowsInView() > window - margin &&
         m_list->firstShown() + window < m_list->totalCount())) {
        moveWindow(listTop - window / 2 + rowsInView() / 2);
        top = listTop - m_list->firstShown();
        m_table->scrollTo(m_list->index(top, qMax(0, m_table->columnAt(0))),
                          QAbstractItemView::PositionAtTop);
    }
    const QSignalBlocker quiet(m_rowsBar);
    m_rowsBar->setValue(listTop);
    m_syncingRows = false;
}

void RecordPage::onRowsBarMoved(int firstRow)
{
    if (m_syncingRows || !m_list || !m_list->isWindowed())
        return;
    m_syncingRows = true;
    const int window = m_list->rowCount();
    if (firstRow < m_list->firstShown() || firstRow + rowsInView() > m_list->firstShown() + window)
        moveWindow(firstRow - window / 2);
    m_table->scrollTo(m_list->index(firstRow - m_list->firstShown(), qMax(0, m_table->columnAt(0))),
                      QAbstractItemView::PositionAtTop);
    // Where the user put it (moving the window set it from the table's rows).
    const QSignalBlocker quiet(m_rowsBar);
    m_rowsBar->setValue(firstRow);
    m_syncingRows = false;
}

QList<qint64> RecordPage::visibleIds() const
{
    if (m_list)
        return m_list->allIds();
    QList<qint64> ids;
    const QAbstractItemModel* shown = m_table->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        ids << shown->index(r, 0).data(IdRole).toLongLong();
    return ids;
}

} // namespace jlgc
