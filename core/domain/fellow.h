#pragma once

#include "domain/cohort.h"
#include "domain/enumtable.h"
#include "domain/organization.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace jlgc {

using FellowId = qint64;

// Where a fellow stands, in the order a fellow normally passes through.
enum class FellowStatus { Nominated, Applied, Selected, Confirmed, Attended, Withdrawn };

// Its values, codes and labels (enumtable.h).
const EnumTable<FellowStatus>& enumTable(FellowStatus);

struct FellowStatuses : EnumLabels<FellowStatus> {
    Q_DECLARE_TR_FUNCTIONS(FellowStatuses)
public:
    // Selected, confirmed or attended: the fellow goes (or went) to Japan
    // and needs a homestay.
    static bool takesPart(FellowStatus status);
    // Nominated, applied or selected: not yet confirmed.
    static bool isUnconfirmed(FellowStatus status);
};

// One entry of a fellow's status history.
struct FellowStatusChange {
    qint64 id = 0;
    FellowStatus status = FellowStatus::Nominated;
    QDate date;
    QString note;

    bool operator==(const FellowStatusChange&) const = default;
};

// A person's part in one year's programme. The person record is shared with
// every other role the person plays; a person may be a fellow of several years.
struct Fellow {
    FellowId id = 0;
    PersonId personId = 0;
    CohortId cohortId = 0;
    OrganizationId organizationId = 0; // home government; 0: not recorded
    QString subdivisionCode;           // ISO 3166-2 (US-OH, CA-BC); from the organization if empty
    QString titleAtTime;               // the title the fellow held in that year
    FellowStatus status = FellowStatus::Nominated;
    // The day the current status took effect. On saving a new status the
    // history gets an entry of this date (today when not given).
    QDate statusDate;
    QDate arrival;
    QDate departure;
    // Sensitive: kept out of reports unless a report is about them.
    QString dietaryNotes;
    QString medicalNotes;
    QString emergencyContactName;
    QString emergencyContactRelation;
    QString emergencyContactPhone;
    QString followUpNotes; // after the programme
    QString notes;
    // Oldest first. Read only: the repository writes it as the status changes.
    QList<FellowStatusChange> statusHistory;

    // Filled in when read, for display.
    PersonName personName;
    int cohortYear = 0;
    QString organizationNameEn;
    QString organizationNameJa;

    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString display(Language language) const { return personName.display(language); }
    QString organizationName(Language language) const;
    bool takesPart() const { return FellowStatuses::takesPart(status); }
    // Whether the fellow is in Japan on the night (arrival and departure, when known).
    bool presentOn(const QDate& night) const;

    FieldErrors validate() const;
    // A copy without the sensitive fields, for reports and exports that are not about them.
    Fellow withoutSensitiveData() const;
    static QStringList sensitiveFields();

    bool operator==(const Fellow&) const = default;
};

} // namespace jlgc
