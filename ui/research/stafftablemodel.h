#pragma once

#include "common/itemtablemodel.h"
#include "domain/staffmember.h"

#include <QDate>

namespace jlgc {

// The office's staff: dispatched officials with their terms, and local staff.
class StaffTableModel : public ItemTableModel<StaffMember> {
    Q_OBJECT
public:
    enum Column { Name, Post, SendingGovernment, Position, TermStart, TermEnd, State, ColumnCount };

    explicit StaffTableModel(QObject* parent = nullptr);

    void setStaff(QList<StaffMember> staff, const QDate& today);
    const StaffMember* staffMember(int row) const { return item(row); }

    QVariant itemData(const StaffMember& entry, const QModelIndex& index, int role) const override;

private:
    QString state(const StaffMember& s) const;

    QDate m_today;
};

} // namespace jlgc
