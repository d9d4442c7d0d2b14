#pragma once

#include "common/itemtablemodel.h"
#include "reference/jurisdiction.h"

namespace jlgc {

// A prefecture or municipality of Japan, as the reference list shows it.
struct JurisdictionRow {
    QString code;
    QString kind; // prefecture, city, town, village, special_ward
    QString nameJa;
    QString nameKana;
    QString nameRomaji;
    QString nameEn;
    QString prefectureJa;
    QString prefectureEn;
    // The English name as the list shows it ("Kitaibaraki" for
    // "Kitaibaraki, Ibaraki"), made where the rows are read.
    QString englishShown = {};
};

// Prefectures and municipalities of Japan, one row each.
class JurisdictionTableModel : public ItemTableModel<JurisdictionRow> {
    Q_OBJECT
public:
    enum Column { Code, Name, Reading, Romaji, English, Prefecture, Kind, ColumnCount };
    using Row = JurisdictionRow;

    explicit JurisdictionTableModel(QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    const Row* row(int row) const { return item(row); }

    QVariant itemData(const Row& entry, const QModelIndex& index, int role) const override;
};

} // namespace jlgc
