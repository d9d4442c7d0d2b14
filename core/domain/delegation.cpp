#include "domain/delegation.h"

#include "domain/validation.h"

#include <QSet>
#include <algorithm>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(Delegation)
};

QString personLabel(const PersonRef& p)
{
    const QString name = p.name.latin().isEmpty() ? p.name.kanji() : p.name.latin();
    return name.isEmpty() ? Messages::tr("The same person") : name;
}
} // namespace

QString Delegation::display(Language language) const
{
    return inLanguage(language, nameEn, nameJa);
}

int Delegation::memberCount() const
{
    if (!members.isEmpty())
        return int(members.size());
    return listedMemberCount > 0 ? listedMemberCount : expectedMemberCount;
}

const DelegationMember* Delegation::leader() const
{
    for (const DelegationMember& m : members)
        if (m.role == DelegationRole::Leader)
            return &m;
    return nullptr;
}

PersonId Delegation::leaderPersonId() const
{
    const DelegationMember* m = leader();
    return m ? m->person.id : 0;
}

int Delegation::dayCount() const
{
    if (!arrival.isValid() || !departure.isValid() || departure < arrival)
        return 0;
    return int(arrival.daysTo(departure)) + 1;
}

bool Delegation::containsDate(const QDate& day) const
{
    return day.isValid() && (!arrival.isValid() || arrival <= day) &&
           (!departure.isValid() || day <= departure);
}

bool Delegation::isOpen() const
{
    return status != DelegationStatus::Completed && status != DelegationStatus::Cancelled;
}

FieldErrors Delegation::validate() const
{
    FieldErrors errors;
    if (nameEn.trimmed().isEmpty() && nameJa.trimmed().isEmpty())
        errors.append({QStringLiteral("nameEn"),
                       Messages::tr("Give the delegation a name in English or Japanese.")});
    sendingGovernment.validate(errors, QStringLiteral("sendingGovernment"), true);
    validate::order(errors, QStringLiteral("departure"), arrival, departure,
                    Messages::tr("The delegation departs before it arrives."));
    if ((status == DelegationStatus::Confirmed || status == DelegationStatus::Completed) &&
        (!arrival.isValid() || !departure.isValid()))
        errors.append({QStringLiteral("arrival"),
                       Messages::tr("A confirmed delegation needs its arrival and departure "
                                    "dates.")});
    if (expectedMemberCount < 0)
        errors.append({QStringLiteral("memberCount"),
                       Messages::tr("The number of members cannot be negative.")});

    QSet<PersonId> seen;
    int leaders = 0;
    for (const DelegationMember& m : members) {
        if (m.person.id <= 0) {
            errors.append({QStringLiteral("members"), Messages::tr("Each member is a person.")});
            continue;
        }
        if (seen.contains(m.person.id))
            errors.append(
                {QStringLiteral("members"),
                 Messages::tr("%1 is listed twice as a member.").arg(personLabel(m.person))});
        seen.insert(m.person.id);
        if (m.role == DelegationRole::Leader)
            ++leaders;
    }
    if (leaders > 1)
        errors.append({QStringLiteral("members"),
                       Messages::tr("A delegation has one leader; %1 members are marked as "
                                    "leader.")
                           .arg(leaders)});

    QSet<PersonId> seenInterpreters;
    for (const DelegationInterpreter& i : interpreters) {
        if (i.person.id <= 0)
            errors.append(
                {QStringLiteral("interpreters"), Messages::tr("Each interpreter is a person.")});
        else if (seenInterpreters.contains(i.person.id))
            errors.append(
                {QStringLiteral("interpreters"),
                 Messages::tr("%1 is listed twice as an interpreter.").arg(personLabel(i.person))});
        seenInterpreters.insert(i.person.id);
    }

    validate::order(errors, QStringLiteral("thankYouSent"), arrival, thankYouSent,
                    Messages::tr("Thank-you letters are sent after the visit has begun."));
    return errors;
}

void sortUpcomingFirst(QList<Delegation>& delegations, const QDate& today)
{
    const auto isPast = [&](const Delegation& d) {
        const QDate last = d.departure.isValid() ? d.departure : d.arrival;
        return last.isValid() && last < today;
    };
    std::stable_sort(delegations.begin(), delegations.end(),
                     [&](const Delegation& a, const Delegation& b) {
                         const bool pastA = isPast(a), pastB = isPast(b);
                         if (pastA != pastB)
                             return pastB;
                         if (!pastA) {
                             // Undated inquiries after the dated ones.
                             if (a.arrival.isValid() != b.arrival.isValid())
                                 return a.arrival.isValid();
                             return a.arrival < b.arrival;
                         }
                         return a.arrival > b.arrival;
                     });
}

const EnumTable<DelegationStatus>& enumTable(DelegationStatus)
{
    static const EnumEntry<DelegationStatus> entries[] = {
        {DelegationStatus::Inquiry, "inquiry", QT_TRANSLATE_NOOP("DelegationStatuses", "Inquiry")},
        {DelegationStatus::Planning, "planning",
         QT_TRANSLATE_NOOP("DelegationStatuses", "Planning")},
        {DelegationStatus::Confirmed, "confirmed",
         QT_TRANSLATE_NOOP("DelegationStatuses", "Confirmed")},
        {DelegationStatus::Completed, "completed",
         QT_TRANSLATE_NOOP("DelegationStatuses", "Completed")},
        {DelegationStatus::Cancelled, "cancelled",
         QT_TRANSLATE_NOOP("DelegationStatuses", "Cancelled")},
    };
    static const EnumTable<DelegationStatus> table("DelegationStatuses", DelegationStatus::Inquiry,
                                                   entries);
    return table;
}

const EnumTable<DelegationRole>& enumTable(DelegationRole)
{
    static const EnumEntry<DelegationRole> entries[] = {
        {DelegationRole::Leader, "leader", QT_TRANSLATE_NOOP("DelegationRoles", "Leader")},
        {DelegationRole::DeputyLeader, "deputy_leader",
         QT_TRANSLATE_NOOP("DelegationRoles", "Deputy leader")},
        {DelegationRole::Member, "member", QT_TRANSLATE_NOOP("DelegationRoles", "Member")},
        {DelegationRole::Secretariat, "secretariat",
         QT_TRANSLATE_NOOP("DelegationRoles", "Secretariat")},
        {DelegationRole::Other, "other", QT_TRANSLATE_NOOP("DelegationRoles", "Other")},
    };
    static const EnumTable<DelegationRole> table("DelegationRoles", DelegationRole::Other, entries);
    return table;
}

} // namespace jlgc
