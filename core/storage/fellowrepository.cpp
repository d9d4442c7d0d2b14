#include "storage/fellowrepository.h"

#include "storage/database.h"
#include "storage/homestayrepository.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/queryrows.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

#include <algorithm>

namespace jlgc {

namespace {

// A filter's "any" is an empty text; a null QString would be bound as NULL,
// and NULL = '' is never true.
QString filterText(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

const RecordColumns<Fellow>& FellowRepository::columns()
{
    using F = Fellow;
    // Notes are kept exactly as typed (sensitive notes are never lost or
    // altered); only an empty or blank text is stored as NULL.
    static const RecordColumns<F> c =
        RecordColumns<F>(QStringLiteral("fellow"), QStringLiteral("f"))
            .join(QStringLiteral("JOIN person p ON p.id = f.person_id "
                                 "JOIN cohort c ON c.id = f.cohort_id "
                                 "LEFT JOIN organization o ON o.id = f.organization_id"))
            .ref(QStringLiteral("person_id"), &F::personId)
            .ref(QStringLiteral("cohort_id"), &F::cohortId)
            .ref(QStringLiteral("organization_id"), &F::organizationId)
            .text(QStringLiteral("subdivision_code"), &F::subdivisionCode)
            .text(QStringLiteral("title"), &F::titleAtTime)
            .code<FellowStatuses>(QStringLiteral("status"), &F::status)
            .date(QStringLiteral("arrival"), &F::arrival)
            .date(QStringLiteral("departure"), &F::departure)
            .exact(QStringLiteral("dietary_notes"), &F::dietaryNotes)
            .exact(QStringLiteral("medical_notes"), &F::medicalNotes)
            .text(QStringLiteral("emergency_contact_name"), &F::emergencyContactName)
            .text(QStringLiteral("emergency_contact_relation"), &F::emergencyContactRelation)
            .text(QStringLiteral("emergency_contact_phone"), &F::emergencyContactPhone)
            .exact(QStringLiteral("follow_up_notes"), &F::followUpNotes)
            .exact(QStringLiteral("notes"), &F::notes)
            .derived(QStringLiteral("c.year"),
                     [](F& f, const Query& q, int i) { f.cohortYear = q.value(i).toInt(); })
            .derivedText(QStringLiteral("coalesce(o.name_en,'')"), &F::organizationNameEn)
            .derivedText(QStringLiteral("coalesce(o.name_ja,'')"), &F::organizationNameJa)
            .personName(QStringLiteral("p"), &F::personName)
            .derived(QStringLiteral("coalesce((SELECT s.changed_on FROM fellow_status_change s "
                                    "WHERE s.fellow_id = f.id ORDER BY s.changed_on DESC, "
                                    "s.id DESC LIMIT 1), '')"),
                     [](F& f, const Query& q, int i) { f.statusDate = sqlrefs::dateAt(q, i); });
    return c;
}

QList<FellowStatusChange> FellowRepository::history(FellowId id) const
{
    Query q(m_db, QStringLiteral("SELECT id, status, changed_on, coalesce(note, '') FROM "
                                 "fellow_status_change WHERE fellow_id = :id "
                                 "ORDER BY changed_on, id"));
    q.bind(QStringLiteral(":id"), id);
    return rowsOf(q, [](const Query& row) {
        return FellowStatusChange{row.id(0), FellowStatuses::fromCode(row.text(1)),
                                  sqlrefs::dateAt(row, 2), row.text(3)};
    });
}

std::optional<Fellow> FellowRepository::find(FellowId id) const
{
    std::optional<Fellow> f = columns().find(m_db, id);
    if (f)
        f->statusHistory = history(id);
    return f;
}

QList<Fellow> FellowRepository::list(const FellowFilter& filter) const
{
    SqlConditions c;
    c.equalIfSet(QStringLiteral("f.cohort_id"), filter.cohortId);
    c.equalIfSet(QStringLiteral("f.person_id"), filter.personId);
    c.equalIfSet(QStringLiteral("f.subdivision_code"), filter.subdivisionCode);
    if (!filterText(filter.hostPrefectureCode).isEmpty())
        c.add(QStringLiteral("c.host_prefecture_code = :prefecture "
                             "OR substr(c.host_municipality_code, 1, 2) = :prefecture2"),
              {{QStringLiteral(":prefecture"), filterText(filter.hostPrefectureCode)},
               {QStringLiteral(":prefecture2"), filterText(filter.hostPrefectureCode)}});
    c.equalIfSet<FellowStatuses>(QStringLiteral("f.status"), filter.status);
    if (filter.fromYear != 0)
        c.add(QStringLiteral("c.year >= :from"), {{QStringLiteral(":from"), filter.fromYear}});
    if (filter.toYear != 0)
        c.add(QStringLiteral("c.year <= :to"), {{QStringLiteral(":to"), filter.toYear}});
    return columns().list(
        m_db, c, QStringLiteral("ORDER BY c.year DESC, p.family_name, p.given_name, f.id"));
}

QList<Fellow> FellowRepository::historyOfPerson(PersonId personId) const
{
    if (personId <= 0)
        return {};
    FellowFilter filter;
    filter.personId = personId;
    QList<Fellow> result = list(filter);
    std::stable_sort(result.begin(), result.end(),
                     [](const Fellow& a, const Fellow& b) { return a.cohortYear < b.cohortYear; });
    for (Fellow& f : result)
        f.statusHistory = history(f.id);
    return result;
}

QString FellowRepository::subdivisionOfOrganization(OrganizationId id) const
{
    if (id <= 0)
        return {};
    Query q(m_db, QStringLiteral("SELECT coalesce(subdivision_code, '') FROM organization "
                                 "WHERE id = :id"));
    return q.bind(QStringLiteral(":id"), id).exec().scalar().toString();
}

void FellowRepository::checkPersonFree(const Fellow& fellow) const
{
    Query q(m_db, QStringLiteral("SELECT c.year FROM fellow f JOIN cohort c ON c.id = "
                                 "f.cohort_id WHERE f.person_id = :person AND f.cohort_id = "
                                 ":cohort AND f.id <> :id"));
    const QVariant year = q.bind(QStringLiteral(":person"), fellow.personId)
                              .bind(QStringLiteral(":cohort"), fellow.cohortId)
                              .bind(QStringLiteral(":id"), fellow.id)
                              .exec()
                              .scalar();
    if (year.isValid())
        throw StorageError(
            {{QStringLiteral("personId"),
              tr("This person is already a fellow of the %1 cohort.").arg(year.toInt())}});
}

void FellowRepository::appendStatus(FellowId id, FellowStatus status, const QDate& date,
                                    const QString& note)
{
    const QList<FellowStatusChange> past = history(id);
    const QDate when = date.isValid() ? date : QDate::currentDate();
    if (!past.isEmpty() && when < past.last().date)
        throw StorageError(
            {{QStringLiteral("statusDate"),
              tr("The date of a status change cannot be before the previous change (%1).")
                  .arg(past.last().date.toString(Qt::ISODate))}});
    Query q(m_db, QStringLiteral("INSERT INTO fellow_status_change (fellow_id, status, "
                                 "changed_on, note) VALUES (:id, :status, :date, :note)"));
    q.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":status"), FellowStatuses::code(status))
        .bind(QStringLiteral(":date"), when.toString(Qt::ISODate))
        .bind(QStringLiteral(":note"), nullIfEmpty(note))
        .exec();
}

void FellowRepository::writeStatusChange(const Fellow& before, const Fellow& after,
                                         const QString& note)
{
    if (before.status != after.status) {
        appendStatus(after.id, after.status, after.statusDate, note);
        return;
    }
    // Same status, another date: a correction of the current entry's date.
    const QList<FellowStatusChange> past = history(after.id);
    if (!after.statusDate.isValid() || past.isEmpty() || past.last().date == after.statusDate)
        return;
    if (past.size() > 1 && after.statusDate < past.at(past.size() - 2).date)
        throw StorageError(
            {{QStringLiteral("statusDate"),
              tr("The date of a status change cannot be before the previous change (%1).")
                  .arg(past.at(past.size() - 2).date.toString(Qt::ISODate))}});
    Query q(m_db, QStringLiteral("UPDATE fellow_status_change SET changed_on = :date "
                                 "WHERE id = :id"));
    q.bind(QStringLiteral(":date"), after.statusDate.toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), past.last().id)
        .exec();
}

