#pragma once

#include "reference/jurisdiction.h"

#include <QAbstractTableModel>

namespace jlgc {

// Prefectures and municipalities of Japan, one row each.
class JurisdictionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Reading, Romaji, English, Prefecture, Kind, ColumnCount };

    struct Row {
        QString code;
        QString kind; // prefecture, city, town, village, special_ward
        QString nameJa;
        QString nameKana;
        QString nameRomaji;
        QString nameEn;
        QString prefectureJa;
        QString prefectureEn;
    };

    explicit JurisdictionTableModel(QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    const Row* row(int r) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<Row> m_rows;
};

} // namespace jlgc
