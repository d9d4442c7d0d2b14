#include "common/recordlistmodel.h"

#include "common/alertcolor.h"
#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "storage/changenotifier.h"
#include "storage/records/listreader.h"
#include "storage/records/recordtype.h"
#include "storage/storageerror.h"

#include <QColor>
#include <QFont>

namespace jlgc {

RecordListModel::RecordListModel(const QString& kind, QObject* parent)
    : QAbstractTableModel(parent), m_type(RecordTypes::find(kind))
{
    Q_ASSERT(m_type);
    m_query.kind = kind;
    // Columns that serve the rows (their look, tooltips) follow those shown.
    for (int c = 0; c < m_type->listColumns.size(); ++c) {
        const ListColumn& column = m_type->listColumns[c];
        if (column.use == ListColumn::Use::RowState)
            m_states << c;
        else if (column.use == ListColumn::Use::ToolTip)
            m_tips << c;
        else
            m_shown = c + 1;
    }
}

RecordListModel::~RecordListModel() = default;

void RecordListModel::setDatabase(Database* db, ListReader* reader)
{
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_db = db;
    m_reader = db ? reader : nullptr;
    if (m_reader) {
        connect(m_reader, &ListReader::counted, this, &RecordListModel::onCounted);
        connect(m_reader, &ListReader::pageRead, this, &RecordListModel::onPageRead);
        connect(m_reader, &ListReader::pageSkipped, this,
                [this](quintptr requester, quint64 epoch, int first) {
                    if (requester != key() || epoch != m_epoch)
                        return;
                    // Passed by in a fast scroll: asked again if still shown.
                    m_requested.remove(first / PageSize);
                    listRowsChanged(first, first + PageSize - 1);
                });
        connect(m_reader, &ListReader::located, this, &RecordListModel::onLocated);
        connect(m_reader, &ListReader::failed, this,
                [this](quintptr requester, quint64 epoch, const QString& message) {
                    if (requester == key() && epoch == m_epoch)
                        emit failed(message);
                });
    }
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_count = 0;
    m_offset = 0;
    m_withoutText = 0;
    endResetModel();
    restart();
}

bool RecordListModel::isAsynchronous() const
{
    return !m_reader.isNull();
}

ListQuery RecordListModel::query() const
{
    ListQuery q = m_query;
    q.language = uiLanguage();
    return q;
}

void RecordListModel::setText(const QString& text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    restart();
}

void RecordListModel::setFilter(const QString& name, const QVariant& value)
{
    QVariantMap filters = m_query.filters;
    if (value.isNull())
        filters.remove(name);
    else
        filters.insert(name, value);
    setFilters(filters);
}

void RecordListModel::setFilters(const QVariantMap& filters)
{
    if (filters == m_query.filters)
        return;
    m_query.filters = filters;
    restart();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_query.sortColumn && order == m_query.order)
        return;
    m_query.sortColumn = column;
    m_query.order = order;
    restart();
}

void RecordListModel::reload()
{
    restart();
}

void RecordListModel::follow(const ChangeSet& changes)
{
    bool touched = changes.touches(m_type->name);
    for (const QString& k : std::as_const(m_alsoFollows))
        touched = touched || changes.touches(k);
    if (touched)
        reload();
}

void RecordListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    restart(); // cells are written in the window's language
}

void RecordListModel::restart()
{
    m_requested.clear();
    m_counted = false;
    if (!m_db) {
        ++m_epoch;
        return;
    }
    const ListQuery current = query();
    if (m_reader) {
        m_epoch = m_reader->newEpoch(key());
        // The count and the first screen together: the list fills at once.
        m_reader->requestCount(key(), m_epoch, current);
        requestPage(0);
        return;
    }
    ++m_epoch;
    try {
        const ListStore store(*m_db);
        const int count = store.count(current);
        const int withoutText =
            current.text.trimmed().isEmpty() ? count : store.countWithoutText(current);
        beginResetModel();
        m_pages.clear();
        m_recent.clear();
        m_count = count;
        m_offset = qBound(0, m_offset, qMax(0, count - m_window));
        m_withoutText = withoutText;
        m_counted = true;
        endResetModel();
        emit counted();
    } catch (const StorageError& e) {
        emit failed(e.message());
    }
}

