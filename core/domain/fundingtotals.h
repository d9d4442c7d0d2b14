#pragma once

#include "domain/chapterfunding.h"

#include <QList>

namespace jlgc {

// Sums of CLAIR funding for one fiscal year and currency (and country, when
// grouped by country). Amounts asked for count in the application's
// currency; approvals and payments in the approval's currency.
struct FundingTotal {
    FiscalYear fiscalYear;
    QString country; // empty when not grouped by country
    QString currency;
    int fundings = 0; // applications made in this currency
    qint64 requested = 0;
    qint64 approved = 0;
    qint64 disbursed = 0;
    qint64 budgetJpy = 0;

    bool operator==(const FundingTotal&) const = default;
};

class FundingTotals {
public:
    // One row per fiscal year and currency, in that order.
    static QList<FundingTotal> byFiscalYearAndCurrency(const QList<ChapterFunding>& fundings);
    // One row per fiscal year, country (of the chapter) and currency.
    static QList<FundingTotal> byCountryAndCurrency(const QList<ChapterFunding>& fundings);
};

} // namespace jlgc
