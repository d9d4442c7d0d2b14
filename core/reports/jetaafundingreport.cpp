// Report "jetaa-funding": CLAIR funding of the JET Alumni Association
// chapters for one Japanese fiscal year, per country and chapter: asked for,
// approved, paid, the JPY budget figure and the report each chapter owes.
// Totals are per currency: US and Canadian dollars are never added together.
#include "domain/fundingtotals.h"
#include "domain/jetaarules.h"
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "reports/reporthelpers.h"
#include "reports/reportlabels.h"
#include "storage/chapterfundingrepository.h"
#include "storage/database.h"

namespace jlgc {

namespace {

ReportCell reportCell(const ReportBuilder& r, const ChapterFunding& f)
{
    ReportCell cell;
    const auto state = JetaaRules::reportState(f, r.today());
    if (f.reportDue.isValid())
        cell << ReportLine(
            arg(r.text(QT_TRANSLATE_NOOP("Reports", "Due %1")), r.date(f.reportDue)));
    switch (state) {
    case JetaaRules::ReportState::Received:
        cell << ReportLine(
            arg(r.text(QT_TRANSLATE_NOOP("Reports", "Received %1")), r.date(f.reportReceived)));
        break;
    case JetaaRules::ReportState::Overdue:
        cell << ReportLine(r.text(QT_TRANSLATE_NOOP("Reports", "OVERDUE")), ReportLine::Strong);
        break;
    case JetaaRules::ReportState::Due:
        cell << ReportLine(r.text(QT_TRANSLATE_NOOP("Reports", "Not yet received")),
                           ReportLine::Muted);
        break;
    case JetaaRules::ReportState::None:
        if (cell.isEmpty())
            cell << ReportLine(r.text(QT_TRANSLATE_NOOP("Reports", "No report asked for")),
                               ReportLine::Muted);
        break;
    }
    return cell;
}

QList<ReportColumn> totalColumns(const ReportBuilder& r)
{
    return {{r.text(QT_TRANSLATE_NOOP("Reports", "Currency")), 14},
            {r.text(QT_TRANSLATE_NOOP("Reports", "Applications")), 14},
            {r.text(QT_TRANSLATE_NOOP("Reports", "Requested")), 18},
            {r.text(QT_TRANSLATE_NOOP("Reports", "Approved")), 18},
            {r.text(QT_TRANSLATE_NOOP("Reports", "Disbursed")), 18},
            {r.text(QT_TRANSLATE_NOOP("Reports", "Budget (JPY)")), 18}};
}

void addTotal(const ReportBuilder& r, ReportTable& t, const FundingTotal& total)
{
    const QString c = total.currency;
    t.addRow({{ReportLine(Bilingual::same(c), ReportLine::Strong)},
              {ReportLine(r.number(total.fundings))},
              {ReportLine(r.moneyMinor(total.requested, c))},
              {ReportLine(r.moneyMinor(total.approved, c))},
              {ReportLine(r.moneyMinor(total.disbursed, c))},
              {ReportLine(r.moneyMinor(total.budgetJpy, QStringLiteral("JPY")))}});
}

void build(ReportBuilder& r, Database& db)
{
    const int year = r.options().fiscalYear.value_or(FiscalYear::containing(r.today()).year());
    FundingFilter filter;
    filter.fiscalYear = FiscalYear(year);
    QList<ChapterFunding> fundings = ChapterFundingRepository(db).list(filter);
    int overdue = 0;
    for (const ChapterFunding& f : std::as_const(fundings))
        overdue += JetaaRules::isReportOverdue(f, r.today()) ? 1 : 0;
    r.summary(
        arg(arg(arg(arg(r.text(QT_TRANSLATE_NOOP(
                            "Reports", "%1: chapters funded: %2; reports overdue as of %4: %3")),
                        r.fiscalYear(year)),
                    r.number(fundings.size())),
                r.number(overdue)),
            r.date(r.today())));
    if (fundings.isEmpty())
        return;

    const Language order = primaryLanguage(r.language());
    sortByKey(fundings, order, [](const ChapterFunding& f) { return f.chapterName; });
    QMap<int, QList<ChapterFunding>> byCountry; // the US first, then Canada, then others
    for (const ChapterFunding& f : std::as_const(fundings))
        byCountry[countryGroup(f.chapterCountry)] << f;
    const QList<FundingTotal> countryTotals = FundingTotals::byCountryAndCurrency(fundings);

    for (const QList<ChapterFunding>& group : std::as_const(byCountry)) {
        const QString country = group.front().chapterCountry;
        r.heading(arg(arg(r.text(QT_TRANSLATE_NOOP("Reports", "%1 (chapters: %2)")),
                          reportlabels::country(country)),
                      r.number(group.size())));
        ReportTable t = r.table({{r.text(QT_TRANSLATE_NOOP("Reports", "Chapter")), 18},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Status")), 9},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Requested")), 12},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Approved")), 12},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Disbursed")), 12},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Budget (JPY)")), 13},
                                 {r.text(QT_TRANSLATE_NOOP("Reports", "Report")), 24}});
        const Bilingual notDecided = r.text(QT_TRANSLATE_NOOP("Reports", "Not decided"));
        for (const ChapterFunding& f : group) {
            const QString approvedIn = f.effectiveApprovedCurrency();
            t.addRow({{ReportLine(Bilingual::same(f.chapterName), ReportLine::Strong)},
                      {ReportLine(reportlabels::of(f.status))},
                      {ReportLine(r.moneyMinor(f.requested(), f.currency))},
                      {f.approved ? ReportLine(r.moneyMinor(*f.approved, approvedIn))
                                  : ReportLine(notDecided, ReportLine::Muted)},
                      {ReportLine(r.moneyMinor(f.disbursed(), approvedIn))},
                      {f.budgetJpy ? ReportLine(r.moneyMinor(*f.budgetJpy, QStringLiteral("JPY")))
                                   : ReportLine(Bilingual{})},
                      reportCell(r, f)});
        }
        ReportTable totals = r.table(
            totalColumns(r), arg(r.text(QT_TRANSLATE_NOOP("Reports", "Totals for %1, by currency")),
                                 reportlabels::country(country)));
        for (const FundingTotal& total : countryTotals)
            if (total.country == country)
                addTotal(r, totals, total);
    }

    r.heading(r.text(QT_TRANSLATE_NOOP("Reports", "Totals by currency")));
    ReportTable totals = r.table(totalColumns(r));
    qint64 budget = 0;
    for (const FundingTotal& total : FundingTotals::byFiscalYearAndCurrency(fundings)) {
        addTotal(r, totals, total);
        budget += total.budgetJpy;
    }
    // Yen are yen whatever the chapter applied in: this one sum is safe.
    r.paragraph(arg(r.text(QT_TRANSLATE_NOOP("Reports", "CLAIR budget for all chapters: %1")),
                    r.moneyMinor(budget, QStringLiteral("JPY"))));
    r.paragraph(r.text(QT_TRANSLATE_NOOP(
        "Reports", "Amounts in US and Canadian dollars are totalled separately. Requested amounts "
                   "count in the currency of the application; approved and disbursed amounts in "
                   "the currency of the approval.")));
}

} // namespace

ReportInfo jetaaFundingReport()
{
    ReportInfo info;
    info.name = "jetaa-funding";
    info.title = QT_TRANSLATE_NOOP("Reports", "JETAA chapter funding");
    info.description = QT_TRANSLATE_NOOP(
        "Reports", "CLAIR funding of JETAA chapters for one fiscal year, per country and chapter: "
                   "requested, approved, disbursed, the JPY budget and the reports due, with "
                   "totals per currency.");
    info.options = ReportOption::FiscalYear;
    info.required = ReportOption::FiscalYear;
    info.build = &build;
    return info;
}

} // namespace jlgc
