#include "io/icalendarexport.h"

#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>
#include <libical/ical.h>
#include <memory>

namespace jlgc {

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

const char* const Utc = "UTC";

// "日本語 / English", or whichever is given.
QString bilingual(const QString& ja, const QString& en)
{
    const QString j = ja.trimmed(), e = en.trimmed();
    if (j.isEmpty())
        return e;
    if (e.isEmpty() || e == j)
        return j;
    return j + QStringLiteral(" / ") + e;
}

// Labels in both languages: the calendar is read by Japanese and English
// readers alike, whatever language the exporting user works in.
QString labelled(const char* labelJa, const char* labelEn, const QString& value)
{
    return QString::fromUtf8(labelJa) + QStringLiteral(" / ") + QString::fromUtf8(labelEn) +
           QStringLiteral(": ") + value;
}

icaltimetype dateTimeIn(const QDate& d, const QTime& t, icaltimezone* zone)
{
    icaltimetype v = icaltime_null_time();
    v.year = d.year();
    v.month = d.month();
    v.day = d.day();
    v.hour = t.hour();
    v.minute = t.minute();
    v.second = 0;
    v.is_date = 0;
    v.zone = zone;
    return v;
}

icaltimetype dateOnly(const QDate& d)
{
    icaltimetype v = icaltime_null_date();
    v.year = d.year();
    v.month = d.month();
    v.day = d.day();
    v.is_date = 1;
    return v;
}

icaltimetype utcTime(const QDateTime& when)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(when.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// The zone's rules from the system time zone data, cut down to the years
// the itinerary needs and named by its IANA id, which Outlook and Google
// Calendar both recognise.
ComponentPtr vtimezone(icaltimezone* zone, const QByteArray& id, const QDate& from)
{
    ComponentPtr vtz(icalcomponent_new_clone(icaltimezone_get_component(zone)));
    if (!vtz)
        return vtz;
    const icaltimetype start = utcTime(QDateTime(from.addDays(-1).startOfDay(QTimeZone::utc())));
    icaltimezone_truncate_vtimezone(vtz.get(), start, icaltime_null_time(), 1);
    if (icalproperty* tzid = icalcomponent_get_first_property(vtz.get(), ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, id.constData());
    return vtz;
}

icalproperty* timeProperty(icalproperty* p, const QByteArray& tzid)
{
    if (!tzid.isEmpty())
        icalproperty_add_parameter(p, icalparameter_new_tzid(tzid.constData()));
    return p;
}

icalproperty_status eventStatus(DelegationStatus s)
{
    switch (s) {
    case DelegationStatus::Confirmed:
    case DelegationStatus::Completed:
        return ICAL_STATUS_CONFIRMED;
    case DelegationStatus::Cancelled:
        return ICAL_STATUS_CANCELLED;
    case DelegationStatus::Inquiry:
    case DelegationStatus::Planning:
        break;
    }
    return ICAL_STATUS_TENTATIVE;
}

QString summaryOf(const Delegation& d, const DelegationItineraryItem& item)
{
    QString ja = item.topicJa.trimmed(), en = item.topicEn.trimmed();
    if (ja.isEmpty() && en.isEmpty()) {
        ja = item.organization.nameJa;
        en = item.organization.nameEn;
    }
    if (ja.isEmpty() && en.isEmpty()) {
        ja = item.placeJa;
        en = item.placeEn;
    }
    // Several delegations may share one office calendar: each event names
    // who is visiting, 【兵庫県】 in the Japanese way and [Hyogo] in English.
    const QString whoJa =
        d.sendingGovernment.nameJa.isEmpty() ? d.nameJa : d.sendingGovernment.nameJa;
    const QString whoEn =
        d.sendingGovernment.nameEn.isEmpty() ? d.nameEn : d.sendingGovernment.nameEn;
    const QString partJa = ja.isEmpty()
                               ? QString()
                               : (whoJa.isEmpty() ? ja : QStringLiteral("【%1】%2").arg(whoJa, ja));
    const QString partEn = en.isEmpty()
                               ? QString()
                               : (whoEn.isEmpty() ? en : QStringLiteral("[%1] %2").arg(whoEn, en));
    return bilingual(partJa, partEn);
}

QString locationOf(const DelegationItineraryItem& item)
{
    QString place = bilingual(item.placeJa, item.placeEn);
    if (place.isEmpty())
        place = bilingual(item.organization.nameJa, item.organization.nameEn);
    const QString address = item.address.trimmed();
    if (place.isEmpty())
        return address;
    return address.isEmpty() ? place : place + QStringLiteral(", ") + address;
}

QString descriptionOf(const Delegation& d, const DelegationItineraryItem& item)
{
    QStringList lines;
    lines << bilingual(d.nameJa, d.nameEn);
    const QString org = bilingual(item.organization.nameJa, item.organization.nameEn);
    if (!org.isEmpty())
        lines << labelled("訪問先", "Organization", org);
    if (item.contact.id > 0 || !item.contact.name.isEmpty())
        lines << labelled("面会者", "Meeting with",
                          bilingual(item.contact.name.kanji(), item.contact.name.latin()));
    const QString topic = bilingual(item.topicJa, item.topicEn);
    if (!topic.isEmpty())
        lines << labelled("内容", "Topic", topic);
    const QString transport = bilingual(item.transportJa, item.transportEn);
    if (!transport.isEmpty())
        lines << labelled("移動", "Transport", transport);
    if (item.parallel)
        lines << QStringLiteral("並行日程 / Parallel programme");
    if (!item.notesJa.trimmed().isEmpty())
        lines << QString() << item.notesJa.trimmed();
    if (!item.notesEn.trimmed().isEmpty())
        lines << QString() << item.notesEn.trimmed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ICalendarExport::eventUid(const DelegationItineraryItem& item)
{
    if (!item.uid.isEmpty())
        return item.uid + QStringLiteral("@jlgc-desk");
    return QStringLiteral("delegation-%1-item-%2@jlgc-desk").arg(item.delegationId).arg(item.id);
}

QByteArray ICalendarExport::toICalendar(const Delegation& delegation,
                                        const QList<DelegationItineraryItem>& items,
                                        const QDateTime& stamp)
{
    ComponentPtr cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent* c = cal.get();
    icalcomponent_add_property(c, icalproperty_new_version("2.0"));
    icalcomponent_add_property(
        c, icalproperty_new_prodid("-//Japan Local Government Center//JLGC Desk " JLGC_VERSION
                                   "//EN"));
    icalcomponent_add_property(c, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(c, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    {
        // The name Google Calendar and Apple Calendar give an imported file.
        icalproperty* name = icalproperty_new_x(
            bilingual(delegation.nameJa, delegation.nameEn).toUtf8().constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(c, name);
    }

    // One VTIMEZONE per zone in use, from the earliest day that needs it.
    QList<QByteArray> zones;
    QHash<QByteArray, QDate> firstDay;
    for (const DelegationItineraryItem& item : items) {
        if (item.isAllDay() || item.timeZone == Utc)
            continue;
        if (!firstDay.contains(item.timeZone)) {
            zones << item.timeZone;
            firstDay.insert(item.timeZone, item.date);
        } else if (item.date < firstDay.value(item.timeZone)) {
            firstDay[item.timeZone] = item.date;
        }
    }
    QHash<QByteArray, icaltimezone*> zoneOf;
    for (const QByteArray& id : zones) {
        icaltimezone* zone = icaltimezone_get_builtin_timezone(id.constData());
        ComponentPtr vtz = zone ? vtimezone(zone, id, firstDay.value(id)) : ComponentPtr();
        if (!vtz)
            throw StorageError(StorageError::Kind::Query,
                               tr("The time zone %1 is not known on this computer; the calendar "
                                  "was not written.")
                                   .arg(QString::fromLatin1(id)));
        zoneOf.insert(id, zone);
        icalcomponent_add_component(c, vtz.release());
    }

    const icaltimetype dtstamp = utcTime(stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc());
    for (const DelegationItineraryItem& item : items) {
        if (!item.date.isValid())
            continue;
        icalcomponent* ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_component(c, ev);
        icalcomponent_add_property(ev, icalproperty_new_uid(eventUid(item).toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(dtstamp));
        if (item.updatedAt.isValid())
            icalcomponent_add_property(ev, icalproperty_new_lastmodified(utcTime(item.updatedAt)));
        icalcomponent_add_property(ev, icalproperty_new_sequence(qMax(0, item.rowVersion - 1)));

        if (item.isAllDay()) {
            icalcomponent_add_property(ev, icalproperty_new_dtstart(dateOnly(item.date)));
            icalcomponent_add_property(ev, icalproperty_new_dtend(dateOnly(item.date.addDays(1))));
        } else if (item.timeZone == Utc) {
            icaltimezone* utc = icaltimezone_get_utc_timezone();
            icalcomponent_add_property(
                ev, icalproperty_new_dtstart(dateTimeIn(item.date, item.start, utc)));
            icalcomponent_add_property(
                ev, icalproperty_new_dtend(
                        dateTimeIn(item.date, item.end.isValid() ? item.end : item.start, utc)));
        } else {
            icaltimezone* zone = zoneOf.value(item.timeZone);
            icalcomponent_add_property(
                ev, timeProperty(icalproperty_new_dtstart(dateTimeIn(item.date, item.start, zone)),
                                 item.timeZone));
            icalcomponent_add_property(
                ev, timeProperty(icalproperty_new_dtend(dateTimeIn(
                                     item.date, item.end.isValid() ? item.end : item.start, zone)),
                                 item.timeZone));
        }

        icalcomponent_add_property(
            ev, icalproperty_new_summary(summaryOf(delegation, item).toUtf8().constData()));
        if (const QString where = locationOf(item); !where.isEmpty())
            icalcomponent_add_property(ev, icalproperty_new_location(where.toUtf8().constData()));
        icalcomponent_add_property(
            ev, icalproperty_new_description(descriptionOf(delegation, item).toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_status(eventStatus(delegation.status)));
    }

    char* text = icalcomponent_as_ical_string_r(c);
    if (!text)
        throw StorageError(StorageError::Kind::Query, tr("The calendar could not be written."),
                           QString::fromLatin1(icalerror_strerror(icalerrno)));
    QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

int ICalendarExport::exportDelegation(Database& db, DelegationId id, const QString& path)
{
    const std::optional<Delegation> delegation = DelegationRepository(db).find(id);
    if (!delegation)
        throw StorageError(StorageError::Kind::NotFound,
                           tr("There is no delegation with the number %1.").arg(id));
    const QList<DelegationItineraryItem> items = DelegationItineraryRepository(db).items(id);
    const QByteArray ics = toICalendar(*delegation, items);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        throw StorageError(
            StorageError::Kind::ReadOnly,
            tr("The calendar could not be saved as %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    return int(items.size());
}

} // namespace jlgc
