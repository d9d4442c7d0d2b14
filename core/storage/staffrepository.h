#pragma once

#include "domain/staffmember.h"
#include "storage/repositoryfwd.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

struct StaffFilter {
    std::optional<StaffKind> kind;
    QDate servingOn; // invalid: past and present staff alike
    PersonId personId = 0;
};

class StaffRepository {
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)
public:
    explicit StaffRepository(Database& db) : m_db(db) {}

    // The columns of its records, read and written.
    static const RecordColumns<StaffMember>& columns();

    std::optional<StaffMember> find(StaffMemberId id) const;
    // Newest terms first.
    QList<StaffMember> list(const StaffFilter& filter = {}) const;
    StaffMember add(const StaffMember& staff);
    StaffMember update(const StaffMember& staff);
    // Throws Referenced while delegations, requests or topics name them.
    void remove(StaffMemberId id);

private:
    Database& m_db;
};

} // namespace jlgc
