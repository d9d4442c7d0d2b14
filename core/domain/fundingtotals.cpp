#include "domain/fundingtotals.h"

#include <QMap>
#include <tuple>

namespace jlgc {

namespace {

using Key = std::tuple<int, QString, QString>; // fiscal year, country, currency

QList<FundingTotal> sum(const QList<ChapterFunding>& fundings, bool byCountry)
{
    QMap<Key, FundingTotal> rows;
    auto row = [&](const ChapterFunding& f, const QString& currency) -> FundingTotal& {
        const QString country = byCountry ? f.chapterCountry : QString();
        FundingTotal& t = rows[Key{f.fiscalYear.year(), country, currency}];
        t.fiscalYear = f.fiscalYear;
        t.country = country;
        t.currency = currency;
        return t;
    };
    for (const ChapterFunding& f : fundings) {
        FundingTotal& asked = row(f, f.currency);
        asked.fundings += 1;
        asked.requested += f.requested();
        FundingTotal& granted = row(f, f.effectiveApprovedCurrency());
        granted.approved += f.approved.value_or(0);
        granted.disbursed += f.disbursed();
        granted.budgetJpy += f.budgetJpy.value_or(0);
    }
    return rows.values();
}

} // namespace

QList<FundingTotal> FundingTotals::byFiscalYearAndCurrency(const QList<ChapterFunding>& fundings)
{
    return sum(fundings, false);
}

QList<FundingTotal> FundingTotals::byCountryAndCurrency(const QList<ChapterFunding>& fundings)
{
    return sum(fundings, true);
}

} // namespace jlgc
