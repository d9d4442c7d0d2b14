#pragma once

#include "domain/delegation.h"
#include "storage/repositoryfwd.h"

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

class DelegationRepository {
    Q_DECLARE_TR_FUNCTIONS(DelegationRepository)
public:
    explicit DelegationRepository(Database& db) : m_db(db) {}

    // The columns of its records, read and written.
    static const RecordColumns<Delegation>& columns();

    // With members and interpreters; itinerary items are in DelegationItineraryRepository.
    std::optional<Delegation> find(DelegationId id) const;
    // Upcoming first (see sortUpcomingFirst).
    QList<Delegation> list(const DelegationFilter& filter = {}) const;
    Delegation add(const Delegation& delegation);
    // Also refuses dates that would leave itinerary items outside the visit.
    Delegation update(const Delegation& delegation);
    // Removes the delegation with its members, interpreters and itinerary.
    void remove(DelegationId id);

private:
    void writeMembers(DelegationId id, const Delegation& delegation);
    // Its own rules (validate()), and its itinerary inside its dates.
    void checkItineraryFits(const Delegation& delegation) const;
    SaveSteps<Delegation> saveSteps(bool checkDates);
    QHash<DelegationId, QList<DelegationMember>> members(DelegationId onlyId) const;
    QHash<DelegationId, QList<DelegationInterpreter>> interpreters(DelegationId onlyId) const;
    QList<Delegation> select(const SqlConditions& conditions, DelegationId onlyId,
                             bool withPeople = true) const;

    Database& m_db;
};

} // namespace jlgc
