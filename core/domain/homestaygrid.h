#pragma once

#include "domain/cohort.h"
#include "domain/fellow.h"
#include "domain/homestayplacement.h"
#include "domain/hostfamily.h"

#include <QList>

namespace jlgc {

// One family on one night.
struct HomestayGridCell {
    QList<FellowId> fellows; // placed with the family that night
    bool overCapacity = false;
    bool doubleBooked = false; // a fellow here is with another family the same night

    bool hasConflict() const { return overCapacity || doubleBooked; }
    bool operator==(const HomestayGridCell&) const = default;
};

struct HomestayGridRow {
    HostFamily family;
    bool familyKnown = true;       // false: a placement names a family not given (no capacity)
    QList<HomestayGridCell> cells; // one per night of the grid

    int capacity() const { return family.capacity; }
    int fellowNights() const;
    bool hasConflict() const;
};

// A fellow on a night.
struct FellowNight {
    FellowId fellowId = 0;
    QDate night;

    bool operator==(const FellowNight&) const = default;
};

// The night-by-family view of a cohort's homestays, for the cohort's
// Homestays tab: for each night of the programme and each family, the
// fellows placed and whether the cell is in conflict; and the gaps.
//
// Homestay nights are the nights on which at least one fellow of the cohort
// is placed. A gap is a fellow who takes part (selected, confirmed,
// attended) and is in Japan that night (arrival and departure, when known)
// but is with no family on a homestay night.
struct HomestayGrid {
    QList<QDate> nights; // every night of the programme
    QList<QDate> homestayNights;
    QList<HomestayGridRow> rows;
    QList<Fellow> fellows;
    QList<FellowNight> unplaced;
    QList<FellowNight> doubleBooked;           // a fellow with two or more families on one night
    QList<FellowId> fellowsWithoutPlacement;   // who take part and have no family at all
    QList<HomestayPlacement> outsideProgramme; // placements with nights outside the programme

    static HomestayGrid compute(const Cohort& cohort, const QList<Fellow>& fellows,
                                const QList<HostFamily>& families,
                                const QList<HomestayPlacement>& placements);

    int rowOf(HostFamilyId family) const;
    int columnOf(const QDate& night) const;
    const HomestayGridCell* cell(HostFamilyId family, const QDate& night) const;
    const Fellow* fellow(FellowId id) const;
    bool isHomestayNight(const QDate& night) const { return homestayNights.contains(night); }
    QList<FellowId> unplacedOn(const QDate& night) const;
    int overCapacityCells() const;
    bool hasConflicts() const;
    bool hasGaps() const { return !unplaced.isEmpty(); }
};

} // namespace jlgc
