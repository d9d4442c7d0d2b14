#include "domain/governmentref.h"

#include <QCoreApplication>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(GovernmentRef)
};
} // namespace

GovernmentRef GovernmentRef::prefecture(const QString& code)
{
    GovernmentRef g;
    g.prefectureCode = code;
    return g;
}

GovernmentRef GovernmentRef::municipality(const QString& code)
{
    GovernmentRef g;
    g.municipalityCode = code;
    return g;
}

GovernmentRef GovernmentRef::organization(OrganizationId id)
{
    GovernmentRef g;
    g.organizationId = id;
    return g;
}

int GovernmentRef::partsSet() const
{
    return (prefectureCode.trimmed().isEmpty() ? 0 : 1) +
           (municipalityCode.trimmed().isEmpty() ? 0 : 1) + (organizationId > 0 ? 1 : 0);
}

bool GovernmentRef::sameAs(const GovernmentRef& other) const
{
    return prefectureCode == other.prefectureCode && municipalityCode == other.municipalityCode &&
           organizationId == other.organizationId;
}

QString GovernmentRef::display(Language language) const
{
    return inLanguage(language, nameEn, nameJa);
}

void GovernmentRef::validate(FieldErrors& errors, const QString& field, bool required) const
{
    const int n = partsSet();
    if (n == 0 && required)
        errors.append({field, Messages::tr("Choose the government: a prefecture, a municipality "
                                           "or another organization.")});
    else if (n > 1)
        errors.append({field, Messages::tr("Choose one government only: a prefecture, a "
                                           "municipality or another organization.")});
}

} // namespace jlgc