FellowId FellowRepository::insert(const Fellow& fellow)
{
    throwIfAny(fellow.validate());
    return m_db.transaction([&] {
        checkPersonFree(fellow);
        Fellow f = fellow;
        if (f.subdivisionCode.isEmpty())
            f.subdivisionCode = subdivisionOfOrganization(f.organizationId);
        const qint64 newId = recordwrite::insert(m_db, columns().table(), columns().values(f));
        appendStatus(newId, f.status, f.statusDate, {});
        return newId;
    });
}

Fellow FellowRepository::update(const Fellow& fellow)
{
    throwIfAny(fellow.validate());
    m_db.transaction([&] {
        const std::optional<Fellow> before = find(fellow.id);
        if (!before)
            throw StorageError(StorageError::Kind::NotFound,
                               tr("This fellow no longer exists; the record was removed "
                                  "elsewhere."));
        if (fellow.status == FellowStatus::Withdrawn && before->status != FellowStatus::Withdrawn &&
            !placementsAffectedByWithdrawal(fellow.id).isEmpty())
            throw StorageError(
                {{QStringLiteral("status"),
                  tr("This fellow has homestays. Choose whether to keep or remove them when "
                     "withdrawing the fellow.")}});
        checkPersonFree(fellow);
        Fellow f = fellow;
        if (f.subdivisionCode.isEmpty())
            f.subdivisionCode = subdivisionOfOrganization(f.organizationId);
        recordwrite::update(m_db, columns().table(), f.id, f.rowVersion, columns().values(f));
        writeStatusChange(*before, f, {});
    });
    return *find(fellow.id);
}

