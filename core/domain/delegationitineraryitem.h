#pragma once

#include "domain/delegation.h"
#include "domain/recordref.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

namespace jlgc {

using DelegationItineraryItemId = qint64;

// One entry of a delegation's itinerary (日程表): a meeting, a site visit, a
// reception or a journey. Times are local to timeZone; an item without a
// start time lasts the whole day (a free day, a travel day).
struct DelegationItineraryItem {
    DelegationItineraryItemId id = 0;
    QString uid; // stable calendar identity, made when the item is first saved
    DelegationId delegationId = 0;
    QDate date;
    QTime start;
    QTime end;
    QByteArray timeZone = defaultTimeZone(); // IANA id
    QString placeEn;
    QString placeJa;
    QString address;
    OrganizationRef organization; // met
    PersonRef contact;            // met
    QString topicEn;
    QString topicJa;
    QString transportEn;
    QString transportJa;
    QString notesEn;
    QString notesJa;
    // Runs alongside other items: the delegation splits up, or an optional
    // programme. Parallel items may overlap other items.
    bool parallel = false;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The office is in New York.
    static QByteArray defaultTimeZone() { return QByteArrayLiteral("America/New_York"); }

    bool isAllDay() const { return !start.isValid(); }
    QDateTime startDateTime() const;
    // The end, or the start when no end is given.
    QDateTime endDateTime() const;
    QString summary(Language language) const;
    // The item's own rules, without the other items: times, time zone, text.
    FieldErrors validate() const;

    bool operator==(const DelegationItineraryItem&) const = default;
};

// The rules an item obeys within its delegation, as pure functions so that
// the form can show them while the user types.
class DelegationItineraryRules {
    Q_DECLARE_TR_FUNCTIONS(DelegationItineraryRules)
public:
    // The item's date lies between arrival and departure (open ends allowed).
    static bool withinDates(const DelegationItineraryItem& item, const Delegation& delegation);
    // The two items' times intersect (items without times never do).
    static bool overlap(const DelegationItineraryItem& a, const DelegationItineraryItem& b);
    // They overlap and neither is marked parallel.
    static bool conflict(const DelegationItineraryItem& a, const DelegationItineraryItem& b);
    // The other items of the delegation that item conflicts with.
    static QList<DelegationItineraryItem> conflicts(const DelegationItineraryItem& item,
                                                    const QList<DelegationItineraryItem>& others);
    // Everything wrong with item in its delegation, for the form.
    static FieldErrors check(const DelegationItineraryItem& item, const Delegation& delegation,
                             const QList<DelegationItineraryItem>& others);
    // Items that fall outside the dates (when the delegation's dates change).
    static QList<DelegationItineraryItem> outside(const Delegation& delegation,
                                                  const QList<DelegationItineraryItem>& items);
    // Time zones offered for North American visits (any IANA id is accepted).
    static QList<QByteArray> commonTimeZones();
};

} // namespace jlgc
