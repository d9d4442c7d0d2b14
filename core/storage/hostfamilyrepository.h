#pragma once

#include "domain/homestayplacement.h"
#include "domain/hostfamily.h"
#include "storage/kindrepository.h"

#include <optional>

namespace jlgc {

struct HostFamilyFilter {
    QString municipalityCode; // empty: all
    QString prefectureCode;   // empty: all
    QString text;             // name in kanji, kana or romaji; folded
};

class HostFamilyRepository : public KindRepository<HostFamilyRepository, HostFamily> {
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<HostFamily>& columns();

    // With members and the municipality's names.
    std::optional<HostFamily> find(HostFamilyId id) const;
    QList<HostFamily> list(const HostFamilyFilter& filter = {}) const;
    // update() refuses a capacity below the fellows already placed on some
    // night; remove() is refused (Referenced) while homestays name the family.

    // Every fellow the family has hosted or will host, newest first.
    QList<HomestayPlacement> placementHistory(HostFamilyId id) const;

private:
    friend KindRepository;
    void writeMembers(HostFamilyId id, const QList<HostFamilyMember>& members);
    SaveSteps<HostFamily> saveSteps();
    QHash<HostFamilyId, QList<HostFamilyMember>> members(HostFamilyId onlyId) const;
};

extern template class KindRepository<HostFamilyRepository, HostFamily>;

} // namespace jlgc
