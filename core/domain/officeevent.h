#pragma once

#include "domain/enumtable.h"
#include "domain/fielderror.h"
#include "domain/fiscalyear.h"
#include "domain/organization.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <optional>

namespace jlgc {

using EventId = qint64;

enum class EventKind { JapanDay, Fair, JetInfoSession, Reception, Seminar, Other };

// Its values, codes and labels (enumtable.h).
const EnumTable<EventKind>& enumTable(EventKind);

struct EventKinds : EnumLabels<EventKind> {
    Q_DECLARE_TR_FUNCTIONS(EventKinds)
public:
};

// An organization that takes part (co-host, sponsor, booth, …).
struct EventOrganization {
    OrganizationId organizationId = 0;
    QString organizationName; // filled in when read
    QString role;
    bool operator==(const EventOrganization&) const = default;
};

struct EventAttendee {
    PersonId personId = 0;
    QString personName; // filled in when read
    QString role;
    bool operator==(const EventAttendee&) const = default;
};

// An event the office holds or takes part in: Japan Day in Central Park, a
// travel show, a JET information session, a reception, a seminar.
struct OfficeEvent {
    EventId id = 0;
    QString titleEn;
    QString titleJa;
    EventKind kind = EventKind::Other;
    QDate date;      // the (first) day
    QTime startTime; // invalid: all day or not known
    QDate endDate;   // invalid: a one-day event
    QTime endTime;
    QString place;
    QList<EventOrganization> organizations;
    QList<EventAttendee> attendees;
    std::optional<int> attendance; // headcount, when known
    QString notes;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString title(Language language) const;
    // Apr 1, 2025 10:00–17:00 (2025/04/01 in Japanese), 24-hour times.
    QString whenText(Language language) const;
    QDate lastDay() const { return endDate.isValid() ? endDate : date; }
    FiscalYear fiscalYear() const { return FiscalYear::containing(date); }
    FieldErrors validate() const;

    bool operator==(const OfficeEvent&) const = default;
};

} // namespace jlgc
