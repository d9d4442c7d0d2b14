#include "domain/hostfamily.h"

#include "domain/validation.h"
#include "search/textnormalizer.h"

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(HostFamily)
};
} // namespace

QString HostFamilyMember::display(Language language) const
{
    if (!personName.isEmpty())
        return personName.display(language);
    return name;
}

QString HostFamily::display(Language language) const
{
    return Messages::tr("%1 family").arg(inLanguage(language, familyNameRomaji, familyNameKanji));
}

QString HostFamily::names() const
{
    return familyNames(familyNameKanji, familyNameRomaji);
}

QString familyNames(const QString& kanji, const QString& romaji)
{
    if (kanji.isEmpty())
        return romaji;
    if (romaji.isEmpty())
        return kanji;
    return QStringLiteral("%1 (%2)").arg(kanji, romaji);
}

QString HostFamily::sortKey(Language language) const
{
    if (language == Language::Japanese && !familyNameKana.isEmpty())
        return toHiragana(familyNameKana);
    if (!familyNameRomaji.isEmpty())
        return familyNameRomaji.toLower();
    return familyNameKana.isEmpty() ? familyNameKanji : toHiragana(familyNameKana);
}

FieldErrors HostFamily::validate() const
{
    FieldErrors errors;
    if (familyNameKanji.trimmed().isEmpty() && familyNameRomaji.trimmed().isEmpty())
        errors.append({QStringLiteral("familyNameKanji"),
                       Messages::tr("Enter the family name in kanji or in Latin letters.")});
    validate::kana(errors, QStringLiteral("familyNameKana"), familyNameKana);
    if (capacity < 1)
        errors.append(
            {QStringLiteral("capacity"), Messages::tr("A host family holds at least one fellow.")});
    for (const HostFamilyMember& m : members) {
        if (m.personId <= 0 && m.name.trimmed().isEmpty())
            errors.append(
                {QStringLiteral("members"), Messages::tr("Each member needs a person or a name.")});
        if (m.age && (*m.age < 0 || *m.age > 130))
            errors.append(
                {QStringLiteral("members"), Messages::tr("An age is between 0 and 130.")});
    }
    return errors;
}

HostFamily HostFamily::withoutSensitiveData() const
{
    HostFamily f = *this;
    f.addressJa.clear();
    return f;
}

QStringList HostFamily::sensitiveFields()
{
    return {QStringLiteral("addressJa")};
}

} // namespace jlgc