QList<HomestayPlacement> FellowRepository::placementsAffectedByWithdrawal(FellowId id) const
{
    HomestayFilter filter;
    filter.fellowId = id;
    return HomestayRepository(m_db).list(filter);
}

QList<HomestayPlacement> FellowRepository::withdraw(FellowId id, PlacementAction action,
                                                    const QDate& date, const QString& note)
{
    return m_db.transaction([&] {
        const std::optional<Fellow> fellow = find(id);
        if (!fellow)
            throw StorageError(StorageError::Kind::NotFound,
                               tr("This fellow no longer exists; the record was removed "
                                  "elsewhere."));
        const QList<HomestayPlacement> placements = placementsAffectedByWithdrawal(id);
        if (action == PlacementAction::Remove) {
            Query del(m_db, QStringLiteral("DELETE FROM homestay_placement WHERE fellow_id = "
                                           ":id"));
            del.bind(QStringLiteral(":id"), id).exec();
        }
        if (fellow->status != FellowStatus::Withdrawn) {
            Query q(m_db, QStringLiteral("UPDATE fellow SET status = 'withdrawn', updated_at = "
                                         ":updated, row_version = row_version + 1 WHERE id = "
                                         ":id"));
            q.bind(QStringLiteral(":updated"), recordwrite::now())
                .bind(QStringLiteral(":id"), id)
                .exec();
            appendStatus(id, FellowStatus::Withdrawn, date, note);
        }
        return placements;
    });
}

template class KindRepository<FellowRepository, Fellow>;

} // namespace jlgc
