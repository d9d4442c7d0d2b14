#include "storage/stressrecords.h"

#include "storage/database.h"

namespace jlgc {

OrganizationId StressRecords::organizationNamed(const Database& db, const QString& nameEn)
{
    return Query(db, QStringLiteral("SELECT min(id) FROM organization WHERE name_en = :n"))
        .bind(QStringLiteral(":n"), nameEn)
        .exec()
        .scalar()
        .toLongLong();
}

int StressRecords::people(const Database& db)
{
    return Query(db, QStringLiteral("SELECT count(*) FROM person WHERE notes LIKE 'stress %'"))
        .exec()
        .scalar()
        .toInt();
}

} // namespace jlgc
