#pragma once

#include "domain/language.h"
#include "domain/organization.h"
#include "domain/personname.h"

#include <QString>

namespace jlgc {

using PersonId = qint64;

// A reference to a person from another record, with the name filled in when
// read so that lists and exports need no second query.
struct PersonRef {
    PersonId id = 0;
    PersonName name; // filled in when read

    QString display(Language language) const { return name.display(language); }
    bool operator==(const PersonRef&) const = default;
};

// A reference to an organization, with its names filled in when read.
struct OrganizationRef {
    OrganizationId id = 0;
    QString nameEn; // filled in when read
    QString nameJa;

    QString display(Language language) const { return inLanguage(language, nameEn, nameJa); }
    bool operator==(const OrganizationRef&) const = default;
};

} // namespace jlgc
