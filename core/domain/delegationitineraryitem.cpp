#include "domain/delegationitineraryitem.h"

#include <QLocale>
#include <QTimeZone>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(DelegationItineraryItem)
};

QString bilingual(const QString& first, const QString& second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty() || second == first)
        return first;
    return first + QStringLiteral(" / ") + second;
}
} // namespace

QDateTime DelegationItineraryItem::startDateTime() const
{
    if (!date.isValid() || !start.isValid())
        return {};
    return QDateTime(date, start, QTimeZone(timeZone));
}

QDateTime DelegationItineraryItem::endDateTime() const
{
    if (!date.isValid() || !start.isValid())
        return {};
    return QDateTime(date, end.isValid() ? end : start, QTimeZone(timeZone));
}

QString DelegationItineraryItem::summary(Language language) const
{
    QString s = inLanguage(language, topicEn, topicJa);
    if (s.isEmpty())
        s = organization.display(language);
    if (s.isEmpty())
        s = inLanguage(language, placeEn, placeJa);
    return s;
}

FieldErrors DelegationItineraryItem::validate() const
{
    FieldErrors errors;
    if (delegationId <= 0)
        errors.append(
            {QStringLiteral("delegation"), Messages::tr("The item belongs to a delegation.")});
    if (!date.isValid())
        errors.append({QStringLiteral("date"), Messages::tr("Enter the date.")});
    if (end.isValid() && !start.isValid())
        errors.append({QStringLiteral("start"), Messages::tr("Enter the start time as well.")});
    if (start.isValid() && end.isValid() && end <= start)
        errors.append({QStringLiteral("end"), Messages::tr("The item ends after it starts.")});
    if (!QTimeZone::isTimeZoneIdAvailable(timeZone))
        errors.append(
            {QStringLiteral("timeZone"),
             Messages::tr("“%1” is not a known time zone.").arg(QString::fromLatin1(timeZone))});
    if (topicEn.trimmed().isEmpty() && topicJa.trimmed().isEmpty() && placeEn.trimmed().isEmpty() &&
        placeJa.trimmed().isEmpty() && organization.id <= 0)
        errors.append({QStringLiteral("topicEn"),
                       Messages::tr("Say what the item is: a topic, a place or the "
                                    "organization met.")});
    return errors;
}

bool DelegationItineraryRules::withinDates(const DelegationItineraryItem& item,
                                           const Delegation& delegation)
{
    return delegation.containsDate(item.date);
}

bool DelegationItineraryRules::overlap(const DelegationItineraryItem& a,
                                       const DelegationItineraryItem& b)
{
    if (a.isAllDay() || b.isAllDay() || !a.date.isValid() || !b.date.isValid())
        return false;
    // Compared as instants, so that items in different time zones (a day
    // that starts in New York and ends in Chicago) are judged correctly.
    const QDateTime as = a.startDateTime(), ae = a.endDateTime();
    const QDateTime bs = b.startDateTime(), be = b.endDateTime();
    if (as == bs)
        return true;
    return as < be && bs < ae;
}

bool DelegationItineraryRules::conflict(const DelegationItineraryItem& a,
                                        const DelegationItineraryItem& b)
{
    return !a.parallel && !b.parallel && overlap(a, b);
}

QList<DelegationItineraryItem>
DelegationItineraryRules::conflicts(const DelegationItineraryItem& item,
                                    const QList<DelegationItineraryItem>& others)
{
    QList<DelegationItineraryItem> result;
    for (const DelegationItineraryItem& other : others) {
        if (item.id > 0 && other.id == item.id)
            continue;
        if (item.delegationId > 0 && other.delegationId > 0 &&
            other.delegationId != item.delegationId)
            continue;
        if (conflict(item, other))
            result << other;
    }
    return result;
}

FieldErrors DelegationItineraryRules::check(const DelegationItineraryItem& item,
                                            const Delegation& delegation,
                                            const QList<DelegationItineraryItem>& others)
{
    FieldErrors errors = item.validate();
    if (item.date.isValid() && !withinDates(item, delegation)) {
        const QLocale locale;
        const auto date = [&](const QDate& d) { return locale.toString(d, QLocale::ShortFormat); };
        QString message;
        if (delegation.arrival.isValid() && delegation.departure.isValid())
            message =
                tr("The delegation is here from %1 to %2; the item is on %3.")
                    .arg(date(delegation.arrival), date(delegation.departure), date(item.date));
        else if (delegation.arrival.isValid())
            message = tr("The delegation arrives on %1; the item is on %2.")
                          .arg(date(delegation.arrival), date(item.date));
        else
            message = tr("The delegation departs on %1; the item is on %2.")
                          .arg(date(delegation.departure), date(item.date));
        errors.append({QStringLiteral("date"), message});
    }
    const QList<DelegationItineraryItem> clashes = conflicts(item, others);
    for (const DelegationItineraryItem& other : clashes) {
        const QLocale locale;
        const QString when =
            other.end.isValid()
                ? QStringLiteral("%1–%2").arg(locale.toString(other.start, QLocale::ShortFormat),
                                              locale.toString(other.end, QLocale::ShortFormat))
                : locale.toString(other.start, QLocale::ShortFormat);
        errors.append({QStringLiteral("start"),
                       tr("The time overlaps “%1” (%2). Change the time, or mark the items as "
                          "parallel if the delegation splits up.")
                           .arg(bilingual(other.summary(Language::Japanese),
                                          other.summary(Language::English)),
                                when)});
    }
    return errors;
}

QList<DelegationItineraryItem>
DelegationItineraryRules::outside(const Delegation& delegation,
                                  const QList<DelegationItineraryItem>& items)
{
    QList<DelegationItineraryItem> result;
    for (const DelegationItineraryItem& item : items)
        if (!withinDates(item, delegation))
            result << item;
    return result;
}

QList<QByteArray> DelegationItineraryRules::commonTimeZones()
{
    return {"America/New_York",    "America/Chicago",   "America/Denver",   "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Toronto",
            "America/Vancouver",   "America/Edmonton",  "America/Winnipeg", "America/Regina",
            "America/Halifax",     "America/St_Johns",  "Asia/Tokyo"};
}

} // namespace jlgc
