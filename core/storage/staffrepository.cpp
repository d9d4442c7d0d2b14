#include "storage/staffrepository.h"

#include "storage/database.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
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

std::optional<StaffMember> StaffRepository::find(StaffMemberId id) const
{
    Query q(m_db, columns().select() + QStringLiteral(" WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return columns().read(q);
    return std::nullopt;
}

QList<StaffMember> StaffRepository::list(const StaffFilter& filter) const
{
    Query q(
        m_db,
        columns().select() +
            QStringLiteral(
                " WHERE (coalesce(:kind, '') = '' OR s.kind = :kind2)"
                " AND (coalesce(:day, '') = '' OR ((s.term_start IS NULL OR s.term_start <= :day2)"
                "      AND (s.term_end IS NULL OR s.term_end >= :day3)))"
                " AND (:person = 0 OR s.person_id = :person2)"
                " ORDER BY s.term_start IS NULL, s.term_start DESC, s.id"));
    const QString kind = filter.kind ? StaffKinds::code(*filter.kind) : QString();
    const QString day =
        filter.servingOn.isValid() ? filter.servingOn.toString(Qt::ISODate) : QString();
    q.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":kind2"), kind)
        .bind(QStringLiteral(":day"), day)
        .bind(QStringLiteral(":day2"), day)
        .bind(QStringLiteral(":day3"), day)
        .bind(QStringLiteral(":person"), filter.personId)
        .bind(QStringLiteral(":person2"), filter.personId)
        .exec();
    QList<StaffMember> result;
    while (q.next())
        result << columns().read(q);
    return result;
}

StaffMember StaffRepository::add(const StaffMember& staff)
{
    if (const FieldErrors errors = staff.validate(); !errors.isEmpty())
        throw StorageError(errors);
    const qint64 id = m_db.transaction(
        [&] { return recordwrite::insert(m_db, columns().table(), columns().values(staff)); });
    return *find(id);
}

StaffMember StaffRepository::update(const StaffMember& staff)
{
    if (const FieldErrors errors = staff.validate(); !errors.isEmpty())
        throw StorageError(errors);
    m_db.transaction([&] {
        recordwrite::update(m_db, columns().table(), staff.id, staff.rowVersion,
                            columns().values(staff),
                            tr("This staff member no longer exists; the record was removed "
                               "elsewhere."),
                            tr("Someone else saved this staff member after you opened the "
                               "record."));
    });
    return *find(staff.id);
}

void StaffRepository::remove(StaffMemberId id)
{
    recordwrite::remove(m_db, columns().table(), id,
                        tr("This staff member is still named in other records (%1). Hand "
                           "them over or change them first."));
}

} // namespace jlgc
