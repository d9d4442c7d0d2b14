#include "domain/cohort.h"

#include "domain/validation.h"

#include <QCoreApplication>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(Cohort)
};

// Both dates of a portion or neither; inside the programme; in order.
void checkPortion(FieldErrors& errors, const Cohort& c, const QString& field, const QDate& start,
                  const QDate& end)
{
    if (start.isValid() != end.isValid()) {
        errors.append({field, Messages::tr("Enter both the first and the last day, or neither.")});
        return;
    }
    if (!start.isValid())
        return;
    validate::dateOrder(errors, field, start, end);
    if (c.hasProgrammeDates() && (!c.containsDate(start) || !c.containsDate(end)))
        errors.append({field, Messages::tr("These days must fall within the programme (%1 to %2).")
                                  .arg(c.programmeStart.toString(Qt::ISODate),
                                       c.programmeEnd.toString(Qt::ISODate))});
}
} // namespace

bool Cohort::containsDate(const QDate& date) const
{
    return hasProgrammeDates() && date.isValid() && date >= programmeStart && date <= programmeEnd;
}

QList<QDate> Cohort::nights() const
{
    QList<QDate> result;
    if (!hasProgrammeDates() || programmeEnd < programmeStart || programmeDays() > MaxProgrammeDays)
        return result;
    for (QDate d = programmeStart; d <= programmeEnd; d = d.addDays(1))
        result << d;
    return result;
}

int Cohort::programmeDays() const
{
    return hasProgrammeDates() ? int(programmeStart.daysTo(programmeEnd)) + 1 : 0;
}

QString Cohort::hostAreaPrefecture() const
{
    if (!hostPrefectureCode.isEmpty())
        return hostPrefectureCode;
    return hostMunicipalityCode.left(2);
}

QString Cohort::theme(Language language) const
{
    return inLanguage(language, themeEn, themeJa);
}

FieldErrors Cohort::validate() const
{
    FieldErrors errors;
    if (year < FirstCohortYear || year > 2999)
        errors.append({QStringLiteral("year"),
                       Messages::tr("The programme began in %1: enter a year from %1 on.")
                           .arg(FirstCohortYear)});
    if (programmeStart.isValid() != programmeEnd.isValid()) {
        errors.append({QStringLiteral("programme"),
                       Messages::tr("Enter both the first and the last day of the programme, or "
                                    "neither.")});
    } else if (hasProgrammeDates()) {
        validate::dateOrder(errors, QStringLiteral("programme"), programmeStart, programmeEnd);
        if (programmeDays() > MaxProgrammeDays)
            errors.append({QStringLiteral("programme"),
                           Messages::tr("A programme of %1 days is longer than any the office "
                                        "runs; check the dates.")
                               .arg(programmeDays())});
    }
    checkPortion(errors, *this, QStringLiteral("tokyo"), tokyoStart, tokyoEnd);
    checkPortion(errors, *this, QStringLiteral("host"), hostStart, hostEnd);
    // Travel day: the host portion may begin on the day the Tokyo portion ends.
    validate::order(errors, QStringLiteral("host"), tokyoEnd, hostStart,
                    Messages::tr("The host portion begins after the Tokyo portion."));
    if (!hostPrefectureCode.isEmpty() && !hostMunicipalityCode.isEmpty() &&
        !hostMunicipalityCode.startsWith(hostPrefectureCode))
        errors.append({QStringLiteral("hostMunicipalityCode"),
                       Messages::tr("The host municipality is not in the host prefecture.")});
    return errors;
}

} // namespace jlgc
