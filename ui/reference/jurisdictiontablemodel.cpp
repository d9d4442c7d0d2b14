#include "reference/jurisdictiontablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "reference/jurisdiction.h"

namespace jlgc {

JurisdictionTableModel::JurisdictionTableModel(QObject* parent)
    : ItemTableModel({QT_TR_NOOP("Code"), QT_TR_NOOP("Name"), QT_TR_NOOP("Reading"),
                      QT_TR_NOOP("Romaji"), QT_TR_NOOP("English"), QT_TR_NOOP("Prefecture"),
                      QT_TR_NOOP("Kind")},
                     parent)
{
}

void JurisdictionTableModel::setRows(QList<Row> rows)
{
    setItems(std::move(rows));
}

QVariant JurisdictionTableModel::itemData(const Row& r, const QModelIndex& index, int role) const
{
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
            return r.englishShown.isEmpty() ? r.nameEn : r.englishShown;
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

} // namespace jlgc
