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

const EnumTable<StaffKind>& enumTable(StaffKind)
{
    static const EnumEntry<StaffKind> entries[] = {
        {StaffKind::DispatchedOfficial, "dispatched",
         QT_TRANSLATE_NOOP("StaffKinds", "Dispatched official")},
        {StaffKind::LocalStaff, "local", QT_TRANSLATE_NOOP("StaffKinds", "Local staff")},
    };
    static const EnumTable<StaffKind> table("StaffKinds", StaffKind::DispatchedOfficial, entries);
    return table;
}

} // namespace jlgc
