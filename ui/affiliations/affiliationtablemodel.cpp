#include "affiliations/affiliationtablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "reference/jurisdiction.h"

namespace jlgc {

AffiliationTableModel::AffiliationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AffiliationTableModel::setAffiliations(QList<SisterAffiliation> affiliations)
{
    beginResetModel();
    m_affiliations = std::move(affiliations);
    endResetModel();
}

const SisterAffiliation* AffiliationTableModel::affiliation(int row) const
{
    return row >= 0 && row < m_affiliations.size() ? &m_affiliations[row] : nullptr;
}

int AffiliationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_affiliations.size());
}

int AffiliationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AffiliationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_affiliations.size())
        return {};
    const SisterAffiliation& a = m_affiliations[index.row()];
    if (role == IdRole)
        return a.id;
    const Language lang = uiLanguage();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case JapaneseSide:
            return a.japanDisplay(lang);
        case NorthAmericanSide:
            return a.northAmericaName;
        case Subdivision:
            return ::jlgc::Subdivision::displayName(a.subdivisionCode, a.subdivisionName, lang);
        case Country:
            return JurisdictionLabels::country(a.country);
        case Type:
            return AffiliationLabels::label(a.type);
        case Established:
            return a.established.display(lang);
        case Status:
            return AffiliationLabels::label(a.status);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case JapaneseSide:
            // 01 Hokkaido … 47 Okinawa; a prefecture before its municipalities.
            // (The separator keeps numeric collation from reading one number.)
            return a.prefectureCode + QLatin1Char('-') +
                   (a.japanSideIsPrefecture() ? QString() : a.japanCode);
        case Established:
            return a.established.toIso();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == SearchRole && index.column() == JapaneseSide)
        return a.japanNameJa + QLatin1Char(' ') + a.japanNameEn + QLatin1Char(' ') + a.notes;
    return {};
}

QVariant AffiliationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JapaneseSide:
        return tr("Japanese side");
    case NorthAmericanSide:
        return tr("North American side");
    case Subdivision:
        return tr("State or province");
    case Country:
        return tr("Country");
    case Type:
        return tr("Type");
    case Established:
        return tr("Established");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void AffiliationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_affiliations.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
