#pragma once

#include "domain/staffmember.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

struct StaffFilter {
    std::optional<StaffKind> kind;
    QDate servingOn; // invalid: past and present staff alike
    PersonId personId = 0;
};

class StaffRepository : public KindRepository<StaffRepository, StaffMember> {
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<StaffMember>& columns();

    // Newest terms first.
    QList<StaffMember> list(const StaffFilter& filter = {}) const;
    // Throws Referenced while delegations, requests or topics name them.
    void remove(StaffMemberId id);
};

extern template class KindRepository<StaffRepository, StaffMember>;

} // namespace jlgc
