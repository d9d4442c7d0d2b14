#include "common/itemtablemodel.h"

#include <QCoreApplication>

namespace jlgc {

ItemTableModelBase::ItemTableModelBase(QList<const char*> headings, QObject* parent)
    : QAbstractTableModel(parent), m_headings(std::move(headings))
{
}

int ItemTableModelBase::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headings.size());
}

QVariant ItemTableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_headings.size())
        return {};
    return QCoreApplication::translate(metaObject()->className(), m_headings[section]);
}

void ItemTableModelBase::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace jlgc
