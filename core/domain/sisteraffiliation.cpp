#include "domain/sisteraffiliation.h"

#include <QRegularExpression>
#include <QSet>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(SisterAffiliation)
};
} // namespace

const EnumTable<AffiliationType>& enumTable(AffiliationType)
{
    static const EnumEntry<AffiliationType> entries[] = {
        {AffiliationType::SisterCity, "sister_city",
         QT_TRANSLATE_NOOP("AffiliationLabels", "Sister city")},
        {AffiliationType::SisterState, "sister_state",
         QT_TRANSLATE_NOOP("AffiliationLabels", "Sister state/province")},
        {AffiliationType::Friendship, "friendship",
         QT_TRANSLATE_NOOP("AffiliationLabels", "Friendship")},
    };
    static const EnumTable<AffiliationType> table("AffiliationLabels", AffiliationType::Friendship,
                                                  entries);
    return table;
}

const EnumTable<AffiliationStatus>& enumTable(AffiliationStatus)
{
    static const EnumEntry<AffiliationStatus> entries[] = {
        {AffiliationStatus::Active, "active", QT_TRANSLATE_NOOP("AffiliationLabels", "Active")},
        {AffiliationStatus::Inactive, "inactive",
         QT_TRANSLATE_NOOP("AffiliationLabels", "Inactive")},
        {AffiliationStatus::Ended, "ended", QT_TRANSLATE_NOOP("AffiliationLabels", "Ended")},
    };
    static const EnumTable<AffiliationStatus> table("AffiliationLabels", AffiliationStatus::Ended,
                                                    entries);
    return table;
}

const EnumTable<NorthAmericanKind>& enumTable(NorthAmericanKind)
{
    static const EnumEntry<NorthAmericanKind> entries[] = {
        {NorthAmericanKind::City, "city", QT_TRANSLATE_NOOP("AffiliationLabels", "City")},
        {NorthAmericanKind::County, "county", QT_TRANSLATE_NOOP("AffiliationLabels", "County")},
        {NorthAmericanKind::State, "state", QT_TRANSLATE_NOOP("AffiliationLabels", "State")},
        {NorthAmericanKind::Province, "province",
         QT_TRANSLATE_NOOP("AffiliationLabels", "Province or territory")},
    };
    static const EnumTable<NorthAmericanKind> table("AffiliationLabels", NorthAmericanKind::City,
                                                    entries);
    return table;
}

const EnumTable<ContactSide>& enumTable(ContactSide)
{
    static const EnumEntry<ContactSide> entries[] = {
        {ContactSide::Japan, "japan", QT_TRANSLATE_NOOP("AffiliationLabels", "Japanese side")},
        {ContactSide::NorthAmerica, "north_america",
         QT_TRANSLATE_NOOP("AffiliationLabels", "North American side")},
    };
    static const EnumTable<ContactSide> table("AffiliationLabels", ContactSide::NorthAmerica,
                                              entries);
    return table;
}

const EnumTable<ActivityKind>& enumTable(ActivityKind)
{
    static const EnumEntry<ActivityKind> entries[] = {
        {ActivityKind::Visit, "visit", QT_TRANSLATE_NOOP("AffiliationLabels", "Visit")},
        {ActivityKind::Exchange, "exchange", QT_TRANSLATE_NOOP("AffiliationLabels", "Exchange")},
        {ActivityKind::Anniversary, "anniversary",
         QT_TRANSLATE_NOOP("AffiliationLabels", "Anniversary")},
        {ActivityKind::Event, "event", QT_TRANSLATE_NOOP("AffiliationLabels", "Event")},
        {ActivityKind::Correspondence, "correspondence",
         QT_TRANSLATE_NOOP("AffiliationLabels", "Correspondence")},
        {ActivityKind::Other, "other", QT_TRANSLATE_NOOP("AffiliationLabels", "Other")},
    };
    static const EnumTable<ActivityKind> table("AffiliationLabels", ActivityKind::Other, entries);
    return table;
}

