// Report "handover": everything a dispatched official owns, for the
// successor who takes it over: topics with their status (active ones marked
// for handover), the research log, the requests and delegations assigned.
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporterror.h"
#include "reports/researchreportparts.h"
#include "storage/database.h"
#include "storage/handoverrepository.h"

namespace jlgc {

namespace {

void official(ReportBuilder& r, const StaffMember& s)
{
    r.heading(personName(s.person.name));
    DetailsTable details(r);
    details.row(QT_TRANSLATE_NOOP("Reports", "Position"), Bilingual{s.positionEn, s.positionJa});
    details.row(QT_TRANSLATE_NOOP("Reports", "Sending government"),
                Bilingual{s.sendingGovernment.nameEn, s.sendingGovernment.nameJa});
    details.row(QT_TRANSLATE_NOOP("Reports", "Term"), r.dateRange(s.termStart, s.termEnd));
}

void topics(ReportBuilder& r, const Handover& h)
{
    if (!r.countedHeading(r.text(QT_TRANSLATE_NOOP("Reports", "Research topics (%1)")),
                          h.topics.size(),
                          r.text(QT_TRANSLATE_NOOP("Reports", "No research topics."))))
        return;
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Topic")), 38},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Status")), 13},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Period")), 21},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Log entries")), 12},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Handover")), 16}});
    for (const ResearchTopic& topic : h.topics) {
        ReportCell title{ReportLine(Bilingual{topic.titleEn, topic.titleJa}, ReportLine::Strong)};
        if (!topic.tags.isEmpty())
            title << ReportLine(Bilingual::same(topic.tags.join(QStringLiteral(", "))),
                                ReportLine::Muted);
        ReportCell handover;
        if (topic.status == TopicStatus::Active)
            handover << ReportLine(r.text(QT_TRANSLATE_NOOP("Reports", "TO HAND OVER")),
                                   ReportLine::Strong);
        t.addRow({title,
                  {ReportLine(reportlabels::of(topic.status))},
                  {ReportLine(r.dateRange(topic.start, topic.end))},
                  {ReportLine(r.number(topic.logEntryCount))},
                  handover});
    }
}

void requests(ReportBuilder& r, const Handover& h)
{
    if (!r.countedHeading(r.text(QT_TRANSLATE_NOOP("Reports", "Research requests assigned (%1)")),
                          h.requests.size(),
                          r.text(QT_TRANSLATE_NOOP("Reports", "No research requests."))))
        return;
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Received")), 18},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Requesting government")), 21},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Question")), 32},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Due")), 17},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Status")), 12}});
    for (const ResearchRequest& q : h.requests) {
        ReportCell status{ReportLine(reportlabels::of(q.status))};
        if (q.isOverdue(r.today()))
            status << ReportLine(researchreport::overdueMark(r, q), ReportLine::Strong);
        t.addRow(
            {{ReportLine(r.date(q.received))},
             {ReportLine(Bilingual{q.requestingGovernment.nameEn, q.requestingGovernment.nameJa})},
             researchreport::questionCell(q),
             {ReportLine(r.date(q.due))},
             status});
    }
}

void delegations(ReportBuilder& r, const Handover& h)
{
    if (h.delegations.isEmpty())
        return;
    r.heading(arg(r.text(QT_TRANSLATE_NOOP("Reports", "Delegations in their charge (%1)")),
                  r.number(h.delegations.size())));
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Delegation")), 45},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Dates of the visit")), 35},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Status")), 20}});
    for (const Delegation& d : h.delegations)
        t.addRow({{ReportLine(Bilingual{d.nameEn, d.nameJa}, ReportLine::Strong)},
                  {ReportLine(r.dateRange(d.arrival, d.departure))},
                  {ReportLine(reportlabels::of(d.status))}});
}

void build(ReportBuilder& r, Database& db)
{
    const auto h = HandoverRepository(db).handover(r.options().id, r.today());
    if (!h)
        throw StorageError(
            StorageError::Kind::NotFound,
            ReportMessages::tr("No staff member has the id %1.").arg(r.options().id));
    int active = 0;
    for (const ResearchTopic& t : h->topics)
        active += t.status == TopicStatus::Active ? 1 : 0;
    r.summary(arg(
        arg(arg(r.text(QT_TRANSLATE_NOOP(
                    "Reports", "Research topics: %1 (active, to hand over: %2); open items: %3")),
                r.number(h->topics.size())),
            r.number(active)),
        r.number(h->openItemCount())));
    official(r, h->official);
    topics(r, *h);
    if (r.countedHeading(r.text(QT_TRANSLATE_NOOP("Reports", "Research log (entries: %1)")),
                         h->logEntries.size(),
                         r.text(QT_TRANSLATE_NOOP("Reports", "Nothing is logged yet."))))
        researchreport::logTable(r, h->logEntries, true);
    requests(r, *h);
    delegations(r, *h);
}

} // namespace

ReportInfo handoverReport()
{
    ReportInfo info;
    info.name = "handover";
    info.title = QT_TRANSLATE_NOOP("Reports", "Handover report");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "Everything a staff member owns, for their successor: research topics with "
                   "their status (active ones marked for handover), the research log, and the "
                   "requests and delegations assigned.");
    info.options = ReportOption::Id;
    info.required = ReportOption::Id;
    info.idRecordKind = "staff_members";
    info.build = &build;
    return info;
}

} // namespace jlgc
