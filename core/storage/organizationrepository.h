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

    // Those of `ids` that exist, in no particular order, with one statement.

    QList<Organization> findMany(const QList<OrganizationId>& ids) const;
    QList<Organization> list(const OrganizationFilter& filter = {}) const;
    // Validates, inserts and returns the stored record (with id and version).
    Organization add(const Organization& org);
    // add() without reading the stored record back (an import needs only the id).
    qint64 insert(const Organization& org);
};

extern template class KindRepository<OrganizationRepository, Organization>;

} // namespace jlgc
