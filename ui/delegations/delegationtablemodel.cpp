#include "delegations/delegationtablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"

#include <QColor>
#include <QLocale>

namespace jlgc {

DelegationTableModel::DelegationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DelegationTableModel::setDelegations(QList<Delegation> delegations)
{
    beginResetModel();
    m_delegations = std::move(delegations);
    endResetModel();
}

const Delegation* DelegationTableModel::delegation(int row) const
{
    return row >= 0 && row < m_delegations.size() ? &m_delegations[row] : nullptr;
}

int DelegationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_delegations.size());
}

int DelegationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DelegationTableModel::dates(const Delegation& d)
{
    const QLocale locale;
    const auto date = [&](const QDate& x) {
        return x.isValid() ? DateText::date(x, uiLanguage()) : QStringLiteral("…");
    };
    if (!d.arrival.isValid() && !d.departure.isValid())
        return QStringLiteral("—");
    return date(d.arrival) + QStringLiteral(" – ") + date(d.departure);
}

QVariant DelegationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_delegations.size())
        return {};
    const Delegation& d = m_delegations[index.row()];
    const Language lang = uiLanguage();
    switch (role) {
    case IdRole:
        return d.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Dates:
            return dates(d);
        case Name:
            return d.display(lang);
        case From:
            return d.sendingGovernment.display(lang);
        case Status:
            return DelegationStatuses::label(d.status);
        case Members:
            return d.memberCount() > 0 ? QVariant(d.memberCount()) : QVariant();
        case StaffInCharge:
            return d.staffInChargeName.display(lang);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Dates:
            return index.row(); // the repository's order: upcoming first
        case Members:
            return d.memberCount();
        case StaffInCharge:
            return d.staffInChargeName.sortKey(lang);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        return index.column() == Name ? d.nameJa + QLatin1Char(' ') + d.nameEn + QLatin1Char(' ') +
                                            d.sendingGovernment.nameJa + QLatin1Char(' ') +
                                            d.sendingGovernment.nameEn + QLatin1Char(' ') +
                                            d.purposeJa + QLatin1Char(' ') + d.purposeEn
                                      : QVariant();
    case Qt::ForegroundRole:
        if (!d.isOpen())
            return QColor(Qt::darkGray);
        return {};
    default:
        return {};
    }
}

QVariant DelegationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Dates:
        return tr("Dates");
    case Name:
        return tr("Delegation");
    case From:
        return tr("From");
    case Status:
        return tr("Status");
    case Members:
        return tr("Members");
    case StaffInCharge:
        return tr("In charge");
    default:
        return {};
    }
}

void DelegationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_delegations.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
