// jlgc-desk [--database FILE] stress-write N
// A hidden command for the crash test (tests/crash/killtest.py): commits N
// numbered people, each with an affiliation, one transaction each, edits the
// one before, and prints "committed SEQ ID" after each commit. The test kills
// the process at random moments and checks that exactly the printed records
// (and perhaps the one being written) are in the file, each whole.
#include "cli/cli.h"
#include "domain/organization.h"
#include "domain/person.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"

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
    Database db(context.databasePath);
    db.setStaffName(QStringLiteral("stress-write"));
    OrganizationRepository organizations(db);
    PersonRepository people(db);
    Organization org;
    org.nameEn = QStringLiteral("Stress Test Association");
    org.country = QStringLiteral("US");
    const OrganizationId orgId = organizations.add(org).id;
    const int start = Query(db, QStringLiteral("SELECT count(*) FROM person WHERE notes LIKE "
                                               "'stress %'"))
                          .exec()
                          .scalar()
                          .toInt();
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
        const Person saved = people.add(p);
        context.out << "committed " << i << ' ' << saved.id << Qt::endl;
        if (previous.id > 0) {
            previous.title = QStringLiteral("Edited after %1").arg(i);
            people.update(previous);
            context.out << "edited " << previous.id << Qt::endl;
        }
        previous = saved;
    }
    return Ok;
}

} // namespace jlgc::cli
