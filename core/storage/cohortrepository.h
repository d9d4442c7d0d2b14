#pragma once

#include "domain/cohort.h"
#include "domain/fellow.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>

namespace jlgc {

// A line of the cohort list: the cohort and what is in it.
struct CohortSummary {
    Cohort cohort;
    QMap<FellowStatus, int> fellowsByStatus;
    int fellows = 0;
    int itineraryItems = 0;
    int placements = 0;
    int fellowsWithoutPlacement = 0; // who take part and have no homestay yet

    int count(FellowStatus status) const { return fellowsByStatus.value(status, 0); }
    int unconfirmed() const;
};

class CohortRepository : public KindRepository<CohortRepository, Cohort> {
    Q_DECLARE_TR_FUNCTIONS(CohortRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<Cohort>& columns();

    std::optional<Cohort> findByYear(int year) const;
    // Newest first.
    QList<Cohort> list() const;
    // Newest first, with counts of fellows by status.
    QList<CohortSummary> summaries() const;
    std::optional<CohortSummary> summary(CohortId id) const;

    // add() and update() check one cohort a year; update() refuses
    // programme dates that would leave itinerary items or homestays outside.
    // Removes the cohort and its itinerary; refused (Referenced) while it has fellows.
    void remove(CohortId id);

private:
    friend KindRepository;
    SaveSteps<Cohort> saveSteps();
    // Its own rules (validate()), one cohort a year, and, once saved, its
    // itinerary and homestays inside its programme.
    void check(const Cohort& cohort) const;
    void checkYearFree(const Cohort& cohort) const;
    void checkContentsFit(const Cohort& cohort) const;
    QList<CohortSummary> summariesWhere(CohortId onlyId) const;
};

extern template class KindRepository<CohortRepository, Cohort>;

} // namespace jlgc
