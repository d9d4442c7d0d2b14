#include "domain/staffmember.h"

namespace jlgc {

bool StaffMember::isServingOn(const QDate& day) const
{
    return (!termStart.isValid() || termStart <= day) && (!termEnd.isValid() || day <= termEnd);
}

QDate StaffMember::suggestedTermEnd(const QDate& start)
{
    return start.isValid() ? start.addYears(2).addDays(-1) : QDate();
}

FieldErrors StaffMember::validate() const
{
    FieldErrors errors;
    if (person.id <= 0)
        errors.append({QStringLiteral("person"), StaffKinds::tr("Choose the person.")});
    if (kind == StaffKind::DispatchedOfficial) {
        sendingGovernment.validate(errors, QStringLiteral("sendingGovernment"), true);
        if (!termStart.isValid())
            errors.append({QStringLiteral("termStart"),
                           StaffKinds::tr("Enter the first day of the official's term.")});
    } else if (!sendingGovernment.isEmpty()) {
        errors.append({QStringLiteral("sendingGovernment"),
                       StaffKinds::tr("Local staff have no sending government.")});
    }
    if (termStart.isValid() && termEnd.isValid() && termEnd <= termStart)
        errors.append(
            {QStringLiteral("termEnd"), StaffKinds::tr("The term ends after it starts.")});
    return errors;
}

QList<StaffKind> StaffKinds::all()
{
    return {StaffKind::DispatchedOfficial, StaffKind::LocalStaff};
}

QString StaffKinds::code(StaffKind kind)
{
    return kind == StaffKind::LocalStaff ? QStringLiteral("local") : QStringLiteral("dispatched");
}

StaffKind StaffKinds::fromCode(const QString& code)
{
    return code == QLatin1String("local") ? StaffKind::LocalStaff : StaffKind::DispatchedOfficial;
}

QString StaffKinds::label(StaffKind kind)
{
    return kind == StaffKind::LocalStaff ? tr("Local staff") : tr("Dispatched official");
}

} // namespace jlgc
