#pragma once

#include "domain/homestaygrid.h"
#include "domain/homestayplacement.h"
#include "domain/homestayrules.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <optional>

namespace jlgc {

struct HomestayFilter {
    CohortId cohortId = 0; // 0: every year
    FellowId fellowId = 0;
    HostFamilyId hostFamilyId = 0;
};

// Homestay placements: which fellow stays with which family, which nights.
class HomestayRepository : public KindRepository<HomestayRepository, HomestayPlacement> {
    Q_DECLARE_TR_FUNCTIONS(HomestayRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<HomestayPlacement>& columns();

    // Newest cohort first, then by first night.
    QList<HomestayPlacement> list(const HomestayFilter& filter = {}) const;

    // The rules against what is stored, for the form while the user types:
    // errors stop the placement; warnings need the user's acceptance
    // (HomestayPlacement::acceptedWarnings).
    PlacementCheck check(const HomestayPlacement& placement) const;
    // add() and update() check again before they save. They throw
    // Validation for an error and for a warning the placement has not
    // accepted (field "acceptedWarnings").

    // The night-by-family grid of a cohort: the families placed, and the
    // other families of the host area (to show their free beds).
    HomestayGrid grid(CohortId cohortId) const;

private:
    friend KindRepository;
    void checkOrThrow(const HomestayPlacement& placement) const;
    SaveSteps<HomestayPlacement> saveSteps() const;
};

extern template class KindRepository<HomestayRepository, HomestayPlacement>;

} // namespace jlgc
