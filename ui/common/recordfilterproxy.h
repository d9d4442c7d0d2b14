#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace jlgc {

// Filters rows by text the way people search (width, case, accents and
// kana folded; see normalizeForSearch) over every column and the SearchRole,
// and sorts with the UI language's collation on the SortRole, so Japanese
// names sort by reading. For the short lists held whole in memory; long
// lists are RecordListModels, which the database sorts and filters.
class RecordFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

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
};

} // namespace jlgc
