#pragma once

#include "domain/cohort.h"
#include "domain/enumtable.h"
#include "domain/organization.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

namespace jlgc {

using FellowshipItineraryItemId = qint64;

// Named for the fellowship so as not to clash with delegation itineraries.
enum class FellowshipItemType { Meeting, SiteVisit, Lecture, Cultural, Travel, Free };

// Its values, codes and labels (enumtable.h).
const EnumTable<FellowshipItemType>& enumTable(FellowshipItemType);

struct FellowshipItemTypes : EnumLabels<FellowshipItemType> {
    Q_DECLARE_TR_FUNCTIONS(FellowshipItemTypes)
public:
};

// One entry of a cohort's day-by-day itinerary.
struct FellowshipItineraryItem {
    FellowshipItineraryItemId id = 0;
    CohortId cohortId = 0;
    QDate date;
    QTime startTime; // both optional (an all-day item has neither)
    QTime endTime;
    QString place;
    OrganizationId hostOrganizationId = 0; // 0: none
    QString descriptionEn;
    QString descriptionJa;
    FellowshipItemType type = FellowshipItemType::Meeting;
    QString notes;

    // Filled in when read, for display.
    QString hostOrganizationNameEn;
    QString hostOrganizationNameJa;

    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString description(Language language) const;
    QString hostOrganizationName(Language language) const;

    FieldErrors validate() const;
    // The item on its own and against its cohort: the date within the programme.
    FieldErrors validate(const Cohort& cohort) const;

    bool operator==(const FellowshipItineraryItem&) const = default;
};

// The items of one day, in the order of the day (all-day items first).
struct FellowshipItineraryDay {
    QDate date;
    QList<FellowshipItineraryItem> items;
};

// Groups items by date, days in order, each day's items by start time.
QList<FellowshipItineraryDay> groupByDay(QList<FellowshipItineraryItem> items);

} // namespace jlgc
