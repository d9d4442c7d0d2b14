#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <concepts>

namespace jlgc {

// A short list held whole in memory, one item a row, under headings that
// follow the window's language: what every such table model repeated.
// A model derives from ItemTableModel<T>, names its headings in its
// constructor with QT_TR_NOOP (translated in the derived class's context)
// and answers itemData() for a row's item.
class ItemTableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // After a language switch: the headings and every cell again.
    void retranslate();

protected:
    // headings: one a column, in the columns' order, untranslated.
    ItemTableModelBase(QList<const char*> headings, QObject* parent);

private:
    QList<const char*> m_headings;
};

template <class T> class ItemTableModel : public ItemTableModelBase {
public:
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    // The item of a row (null past the end).
    const T* item(int row) const
    {
        return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
    }
    const QList<T>& items() const { return m_items; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        const T* entry = index.isValid() ? item(index.row()) : nullptr;
        return entry ? itemData(*entry, index, role) : QVariant();
    }

protected:
    using ItemTableModelBase::ItemTableModelBase;
    // data() of a cell whose row holds an item.
    virtual QVariant itemData(const T& entry, const QModelIndex& index, int role) const = 0;
    void setItems(QList<T> items)
    {
        setItems(std::move(items), [] {});
    }
    // The same, alsoSet() setting within the one reset what the cells read
    // beside the items (today's date, the names of codes…).
    void setItems(QList<T> items, std::invocable auto alsoSet)
    {
        beginResetModel();
        m_items = std::move(items);
        alsoSet();
        endResetModel();
    }

    QList<T> m_items;
};

} // namespace jlgc
