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
    return hasKanji() ? joinNonEmpty(family.toUpper(), given) : latin();
}

QString PersonName::display(Language language) const
{
    if (language == Language::Japanese)
        return hasKanji() ? kanji() : latin();
    return hasLatin() ? latin() : kanji();
}

QString PersonName::sortKey(Language language) const
{
    const bool hasReading = !familyKana.isEmpty() || !givenKana.isEmpty();
    const QString reading = toHiragana(familyKana) + QLatin1Char(' ') + toHiragana(givenKana);
    const QString latinKey = family + QLatin1Char(' ') + given;
    if (language == Language::English && hasLatin())
        return latinKey;
    if (hasReading)
        return reading;
    if (hasLatin())
        return latinKey;
    return toHiragana(kanji()); // スミス among the す
}

} // namespace jlgc
