#pragma once

#include "domain/delegation.h"
#include "domain/researchlogentry.h"
#include "domain/researchrequest.h"
#include "domain/researchtopic.h"
#include "domain/staffmember.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <optional>

namespace jlgc {

class Database;

// Everything an official owns, for the successor who inherits it.
struct Handover {
    StaffMember official;
    QList<ResearchTopic> topics;        // owned, active first
    QList<ResearchLogEntry> logEntries; // written by them, oldest first
    QList<ResearchRequest> requests;    // assigned to them, open first
    QList<Delegation> delegations;      // in their charge, upcoming first

    // Active topics left behind by an ended term.
    QList<ResearchTopic> topicsNeedingHandover(const QDate& today) const;
    // What a successor would take over: topics not completed, open requests
    // and delegations that are neither completed nor cancelled.
    int openItemCount() const;
};

// What a transfer moved.
struct HandoverTransfer {
    int topics = 0;
    int requests = 0;
    int delegations = 0;
};

class HandoverRepository {
    Q_DECLARE_TR_FUNCTIONS(HandoverRepository)
public:
    explicit HandoverRepository(Database& db) : m_db(db) {}

    std::optional<Handover> handover(StaffMemberId official, const QDate& today) const;
    // Officials whose term has ended while they still own active topics.
    QList<StaffMember> officialsAwaitingHandover(const QDate& today) const;
    // Gives the successor the official's open topics, open requests and open
    // delegations, in one transaction. Log entries keep their author.
    HandoverTransfer transfer(StaffMemberId from, StaffMemberId to);

private:
    Database& m_db;
};

} // namespace jlgc

Q_DECLARE_METATYPE(jlgc::Handover)
