#include "common/recordfilterproxy.h"

#include "common/itemroles.h"
#include "common/pagedtablemodel.h"
#include "search/textnormalizer.h"

#include <QLocale>

namespace jlgc {

RecordFilterProxy::RecordFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    updateCollation();
}

void RecordFilterProxy::updateCollation()
{
    m_collator = QCollator(QLocale());
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    if (!m_paged)
        invalidate();
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_paged = qobject_cast<PagedTableModel*>(model);
    if (m_paged) {
        // The order asked for so far goes to the source; the proxy keeps its.
        const int column = sortColumn() >= 0 ? sortColumn() : m_pendingSortColumn;
        const Qt::SortOrder order =
            sortColumn() >= 0 ? QSortFilterProxyModel::sortOrder() : m_pendingSortOrder;
        QSortFilterProxyModel::sort(-1);
        QSortFilterProxyModel::setSourceModel(model);
        if (column >= 0)
            m_paged->sort(column, order);
        return;
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_paged) {
        m_paged->sort(column, order);
        return;
    }
    if (!sourceModel()) {
        // Remembered for a source that sorts itself.
        m_pendingSortColumn = column;
        m_pendingSortOrder = order;
    }
    QSortFilterProxyModel::sort(column, order);
}

void RecordFilterProxy::setFilterText(const QString& text)
{
    const QString folded = normalizeForSearch(text);
    if (folded == m_filter)
        return;
    m_filter = folded;
    if (m_paged) {
        m_paged->setFilterText(text);
        return;
    }
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter.isEmpty() || m_paged)
        return true;
    const QAbstractItemModel* m = sourceModel();
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        const QModelIndex idx = m->index(sourceRow, c, sourceParent);
        // Romanizations folded too: Gumma finds Gunma, Ohtsu Ōtsu.
        if (containsFolded(normalizeForSearch(idx.data(Qt::DisplayRole).toString()), m_filter))
            return true;
        const QVariant extra = idx.data(SearchRole);
        if (extra.isValid() && containsFolded(normalizeForSearch(extra.toString()), m_filter))
            return true;
    }
    return false;
}

bool RecordFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(SortRole).isValid() ? left.data(SortRole) : left.data();
    const QVariant r = right.data(SortRole).isValid() ? right.data(SortRole) : right.data();
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        const QString ls = l.toString();
        const QString rs = r.toString();
        // Empty values go last whichever way the column sorts.
        if (ls.isEmpty() != rs.isEmpty())
            return sortOrder() == Qt::AscendingOrder ? rs.isEmpty() : ls.isEmpty();
        return m_collator.compare(ls, rs) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace jlgc
