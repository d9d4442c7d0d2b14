#include "organizations/organizationtablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "reference/jurisdiction.h"
#include "search/textnormalizer.h"
#include "storage/organizationrepository.h"

namespace jlgc {

OrganizationTableModel::OrganizationTableModel(QObject* parent)
    : PagedTableModel(QStringLiteral("organization"), QStringLiteral("organization"), parent)
{
}

void OrganizationTableModel::setSubdivisionNames(QHash<QString, QString> subdivisionNames)
{
    m_subdivisions = std::move(subdivisionNames);
}

const Organization* OrganizationTableModel::organization(int row) const
{
    const qint64 id = recordId(row);
    const auto it = m_organizations.constFind(id);
    return it == m_organizations.cend() ? nullptr : &*it;
}

void OrganizationTableModel::loadRecords(const QList<qint64>& ids) const
{
    if (!database())
        return;
    for (Organization& o : OrganizationRepository(*database()).findMany(ids))
        m_organizations.insert(o.id, std::move(o));
}

void OrganizationTableModel::dropRecords(const QList<qint64>& ids) const
{
    for (const qint64 id : ids)
        m_organizations.remove(id);
}

QString OrganizationTableModel::orderExpression(int column) const
{
    const bool ja = uiLanguage() == Language::Japanese;
    switch (column) {
    case OtherName:
        return ja ? QStringLiteral("lower(coalesce(r.name_en, ''))")
                  : QStringLiteral("coalesce(r.name_kana, r.name_ja, '')");
    case ShortName:
        return QStringLiteral("lower(coalesce(r.short_name, ''))");
    case Kind:
        return QStringLiteral("r.kind");
    case Country:
        return QStringLiteral("coalesce(r.country, '')");
    case Subdivision:
        return QStringLiteral("coalesce((SELECT s.name FROM subdivision s WHERE s.code = "
                              "r.subdivision_code), '')");
    case City:
        return QStringLiteral("lower(coalesce(r.city, ''))");
    default:
        return {}; // the name, by reading in Japanese
    }
}

int OrganizationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Organization* found = organization(index.row());
    if (!found)
        return {};
    const Organization& o = *found;
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
    // Names are sorted by the interface language.
    reload();
}

} // namespace jlgc
