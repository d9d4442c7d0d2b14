#include "storage/delegationrepository.h"

#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

namespace jlgc {

const RecordColumns<Delegation>& DelegationRepository::columns()
{
    using D = Delegation;
    static const RecordColumns<D> c =
        RecordColumns<D>(QStringLiteral("delegation"), QStringLiteral("d"))
            .join(QStringLiteral("LEFT JOIN staff_member s ON s.id = d.staff_member_id "
                                 "LEFT JOIN person sp ON sp.id = s.person_id"))
            .text(QStringLiteral("name_en"), &D::nameEn)
            .text(QStringLiteral("name_ja"), &D::nameJa)
            .government(&D::sendingGovernment)
            .text(QStringLiteral("purpose_en"), &D::purposeEn)
            .text(QStringLiteral("purpose_ja"), &D::purposeJa)
            .date(QStringLiteral("arrival_date"), &D::arrival)
            .date(QStringLiteral("departure_date"), &D::departure)
            .code<DelegationStatuses>(QStringLiteral("status"), &D::status)
            .positive(QStringLiteral("member_count"), &D::expectedMemberCount)
            .ref(QStringLiteral("staff_member_id"), &D::staffInCharge)
            .personName(QStringLiteral("sp"), &D::staffInChargeName)
            .text(
                QStringLiteral("gifts_given"),
                [](auto& d) -> auto& { return d.protocol.giftsGiven; })
            .text(
                QStringLiteral("gifts_received"),
                [](auto& d) -> auto& { return d.protocol.giftsReceived; })
            .text(
                QStringLiteral("forms_of_address"),
                [](auto& d) -> auto& { return d.protocol.formsOfAddress; })
            .text(
                QStringLiteral("dietary_needs"),
                [](auto& d) -> auto& { return d.protocol.dietaryNeeds; })
            .text(
                QStringLiteral("protocol_notes"), [](auto& d) -> auto& { return d.protocol.notes; })
            .date(QStringLiteral("thank_you_sent_date"), &D::thankYouSent)
            .text(QStringLiteral("follow_up_notes"), &D::followUpNotes);
    return c;
}

QHash<DelegationId, QList<DelegationMember>> DelegationRepository::members(DelegationId only) const
{
    return childRowsOf(
        m_db,
        QStringLiteral("SELECT m.delegation_id, m.id, m.person_id, ") +
            sqlrefs::personNameColumns(QStringLiteral("p")) +
            QStringLiteral(", m.role, coalesce(m.title_en,''), coalesce(m.title_ja,'') "
                           "FROM delegation_member m JOIN person p ON p.id = "
                           "m.person_id"),
        QStringLiteral("m.delegation_id"), only,
        QStringLiteral("ORDER BY m.delegation_id, m.position, m.id"), [](const Query& row) {
            DelegationMember m;
            m.id = row.id(1);
            m.person = {row.id(2), sqlrefs::personNameAt(row, 3)};
            m.role = DelegationRoles::fromCode(row.text(9));
            m.titleEn = row.text(10);
            m.titleJa = row.text(11);
            return m;
        });
}

QHash<DelegationId, QList<DelegationInterpreter>>
DelegationRepository::interpreters(DelegationId only) const
{
    return childRowsOf(
        m_db,
        QStringLiteral("SELECT i.delegation_id, i.id, i.person_id, ") +
            sqlrefs::personNameColumns(QStringLiteral("p")) +
            QStringLiteral(", coalesce(i.note,'') FROM delegation_interpreter i JOIN "
                           "person p ON p.id = i.person_id"),
        QStringLiteral("i.delegation_id"), only,
        QStringLiteral("ORDER BY i.delegation_id, i.position, i.id"), [](const Query& row) {
            DelegationInterpreter i;
            i.id = row.id(1);
            i.person = {row.id(2), sqlrefs::personNameAt(row, 3)};
            i.note = row.text(9);
            return i;
        });
}

QList<Delegation> DelegationRepository::select(const SqlConditions& conditions, DelegationId onlyId,
                                               bool withPeople) const
{
    QList<Delegation> result = columns().list(m_db, conditions, QStringLiteral(" ORDER BY d.id"));
    if (result.isEmpty())
        return result;
    if (!withPeople) {
        Query counts(m_db, QStringLiteral("SELECT delegation_id, count(*) FROM delegation_member "
                                          "GROUP BY delegation_id"));
        counts.exec();
        QHash<DelegationId, int> n;
        while (counts.next())
            n.insert(counts.id(0), counts.value(1).toInt());
        setById(result, &Delegation::listedMemberCount, n);
        return result;
    }
    setById(result, &Delegation::members, members(onlyId));
    setById(result, &Delegation::interpreters, interpreters(onlyId));
    return result;
}

std::optional<Delegation> DelegationRepository::find(DelegationId id) const
{
    if (id <= 0)
        return std::nullopt;
    return firstOf(select(columns().byId(id), id));
}

QList<Delegation> DelegationRepository::list(const DelegationFilter& filter) const
{
    SqlConditions c;
    c.equalIfSet<DelegationStatuses>(QStringLiteral("d.status"), filter.status);
    if (filter.openOnly)
        c.add(QStringLiteral("d.status NOT IN ('completed', 'cancelled')"));
    c.equalIfSet(QStringLiteral("d.staff_member_id"), filter.staffInCharge);
    if (!filter.prefectureCode.isEmpty())
        c.add(QStringLiteral("d.prefecture_code = :pref OR gm.prefecture_code = :pref2"),
              {{QStringLiteral(":pref"), filter.prefectureCode},
               {QStringLiteral(":pref2"), filter.prefectureCode}});
    if (filter.from.isValid())
        c.add(QStringLiteral("coalesce(d.departure_date, d.arrival_date) IS NULL"
                             " OR coalesce(d.departure_date, d.arrival_date) >= :from"),
              {{QStringLiteral(":from"), filter.from.toString(Qt::ISODate)}});
    if (filter.to.isValid())
        c.add(QStringLiteral("d.arrival_date IS NULL OR d.arrival_date <= :to"),
              {{QStringLiteral(":to"), filter.to.toString(Qt::ISODate)}});
    QList<Delegation> result = select(c, 0, filter.withPeople);
    sortUpcomingFirst(result, filter.today);
    return result;
}

void DelegationRepository::writeMembers(DelegationId id, const Delegation& d)
{
    recordwrite::replaceOwned(
        m_db, QStringLiteral("delegation_member"), QStringLiteral("delegation_id"), id,
        {QStringLiteral("person_id"), QStringLiteral("role"), QStringLiteral("title_en"),
         QStringLiteral("title_ja"), QStringLiteral("position")},
        d.members, [](const DelegationMember& m, int position) {
            return QVariantList{m.person.id, DelegationRoles::code(m.role), nullIfEmpty(m.titleEn),
                                nullIfEmpty(m.titleJa), position};
        });
    recordwrite::replaceOwned(
        m_db, QStringLiteral("delegation_interpreter"), QStringLiteral("delegation_id"), id,
        {QStringLiteral("person_id"), QStringLiteral("note"), QStringLiteral("position")},
        d.interpreters, [](const DelegationInterpreter& i, int position) {
            return QVariantList{i.person.id, nullIfEmpty(i.note), position};
        });
}

SaveSteps<Delegation> DelegationRepository::saveSteps()
{
    // A changed delegation's itinerary must still fit the visit (a new one
    // has none yet).
    return {[this](const Delegation& d) { checkItineraryFits(d); },
            [this](qint64 id, const Delegation& d) { writeMembers(id, d); }};
}

void DelegationRepository::checkItineraryFits(const Delegation& delegation) const
{
    throwIfAny(delegation.validate());
    Query outside(m_db, QStringLiteral("SELECT count(*) FROM delegation_itinerary_item WHERE "
                                       "delegation_id = :id AND ((CAST(:arrival AS TEXT) IS "
                                       "NOT NULL AND item_date < :arrival2) OR "
                                       "(CAST(:departure AS TEXT) IS NOT NULL AND item_date > "
                                       ":departure2))"));
    const qint64 n = outside.bind(QStringLiteral(":id"), delegation.id)
                         .bind(QStringLiteral(":arrival"), nullIfInvalid(delegation.arrival))
                         .bind(QStringLiteral(":arrival2"), nullIfInvalid(delegation.arrival))
                         .bind(QStringLiteral(":departure"), nullIfInvalid(delegation.departure))
                         .bind(QStringLiteral(":departure2"), nullIfInvalid(delegation.departure))
                         .exec()
                         .scalar()
                         .toLongLong();
    if (n > 0)
        throw StorageError(FieldErrors{
            {QStringLiteral("arrival"),
             tr("%n itinerary item(s) would fall outside the new dates. Move them first.", nullptr,
                int(n))}});
}

template class KindRepository<DelegationRepository, Delegation>;

} // namespace jlgc
