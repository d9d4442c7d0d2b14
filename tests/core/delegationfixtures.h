#pragma once

// Records that the delegation and research tests build on: people, an
// organization, dispatched officials.
#include "domain/person.h"
#include "domain/staffmember.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/staffrepository.h"
#include "storage/storageerror.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <QStringList>
#include <functional>

namespace jlgc::test {

inline PersonId addPerson(Database& db, const QString& family, const QString& given,
                          const QString& familyKanji = {}, const QString& givenKanji = {})
{
    return PersonRepository(db).add(person(family, given, familyKanji, givenKanji)).id;
}

inline OrganizationId addOrganization(Database& db, const QString& nameEn,
                                      const QString& nameJa = {})
{
    return OrganizationRepository(db)
        .add(organization(nameEn, nameJa, OrganizationKind::LocalGovernment, QStringLiteral("US")))
        .id;
}

// A dispatched official sent by a prefecture, serving from start to end.
inline StaffMember addOfficial(Database& db, PersonId person, const QDate& start, const QDate& end,
                               const QString& prefecture = QStringLiteral("28"))
{
    StaffMember s;
    s.person.id = person;
    s.kind = StaffKind::DispatchedOfficial;
    s.sendingGovernment = GovernmentRef::prefecture(prefecture);
    s.termStart = start;
    s.termEnd = end;
    return StaffRepository(db).add(s);
}

// The fields a rejected save names, so that tests say which rule spoke.
inline QStringList fieldsOf(const std::function<void()>& save)
{
    try {
        save();
    } catch (const StorageError& e) {
        QStringList fields;
        for (const auto& f : e.fieldErrors())
            fields << f.field;
        if (fields.isEmpty())
            fields << QStringLiteral("<%1>").arg(int(e.kind()));
        return fields;
    }
    return {};
}

inline QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList fields;
    for (const auto& f : errors)
        fields << f.field;
    return fields;
}

} // namespace jlgc::test
