#pragma once

#include "domain/enumtable.h"
#include "domain/governmentref.h"
#include "domain/recordref.h"
#include "domain/staffmember.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace jlgc {

using DelegationId = qint64;

enum class DelegationStatus { Inquiry, Planning, Confirmed, Completed, Cancelled };

enum class DelegationRole { Leader, DeputyLeader, Member, Secretariat, Other };

// A person's place in a delegation, with the title they travel under.
struct DelegationMember {
    qint64 id = 0;
    PersonRef person;
    DelegationRole role = DelegationRole::Member;
    QString titleEn; // "Governor of Hyogo Prefecture"
    QString titleJa; // "兵庫県知事"

    bool operator==(const DelegationMember&) const = default;
};

struct DelegationInterpreter {
    qint64 id = 0;
    PersonRef person;
    QString note; // languages, agency, consecutive or simultaneous

    bool operator==(const DelegationInterpreter&) const = default;
};

// Protocol notes for a visit. dietaryNeeds is personal data: it stays out of
// calendars and reports unless a report is explicitly about it.
struct DelegationProtocol {
    QString giftsGiven;
    QString giftsReceived;
    QString formsOfAddress;
    QString dietaryNeeds; // sensitive
    QString notes;

    bool operator==(const DelegationProtocol&) const = default;
};

// A visit by a Japanese government to North America, from the first inquiry
// to the thank-you letters. Its itinerary is kept as DelegationItineraryItem rows.
struct Delegation {
    DelegationId id = 0;
    QString nameEn;
    QString nameJa;
    GovernmentRef sendingGovernment;
    QString purposeEn;
    QString purposeJa;
    QDate arrival;
    QDate departure;
    DelegationStatus status = DelegationStatus::Inquiry;
    int expectedMemberCount = 0; // as announced, before the names are known; 0: unknown
    QList<DelegationMember> members;
    QList<DelegationInterpreter> interpreters;
    // How many members are listed, when a list read the count but not the members.
    int listedMemberCount = 0;
    StaffMemberId staffInCharge = 0;
    PersonName staffInChargeName; // filled in when read
    DelegationProtocol protocol;
    QDate thankYouSent;
    QString followUpNotes;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString display(Language language) const;
    // The listed members, or the announced number while none are listed.
    int memberCount() const;
    // The member whose role is Leader, if any.
    const DelegationMember* leader() const;
    PersonId leaderPersonId() const;
    // Days from arrival to departure, both included; 0 while dates are open.
    int dayCount() const;
    bool containsDate(const QDate& day) const;
    bool isOpen() const;
    FieldErrors validate() const;

    bool operator==(const Delegation&) const = default;
};

// Delegations still to come or under way first, soonest first; then past
// ones, most recent first. Delegations without dates count as to come.
void sortUpcomingFirst(QList<Delegation>& delegations, const QDate& today);

// Its values, codes and labels (enumtable.h).
const EnumTable<DelegationStatus>& enumTable(DelegationStatus);

struct DelegationStatuses : EnumLabels<DelegationStatus> {
    Q_DECLARE_TR_FUNCTIONS(DelegationStatuses)
public:
};

// Its values, codes and labels (enumtable.h).
const EnumTable<DelegationRole>& enumTable(DelegationRole);

struct DelegationRoles : EnumLabels<DelegationRole> {
    Q_DECLARE_TR_FUNCTIONS(DelegationRoles)
public:
};

} // namespace jlgc
