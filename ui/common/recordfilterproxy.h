#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace jlgc {

class PagedTableModel;

// Filters rows by text the way people search (width, case, accents and
// kana folded; see normalizeForSearch) over every column and the SearchRole,
// and sorts with the UI language's collation on the SortRole, so Japanese
// names sort by reading. Over a PagedTableModel (lists that may hold a
// million records) it passes both through: the database sorts and filters.
class RecordFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The source when it sorts and filters itself, else null.
    PagedTableModel* pagedSource() const { return m_paged; }

    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }
    // Refresh the collation after a language switch.
    void updateCollation();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_filter;
    QCollator m_collator;
    PagedTableModel* m_paged = nullptr;
    int m_pendingSortColumn = -1;
    Qt::SortOrder m_pendingSortOrder = Qt::AscendingOrder;
};

} // namespace jlgc