QString SisterAffiliation::japanDisplay(Language language) const
{
    const QString name = inLanguage(language, japanNameEn, japanNameJa);
    return name.isEmpty() ? japanCode : name;
}

QString SisterAffiliation::northAmericaDisplay() const
{
    const bool wholeSubdivision = northAmericaKind == NorthAmericanKind::State ||
                                  northAmericaKind == NorthAmericanKind::Province;
    if (wholeSubdivision || subdivisionName.isEmpty())
        return northAmericaName;
    return northAmericaName + QStringLiteral(", ") + subdivisionName;
}

FieldErrors SisterAffiliation::validate() const
{
    FieldErrors errors;
    static const QRegularExpression codeRe(QStringLiteral(R"(^(\d{2}|\d{6})$)"));
    if (japanCode.isEmpty())
        errors.append({QStringLiteral("japanCode"),
                       Messages::tr("Choose the Japanese prefecture or municipality.")});
    else if (!codeRe.match(japanCode).hasMatch())
        errors.append(
            {QStringLiteral("japanCode"),
             Messages::tr("“%1” is not a prefecture or municipality code.").arg(japanCode)});
    if (northAmericaName.trimmed().isEmpty())
        errors.append({QStringLiteral("northAmericaName"),
                       Messages::tr("Name the North American city, county, state or province.")});
    if (country != QLatin1String("US") && country != QLatin1String("CA"))
        errors.append({QStringLiteral("country"),
                       Messages::tr("The North American side is in the United States or in "
                                    "Canada.")});
    if (subdivisionCode.isEmpty())
        errors.append({QStringLiteral("subdivisionCode"),
                       Messages::tr("Choose the state or province of the North American side.")});
    else if (!subdivisionCode.startsWith(country + QLatin1Char('-')))
        errors.append({QStringLiteral("subdivisionCode"),
                       Messages::tr("The state or province is not in the country chosen.")});
    if (northAmericaKind == NorthAmericanKind::State && country == QLatin1String("CA"))
        errors.append({QStringLiteral("northAmericaKind"),
                       Messages::tr("Canada has provinces and territories, not states.")});
    if (northAmericaKind == NorthAmericanKind::Province && country == QLatin1String("US"))
        errors.append({QStringLiteral("northAmericaKind"),
                       Messages::tr("The United States has states, not provinces.")});
    if (type == AffiliationType::SisterState && northAmericaKind == NorthAmericanKind::City)
        errors.append({QStringLiteral("northAmericaKind"),
                       Messages::tr("A sister-state (sister-province) tie is with a whole state "
                                    "or province, but the North American side is given as a "
                                    "city: choose the kind state or province, or the type sister "
                                    "city.")});
    if (!established.isWellFormed())
        errors.append({QStringLiteral("established"),
                       Messages::tr("The date established is not a date (give a year, a year and "
                                    "month, or a full date).")});

    QSet<QPair<PersonId, int>> seen;
    for (const AffiliationContact& c : contacts) {
        if (c.personId <= 0) {
            errors.append(
                {QStringLiteral("contacts"), Messages::tr("Each contact needs a person.")});
            continue;
        }
        const QPair<PersonId, int> key{c.personId, static_cast<int>(c.side)};
        if (seen.contains(key))
            errors.append({QStringLiteral("contacts"),
                           Messages::tr("The same person is listed twice as a contact on one "
                                        "side.")});
        seen.insert(key);
    }
    for (const AffiliationActivity& a : activities) {
        if (!a.date.isValid())
            errors.append({QStringLiteral("activities"),
                           Messages::tr("Each entry of the activity log needs its date.")});
        if (a.description.trimmed().isEmpty())
            errors.append({QStringLiteral("activities"),
                           Messages::tr("Each entry of the activity log needs a description.")});
    }
    return errors;
}

} // namespace jlgc
