#pragma once

#include "domain/fellow.h"
#include "domain/fellowshipitineraryitem.h"

#include <QColor>
#include <QCoreApplication>

namespace jlgc {

struct CohortSummary;

// How the fellowship screens write dates, counts and states, in the UI
// language, and the colours they share (so a conflict looks the same on
// every tab).
struct FellowshipFormat {
    Q_DECLARE_TR_FUNCTIONS(FellowshipFormat)
public:
    static QString date(const QDate& date);
    // "10/27/19 – 11/5/19"; one side may be missing; empty when both are.
    static QString dateRange(const QDate& first, const QDate& last);
    // A column of the homestay grid: "Thu 10/31".
    static QString night(const QDate& night);
    // A day of the itinerary: "Sunday, October 27, 2019".
    static QString day(const QDate& day);
    // "09:00–10:30", "19:00", or "All day".
    static QString timeRange(const FellowshipItineraryItem& item);
    // "4 confirmed · 1 selected", in the order a fellow passes through.
    static QString statusCounts(const CohortSummary& summary);

    static QColor conflictBackground(); // red: over capacity, double booked
    static QColor gapBackground();      // yellow: a fellow without a family, not yet confirmed
    static QColor quietForeground();    // grey: withdrawn, nothing planned
    static QColor quietBackground();    // a night outside the homestays
};

} // namespace jlgc
