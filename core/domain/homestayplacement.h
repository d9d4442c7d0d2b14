#pragma once

#include "domain/enumtable.h"
#include "domain/fellow.h"
#include "domain/hostfamily.h"

#include <QCoreApplication>

namespace jlgc {

using HomestayPlacementId = qint64;

// What happens to a withdrawing fellow's homestay placements.
enum class PlacementAction { Keep, Remove };

// Things about a placement the user may accept (they are not errors).
enum class HomestayWarningKind {
    OutsideHostArea, // the family lives outside the cohort's host prefecture or municipality
    Dietary,         // the fellow has a dietary need the family's notes do not cover
};

// Its values, codes and labels (enumtable.h).
const EnumTable<HomestayWarningKind>& enumTable(HomestayWarningKind);

struct HomestayWarningKinds : EnumLabels<HomestayWarningKind> {
    // Nothing for a code not in the table.
    static std::optional<HomestayWarningKind> fromCode(const QString& code);
};

// A fellow staying with a host family from the first night to the last
// (nights named by the date of their evening; both included).
struct HomestayPlacement {
    HomestayPlacementId id = 0;
    FellowId fellowId = 0;
    HostFamilyId hostFamilyId = 0;
    QDate firstNight;
    QDate lastNight;
    // The warnings the user saw and accepted when saving; a placement whose
    // warnings were not accepted is refused.
    QList<HomestayWarningKind> acceptedWarnings;
    QString notes;

    // Filled in when read, for display.
    CohortId cohortId = 0;
    int cohortYear = 0;
    PersonName fellowName;
    QString familyNameKanji;
    QString familyNameRomaji;

    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    int nightCount() const;
    QList<QDate> nights() const;
    bool coversNight(const QDate& night) const;
    bool overlaps(const HomestayPlacement& other) const;
    bool accepted(HomestayWarningKind kind) const { return acceptedWarnings.contains(kind); }
    QString familyDisplay(Language language) const;
    QString familyNames() const { return jlgc::familyNames(familyNameKanji, familyNameRomaji); }

    // The placement on its own: fellow, family, nights in order.
    FieldErrors validate() const;

    bool operator==(const HomestayPlacement&) const = default;
};

} // namespace jlgc
