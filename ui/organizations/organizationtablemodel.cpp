#include "organizations/organizationtablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "reference/jurisdiction.h"
#include "search/textnormalizer.h"

namespace jlgc {

OrganizationTableModel::OrganizationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void OrganizationTableModel::setOrganizations(QList<Organization> organizations,
                                              QHash<QString, QString> subdivisionNames)
{
    beginResetModel();
    m_organizations = std::move(organizations);
    m_subdivisions = std::move(subdivisionNames);
    endResetModel();
}

const Organization* OrganizationTableModel::organization(int row) const
{
    return row >= 0 && row < m_organizations.size() ? &m_organizations[row] : nullptr;
}

int OrganizationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size());
}

int OrganizationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_organizations.size())
        return {};
    const Organization& o = m_organizations[index.row()];
    if (role == IdRole)
        return o.id;
    const Language lang = uiLanguage();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return o.display(lang);
        case OtherName:
            return lang == Language::Japanese ? (o.nameJa.isEmpty() ? QString() : o.nameEn)
                                              : o.nameJa;
        case ShortName:
            return o.shortName;
        case Kind:
            return OrganizationKinds::label(o.kind);
        case Country:
            return JurisdictionLabels::country(o.country);
        case Subdivision:
            return Subdivision::displayName(o.subdivisionCode,
                                            m_subdivisions.value(o.subdivisionCode), uiLanguage());
        case City:
            return o.city;
        default:
            return {};
        }
    }
    if (role == SortRole && index.column() == Name)
        return o.sortKey(lang);
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    if (role == SearchRole && index.column() == Name)
        return o.nameEn + QLatin1Char(' ') + o.nameJa + QLatin1Char(' ') + o.nameKana +
               QLatin1Char(' ') + kanaToRomaji(o.nameKana) + QLatin1Char(' ') + o.notes;
    return {};
}

QVariant OrganizationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case OtherName:
        return uiLanguage() == Language::Japanese ? tr("English name") : tr("Japanese name");
    case ShortName:
        return tr("Abbreviation");
    case Kind:
        return tr("Kind");
    case Country:
        return tr("Country");
    case Subdivision:
        return tr("State or province");
    case City:
        return tr("City");
    default:
        return {};
    }
}

void OrganizationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_organizations.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
