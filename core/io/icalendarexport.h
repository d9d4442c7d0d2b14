#pragma once

#include "domain/delegation.h"
#include "domain/delegationitineraryitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace jlgc {

class Database;

// A delegation's itinerary as an iCalendar file (RFC 5545) that Outlook,
// Google Calendar and Apple Calendar import: one VEVENT per itinerary item,
// with a VTIMEZONE for every time zone the items use, written by libical
// (escaping, line folding and time zones are where hand-written files break).
//
// Summaries, locations and descriptions carry both the Japanese and the
// English text, whatever the language of the user interface, because the
// calendar is read by both. Dietary needs and other protocol notes stay out.
class ICalendarExport {
    Q_DECLARE_TR_FUNCTIONS(ICalendarExport)
public:
    // The calendar as UTF-8 text with CRLF line ends. stamp is the DTSTAMP of
    // every event (the time of export).
    static QByteArray toICalendar(const Delegation& delegation,
                                  const QList<DelegationItineraryItem>& items,
                                  const QDateTime& stamp = QDateTime::currentDateTimeUtc());

    // Reads delegation `id` and its itinerary and writes the calendar to
    // path, replacing the file only once it is complete. Returns the number
    // of events. Throws StorageError (NotFound, ReadOnly).
    static int exportDelegation(Database& db, DelegationId id, const QString& path);

    // The UID of an item's event: stable for the item's life, so that an
    // imported calendar is updated rather than doubled when exported again.
    static QString eventUid(const DelegationItineraryItem& item);
};

} // namespace jlgc
