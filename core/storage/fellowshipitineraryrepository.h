#pragma once

#include "domain/fellowshipitineraryitem.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <optional>

namespace jlgc {

// The day-by-day itinerary of a cohort's programme.
class FellowshipItineraryRepository
    : public KindRepository<FellowshipItineraryRepository, FellowshipItineraryItem> {
    Q_DECLARE_TR_FUNCTIONS(FellowshipItineraryRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<FellowshipItineraryItem>& columns();

    // By date, then start time (all-day items first).
    QList<FellowshipItineraryItem> list(CohortId cohortId) const;
    QList<FellowshipItineraryDay> days(CohortId cohortId) const
    {
        return groupByDay(list(cohortId));
    }

    // add() and update() check against the cohort (the date within the
    // programme) before they save.

    // The rules, for the form while the user types.
    FieldErrors check(const FellowshipItineraryItem& item) const;

private:
    friend KindRepository;
    SaveSteps<FellowshipItineraryItem> saveSteps() const;
};

extern template class KindRepository<FellowshipItineraryRepository, FellowshipItineraryItem>;

} // namespace jlgc
