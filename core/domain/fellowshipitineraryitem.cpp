#include "domain/fellowshipitineraryitem.h"

#include "domain/validation.h"

#include <algorithm>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(FellowshipItineraryItem)
};
} // namespace

const EnumTable<FellowshipItemType>& enumTable(FellowshipItemType)
{
    static const EnumEntry<FellowshipItemType> entries[] = {
        {FellowshipItemType::Meeting, "meeting",
         QT_TRANSLATE_NOOP("FellowshipItemTypes", "Meeting")},
        {FellowshipItemType::SiteVisit, "site_visit",
         QT_TRANSLATE_NOOP("FellowshipItemTypes", "Site visit")},
        {FellowshipItemType::Lecture, "lecture",
         QT_TRANSLATE_NOOP("FellowshipItemTypes", "Lecture")},
        {FellowshipItemType::Cultural, "cultural",
         QT_TRANSLATE_NOOP("FellowshipItemTypes", "Cultural programme")},
        {FellowshipItemType::Travel, "travel", QT_TRANSLATE_NOOP("FellowshipItemTypes", "Travel")},
        {FellowshipItemType::Free, "free", QT_TRANSLATE_NOOP("FellowshipItemTypes", "Free time")},
    };
    static const EnumTable<FellowshipItemType> table("FellowshipItemTypes",
                                                     FellowshipItemType::Meeting, entries);
    return table;
}

QString FellowshipItineraryItem::description(Language language) const
{
    return inLanguage(language, descriptionEn, descriptionJa);
}

QString FellowshipItineraryItem::hostOrganizationName(Language language) const
{
    return inLanguage(language, hostOrganizationNameEn, hostOrganizationNameJa);
}

FieldErrors FellowshipItineraryItem::validate() const
{
    FieldErrors errors;
    if (cohortId <= 0)
        errors.append({QStringLiteral("cohortId"), Messages::tr("Choose the cohort.")});
    if (!date.isValid())
        errors.append({QStringLiteral("date"), Messages::tr("Enter the date.")});
    validate::order(errors, QStringLiteral("endTime"), startTime, endTime,
                    Messages::tr("The end is before the start."));
    if (endTime.isValid() && !startTime.isValid())
        errors.append({QStringLiteral("startTime"),
                       Messages::tr("Enter the start time as well as the end time.")});
    if (descriptionEn.trimmed().isEmpty() && descriptionJa.trimmed().isEmpty() &&
        place.trimmed().isEmpty())
        errors.append({QStringLiteral("descriptionEn"),
                       Messages::tr("Describe the item in English or Japanese.")});
    return errors;
}

FieldErrors FellowshipItineraryItem::validate(const Cohort& cohort) const
{
    FieldErrors errors = validate();
    if (!date.isValid())
        return errors;
    if (!cohort.hasProgrammeDates())
        errors.append({QStringLiteral("date"),
                       Messages::tr("Enter the cohort's programme dates before its itinerary.")});
    else if (!cohort.containsDate(date))
        errors.append({QStringLiteral("date"),
                       Messages::tr("The date must fall within the programme (%1 to %2).")
                           .arg(cohort.programmeStart.toString(Qt::ISODate),
                                cohort.programmeEnd.toString(Qt::ISODate))});
    return errors;
}

QList<FellowshipItineraryDay> groupByDay(QList<FellowshipItineraryItem> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const FellowshipItineraryItem& a, const FellowshipItineraryItem& b) {
                         if (a.date != b.date)
                             return a.date < b.date;
                         // An invalid time (all day) sorts first.
                         if (a.startTime.isValid() != b.startTime.isValid())
                             return !a.startTime.isValid();
                         return a.startTime < b.startTime;
                     });
    QList<FellowshipItineraryDay> days;
    for (const FellowshipItineraryItem& item : items) {
        if (days.isEmpty() || days.last().date != item.date)
            days.append({item.date, {}});
        days.last().items << item;
    }
    return days;
}

} // namespace jlgc
