// Report "sister-cities": the sister-city, sister-state and friendship ties
// between Japanese prefectures or municipalities and US and Canadian places,
// by country, then state or province, then prefecture, with counts.
#include "reference/jurisdiction.h"
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporthelpers.h"
#include "reports/reportlabels.h"
#include "storage/database.h"
#include "storage/referencerepository.h"
#include "storage/sisteraffiliationrepository.h"

namespace jlgc {

namespace {

void build(ReportBuilder& r, Database& db)
{
    const QList<SisterAffiliation> all = SisterAffiliationRepository(db).list();
    const ReferenceRepository reference(db);
    r.summary(arg(r.text(QT_TRANSLATE_NOOP("Reports", "Affiliations in total: %1")),
                  r.number(all.size())));
    if (all.isEmpty())
        return;

    // country rank → state or province name → affiliations (in the
    // repository's order: prefecture, municipality, North American name).
    QMap<int, QMap<QString, QList<SisterAffiliation>>> groups;
    for (const SisterAffiliation& a : all) {
        const int rank = countryGroup(a.country);
        groups[rank][a.subdivisionName.isEmpty() ? a.subdivisionCode : a.subdivisionName] << a;
    }
    const Bilingual countPattern = r.text(QT_TRANSLATE_NOOP("Reports", "%1 (%2)"));
    const Bilingual affiliationsPattern = r.text(QT_TRANSLATE_NOOP("Reports", "Affiliations: %1"));
    for (const auto& states : std::as_const(groups)) {
        int inCountry = 0;
        for (const QList<SisterAffiliation>& list : states)
            inCountry += int(list.size());
        r.heading(arg(arg(countPattern, reportlabels::country(states.first().front().country)),
                      r.number(inCountry)));
        for (auto s = states.cbegin(); s != states.cend(); ++s) {
            QList<SisterAffiliation> list = s.value();
            std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
                return a.prefectureCode < b.prefectureCode;
            });
            ReportTable t =
                r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Prefecture")), 17},
                         {r.text(QT_TRANSLATE_NOOP("Reports", "Japanese side")), 25},
                         {r.text(QT_TRANSLATE_NOOP("Reports", "North American side")), 25},
                         {r.text(QT_TRANSLATE_NOOP("Reports", "Type")), 17},
                         {r.text(QT_TRANSLATE_NOOP("Reports", "Established")), 16}},
                        arg(arg(countPattern,
                                Bilingual{s.key(), Subdivision::japaneseName(
                                                       list.front().subdivisionCode, s.key())}),
                            r.number(list.size())));
            for (qsizetype i = 0; i < list.size(); ++i) {
                const SisterAffiliation& a = list[i];
                ReportCell prefecture;
                // The prefecture once, on the first of its rows, with its count.
                if (i == 0 || list[i - 1].prefectureCode != a.prefectureCode) {
                    int count = 0;
                    for (const SisterAffiliation& b : std::as_const(list))
                        count += b.prefectureCode == a.prefectureCode ? 1 : 0;
                    const auto p = reference.prefecture(a.prefectureCode);
                    prefecture << ReportLine(p ? Bilingual{p->nameEn, p->nameJa}
                                               : Bilingual::same(a.prefectureCode),
                                             ReportLine::Strong)
                               << ReportLine(arg(affiliationsPattern, r.number(count)),
                                             ReportLine::Muted);
                }
                ReportCell type{ReportLine(reportlabels::of(a.type))};
                if (a.status != AffiliationStatus::Active)
                    type << ReportLine(reportlabels::of(a.status), ReportLine::Muted);
                t.addRow({prefecture,
                          {ReportLine(Bilingual{a.japanDisplay(Language::English),
                                                a.japanDisplay(Language::Japanese)})},
                          {ReportLine(Bilingual::same(a.northAmericaDisplay()))},
                          type,
                          {ReportLine(Bilingual{a.established.display(Language::English),
                                                a.established.display(Language::Japanese)})}});
            }
        }
    }
}

} // namespace

ReportInfo sisterCitiesReport()
{
    ReportInfo info;
    info.name = "sister-cities";
    info.title = QT_TRANSLATE_NOOP("Reports", "Sister city and sister state directory");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "Every sister-city, sister-state and friendship affiliation by country, then "
                   "state or province, then prefecture, with counts for each.");
    info.build = &build;
    return info;
}

} // namespace jlgc
