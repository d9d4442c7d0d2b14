#include "domain/organization.h"

#include "domain/validation.h"
#include "search/textnormalizer.h"

namespace jlgc {

QString Organization::display(Language language) const
{
    return inLanguage(language, nameEn, nameJa);
}

QString Organization::sortKey(Language language) const
{
    // Kana as hiragana, read from the name itself when it has no reading
    // (キング郡 among the き).
    const QString reading = toHiragana(nameKana.isEmpty() ? nameJa : nameKana);
    if (language == Language::English && !nameEn.isEmpty())
        return nameEn;
    return reading.isEmpty() ? nameEn : reading;
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

const EnumTable<OrganizationKind>& enumTable(OrganizationKind)
{
    static const EnumEntry<OrganizationKind> entries[] = {
        {OrganizationKind::Association, "association",
         QT_TRANSLATE_NOOP("OrganizationKinds", "Association of governments")},
        {OrganizationKind::StateGovernment, "state_government",
         QT_TRANSLATE_NOOP("OrganizationKinds", "State or provincial government")},
        {OrganizationKind::LocalGovernment, "local_government",
         QT_TRANSLATE_NOOP("OrganizationKinds", "City or county government")},
        {OrganizationKind::JapaneseGovernment, "japanese_government",
         QT_TRANSLATE_NOOP("OrganizationKinds", "Japanese government")},
        {OrganizationKind::Consulate, "consulate",
         QT_TRANSLATE_NOOP("OrganizationKinds", "Consulate or embassy")},
        {OrganizationKind::Other, "other", QT_TRANSLATE_NOOP("OrganizationKinds", "Other")},
    };
    static const EnumTable<OrganizationKind> table("OrganizationKinds", OrganizationKind::Other,
                                                   entries);
    return table;
}

} // namespace jlgc
