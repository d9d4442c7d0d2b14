// Report "research-requests": the research requests (調査依頼) of a period:
// those overdue, those still open, and those answered, overdue ones marked.
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/researchreportparts.h"
#include "storage/database.h"
#include "storage/researchrequestrepository.h"

namespace jlgc {

namespace {

bool within(const QDate& d, const QDate& from, const QDate& to)
{
    return d.isValid() && (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
}

void section(ReportBuilder& r, const Bilingual& heading, const QList<ResearchRequest>& list,
             bool answered)
{
    if (!r.countedHeading(heading, list.size(), r.text(QT_TRANSLATE_NOOP("Reports", "None."))))
        return;
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Received")), 17},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Requesting government")), 21},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Question")), 31},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Assigned to")), 14},
                             {answered ? r.text(QT_TRANSLATE_NOOP("Reports", "Answered"))
                                       : r.text(QT_TRANSLATE_NOOP("Reports", "Due")),
                              17}});
    for (const ResearchRequest& q : list) {
        ReportCell last{ReportLine(r.date(answered ? q.answered : q.due))};
        if (q.isOverdue(r.today()))
            last << ReportLine(researchreport::overdueMark(r, q), ReportLine::Strong);
        else if (!answered)
            last << ReportLine(reportlabels::of(q.status), ReportLine::Muted);
        t.addRow(
            {{ReportLine(r.date(q.received))},
             {ReportLine(Bilingual{q.requestingGovernment.nameEn, q.requestingGovernment.nameJa})},
             researchreport::questionCell(q),
             {ReportLine(personName(q.assignedName))},
             last});
    }
}

void build(ReportBuilder& r, Database& db)
{
    const QDate from = r.options().from;
    const QDate to = r.options().to;
    const QDate today = r.today();
    QList<ResearchRequest> overdue, open, answered;
    for (const ResearchRequest& q : ResearchRequestRepository(db).list()) {
        if (q.isOpen()) {
            // Open at some point in the period: received before its end.
            if (to.isValid() && q.received > to)
                continue;
            (q.isOverdue(today) ? overdue : open) << q;
        } else if (within(q.answered.isValid() ? q.answered : q.received, from, to)) {
            answered << q;
        }
    }
    std::stable_sort(answered.begin(), answered.end(),
                     [](const auto& a, const auto& b) { return a.answered < b.answered; });

    const Bilingual period = r.period(from, to);
    r.summary(arg(arg(arg(arg(arg(r.text(QT_TRANSLATE_NOOP(
                                      "Reports", "%1: %2 overdue and %3 open as of %4; %5 "
                                                 "answered in the period")),
                                  period),
                              r.number(overdue.size())),
                          r.number(open.size())),
                      r.date(today)),
                  r.number(answered.size())));
    if (overdue.isEmpty() && open.isEmpty() && answered.isEmpty())
        return;
    section(r, r.text(QT_TRANSLATE_NOOP("Reports", "Overdue (%1)")), overdue, false);
    section(r, r.text(QT_TRANSLATE_NOOP("Reports", "Open (%1)")), open, false);
    section(r, r.text(QT_TRANSLATE_NOOP("Reports", "Answered (%1)")), answered, true);
}

} // namespace

ReportInfo researchRequestsReport()
{
    ReportInfo info;
    info.name = "research-requests";
    info.title = QT_TRANSLATE_NOOP("Reports", "Research requests");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "Research requests overdue, open and answered in a period (all dates when "
                   "--from and --to are left out); overdue ones marked.");
    info.options = ReportOption::DateRange;
    info.build = &build;
    return info;
}

} // namespace jlgc
