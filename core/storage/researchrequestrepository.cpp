#include "storage/researchrequestrepository.h"

#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

namespace jlgc {

const RecordColumns<ResearchRequest>& ResearchRequestRepository::columns()
{
    static const RecordColumns<ResearchRequest> c =
        RecordColumns<ResearchRequest>(QStringLiteral("research_request"), QStringLiteral("r"))
            .join(QStringLiteral("LEFT JOIN staff_member s ON s.id = r.assigned_staff_id "
                                 "LEFT JOIN person sp ON sp.id = s.person_id"))
            .government(&ResearchRequest::requestingGovernment)
            .text(QStringLiteral("question_ja"), &ResearchRequest::questionJa)
            .text(QStringLiteral("question_en"), &ResearchRequest::questionEn)
            .date(QStringLiteral("received_date"), &ResearchRequest::received)
            .date(QStringLiteral("due_date"), &ResearchRequest::due)
            .ref(QStringLiteral("assigned_staff_id"), &ResearchRequest::assignedTo)
            .personName(QStringLiteral("sp"), &ResearchRequest::assignedName)
            .code<RequestStatuses>(QStringLiteral("status"), &ResearchRequest::status)
            .text(QStringLiteral("answer_summary"), &ResearchRequest::answerSummary)
            .date(QStringLiteral("answered_date"), &ResearchRequest::answered);
    return c;
}

QHash<ResearchRequestId, QList<ResearchSource>>
ResearchRequestRepository::sources(ResearchRequestId only) const
{
    return childRowsOf(
        m_db,
        QStringLiteral("SELECT s.request_id, s.id, s.kind, coalesce(s.organization_id,0), "
                       "coalesce(o.name_en,''), coalesce(o.name_ja,''), "
                       "coalesce(s.person_id,0), ") +
            sqlrefs::personNameColumns(QStringLiteral("p")) +
            QStringLiteral(", coalesce(s.url,''), coalesce(s.note,'') FROM "
                           "research_request_source s LEFT JOIN organization o ON "
                           "o.id = s.organization_id LEFT JOIN person p ON p.id = "
                           "s.person_id "),
        QStringLiteral("s.request_id"), only,
        QStringLiteral("ORDER BY s.request_id, s.position, s.id"), [](const Query& row) {
            ResearchSource s;
            s.id = row.id(1);
            s.kind = SourceKinds::fromCode(row.text(2));
            s.organization = {row.id(3), row.text(4), row.text(5)};
            s.person = {row.id(6), sqlrefs::personNameAt(row, 7)};
            s.url = row.text(13);
            s.note = row.text(14);
            return s;
        });
}

std::optional<ResearchRequest> ResearchRequestRepository::find(ResearchRequestId id) const
{
    std::optional<ResearchRequest> r = columns().find(m_db, id);
    if (r)
        r->sources = sources(id).value(id);
    return r;
}

QList<ResearchRequest> ResearchRequestRepository::list(const ResearchRequestFilter& filter) const
{
    // The overdue rule is ResearchRequest::isOverdue; the SQL only narrows
    // the rows, and the rule itself decides below.
    const QString open = QStringLiteral("r.status IN ('received', 'in_progress')");
    SqlConditions c;
    c.equalIfSet<RequestStatuses>(QStringLiteral("r.status"), filter.status);
    if (filter.openOnly)
        c.add(open);
    if (filter.overdueOn.isValid())
        c.add(open + QStringLiteral(" AND r.due_date < :overdue"),
              {{QStringLiteral(":overdue"), filter.overdueOn.toString(Qt::ISODate)}});
    c.equalIfSet(QStringLiteral("r.assigned_staff_id"), filter.assignedTo);
    if (!filter.prefectureCode.isEmpty())
        c.add(QStringLiteral("r.prefecture_code = :pref OR gm.prefecture_code = :pref2"),
              {{QStringLiteral(":pref"), filter.prefectureCode},
               {QStringLiteral(":pref2"), filter.prefectureCode}});
    Query q(m_db, columns().select() + c.where() +
                      QStringLiteral("ORDER BY r.status NOT IN ('received', 'in_progress'),"
                                     " CASE WHEN r.status IN ('received', 'in_progress') THEN"
                                     "   coalesce(r.due_date, '9999-12-31') END,"
                                     " r.received_date DESC, r.id DESC"));
    c.bindTo(q);
    q.exec();
    const auto allSources = sources(0);
    QList<ResearchRequest> result;
    while (q.next()) {
        ResearchRequest r = columns().read(q);
        if (filter.overdueOn.isValid() && !r.isOverdue(filter.overdueOn))
            continue;
        r.sources = allSources.value(r.id);
        result << r;
    }
    return result;
}

void ResearchRequestRepository::writeSources(ResearchRequestId id,
                                             const QList<ResearchSource>& list)
{
    recordwrite::replaceOwned(
        m_db, QStringLiteral("research_request_source"), QStringLiteral("request_id"), id,
        {QStringLiteral("kind"), QStringLiteral("organization_id"), QStringLiteral("person_id"),
         QStringLiteral("url"), QStringLiteral("note"), QStringLiteral("position")},
        list, [](const ResearchSource& s, int position) {
            return QVariantList{
                SourceKinds::code(s.kind),
                nullIfZero(s.kind == SourceKind::Organization ? s.organization.id : 0),
                nullIfZero(s.kind == SourceKind::Person ? s.person.id : 0),
                nullIfEmpty(s.kind == SourceKind::Link ? s.url : QString()),
                nullIfEmpty(s.note),
                position};
        });
}

SaveSteps<ResearchRequest> ResearchRequestRepository::saveSteps()
{
    return {{}, [this](qint64 id, const ResearchRequest& r) { writeSources(id, r.sources); }};
}

template class KindRepository<ResearchRequestRepository, ResearchRequest>;

} // namespace jlgc