void RecordListModel::requestPage(int page) const
{
    if (!m_db || m_requested.contains(page))
        return;
    m_requested.insert(page);
    const ListQuery current = query();
    if (m_reader) {
        m_reader->requestPage(key(), m_epoch, current, page * PageSize, PageSize);
        return;
    }
    try {
        const QList<ListRow> rows = ListStore(*m_db).page(current, page * PageSize, PageSize);
        const_cast<RecordListModel*>(this)->storePage(page, rows);
    } catch (const StorageError&) {
        // Shown empty; read again at the next change.
    }
}

void RecordListModel::storePage(int page, const QList<ListRow>& rows)
{
    m_pages.insert(page, Page{rows, m_epoch});
    m_recent.removeOne(page);
    m_recent << page;
    keepRecentPages(MaxPages);
}

void RecordListModel::keepRecentPages(int pages, int keepRow)
{
    if (keepRow >= 0 && m_offset + keepRow < m_count) {
        // Kept beside the last ones, unless it is one of them.
        const qsizetype at = m_recent.indexOf((m_offset + keepRow) / PageSize);
        if (at >= 0 && at < m_recent.size() - pages) {
            m_recent << m_recent.takeAt(at);
            ++pages;
        }
    }
    // A page forgotten is asked for again when next shown.
    while (m_recent.size() > qMax(pages, 0)) {
        const int page = m_recent.takeFirst();
        m_pages.remove(page);
        m_requested.remove(page);
    }
}

void RecordListModel::applyCount(int count, int withoutText)
{
    const int before = shownRows();
    const int after = qMin(count, m_window);
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_count = count;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_count = count;
        endRemoveRows();
    } else {
        m_count = count;
    }
    // A shorter list: the window stays within it (the record shown is
    // found again when the page hears counted()).
    const int lastStart = qMax(0, m_count - m_window);
    if (m_offset > lastStart) {
        const int by = lastStart - m_offset;
        m_offset = lastStart;
        emit windowMoved(by);
    }
    m_withoutText = withoutText;
    m_counted = true;
    // Rows shown are read again (their pages are of an earlier epoch).
    if (shownRows() > 0)
        emit dataChanged(index(0, 0), index(shownRows() - 1, columnCount() - 1));
    emit counted();
}

