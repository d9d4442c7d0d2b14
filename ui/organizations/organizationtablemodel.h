#pragma once

#include "domain/organization.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jlgc {

class OrganizationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, OtherName, ShortName, Kind, Country, Subdivision, City, ColumnCount };

    explicit OrganizationTableModel(QObject* parent = nullptr);

    // subdivisionNames: ISO code → name, to show states and provinces.
    void setOrganizations(QList<Organization> organizations,
                          QHash<QString, QString> subdivisionNames);
    const Organization* organization(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<Organization> m_organizations;
    QHash<QString, QString> m_subdivisions;
};

} // namespace jlgc
