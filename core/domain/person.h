#pragma once

#include "domain/organization.h"
#include "domain/personname.h"

#include <QDate>
#include <QList>

namespace jlgc {

using PersonId = qint64;

// A person's place in an organization, with the role held and when.
struct Affiliation {
    qint64 id = 0;
    OrganizationId organizationId = 0;
    QString organizationName; // filled in when read, for display
    QString role;
    QDate start;
    QDate end;

    bool isCurrent(const QDate& today) const { return !end.isValid() || end >= today; }
    bool operator==(const Affiliation&) const = default;
};

// One person, however many roles they play: fellow, delegation member,
// chapter officer, host, contact. Every role points at this record.
struct Person {
    PersonId id = 0;
    PersonName name;
    QString title;
    QString email;
    QString phone;
    QString languages;
    QString notes;
    QList<Affiliation> affiliations;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString display(Language language) const { return name.display(language); }
    FieldErrors validate() const;

    bool operator==(const Person&) const = default;
};

} // namespace jlgc
