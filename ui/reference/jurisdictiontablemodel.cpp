#include "reference/jurisdictiontablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "reference/jurisdiction.h"

namespace jlgc {

JurisdictionTableModel::JurisdictionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void JurisdictionTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const JurisdictionTableModel::Row* JurisdictionTableModel::row(int r) const
{
    return r >= 0 && r < m_rows.size() ? &m_rows[r] : nullptr;
}

int JurisdictionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JurisdictionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JurisdictionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    if (role == IdRole)
        return r.code;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Code:
            return r.code;
        case Name:
            return r.nameJa;
        case Reading:
            return r.nameKana;
        case Romaji:
            return r.nameRomaji;
        case English:
            return r.prefectureEn.isEmpty() ? r.nameEn
                                            : municipalityEnglishName(r.nameEn, r.prefectureEn);
        case Prefecture:
            return uiLanguage() == Language::Japanese ? r.prefectureJa : r.prefectureEn;
        case Kind:
            return JurisdictionLabels::municipalityKind(r.kind);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
        case Reading:
            return r.nameKana;
        case Prefecture:
            return r.code.left(2);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant JurisdictionTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Reading:
        return tr("Reading");
    case Romaji:
        return tr("Romaji");
    case English:
        return tr("English");
    case Prefecture:
        return tr("Prefecture");
    case Kind:
        return tr("Kind");
    default:
        return {};
    }
}

void JurisdictionTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
