#include "common/recordfilterproxy.h"

#include "common/itemroles.h"
#include "search/textnormalizer.h"

#include <QLocale>
#include <algorithm>

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

namespace {
bool isDigits(const QString& s)
{
    return std::all_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}
} // namespace

bool RecordFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    QVariant l = left.data(SortRole);
    if (!l.isValid())
        l = left.data();
    QVariant r = right.data(SortRole);
    if (!r.isValid())
        r = right.data();
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        const QString ls = l.toString();
        const QString rs = r.toString();
        // Empty values go last whichever way the column sorts.
        if (ls.isEmpty() != rs.isEmpty())
            return sortOrder() == Qt::AscendingOrder ? rs.isEmpty() : ls.isEmpty();
        // Codes of one length (011002, 13): their digits order them, as the
        // collator would, without its cost (1,788 places sorted as a page opens).
        if (ls.size() == rs.size() && isDigits(ls) && isDigits(rs))
            return ls < rs;
        return m_collator.compare(ls, rs) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace jlgc
