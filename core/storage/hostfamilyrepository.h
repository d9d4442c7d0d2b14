#pragma once

#include "domain/homestayplacement.h"
#include "domain/hostfamily.h"
#include "storage/repositoryfwd.h"

#include <optional>

namespace jlgc {

struct HostFamilyFilter {
    QString municipalityCode; // empty: all
    QString prefectureCode;   // empty: all
    QString text;             // name in kanji, kana or romaji; folded
};

class HostFamilyRepository {
public:
    explicit HostFamilyRepository(Database& db) : m_db(db) {}

    // The columns of its records, read and written.
    static const RecordColumns<HostFamily>& columns();

    // With members and the municipality's names.
    std::optional<HostFamily> find(HostFamilyId id) const;
    QList<HostFamily> list(const HostFamilyFilter& filter = {}) const;
    HostFamily add(const HostFamily& family);
    // Refuses a capacity below the fellows already placed on some night.
    HostFamily update(const HostFamily& family);
    // Refused (Referenced) while homestays name the family.
    void remove(HostFamilyId id);

    // Every fellow the family has hosted or will host, newest first.
    QList<HomestayPlacement> placementHistory(HostFamilyId id) const;

private:
    void writeMembers(HostFamilyId id, const QList<HostFamilyMember>& members);
    SaveSteps<HostFamily> saveSteps();
    QHash<HostFamilyId, QList<HostFamilyMember>> members(HostFamilyId onlyId) const;

    Database& m_db;
};

} // namespace jlgc
