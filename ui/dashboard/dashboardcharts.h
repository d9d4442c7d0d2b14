#pragma once

#include "dashboard/dashboardqueries.h"

#include <QCoreApplication>

class QChart;

namespace jlgc {

// The charts of the dashboard, built from its figures in the language of
// the interface (titles, axes, countries, prefectures, fiscal years).
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    static QString fellowsTitle();
    static QString subdivisionsTitle();
    static QString prefecturesTitle();
    static QString fundingTitle();

    // Fellows per programme year, United States and Canada stacked.
    static QChart* fellowsPerYear(const QList<FellowsInYear>& years);
    // Horizontal bars, the most first (at the top).
    static QChart* affiliations(const QString& title, const QList<CategoryCount>& counts);
    // Approved CLAIR funding per fiscal year: one bar per currency, side by
    // side, each in its own currency and never added together.
    static QChart* fundingPerYear(const QList<FundingTotal>& totals);
};

} // namespace jlgc
