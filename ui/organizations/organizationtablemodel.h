#pragma once

#include "common/pagedtablemodel.h"
#include "domain/organization.h"

#include <QHash>

namespace jlgc {

// Organizations as a table, read a page at a time (see PagedTableModel).
class OrganizationTableModel : public PagedTableModel {
    Q_OBJECT
public:
    enum Column { Name, OtherName, ShortName, Kind, Country, Subdivision, City, ColumnCount };

    explicit OrganizationTableModel(QObject* parent = nullptr);

    // subdivisionNames: ISO code → name, to show states and provinces.
    void setSubdivisionNames(QHash<QString, QString> subdivisionNames);
    const Organization* organization(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

protected:
    QString orderExpression(int column) const override;
    void loadRecords(const QList<qint64>& ids) const override;
    void dropRecords(const QList<qint64>& ids) const override;

private:
    mutable QHash<qint64, Organization> m_organizations;
    QHash<QString, QString> m_subdivisions;
};

} // namespace jlgc
