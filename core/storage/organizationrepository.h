#pragma once

#include "domain/organization.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

struct OrganizationFilter {
    std::optional<OrganizationKind> kind;
    QString country; // empty: all
};

class OrganizationRepository : public KindRepository<OrganizationRepository, Organization> {
    // Its messages are the contact directory's too.
    Q_DECLARE_TR_FUNCTIONS(OrganizationRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<Organization>& columns();

    QList<Organization> list(const OrganizationFilter& filter = {}) const;
};

extern template class KindRepository<OrganizationRepository, Organization>;

} // namespace jlgc
