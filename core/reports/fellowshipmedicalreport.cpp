// Report "fellowship-medical": the medical and dietary notes and emergency
// contacts of one cohort's fellows, for the few who need them (the host
// prefecture's coordinator, the host families' liaison). Every page says that
// it holds sensitive personal information.
#include "reports/cohortreportparts.h"
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporthelpers.h"
#include "reports/reportlabels.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/homestayrepository.h"

namespace jlgc {

namespace {

void build(ReportBuilder& r, Database& db)
{
    const std::optional<Cohort> cohort = cohortreport::find(r, db);
    if (!cohort)
        return;
    cohortreport::programmeLine(r, *cohort);

    FellowFilter filter;
    filter.cohortId = cohort->id;
    QList<Fellow> fellows;
    for (const Fellow& f : FellowRepository(db).list(filter))
        if (f.status != FellowStatus::Withdrawn)
            fellows << f;
    r.countPersonal(int(fellows.size()));
    const Language order = primaryLanguage(r.language());
    sortByKey(fellows, order, [order](const Fellow& f) { return f.personName.sortKey(order); });

    // The family each fellow stays with, so that the notes reach the right home.
    QHash<FellowId, QStringList> families;
    HomestayFilter placements;
    placements.cohortId = cohort->id;
    for (const HomestayPlacement& p : HomestayRepository(db).list(placements))
        families[p.fellowId] << p.familyNames();

    r.summary(
        arg(r.text(QT_TRANSLATE_NOOP("Reports", "Fellows: %1 (withdrawn fellows are left out)")),
            r.number(fellows.size())));
    if (fellows.isEmpty())
        return;

    ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Fellow")), 24},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Dietary needs")), 24},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Medical notes")), 26},
                             {r.text(QT_TRANSLATE_NOOP("Reports", "Emergency contact")), 26}});
    const Bilingual none = r.text(QT_TRANSLATE_NOOP("Reports", "None recorded"));
    const Bilingual stayingWith = r.text(QT_TRANSLATE_NOOP("Reports", "Host family: %1"));
    for (const Fellow& f : std::as_const(fellows)) {
        ReportCell name = cohortreport::fellowNameCell(f.personName);
        if (!f.organizationNameEn.isEmpty() || !f.organizationNameJa.isEmpty())
            name << ReportLine(Bilingual{f.organizationNameEn, f.organizationNameJa},
                               ReportLine::Muted);
        if (families.contains(f.id))
            name << ReportLine(
                arg(stayingWith, Bilingual::same(families.value(f.id).join(QStringLiteral(", ")))),
                ReportLine::Muted);
        auto notes = [&none](const QString& text) {
            return ReportCell{text.trimmed().isEmpty() ? ReportLine(none, ReportLine::Muted)
                                                       : ReportLine(Bilingual::same(text))};
        };
        ReportCell emergency;
        if (!f.emergencyContactName.isEmpty())
            emergency << ReportLine(Bilingual::same(f.emergencyContactName), ReportLine::Strong);
        for (const QString& line : {f.emergencyContactRelation, f.emergencyContactPhone})
            if (!line.isEmpty())
                emergency << ReportLine(Bilingual::same(line));
        if (emergency.isEmpty())
            emergency << ReportLine(none, ReportLine::Muted);
        t.addRow({name, notes(f.dietaryNotes), notes(f.medicalNotes), emergency});
    }
}

} // namespace

ReportInfo fellowshipMedicalReport()
{
    ReportInfo info;
    info.name = "fellowship-medical";
    info.title =
        QT_TRANSLATE_NOOP("Reports", "CLAIR Fellowship Programme: medical and dietary notes");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "The dietary needs, medical notes and emergency contacts of one cohort's "
                   "fellows, for those who must know them; marked sensitive on every page.");
    info.options = ReportOption::Id | ReportOption::Year;
    info.idRecordKind = "fellowship_cohorts";
    // Short enough for the footer's middle third on Letter and A4.
    info.pageNotice =
        QT_TRANSLATE_NOOP("Reports", "Sensitive personal information: do not forward");
    info.personalData = true;
    info.build = &build;
    return info;
}

} // namespace jlgc
