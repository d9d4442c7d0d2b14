// Report "delegation-itinerary": the schedule (日程表) of one delegation's
// visit, day by day, for the visitors and for their hosts; with the members,
// the leader and the interpreters. Protocol notes (dietary needs, gifts) stay
// out.
#include "domain/timezonenames.h"
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporterror.h"
#include "reports/reporthelpers.h"
#include "reports/reportlabels.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"

#include <QTimeZone>

namespace jlgc {

namespace {

void summary(ReportBuilder& r, const Delegation& d)
{
    r.heading(Bilingual{d.nameEn, d.nameJa});
    DetailsTable details(r);
    const GovernmentRef& g = d.sendingGovernment;
    details.row(QT_TRANSLATE_NOOP("Reports", "Sending government"), Bilingual{g.nameEn, g.nameJa});
    details.row(QT_TRANSLATE_NOOP("Reports", "Dates of the visit"),
                r.dateRange(d.arrival, d.departure));
    details.row(QT_TRANSLATE_NOOP("Reports", "Purpose"), Bilingual{d.purposeEn, d.purposeJa});
    if (const DelegationMember* leader = d.leader()) {
        ReportCell cell{ReportLine(personName(leader->person.name), ReportLine::Strong)};
        if (!leader->titleEn.isEmpty() || !leader->titleJa.isEmpty())
            cell << ReportLine(Bilingual{leader->titleEn, leader->titleJa}, ReportLine::Muted);
        details.row(QT_TRANSLATE_NOOP("Reports", "Leader"), cell);
    }
    ReportCell interpreters;
    for (const DelegationInterpreter& i : d.interpreters) {
        interpreters << ReportLine(personName(i.person.name), ReportLine::Strong);
        if (!i.note.isEmpty())
            interpreters << ReportLine(Bilingual::same(i.note), ReportLine::Muted);
    }
    details.row(QT_TRANSLATE_NOOP("Reports", "Interpreters"), interpreters);
    if (!d.staffInChargeName.isEmpty())
        details.row(QT_TRANSLATE_NOOP("Reports", "JLGC staff in charge"),
                    personName(d.staffInChargeName));
    details.row(QT_TRANSLATE_NOOP("Reports", "Status"), reportlabels::of(d.status));
}

void members(ReportBuilder& r, const Delegation& d)
{
    QList<DelegationMember> list = d.members;
    // The leader first, then deputies, members and secretariat, as the list is read out.
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return int(a.role) < int(b.role); });
    if (!r.countedHeading(r.text(QT_TRANSLATE_NOOP("Reports", "Members (%1)")), list.size(),
                          r.text(QT_TRANSLATE_NOOP("Reports", "The members are not listed yet."))))
        return;
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Name")), 32},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Role")), 18},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Title")), 50}});
    for (const DelegationMember& m : std::as_const(list)) {
        ReportCell name{ReportLine(personName(m.person.name), ReportLine::Strong)};
        if (r.language() != ReportLanguage::English && !m.person.name.reading().isEmpty())
            name << ReportLine(Bilingual{QString(), m.person.name.reading()}, ReportLine::Muted);
        t.addRow({name,
                  {ReportLine(reportlabels::of(m.role))},
                  {ReportLine(Bilingual{m.titleEn, m.titleJa})}});
    }
}

void schedule(ReportBuilder& r, Database& db, const Delegation& d)
{
    const QList<DelegationItineraryItem> items = DelegationItineraryRepository(db).items(d.id);
    r.heading(r.text(QT_TRANSLATE_NOOP("Reports", "Schedule")));
    if (items.isEmpty()) {
        r.paragraph(r.text(QT_TRANSLATE_NOOP("Reports", "No schedule is recorded yet.")));
        return;
    }
    std::optional<ReportTable> table;
    QDate day;
    for (const DelegationItineraryItem& i : items) {
        if (!table || i.date != day) {
            day = i.date;
            table = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Time")), 17},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Place")), 21},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Organization and contact")), 23},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Topic")), 23},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Transport")), 16}},
                            r.day(day));
        }
        ReportCell time{ReportLine(i.isAllDay() ? r.text(QT_TRANSLATE_NOOP("Reports", "All day"))
                                                : r.time(i.start, i.end))};
        // Times are local to the place; name the zone when it is not New York's.
        if (!i.isAllDay() && i.timeZone != DelegationItineraryItem::defaultTimeZone()) {
            time << ReportLine(Bilingual{TimeZoneNames::display(i.timeZone, Language::English),
                                         TimeZoneNames::display(i.timeZone, Language::Japanese)},
                               ReportLine::Muted);
        }
        if (i.parallel)
            time << ReportLine(r.text(QT_TRANSLATE_NOOP("Reports", "In parallel")),
                               ReportLine::Muted);
        ReportCell place{ReportLine(Bilingual{i.placeEn, i.placeJa}, ReportLine::Strong)};
        if (!i.address.isEmpty())
            place << ReportLine(Bilingual::same(i.address), ReportLine::Muted);
        ReportCell met;
        if (i.organization.id != 0)
            met << ReportLine(Bilingual{i.organization.nameEn, i.organization.nameJa});
        if (i.contact.id != 0)
            met << ReportLine(personName(i.contact.name), ReportLine::Muted);
        table->addRow({time,
                       place,
                       met,
                       {ReportLine(Bilingual{i.topicEn, i.topicJa})},
                       {ReportLine(Bilingual{i.transportEn, i.transportJa})}});
    }
}

void build(ReportBuilder& r, Database& db)
{
    const auto d = DelegationRepository(db).find(r.options().id);
    if (!d)
        throw StorageError(StorageError::Kind::NotFound,
                           ReportMessages::tr("No delegation has the id %1.").arg(r.options().id));
    r.summary(
        arg(arg(r.text(QT_TRANSLATE_NOOP("Reports", "%1, %2")), Bilingual{d->nameEn, d->nameJa}),
            r.dateRange(d->arrival, d->departure)));
    summary(r, *d);
    members(r, *d);
    schedule(r, db, *d);
}

} // namespace

ReportInfo delegationItineraryReport()
{
    ReportInfo info;
    info.name = "delegation-itinerary";
    info.title = QT_TRANSLATE_NOOP("Reports", "Delegation itinerary");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "One delegation's schedule by day (time, place, organization and contact, "
                   "topic, transport), with its members, leader and interpreters.");
    info.options = ReportOption::Id;
    info.required = ReportOption::Id;
    info.idRecordKind = "delegations";
    info.build = &build;
    return info;
}

} // namespace jlgc
