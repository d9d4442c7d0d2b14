#include "common/recordfilterproxy.h"

#include "common/itemroles.h"
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
    invalidate();
}

void RecordFilterProxy::setFilterText(const QString& text)
{
    const QString folded = normalizeForSearch(text);
    if (folded == m_filter)
        return;
    m_filter = folded;
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter.isEmpty())
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
