#pragma once

#include "domain/fellowshipitineraryitem.h"
#include "storage/repositoryfwd.h"

#include <QCoreApplication>
#include <optional>

namespace jlgc {

// The day-by-day itinerary of a cohort's programme.
class FellowshipItineraryRepository {
    Q_DECLARE_TR_FUNCTIONS(FellowshipItineraryRepository)
public:
    explicit FellowshipItineraryRepository(Database& db) : m_db(db) {}

    // The columns of its records, read and written.
    static const RecordColumns<FellowshipItineraryItem>& columns();

    std::optional<FellowshipItineraryItem> find(FellowshipItineraryItemId id) const;
    // By date, then start time (all-day items first).
    QList<FellowshipItineraryItem> list(CohortId cohortId) const;
    QList<FellowshipItineraryDay> days(CohortId cohortId) const
    {
        return groupByDay(list(cohortId));
    }

    // Validate against the cohort (the date within the programme) and save.
    FellowshipItineraryItem add(const FellowshipItineraryItem& item);
    FellowshipItineraryItem update(const FellowshipItineraryItem& item);
    void remove(FellowshipItineraryItemId id);

    // The rules, for the form while the user types.
    FieldErrors check(const FellowshipItineraryItem& item) const;

private:
    SaveSteps<FellowshipItineraryItem> saveSteps() const;
    Database& m_db;
};

} // namespace jlgc
