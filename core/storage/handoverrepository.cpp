#include "storage/handoverrepository.h"

#include "storage/database.h"
#include "storage/delegationrepository.h"
#include "storage/recordwrite.h"
#include "storage/researchlogrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/researchtopicrepository.h"
#include "storage/staffrepository.h"

namespace jlgc {

QList<ResearchTopic> Handover::topicsNeedingHandover(const QDate& today) const
{
    QList<ResearchTopic> result;
    for (const ResearchTopic& t : topics)
        if (t.needsHandover(today))
            result << t;
    return result;
}

int Handover::openItemCount() const
{
    int n = 0;
    for (const ResearchTopic& t : topics)
        n += t.status != TopicStatus::Completed ? 1 : 0;
    for (const ResearchRequest& r : requests)
        n += r.isOpen() ? 1 : 0;
    for (const Delegation& d : delegations)
        n += d.isOpen() ? 1 : 0;
    return n;
}

std::optional<Handover> HandoverRepository::handover(StaffMemberId official,
                                                     const QDate& today) const
{
    const std::optional<StaffMember> staff = StaffRepository(m_db).find(official);
    if (!staff)
        return std::nullopt;
    Handover h;
    h.official = *staff;

    ResearchTopicFilter topics;
    topics.owner = official;
    h.topics = ResearchTopicRepository(m_db).list(topics);

    ResearchLogFilter log;
    log.staffMember = official;
    h.logEntries = ResearchLogRepository(m_db).list(log);

    ResearchRequestFilter requests;
    requests.assignedTo = official;
    h.requests = ResearchRequestRepository(m_db).list(requests);

    DelegationFilter delegations;
    delegations.staffInCharge = official;
    delegations.today = today;
    h.delegations = DelegationRepository(m_db).list(delegations);
    return h;
}

QList<StaffMember> HandoverRepository::officialsAwaitingHandover(const QDate& today) const
{
    Query q(m_db, QStringLiteral("SELECT s.id FROM staff_member s WHERE s.term_end IS NOT NULL "
                                 "AND s.term_end < :today AND EXISTS (SELECT 1 FROM "
                                 "research_topic t WHERE t.owner_staff_id = s.id AND t.status = "
                                 "'active') ORDER BY s.term_end, s.id"));
    q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate)).exec();
    QList<StaffMemberId> ids;
    while (q.next())
        ids << q.id(0);
    QList<StaffMember> result;
    const StaffRepository staff(m_db);
    for (StaffMemberId id : ids)
        if (const auto s = staff.find(id); s && s->hasTermEnded(today))
            result << *s;
    return result;
}

HandoverTransfer HandoverRepository::transfer(StaffMemberId from, StaffMemberId to)
{
    if (from == to)
        throw StorageError(
            FieldErrors{{QStringLiteral("successor"),
                         tr("Choose a successor other than the official who hands over.")}});
    return m_db.transaction([&] {
        const StaffRepository staff(m_db);
        if (!staff.find(from) || !staff.find(to))
            throw StorageError(StorageError::Kind::NotFound,
                               tr("The official or the successor no longer exists."));
        const QString now = recordwrite::now();
        HandoverTransfer moved;
        const auto run = [&](const QString& sql) {
            Query q(m_db, sql);
            q.bind(QStringLiteral(":to"), to)
                .bind(QStringLiteral(":from"), from)
                .bind(QStringLiteral(":now"), now)
                .exec();
            return q.numRowsAffected();
        };
        moved.topics = run(QStringLiteral(
            "UPDATE research_topic SET owner_staff_id = :to, updated_at = :now, row_version = "
            "row_version + 1 WHERE owner_staff_id = :from AND status <> 'completed'"));
        moved.requests = run(QStringLiteral(
            "UPDATE research_request SET assigned_staff_id = :to, updated_at = :now, row_version "
            "= row_version + 1 WHERE assigned_staff_id = :from AND status IN ('received', "
            "'in_progress')"));
        moved.delegations = run(QStringLiteral(
            "UPDATE delegation SET staff_member_id = :to, updated_at = :now, row_version = "
            "row_version + 1 WHERE staff_member_id = :from AND status NOT IN ('completed', "
            "'cancelled')"));
        return moved;
    });
}

} // namespace jlgc
