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

using ResearchRequestId = qint64;

enum class RequestStatus { Received, InProgress, Answered, Closed };

enum class SourceKind { Organization, Person, Link };

// Where an answer came from: an organization, a person, or a web page.
struct ResearchSource {
    qint64 id = 0;
    SourceKind kind = SourceKind::Link;
    OrganizationRef organization; // kind Organization
    PersonRef person;             // kind Person
    QString url;                  // kind Link
    QString note;

    bool operator==(const ResearchSource&) const = default;
};

// A question (調査依頼) a Japanese government sends the office to research.
struct ResearchRequest {
    ResearchRequestId id = 0;
    GovernmentRef requestingGovernment;
    QString questionJa;
    QString questionEn;
    QDate received;
    QDate due;
    StaffMemberId assignedTo = 0;
    PersonName assignedName; // filled in when read
    RequestStatus status = RequestStatus::Received;
    QString answerSummary;
    QDate answered;
    QList<ResearchSource> sources;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const
    {
        return status == RequestStatus::Received || status == RequestStatus::InProgress;
    }
    // Past its due date and still open. today is passed in, so that the
    // answer changes exactly when the date does.
    bool isOverdue(const QDate& today) const;
    // Days past the due date (0 when not overdue).
    int daysOverdue(const QDate& today) const;
    QString question(Language language) const;
    FieldErrors validate() const;

    bool operator==(const ResearchRequest&) const = default;
};

// Its values, codes and labels (enumtable.h).
const EnumTable<RequestStatus>& enumTable(RequestStatus);

struct RequestStatuses : EnumLabels<RequestStatus> {
    Q_DECLARE_TR_FUNCTIONS(RequestStatuses)
public:
    // "Overdue by 3 days" (days > 0), or the status in words: as the list
    // of requests and the hand-over page show it.
    static QString text(RequestStatus status, int daysOverdue);
    static QString text(const ResearchRequest& request, const QDate& today);
};

// Its values, codes and labels (enumtable.h).
const EnumTable<SourceKind>& enumTable(SourceKind);

struct SourceKinds : EnumLabels<SourceKind> {
    Q_DECLARE_TR_FUNCTIONS(SourceKinds)
public:
};

} // namespace jlgc
