#include "domain/personname.h"

#include "search/textnormalizer.h"

namespace jlgc {

namespace {
QString joinNonEmpty(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}
} // namespace

QString PersonName::latin() const
{
    return joinNonEmpty(given, family);
}

QString PersonName::kanji() const
{
    return joinNonEmpty(familyKanji, givenKanji);
}

QString PersonName::reading() const
{
    return joinNonEmpty(familyKana, givenKana);
}

QString PersonName::formalLatin() const
{
    return joinNonEmpty(family.toUpper(), given);
}

QString PersonName::display(Language language) const
{
    if (language == Language::Japanese)
        return hasKanji() ? kanji() : latin();
    return hasLatin() ? latin() : kanji();
}

QString PersonName::sortKey() const
{
    if (!familyKana.isEmpty() || !givenKana.isEmpty())
        return toHiragana(familyKana) + QLatin1Char(' ') + toHiragana(givenKana);
    if (hasLatin())
        return family + QLatin1Char(' ') + given;
    return kanji();
}

} // namespace jlgc
