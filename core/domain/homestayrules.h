#pragma once

#include "domain/cohort.h"
#include "domain/fellow.h"
#include "domain/homestayplacement.h"
#include "domain/hostfamily.h"

#include <QCoreApplication>
#include <optional>

namespace jlgc {

// Something about a placement the user may accept; not an error.
struct HomestayWarning {
    HomestayWarningKind kind = HomestayWarningKind::OutsideHostArea;
    QString message;

    bool operator==(const HomestayWarning&) const = default;
};

struct PlacementCheck {
    FieldErrors errors;
    QList<HomestayWarning> warnings;

    bool hasErrors() const { return !errors.isEmpty(); }
    // The warnings the placement has not accepted; it is not saved while any remain.
    QList<HomestayWarning> unaccepted(const HomestayPlacement& placement) const;
};

// What a placement is checked against. `placements` holds the cohort's
// placements (at least those of the same family and of the same fellow);
// the placement being checked (same id) is skipped.
struct PlacementContext {
    Cohort cohort;
    Fellow fellow;
    HostFamily family;
    QList<HomestayPlacement> placements;
};

// The homestay rules, as pure functions: the forms call them while the user
// types and the repositories call them again before writing.
//
// Errors:   nights within the programme and in order; a family never holds more
//           fellows on a night than its capacity; a fellow is never with two
//           families on one night; a withdrawn fellow is not placed.
// Warnings: a family outside the cohort's host area; a dietary need the family
//           may not meet.
class HomestayRules {
    Q_DECLARE_TR_FUNCTIONS(HomestayRules)
public:
    static PlacementCheck check(const HomestayPlacement& placement,
                                const PlacementContext& context);

    static FieldErrors checkNights(const Cohort& cohort, const HomestayPlacement& placement);
    static FieldErrors checkCapacity(const HostFamily& family, const HomestayPlacement& placement,
                                     const QList<HomestayPlacement>& placements);
    static FieldErrors checkFellowNotElsewhere(const HomestayPlacement& placement,
                                               const QList<HomestayPlacement>& placements);

    // The host area is the cohort's municipality when it has one, otherwise
    // its prefecture; no host recorded, no warning.
    static std::optional<HomestayWarning> hostAreaWarning(const Cohort& cohort,
                                                          const HostFamily& family);

    // A simple keyword check, in English and Japanese: each dietary need
    // found in the fellow's dietary notes (vegetarian, vegan, halal, kosher,
    // gluten, nuts, shellfish, fish, dairy, egg, pork, beef, alcohol) must be
    // named in the family's dietary notes, which list what the family can
    // provide. A need the notes name in a negative way ("cannot do halal")
    // still counts as named: the warning is a reminder to ask, not a verdict.
    // Dietary notes the check cannot read, with a family that has no dietary
    // notes at all, also give a warning.
    static std::optional<HomestayWarning> dietaryWarning(const Fellow& fellow,
                                                         const HostFamily& family);
    // The needs found in a text, as translated labels, in a fixed order.
    static QStringList dietaryNeeds(const QString& text);

    // The most fellows the family holds on one night (and the first such night).
    static int mostFellowsOnOneNight(HostFamilyId family,
                                     const QList<HomestayPlacement>& placements,
                                     QDate* night = nullptr);
    // Lowering a family's capacity below what is already booked is refused.
    static FieldErrors checkCapacityChange(const HostFamily& family,
                                           const QList<HomestayPlacement>& placements);

    // The placements to ask about when the fellow withdraws (empty: nothing to ask).
    static QList<HomestayPlacement> placementsOnWithdrawal(const Fellow& fellow,
                                                           const QList<HomestayPlacement>& all);
};

} // namespace jlgc
