#pragma once

#include "domain/cohort.h"
#include "reports/reportbuilder.h"
#include "reports/reporterror.h"
#include "storage/cohortrepository.h"
#include "storage/referencerepository.h"

namespace jlgc {

// What the two fellowship reports (the cohort, and its medical and dietary
// notes) share: the cohort the options name, and the lines that say which
// programme the report is about.
namespace cohortreport {

// --id names the cohort, --year its year; with neither, the newest cohort.
// NotFound when the id or year has no cohort; nullopt when there is none at all.
inline std::optional<Cohort> find(const ReportBuilder& r, Database& db)
{
    const CohortRepository cohorts(db);
    const ReportOptions& o = r.options();
    if (o.id != 0) {
        const auto c = cohorts.find(o.id);
        if (!c)
            throw StorageError(StorageError::Kind::NotFound,
                               ReportMessages::tr("No fellowship cohort has the id %1.").arg(o.id));
        if (o.year && c->year != *o.year)
            throw ReportError(ReportMessages::tr("The cohort %1 is the programme of %2, not %3.")
                                  .arg(o.id)
                                  .arg(c->year)
                                  .arg(*o.year));
        return c;
    }
    if (o.year) {
        const auto c = cohorts.findByYear(*o.year);
        if (!c)
            throw StorageError(
                StorageError::Kind::NotFound,
                ReportMessages::tr("There is no fellowship cohort for %1.").arg(*o.year));
        return c;
    }
    const QList<Cohort> all = cohorts.list();
    if (all.isEmpty())
        return std::nullopt;
    return all.front();
}

// 茨城県北茨城市 / Kitaibaraki, Ibaraki
inline Bilingual hostArea(const Cohort& c, const ReferenceRepository& reference)
{
    if (!c.hostMunicipalityCode.isEmpty())
        if (const auto m = reference.municipality(c.hostMunicipalityCode))
            return {m->displayWithPrefecture(Language::English),
                    m->displayWithPrefecture(Language::Japanese)};
    if (!c.hostPrefectureCode.isEmpty())
        if (const auto p = reference.prefecture(c.hostPrefectureCode))
            return {p->nameEn, p->nameJa};
    return {};
}

// The name as the fellow writes it (Siobhán O'Brien: fellows are North
// American officials), and in katakana or kanji when that is stored: both
// scripts whatever the report's language, as the host reads one and the
// fellow the other.
inline ReportCell fellowNameCell(const PersonName& name)
{
    const QString latin = name.latin();
    const QString kanji = name.kanji();
    ReportCell cell{
        ReportLine(Bilingual::same(latin.isEmpty() ? kanji : latin), ReportLine::Strong)};
    if (!latin.isEmpty() && !kanji.isEmpty())
        cell << ReportLine(Bilingual::same(kanji));
    return cell;
}

// "The 2019 CLAIR Fellowship Programme" and its dates, under the title.
inline void programmeLine(ReportBuilder& r, const Cohort& c)
{
    const Bilingual programme =
        arg(r.text(QT_TRANSLATE_NOOP("Reports", "CLAIR Fellowship Programme %1")),
            Bilingual::same(QString::number(c.year)));
    if (c.hasProgrammeDates())
        r.summary(arg(arg(r.text(QT_TRANSLATE_NOOP("Reports", "%1, %2")), programme),
                      r.dateRange(c.programmeStart, c.programmeEnd)));
    else
        r.summary(programme);
}

} // namespace cohortreport

} // namespace jlgc
