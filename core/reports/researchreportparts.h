#pragma once

#include "domain/researchlogentry.h"
#include "domain/researchrequest.h"
#include "reports/reportbuilder.h"
#include "reports/reporthelpers.h"
#include "reports/reportlabels.h"

namespace jlgc {

// Tables the research reports share: the topic report and the handover report.
namespace researchreport {

// Log entries in date order; with the topic's title when they span topics.
inline void logTable(ReportBuilder& r, QList<ResearchLogEntry> entries, bool withTopic,
                     const Bilingual& caption = {})
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Date")), 18},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Kind")), 11},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Organizations and people")), 25},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Notes and outcome")), 46}},
                            caption);
    const Bilingual outcome = r.text(QT_TRANSLATE_NOOP("Reports", "Outcome: %1"));
    for (const ResearchLogEntry& e : std::as_const(entries)) {
        ReportCell who;
        for (const OrganizationRef& o : e.organizations)
            who << ReportLine(Bilingual{o.nameEn, o.nameJa});
        for (const PersonRef& p : e.people)
            who << ReportLine(personName(p.name), ReportLine::Muted);
        ReportCell notes;
        if (withTopic)
            notes << ReportLine(Bilingual{e.topicTitleEn, e.topicTitleJa}, ReportLine::Strong);
        if (!e.notes.isEmpty())
            notes << ReportLine(Bilingual::same(e.notes));
        if (!e.outcome.isEmpty())
            notes << ReportLine(arg(outcome, Bilingual::same(e.outcome)), ReportLine::Muted);
        ReportCell date{ReportLine(r.date(e.date))};
        if (!e.authorName.isEmpty())
            date << ReportLine(personName(e.authorName), ReportLine::Muted);
        t.addRow({date, {ReportLine(reportlabels::of(e.kind))}, who, notes});
    }
}

// Overdue by 3 days / 3日超過, in the report's words.
inline Bilingual overdueMark(const ReportBuilder& r, const ResearchRequest& q)
{
    return arg(r.text(QT_TRANSLATE_NOOP("Reports", "OVERDUE (days: %1)")),
               r.number(q.daysOverdue(r.today())));
}

inline ReportCell questionCell(const ResearchRequest& q)
{
    ReportCell cell{ReportLine(Bilingual{q.questionEn, q.questionJa})};
    if (!q.answerSummary.isEmpty())
        cell << ReportLine(Bilingual::same(q.answerSummary), ReportLine::Muted);
    return cell;
}

} // namespace researchreport

} // namespace jlgc
