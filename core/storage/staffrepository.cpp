#include "storage/staffrepository.h"

#include "storage/database.h"
#include "storage/recordwrite.h"
#include "storage/sqlrefs.h"

namespace jlgc {

namespace {

QString selectSql()
{
    return QStringLiteral("SELECT s.id, s.person_id, ") +
           sqlrefs::personNameColumns(QStringLiteral("p")) + QStringLiteral(", s.kind, ") +
           sqlrefs::governmentColumns(QStringLiteral("s"), QStringLiteral("g")) +
           QStringLiteral(
               ", coalesce(s.position_en,''), coalesce(s.position_ja,''), "
               "coalesce(s.term_start,''), coalesce(s.term_end,''), coalesce(s.notes,''), "
               "s.row_version, s.created_at, s.updated_at FROM staff_member s "
               "JOIN person p ON p.id = s.person_id") +
           sqlrefs::governmentJoins(QStringLiteral("s"), QStringLiteral("g"));
}

StaffMember fromRow(const Query& q)
{
    StaffMember s;
    s.id = q.id(0);
    s.person.id = q.id(1);
    s.person.name = sqlrefs::personNameAt(q, 2);
    s.kind = StaffKinds::fromCode(q.text(8));
    s.sendingGovernment = sqlrefs::governmentAt(q, 9);
    s.positionEn = q.text(14);
    s.positionJa = q.text(15);
    s.termStart = sqlrefs::dateAt(q, 16);
    s.termEnd = sqlrefs::dateAt(q, 17);
    s.notes = q.text(18);
    s.rowVersion = q.value(19).toInt();
    s.createdAt = sqlrefs::timestampAt(q, 20);
    s.updatedAt = sqlrefs::timestampAt(q, 21);
    return s;
}

RowValues valuesOf(const StaffMember& s)
{
    return RowValues()
        .set(QStringLiteral("person_id"), s.person.id)
        .set(QStringLiteral("kind"), StaffKinds::code(s.kind))
        .government(s.sendingGovernment)
        .text(QStringLiteral("position_en"), s.positionEn)
        .text(QStringLiteral("position_ja"), s.positionJa)
        .date(QStringLiteral("term_start"), s.termStart)
        .date(QStringLiteral("term_end"), s.termEnd)
        .text(QStringLiteral("notes"), s.notes);
}

} // namespace

std::optional<StaffMember> StaffRepository::find(StaffMemberId id) const
{
    Query q(m_db, selectSql() + QStringLiteral(" WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<StaffMember> StaffRepository::list(const StaffFilter& filter) const
{
    Query q(
        m_db,
        selectSql() +
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
        result << fromRow(q);
    return result;
}

StaffMember StaffRepository::add(const StaffMember& staff)
{
    if (const FieldErrors errors = staff.validate(); !errors.isEmpty())
        throw StorageError(errors);
    const qint64 id = m_db.transaction(
        [&] { return recordwrite::insert(m_db, QStringLiteral("staff_member"), valuesOf(staff)); });
    return *find(id);
}

StaffMember StaffRepository::update(const StaffMember& staff)
{
    if (const FieldErrors errors = staff.validate(); !errors.isEmpty())
        throw StorageError(errors);
    m_db.transaction([&] {
        recordwrite::update(m_db, QStringLiteral("staff_member"), staff.id, staff.rowVersion,
                            valuesOf(staff),
                            tr("This staff member no longer exists; the record was removed "
                               "elsewhere."),
                            tr("Someone else saved this staff member after you opened the "
                               "record."));
    });
    return *find(staff.id);
}

void StaffRepository::remove(StaffMemberId id)
{
    recordwrite::remove(m_db, QStringLiteral("staff_member"), id,
                        tr("This staff member is still named in other records (%1). Hand "
                           "them over or change them first."));
}

} // namespace jlgc
