#pragma once

#include "domain/organization.h"
#include "storage/repositoryfwd.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

struct OrganizationFilter {
    std::optional<OrganizationKind> kind;
    QString country; // empty: all
};

class OrganizationRepository {
    // Its messages are the contact directory's too.
    Q_DECLARE_TR_FUNCTIONS(OrganizationRepository)
public:
    explicit OrganizationRepository(Database& db) : m_db(db) {}

    // The columns of its records, read and written.
    static const RecordColumns<Organization>& columns();

    std::optional<Organization> find(OrganizationId id) const;

    // Those of `ids` that exist, in no particular order, with one statement.

    QList<Organization> findMany(const QList<OrganizationId>& ids) const;
    QList<Organization> list(const OrganizationFilter& filter = {}) const;
    // Validates, inserts and returns the stored record (with id and version).
    Organization add(const Organization& org);
    // add() without reading the stored record back (an import needs only the id).
    qint64 insert(const Organization& org);
    // Validates and saves; throws Conflict if someone saved it since it was read.
    Organization update(const Organization& org);
    // Throws Referenced, naming what still uses it, instead of removing.
    void remove(OrganizationId id);

private:
    Database& m_db;
};

} // namespace jlgc
