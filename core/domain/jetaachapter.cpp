#include "domain/jetaachapter.h"

#include "domain/validation.h"

#include <QSet>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(JetaaChapter)
};
} // namespace

const EnumTable<ChapterStatus>& enumTable(ChapterStatus)
{
    static const EnumEntry<ChapterStatus> entries[] = {
        {ChapterStatus::Active, "active", QT_TRANSLATE_NOOP("ChapterStatuses", "Active")},
        {ChapterStatus::InDevelopment, "in_development",
         QT_TRANSLATE_NOOP("ChapterStatuses", "In development")},
        {ChapterStatus::Inactive, "inactive", QT_TRANSLATE_NOOP("ChapterStatuses", "Inactive")},
    };
    static const EnumTable<ChapterStatus> table("ChapterStatuses", ChapterStatus::Inactive,
                                                entries);
    return table;
}

int JetaaChapter::latestMembers() const
{
    const ChapterMembership* latest = nullptr;
    for (const ChapterMembership& m : memberships)
        if (!latest || m.fiscalYear > latest->fiscalYear)
            latest = &m;
    return latest ? latest->members : -1;
}

QList<ChapterOfficer> JetaaChapter::currentOfficers(const QDate& today) const
{
    QList<ChapterOfficer> result;
    for (const ChapterOfficer& o : officers)
        if (o.isCurrent(today))
            result << o;
    return result;
}

FieldErrors JetaaChapter::validate() const
{
    FieldErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), Messages::tr("Give the chapter a name.")});
    if (country != QLatin1String("US") && country != QLatin1String("CA"))
        errors.append({QStringLiteral("country"),
                       Messages::tr("A chapter is in the United States or in Canada.")});
    else if (!subdivisionCode.isEmpty() && !subdivisionCode.startsWith(country + QLatin1Char('-')))
        errors.append({QStringLiteral("subdivisionCode"),
                       Messages::tr("The state or province is not in the country chosen.")});
    if (parentId > 0 && parentId == id)
        errors.append({QStringLiteral("parentId"),
                       Messages::tr("A chapter cannot be its own parent chapter.")});
    if (!founded.isWellFormed())
        errors.append({QStringLiteral("founded"),
                       Messages::tr("The founding date is not a date (give a year, a year and "
                                    "month, or a full date).")});
    validate::email(errors, QStringLiteral("email"), email);
    validate::website(errors, QStringLiteral("website"), website);

    QSet<int> years;
    for (const ChapterMembership& m : memberships) {
        if (m.fiscalYear.isNull() || m.fiscalYear.year() < 1987 || m.fiscalYear.year() > 2200) {
            errors.append({QStringLiteral("memberships"),
                           Messages::tr("Each membership count needs its fiscal year (the JET "
                                        "Programme began in 1987).")});
            continue;
        }
        if (m.members < 0)
            errors.append({QStringLiteral("memberships"),
                           Messages::tr("A membership count cannot be negative.")});
        if (years.contains(m.fiscalYear.year()))
            errors.append(
                {QStringLiteral("memberships"),
                 Messages::tr("FY%1 has two membership counts.").arg(m.fiscalYear.year())});
        years.insert(m.fiscalYear.year());
    }

    for (const ChapterOfficer& o : officers) {
        if (o.personId <= 0)
            errors.append(
                {QStringLiteral("officers"), Messages::tr("Each officer needs a person.")});
        if (o.office == OfficerOffice::Other && o.officeTitle.trimmed().isEmpty())
            errors.append({QStringLiteral("officers"),
                           Messages::tr("Name the office for an officer whose office is "
                                        "“other”.")});
        validate::dateOrder(errors, QStringLiteral("officers"), o.termStart, o.termEnd);
    }
    return errors;
}

} // namespace jlgc
