#pragma once

#include "domain/delegation.h"

#include <QAbstractTableModel>

namespace jlgc {

// Delegations (視察団). Rows come upcoming first (see sortUpcomingFirst); the
// Dates column keeps that order when the list is sorted by it.
class DelegationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Dates, Name, From, Status, Members, StaffInCharge, ColumnCount };

    explicit DelegationTableModel(QObject* parent = nullptr);

    void setDelegations(QList<Delegation> delegations);
    const Delegation* delegation(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    // "5/12/25 – 5/15/25" in the user's locale, or a dash while open.
    static QString dates(const Delegation& d);

private:
    QList<Delegation> m_delegations;
};

} // namespace jlgc
