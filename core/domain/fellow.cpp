#include "domain/fellow.h"

#include "domain/validation.h"

#include <QRegularExpression>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(Fellow)
};
} // namespace

const EnumTable<FellowStatus>& enumTable(FellowStatus)
{
    static const EnumEntry<FellowStatus> entries[] = {
        {FellowStatus::Nominated, "nominated", QT_TRANSLATE_NOOP("FellowStatuses", "Nominated")},
        {FellowStatus::Applied, "applied", QT_TRANSLATE_NOOP("FellowStatuses", "Applied")},
        {FellowStatus::Selected, "selected", QT_TRANSLATE_NOOP("FellowStatuses", "Selected")},
        {FellowStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("FellowStatuses", "Confirmed")},
        {FellowStatus::Attended, "attended", QT_TRANSLATE_NOOP("FellowStatuses", "Attended")},
        {FellowStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("FellowStatuses", "Withdrawn")},
    };
    static const EnumTable<FellowStatus> table("FellowStatuses", FellowStatus::Nominated, entries);
    return table;
}

bool FellowStatuses::takesPart(FellowStatus status)
{
    return status == FellowStatus::Selected || status == FellowStatus::Confirmed ||
           status == FellowStatus::Attended;
}

bool FellowStatuses::isUnconfirmed(FellowStatus status)
{
    return status == FellowStatus::Nominated || status == FellowStatus::Applied ||
           status == FellowStatus::Selected;
}

QString Fellow::organizationName(Language language) const
{
    return inLanguage(language, organizationNameEn, organizationNameJa);
}

bool Fellow::presentOn(const QDate& night) const
{
    // The night of the departure day is spent travelling home.
    if (arrival.isValid() && night < arrival)
        return false;
    if (departure.isValid() && night >= departure)
        return false;
    return true;
}

FieldErrors Fellow::validate() const
{
    FieldErrors errors;
    if (personId <= 0)
        errors.append({QStringLiteral("personId"), Messages::tr("Choose the person.")});
    if (cohortId <= 0)
        errors.append({QStringLiteral("cohortId"), Messages::tr("Choose the cohort (the year).")});
    static const QRegularExpression subdivision(QStringLiteral("^(US|CA)-[A-Z]{2}$"));
    if (!subdivisionCode.isEmpty() && !subdivision.match(subdivisionCode).hasMatch())
        errors.append({QStringLiteral("subdivisionCode"),
                       Messages::tr("Choose a US state or a Canadian province or territory.")});
    validate::order(errors, QStringLiteral("departure"), arrival, departure,
                    Messages::tr("The departure is before the arrival."));
    return errors;
}

Fellow Fellow::withoutSensitiveData() const
{
    Fellow f = *this;
    f.dietaryNotes.clear();
    f.medicalNotes.clear();
    f.emergencyContactName.clear();
    f.emergencyContactRelation.clear();
    f.emergencyContactPhone.clear();
    return f;
}

QStringList Fellow::sensitiveFields()
{
    return {QStringLiteral("dietaryNotes"), QStringLiteral("medicalNotes"),
            QStringLiteral("emergencyContactName"), QStringLiteral("emergencyContactRelation"),
            QStringLiteral("emergencyContactPhone")};
}

} // namespace jlgc
