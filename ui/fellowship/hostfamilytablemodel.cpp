#include "fellowship/hostfamilytablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "search/textnormalizer.h"

#include <QLocale>

namespace jlgc {

HostFamilyTableModel::HostFamilyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void HostFamilyTableModel::setFamilies(QList<HostFamily> families, QHash<HostFamilyId, int> hosted)
{
    beginResetModel();
    m_families = std::move(families);
    m_hosted = std::move(hosted);
    endResetModel();
}

const HostFamily* HostFamilyTableModel::family(int row) const
{
    return row >= 0 && row < m_families.size() ? &m_families[row] : nullptr;
}

int HostFamilyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_families.size());
}

int HostFamilyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostFamilyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_families.size())
        return {};
    const HostFamily& f = m_families[index.row()];
    const Language lang = uiLanguage();
    switch (role) {
    case IdRole:
        return f.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Family:
            return f.display(lang);
        case Names:
            return QStringList{f.familyNameKanji, f.familyNameKana, f.familyNameRomaji}
                .join(QStringLiteral("  "))
                .simplified();
        case Municipality:
            return lang == Language::Japanese ? f.municipalityNameJa : f.municipalityNameEn;
        case Capacity:
            return QLocale().toString(f.capacity);
        case Languages:
            return f.languages;
        case Hosted:
            return QLocale().toString(m_hosted.value(f.id));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Capacity || index.column() == Hosted)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Family:
            return f.sortKey(lang);
        case Capacity:
            return f.capacity;
        case Hosted:
            return m_hosted.value(f.id);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        if (index.column() == Family)
            return romajiVariants(f.familyNameKana) + QLatin1Char(' ') + f.municipalityNameJa +
                   QLatin1Char(' ') + f.municipalityNameEn;
        return {};
    default:
        return {};
    }
}

QVariant HostFamilyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Family:
        return tr("Family");
    case Names:
        return tr("Name in kanji, kana, romaji");
    case Municipality:
        return tr("Municipality");
    case Capacity:
        return tr("Room for");
    case Languages:
        return tr("Languages");
    case Hosted:
        return tr("Homestays");
    default:
        return {};
    }
}

void HostFamilyTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_families.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
