#pragma once

#include "domain/sisteraffiliation.h"

#include <QAbstractTableModel>

namespace jlgc {

// Sister-city, sister-state and friendship ties, Japanese side first; the
// Japanese side sorts in the official order of local government codes.
class AffiliationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        JapaneseSide,
        NorthAmericanSide,
        Subdivision,
        Country,
        Type,
        Established,
        Status,
        ColumnCount
    };

    explicit AffiliationTableModel(QObject* parent = nullptr);

    void setAffiliations(QList<SisterAffiliation> affiliations);
    const SisterAffiliation* affiliation(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<SisterAffiliation> m_affiliations;
};

} // namespace jlgc
