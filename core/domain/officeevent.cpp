#include "domain/officeevent.h"

#include "domain/datetext.h"

#include <QSet>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(OfficeEvent)
};
} // namespace

const EnumTable<EventKind>& enumTable(EventKind)
{
    static const EnumEntry<EventKind> entries[] = {
        {EventKind::JapanDay, "japan_day", QT_TRANSLATE_NOOP("EventKinds", "Japan Day")},
        {EventKind::Fair, "fair", QT_TRANSLATE_NOOP("EventKinds", "Fair or travel show")},
        {EventKind::JetInfoSession, "jet_info_session",
         QT_TRANSLATE_NOOP("EventKinds", "JET information session")},
        {EventKind::Reception, "reception", QT_TRANSLATE_NOOP("EventKinds", "Reception")},
        {EventKind::Seminar, "seminar", QT_TRANSLATE_NOOP("EventKinds", "Seminar")},
        {EventKind::Other, "other", QT_TRANSLATE_NOOP("EventKinds", "Other event")},
    };
    static const EnumTable<EventKind> table("EventKinds", EventKind::Other, entries);
    return table;
}

QString OfficeEvent::title(Language language) const
{
    return inLanguage(language, titleEn, titleJa);
}

QString OfficeEvent::whenText(Language language) const
{
    QString text = DateText::date(date, language);
    if (startTime.isValid())
        text += QLatin1Char(' ') + DateText::time(startTime);
    const bool days = endDate.isValid() && endDate != date;
    if (days || endTime.isValid()) {
        text += DateText::until(language, true);
        if (days)
            text += DateText::date(endDate, language);
        if (endTime.isValid())
            text += (days ? QStringLiteral(" ") : QString()) + DateText::time(endTime);
    }
    return text;
}

FieldErrors OfficeEvent::validate() const
{
    FieldErrors errors;
    if (titleEn.trimmed().isEmpty() && titleJa.trimmed().isEmpty())
        errors.append({QStringLiteral("titleEn"),
                       Messages::tr("Give the event a title in English or Japanese.")});
    if (!date.isValid())
        errors.append({QStringLiteral("date"), Messages::tr("Give the date of the event.")});
    if (date.isValid() && endDate.isValid() && endDate < date)
        errors.append(
            {QStringLiteral("endDate"), Messages::tr("The event ends before it begins.")});
    else if (startTime.isValid() && endTime.isValid() && lastDay() == date && endTime < startTime)
        errors.append(
            {QStringLiteral("endTime"), Messages::tr("The event ends before it begins.")});
    if (endTime.isValid() && !startTime.isValid())
        errors.append({QStringLiteral("startTime"),
                       Messages::tr("Give the starting time as well as the ending time.")});
    if (attendance && *attendance < 0)
        errors.append(
            {QStringLiteral("attendance"), Messages::tr("The attendance cannot be negative.")});

    QSet<OrganizationId> orgs;
    for (const EventOrganization& o : organizations) {
        if (o.organizationId <= 0)
            errors.append({QStringLiteral("organizations"),
                           Messages::tr("Each organization taking part must be chosen from the "
                                        "list.")});
        else if (orgs.contains(o.organizationId))
            errors.append({QStringLiteral("organizations"),
                           Messages::tr("An organization is listed twice.")});
        orgs.insert(o.organizationId);
    }
    QSet<PersonId> people;
    for (const EventAttendee& a : attendees) {
        if (a.personId <= 0)
            errors.append({QStringLiteral("attendees"),
                           Messages::tr("Each person attending must be chosen from the list.")});
        else if (people.contains(a.personId))
            errors.append({QStringLiteral("attendees"), Messages::tr("A person is listed twice.")});
        people.insert(a.personId);
    }
    return errors;
}

} // namespace jlgc
