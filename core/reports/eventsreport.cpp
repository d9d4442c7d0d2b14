// Report "events": the events the office held or took part in during a
// period, in date order: kind, place, attendance and the organizations.
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporthelpers.h"
#include "reports/reportlabels.h"
#include "storage/database.h"
#include "storage/officeeventrepository.h"

namespace jlgc {

namespace {

void build(ReportBuilder& r, Database& db)
{
    EventFilter filter;
    filter.from = r.options().from;
    filter.to = r.options().to;
    // Organization names in both languages: read the list once in each.
    const QList<OfficeEvent> events = OfficeEventRepository(db).list(filter, Language::English);
    QHash<EventId, OfficeEvent> japanese;
    for (const OfficeEvent& e : OfficeEventRepository(db).list(filter, Language::Japanese))
        japanese.insert(e.id, e);

    qint64 attendance = 0;
    for (const OfficeEvent& e : events)
        attendance += e.attendance.value_or(0);
    const Bilingual period = r.period(filter.from, filter.to);
    r.summary(arg(arg(arg(r.text(QT_TRANSLATE_NOOP(
                              "Reports", "%1: events: %2; attendance (known counts): %3")),
                          period),
                      r.number(events.size())),
                  r.number(attendance)));
    if (events.isEmpty())
        return;

    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Date")), 17},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Event")), 29},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Place")), 17},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Attendance")), 13},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Organizations")), 24}});
    const Bilingual rolePattern = r.text(QT_TRANSLATE_NOOP("Reports", "%1 (%2)"));
    for (const OfficeEvent& e : events) {
        ReportCell when{ReportLine(r.dateRange(e.date, e.lastDay()))};
        if (e.startTime.isValid())
            when << ReportLine(r.time(e.startTime, e.endTime), ReportLine::Muted);
        ReportCell title{ReportLine(Bilingual{e.titleEn, e.titleJa}, ReportLine::Strong),
                         ReportLine(reportlabels::of(e.kind), ReportLine::Muted)};
        ReportCell organizations;
        const QList<EventOrganization> ja = japanese.value(e.id).organizations;
        for (qsizetype i = 0; i < e.organizations.size(); ++i) {
            const EventOrganization& o = e.organizations[i];
            Bilingual name{o.organizationName,
                           i < ja.size() ? ja[i].organizationName : o.organizationName};
            if (!o.role.isEmpty())
                name = {rolePattern.en.arg(name.en, o.role), rolePattern.ja.arg(name.ja, o.role)};
            organizations << ReportLine(name);
        }
        t.addRow({when,
                  title,
                  {ReportLine(Bilingual::same(e.place))},
                  {ReportLine(e.attendance ? r.number(*e.attendance) : Bilingual{})},
                  organizations});
    }
}

} // namespace

ReportInfo eventsReport()
{
    ReportInfo info;
    info.name = "events";
    info.title = QT_TRANSLATE_NOOP("Reports", "Events");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "The events of a period in date order (all dates when --from and --to are "
                   "left out): kind, place, attendance and the organizations taking part.");
    info.options = ReportOption::DateRange;
    info.build = &build;
    return info;
}

} // namespace jlgc
