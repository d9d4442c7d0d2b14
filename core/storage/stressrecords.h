#pragma once

#include "domain/organization.h"

#include <QString>

namespace jlgc {

class Database;

// What earlier runs of `jlgc-desk stress-write` (the crash test's writer,
// app/cli/stresscommand.cpp) left in the database.
class StressRecords {
public:
    // The first organization of that English name; 0 when there is none.
    static OrganizationId organizationNamed(const Database& db, const QString& nameEn);
    // How many people it wrote: those whose notes begin with "stress ".
    static int people(const Database& db);
};

} // namespace jlgc