void RecordListModel::listRowsChanged(int first, int last)
{
    first = qMax(first, m_offset) - m_offset;
    last = qMin(last, m_offset + shownRows() - 1) - m_offset;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void RecordListModel::setWindowRows(int rows)
{
    beginResetModel();
    m_window = qMax(1, rows);
    m_offset = qBound(0, m_offset, qMax(0, m_count - m_window));
    endResetModel();
}

void RecordListModel::moveWindow(int first)
{
    first = qBound(0, first, qMax(0, m_count - m_window));
    const int by = first - m_offset;
    if (by == 0)
        return;
    // The view's rows now stand for other records: those it holds (its
    // current row, its selection) move with their records, or go when
    // their records are outside the window.
    emit layoutAboutToBeChanged();
    const QModelIndexList held = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(held.size());
    for (const QModelIndex& i : held) {
        const int row = i.row() - by;
        moved << (row >= 0 && row < shownRows() ? index(row, i.column()) : QModelIndex());
    }
    m_offset = first;
    changePersistentIndexList(held, moved);
    emit layoutChanged();
    emit windowMoved(by);
}

int RecordListModel::bringIntoWindow(int row)
{
    if (row < 0 || row >= m_count)
        return -1;
    if (row < m_offset || row >= m_offset + shownRows())
        moveWindow(row - m_window / 2);
    return row - m_offset;
}

void RecordListModel::onCounted(quintptr requester, quint64 epoch, int count, int withoutText)
{
    if (requester == key() && epoch == m_epoch)
        applyCount(count, withoutText);
}

void RecordListModel::onPageRead(quintptr requester, quint64 epoch, int first,
                                 const QList<ListRow>& rows)
{
    if (requester != key() || epoch != m_epoch)
        return;
    const int page = first / PageSize;
    storePage(page, rows);
    listRowsChanged(first, first + int(rows.size()) - 1);
}

void RecordListModel::onLocated(quintptr requester, quint64 epoch, qint64 id, int row)
{
    if (requester == key() && epoch == m_epoch)
        emit located(id, row);
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : shownRows();
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

qint64 RecordListModel::recordId(int shown) const
{
    const int row = m_offset + shown;
    if (shown < 0 || row >= m_count)
        return 0;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend() || it->epoch != m_epoch) {
        requestPage(page);
        it = m_pages.constFind(page);
        if (it == m_pages.cend())
            return 0;
    }
    const int offset = row - page * PageSize;
    return offset < it->rows.size() ? it->rows[offset].id : 0;
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    const int listRow = m_offset + index.row();
    if (!index.isValid() || listRow >= m_count)
        return {};
    if (role == Qt::TextAlignmentRole)
        return m_type->listColumns.value(index.column()).number
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    const bool styled = role == Qt::ForegroundRole || role == Qt::FontRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole &&
        (!styled || m_states.isEmpty()))
        return {};
    const int page = listRow / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend() || it->epoch != m_epoch) {
        requestPage(page); // a page read before stays shown until then
        it = m_pages.constFind(page);
        if (it == m_pages.cend())
            return {};
    } else if (m_recent.back() != page) {
        m_recent.removeOne(page);
        m_recent << page;
    }
    const int inPage = listRow - page * PageSize;
    if (inPage >= it->rows.size())
        return {};
    const ListRow& row = it->rows[inPage];
    if (role == IdRole)
        return row.id;
    if (styled) {
        QString state;
        for (int c : m_states)
            if (state.isEmpty())
                state = row.cells.value(c);
        const bool alert = state == QLatin1String("alert");
        if (role == Qt::FontRole) {
            if (!alert || !m_type->listColumns[index.column()].emphasized)
                return {};
            QFont font;
            font.setBold(true);
            return font;
        }
        if (alert)
            return alertColor();
        return state == QLatin1String("dim") ? QVariant(QColor(Qt::darkGray)) : QVariant();
    }
    if (role == Qt::ToolTipRole && !m_tips.isEmpty()) {
        // A tooltip of the column's own before one of every column's.
        QString tip;
        for (int c : m_tips)
            if (m_type->listColumns[c].tipOf == index.column() && tip.isEmpty())
                tip = row.cells.value(c);
        for (int c : m_tips)
            if (m_type->listColumns[c].tipOf < 0 && tip.isEmpty())
                tip = row.cells.value(c);
        if (!tip.isEmpty())
            return tip;
    }
    return row.cells.value(index.column());
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section >= m_shown)
        return {};
    if (role == Qt::ToolTipRole) {
        const QString note = m_type->listColumns[section].translatedSortNote();
        return note.isEmpty() ? QVariant() : QVariant(note);
    }
    if (role != Qt::DisplayRole)
        return {};
    return m_type->listColumns[section].translatedHeader(uiLanguage());
}

void RecordListModel::locate(qint64 id)
{
    if (!m_db || id <= 0) {
        emit located(id, -1);
        return;
    }
    if (m_reader) {
        m_reader->requestRowOf(key(), m_epoch, query(), id);
        return;
    }
    int row = -1;
    try {
        row = ListStore(*m_db).rowOf(query(), id);
    } catch (const StorageError&) {
    }
    emit located(id, row);
}

QList<qint64> RecordListModel::allIds() const
{
    if (!m_db)
        return {};
    try {
        return ListStore(*m_db).ids(query());
    } catch (const StorageError&) {
        return {};
    }
}

void RecordListModel::fetchAll()
{
    if (!m_db)
        return;
    const ListQuery current = query();
    const ListStore store(*m_db);
    for (int page = 0; page * PageSize < m_count; ++page)
        storePage(page, store.page(current, page * PageSize, PageSize));
    listRowsChanged(0, m_count - 1);
}

} // namespace jlgc
