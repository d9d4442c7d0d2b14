#include "domain/organization.h"

#include "domain/validation.h"
#include "search/textnormalizer.h"

namespace jlgc {

QString Organization::display(Language language) const
{
    if (language == Language::Japanese && !nameJa.isEmpty())
        return nameJa;
    return nameEn.isEmpty() ? nameJa : nameEn;
}

QString Organization::sortKey(Language language) const
{
    if (language == Language::Japanese && !nameJa.isEmpty())
        return nameKana.isEmpty() ? nameJa : toHiragana(nameKana);
    return nameEn.isEmpty() ? (nameKana.isEmpty() ? nameJa : toHiragana(nameKana)) : nameEn;
}

FieldErrors Organization::validate() const
{
    FieldErrors errors;
    if (nameEn.trimmed().isEmpty() && nameJa.trimmed().isEmpty())
        errors.append({QStringLiteral("nameEn"),
                       OrganizationKinds::tr("Give the organization a name in English or "
                                             "Japanese.")});
    validate::kana(errors, QStringLiteral("nameKana"), nameKana);
    validate::email(errors, QStringLiteral("email"), email);
    validate::website(errors, QStringLiteral("website"), website);
    if (kind == OrganizationKind::JapaneseGovernment && !country.isEmpty() &&
        country != QLatin1String("JP"))
        errors.append({QStringLiteral("country"),
                       OrganizationKinds::tr("A Japanese government is in Japan.")});
    if (!subdivisionCode.isEmpty() && !country.isEmpty() &&
        !subdivisionCode.startsWith(country + QLatin1Char('-')))
        errors.append({QStringLiteral("subdivisionCode"),
                       OrganizationKinds::tr("The state or province is not in the country "
                                             "chosen.")});
    return errors;
}

QList<OrganizationKind> OrganizationKinds::all()
{
    return {OrganizationKind::Association,     OrganizationKind::StateGovernment,
            OrganizationKind::LocalGovernment, OrganizationKind::JapaneseGovernment,
            OrganizationKind::Consulate,       OrganizationKind::Other};
}

QString OrganizationKinds::code(OrganizationKind kind)
{
    switch (kind) {
    case OrganizationKind::Association:
        return QStringLiteral("association");
    case OrganizationKind::StateGovernment:
        return QStringLiteral("state_government");
    case OrganizationKind::LocalGovernment:
        return QStringLiteral("local_government");
    case OrganizationKind::JapaneseGovernment:
        return QStringLiteral("japanese_government");
    case OrganizationKind::Consulate:
        return QStringLiteral("consulate");
    case OrganizationKind::Other:
        break;
    }
    return QStringLiteral("other");
}

OrganizationKind OrganizationKinds::fromCode(const QString& code)
{
    for (OrganizationKind k : all())
        if (OrganizationKinds::code(k) == code)
            return k;
    return OrganizationKind::Other;
}

QString OrganizationKinds::label(OrganizationKind kind)
{
    switch (kind) {
    case OrganizationKind::Association:
        return tr("Association of governments");
    case OrganizationKind::StateGovernment:
        return tr("State or provincial government");
    case OrganizationKind::LocalGovernment:
        return tr("City or county government");
    case OrganizationKind::JapaneseGovernment:
        return tr("Japanese government");
    case OrganizationKind::Consulate:
        return tr("Consulate or embassy");
    case OrganizationKind::Other:
        break;
    }
    return tr("Other");
}

} // namespace jlgc
