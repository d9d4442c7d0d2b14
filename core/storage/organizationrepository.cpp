#include "storage/organizationrepository.h"

#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/sqlconditions.h"

namespace jlgc {

const RecordColumns<Organization>& OrganizationRepository::columns()
{
    using O = Organization;
    static const RecordColumns<O> c =
        RecordColumns<O>(QStringLiteral("organization"), QStringLiteral("o"))
            .text(QStringLiteral("name_en"), &O::nameEn)
            .text(QStringLiteral("name_ja"), &O::nameJa)
            .text(QStringLiteral("name_kana"), &O::nameKana)
            .text(QStringLiteral("short_name"), &O::shortName)
            .code<OrganizationKinds>(QStringLiteral("kind"), &O::kind)
            .text(QStringLiteral("country"), &O::country)
            .text(QStringLiteral("subdivision_code"), &O::subdivisionCode)
            .text(QStringLiteral("prefecture_code"), &O::prefectureCode)
            .text(QStringLiteral("municipality_code"), &O::municipalityCode)
            .text(QStringLiteral("city"), &O::city)
            .text(QStringLiteral("address"), &O::address)
            .text(QStringLiteral("website"), &O::website)
            .text(QStringLiteral("email"), &O::email)
            .text(QStringLiteral("phone"), &O::phone)
            .text(QStringLiteral("notes"), &O::notes);
    return c;
}

QList<Organization> OrganizationRepository::list(const OrganizationFilter& filter) const
{
    SqlConditions where;
    where.equalIfSet<OrganizationKinds>(QStringLiteral("o.kind"), filter.kind);
    where.equalIfSet(QStringLiteral("o.country"), filter.country);
    return columns().list(m_db, where, QStringLiteral("ORDER BY o.id"));
}

template class KindRepository<OrganizationRepository, Organization>;

} // namespace jlgc
