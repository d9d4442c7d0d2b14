// jlgc-desk [--database FILE] stress-write N
// A hidden command for the crash test (tests/crash/killtest.py): commits N
// numbered people, each with an affiliation, one transaction each, edits the
// one before, and prints "committed SEQ ID" after each commit. The test kills
// the process at random moments and checks that exactly the printed records
// (and perhaps the one being written) are in the file, each whole. Another
// program may restore a backup meanwhile (tests/cli/test_cli_filesafety.cpp):
// a write that finds the file busy is tried again, and the edit of a record
// the restore took away is skipped ("edit skipped ID").
#include "cli/cli.h"
#include "domain/organization.h"
#include "domain/person.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/stressrecords.h"

#include <cstdio>

namespace jlgc::cli {

int runStressWrite(Context& context)
{
    bool ok = false;
    const int n = context.arguments.value(0).toInt(&ok);
    if (!ok || n <= 0) {
        context.err << "Usage: jlgc-desk [--database FILE] stress-write N" << Qt::endl;
        return UsageError;
    }
    Database db(context.databasePath, Database::forWriting());
    db.setStaffName(QStringLiteral("stress-write"));
    OrganizationRepository organizations(db);
    PersonRepository people(db);
    // One organization for every run, so that a backup of an earlier run
    // restored meanwhile still has it.
    const QString orgName = QStringLiteral("Stress Test Association");
    OrganizationId orgId = StressRecords::organizationNamed(db, orgName);
    if (orgId <= 0) {
        Organization org;
        org.nameEn = orgName;
        org.country = QStringLiteral("US");
        orgId = organizations.add(org).id;
    }
    const int start = StressRecords::people(db);
    Person previous;
    for (int i = start + 1; i <= start + n; ++i) {
        Person p;
        p.name.family = QStringLiteral("Stress");
        p.name.given = QString::number(i);
        p.notes = QStringLiteral("stress %1").arg(i);
        Affiliation a;
        a.organizationId = orgId;
        a.role = QStringLiteral("Member %1").arg(i);
        p.affiliations << a;
        Person saved;
        for (int attempt = 0;; ++attempt) {
            try {
                saved = people.add(p);
                break;
            } catch (const StorageError& e) {
                if (e.kind() != StorageError::Kind::Locked || attempt == 20)
                    throw;
                context.out << "busy " << i << Qt::endl;
            }
        }
        context.out << "committed " << i << ' ' << saved.id << Qt::endl;
        if (previous.id > 0) {
            previous.title = QStringLiteral("Edited after %1").arg(i);
            try {
                people.update(previous);
                context.out << "edited " << previous.id << Qt::endl;
            } catch (const StorageError& e) {
                if (e.kind() != StorageError::Kind::NotFound &&
                    e.kind() != StorageError::Kind::Conflict &&
                    e.kind() != StorageError::Kind::Locked)
                    throw;
                context.out << "edit skipped " << previous.id << Qt::endl;
            }
        }
        previous = saved;
    }
    return Ok;
}

} // namespace jlgc::cli
