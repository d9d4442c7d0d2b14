#pragma once

#include "domain/delegation.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace jlgc {

class SqlConditions;

struct DelegationFilter {
    std::optional<DelegationStatus> status;
    bool openOnly = false; // leave out completed and cancelled ones
    StaffMemberId staffInCharge = 0;
    QString prefectureCode; // sent by the prefecture or one of its municipalities
    QDate from;             // visits that overlap from..to (either may be open)
    QDate to;
    QDate today = QDate::currentDate(); // for the upcoming-first order
    // Members and interpreters are read too; a list that shows neither leaves
    // them out (find() always reads them).
    bool withPeople = true;
};

class DelegationRepository : public KindRepository<DelegationRepository, Delegation> {
    Q_DECLARE_TR_FUNCTIONS(DelegationRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<Delegation>& columns();

    // With members and interpreters; itinerary items are in DelegationItineraryRepository.
    std::optional<Delegation> find(DelegationId id) const;
    // Upcoming first (see sortUpcomingFirst).
    QList<Delegation> list(const DelegationFilter& filter = {}) const;
    // update() also refuses dates that would leave itinerary items outside
    // the visit; remove() takes its members, interpreters and itinerary with it.

private:
    friend KindRepository;
    void writeMembers(DelegationId id, const Delegation& delegation);
    // Its own rules (validate()), and its itinerary inside its dates.
    void checkItineraryFits(const Delegation& delegation) const;
    SaveSteps<Delegation> saveSteps();
    QHash<DelegationId, QList<DelegationMember>> members(DelegationId onlyId) const;
    QHash<DelegationId, QList<DelegationInterpreter>> interpreters(DelegationId onlyId) const;
    QList<Delegation> select(const SqlConditions& conditions, DelegationId onlyId,
                             bool withPeople = true) const;
};

extern template class KindRepository<DelegationRepository, Delegation>;

} // namespace jlgc
