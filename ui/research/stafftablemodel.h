#pragma once

#include "domain/staffmember.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jlgc {

// The office's staff: dispatched officials with their terms, and local staff.
class StaffTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Post, SendingGovernment, Position, TermStart, TermEnd, State, ColumnCount };

    explicit StaffTableModel(QObject* parent = nullptr);

    void setStaff(QList<StaffMember> staff, const QDate& today);
    const StaffMember* staffMember(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QString state(const StaffMember& s) const;

    QList<StaffMember> m_staff;
    QDate m_today;
};

} // namespace jlgc
