#include "domain/person.h"

#include "domain/validation.h"

#include <QCoreApplication>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(Person)
};
} // namespace

FieldErrors Person::validate() const
{
    FieldErrors errors;
    if (name.isEmpty())
        errors.append(
            {QStringLiteral("family"), Messages::tr("Enter a name in Latin letters or in kanji.")});
    validate::kana(errors, QStringLiteral("familyKana"), name.familyKana);
    validate::kana(errors, QStringLiteral("givenKana"), name.givenKana);
    validate::email(errors, QStringLiteral("email"), email);
    for (const Affiliation& a : affiliations) {
        if (a.organizationId <= 0)
            errors.append({QStringLiteral("affiliations"),
                           Messages::tr("Each affiliation needs an organization.")});
        validate::dateOrder(errors, QStringLiteral("affiliations"), a.start, a.end);
    }
    return errors;
}

} // namespace jlgc
