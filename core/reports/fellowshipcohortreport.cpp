// Report "fellowship-cohort": one year's CLAIR Fellowship Programme for the
// host and for Tokyo: the programme, the fellows, the itinerary day by day
// and the homestays. No medical or dietary notes: those are in
// "fellowship-medical".
#include "reports/cohortreportparts.h"
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporthelpers.h"
#include "reports/reportlabels.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/fellowshipitineraryrepository.h"
#include "storage/homestayrepository.h"
#include "storage/referencerepository.h"

namespace jlgc {

namespace {

void programme(ReportBuilder& r, const Cohort& c, const ReferenceRepository& reference)
{
    r.heading(r.text(QT_TRANSLATE_NOOP("Reports", "Programme")));
    DetailsTable details(r);
    details.row(QT_TRANSLATE_NOOP("Reports", "Programme dates"),
                c.hasProgrammeDates()
                    ? arg(arg(r.text(QT_TRANSLATE_NOOP("Reports", "%1 (%2 days)")),
                              r.dateRange(c.programmeStart, c.programmeEnd)),
                          r.number(c.programmeDays()))
                    : r.text(QT_TRANSLATE_NOOP("Reports", "Not yet fixed")));
    details.row(QT_TRANSLATE_NOOP("Reports", "Tokyo portion"),
                r.dateRange(c.tokyoStart, c.tokyoEnd));
    details.row(QT_TRANSLATE_NOOP("Reports", "Host portion"), r.dateRange(c.hostStart, c.hostEnd));
    details.row(QT_TRANSLATE_NOOP("Reports", "Host prefecture or municipality"),
                cohortreport::hostArea(c, reference));
    details.row(QT_TRANSLATE_NOOP("Reports", "Theme"), Bilingual{c.themeEn, c.themeJa});
}

void roster(ReportBuilder& r, Database& db, const Cohort& c, const ReferenceRepository& reference)
{
    FellowFilter filter;
    filter.cohortId = c.id;
    QList<Fellow> fellows;
    for (const Fellow& f : FellowRepository(db).list(filter))
        fellows << f.withoutSensitiveData();
    const Language order = primaryLanguage(r.language());
    sortByKey(fellows, order, [order](const Fellow& f) { return f.personName.sortKey(order); });

    if (!r.countedHeading(r.text(QT_TRANSLATE_NOOP("Reports", "Fellows (%1)")), fellows.size(),
                          r.text(QT_TRANSLATE_NOOP("Reports", "No fellows are recorded yet."))))
        return;
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Name")), 24},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Title")), 19},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Home government")), 24},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "State or province")), 22},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Status")), 11}});
    for (const Fellow& f : std::as_const(fellows)) {
        Bilingual subdivision;
        if (const auto s = reference.subdivision(f.subdivisionCode))
            subdivision = Bilingual{s->name, s->nameJa()};
        t.addRow({cohortreport::fellowNameCell(f.personName),
                  {ReportLine(Bilingual::same(f.titleAtTime))},
                  {ReportLine(Bilingual{f.organizationNameEn, f.organizationNameJa})},
                  {ReportLine(subdivision)},
                  {ReportLine(reportlabels::of(f.status))}});
    }
}

void itinerary(ReportBuilder& r, Database& db, const Cohort& c)
{
    const QList<FellowshipItineraryDay> days = FellowshipItineraryRepository(db).days(c.id);
    r.heading(r.text(QT_TRANSLATE_NOOP("Reports", "Itinerary")));
    if (days.isEmpty()) {
        r.paragraph(r.text(QT_TRANSLATE_NOOP("Reports", "No itinerary is recorded yet.")));
        return;
    }
    for (const FellowshipItineraryDay& day : days) {
        ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Time")), 17},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Programme")), 37},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Place")), 21},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Host")), 25}},
                                r.day(day.date));
        for (const FellowshipItineraryItem& i : day.items) {
            const Bilingual time = i.startTime.isValid()
                                       ? r.time(i.startTime, i.endTime)
                                       : r.text(QT_TRANSLATE_NOOP("Reports", "All day"));
            t.addRow({{ReportLine(time)},
                      {ReportLine(Bilingual{i.descriptionEn, i.descriptionJa}, ReportLine::Strong),
                       ReportLine(reportlabels::of(i.type), ReportLine::Muted)},
                      {ReportLine(Bilingual::same(i.place))},
                      {ReportLine(Bilingual{i.hostOrganizationNameEn, i.hostOrganizationNameJa})}});
        }
    }
}

void homestays(ReportBuilder& r, Database& db, const Cohort& c)
{
    HomestayFilter filter;
    filter.cohortId = c.id;
    QList<HomestayPlacement> placements = HomestayRepository(db).list(filter);
    const Language order = primaryLanguage(r.language());
    sortByKey(placements, order,
              [order](const HomestayPlacement& p) { return p.fellowName.sortKey(order); });
    r.heading(r.text(QT_TRANSLATE_NOOP("Reports", "Homestays")));
    if (placements.isEmpty()) {
        r.paragraph(r.text(QT_TRANSLATE_NOOP("Reports", "No homestays are arranged yet.")));
        return;
    }
    const Bilingual family = r.text(QT_TRANSLATE_NOOP("Reports", "%1 family"));
    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Fellow")), 32},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Host family")), 30},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Nights")), 26},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Number of nights")), 12}});
    for (const HomestayPlacement& p : std::as_const(placements)) {
        const QString romaji =
            p.familyNameRomaji.isEmpty() ? p.familyNameKanji : p.familyNameRomaji;
        const QString kanji = p.familyNameKanji.isEmpty() ? p.familyNameRomaji : p.familyNameKanji;
        t.addRow({cohortreport::fellowNameCell(p.fellowName),
                  {ReportLine({family.en.arg(romaji), family.ja.arg(kanji)}, ReportLine::Strong)},
                  {ReportLine(r.dateRange(p.firstNight, p.lastNight))},
                  {ReportLine(r.number(p.nightCount()))}});
    }
}

void build(ReportBuilder& r, Database& db)
{
    const std::optional<Cohort> cohort = cohortreport::find(r, db);
    if (!cohort)
        return; // "No records match."
    const ReferenceRepository reference(db);
    cohortreport::programmeLine(r, *cohort);
    programme(r, *cohort, reference);
    roster(r, db, *cohort, reference);
    itinerary(r, db, *cohort);
    homestays(r, db, *cohort);
}

} // namespace

ReportInfo fellowshipCohortReport()
{
    ReportInfo info;
    info.name = "fellowship-cohort";
    info.title = QT_TRANSLATE_NOOP("Reports", "CLAIR Fellowship Programme: cohort report");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "One year's programme: dates, host, theme, the fellows, the itinerary by day "
                   "and the homestays (no medical or dietary notes). The newest cohort unless "
                   "--id or --year names one.");
    info.options = ReportOption::Id | ReportOption::Year;
    info.idRecordKind = "fellowship_cohorts";
    info.build = &build;
    return info;
}

} // namespace jlgc
