#include "storage/staffrepository.h"

#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

namespace jlgc {

const RecordColumns<StaffMember>& StaffRepository::columns()
{
    using S = StaffMember;
    static const RecordColumns<S> c =
        RecordColumns<S>(QStringLiteral("staff_member"), QStringLiteral("s"))
            .join(QStringLiteral("JOIN person p ON p.id = s.person_id"))
            .person(QStringLiteral("person_id"), QStringLiteral("p"), &S::person)
            .code<StaffKinds>(QStringLiteral("kind"), &S::kind)
            .government(&S::sendingGovernment)
            .text(QStringLiteral("position_en"), &S::positionEn)
            .text(QStringLiteral("position_ja"), &S::positionJa)
            .date(QStringLiteral("term_start"), &S::termStart)
            .date(QStringLiteral("term_end"), &S::termEnd)
            .text(QStringLiteral("notes"), &S::notes);
    return c;
}

QList<StaffMember> StaffRepository::list(const StaffFilter& filter) const
{
    SqlConditions c;
    c.equalIfSet<StaffKinds>(QStringLiteral("s.kind"), filter.kind);
    if (filter.servingOn.isValid()) {
        const QString day = filter.servingOn.toString(Qt::ISODate);
        c.add(QStringLiteral("(s.term_start IS NULL OR s.term_start <= :day) AND "
                             "(s.term_end IS NULL OR s.term_end >= :day2)"),
              {{QStringLiteral(":day"), day}, {QStringLiteral(":day2"), day}});
    }
    c.equalIfSet(QStringLiteral("s.person_id"), filter.personId);
    return columns().list(m_db, c,
                          QStringLiteral("ORDER BY s.term_start IS NULL, s.term_start DESC, s.id"));
}

void StaffRepository::remove(StaffMemberId id)
{
    recordwrite::remove(m_db, columns().table(), id,
                        tr("This staff member is still named in other records (%1). Hand "
                           "them over or change them first."));
}

template class KindRepository<StaffRepository, StaffMember>;

} // namespace jlgc
