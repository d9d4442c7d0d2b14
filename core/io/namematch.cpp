#include "io/namematch.h"

#include "search/textnormalizer.h"

namespace jlgc::namematch {

namespace {

bool isAsciiLetters(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() > 0x7f)
            return false;
    return !s.isEmpty();
}

} // namespace

QString romajiKey(const QString& latin)
{
    return romanizationKey(normalizeForSearch(latin));
}

QStringList personKeys(const PersonName& name)
{
    QStringList keys;
    auto add = [&](const QString& k) {
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    };
    if (name.hasKanji())
        add(normalizeForSearch(name.familyKanji + name.givenKanji));
    if (name.hasLatin()) {
        add(romajiKey(name.family + name.given));
        add(romajiKey(name.given + name.family));
    }
    const QString reading = name.familyKana + name.givenKana;
    if (!reading.trimmed().isEmpty()) {
        add(normalizeForSearch(reading));
        const QString romaji = kanaToRomaji(toHiragana(normalizeForSearch(reading)));
        if (isAsciiLetters(romaji))
            add(romajiKey(romaji));
    }
    return keys;
}

QStringList textKeys(const QString& text)
{
    QStringList keys;
    const QString folded = normalizeForSearch(text);
    if (folded.isEmpty())
        return keys;
    keys << folded;
    if (isAsciiLetters(folded)) {
        keys << romajiKey(folded);
        // "YAMADA Taro" and "Yamada, Taro" in either order.
        const QStringList words = text.simplified()
                                      .replace(QLatin1Char(','), QLatin1Char(' '))
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 2)
            keys << romajiKey(words[1] + words[0]);
    } else {
        const QString romaji = kanaToRomaji(toHiragana(folded));
        if (isAsciiLetters(romaji))
            keys << romajiKey(romaji);
    }
    keys.removeDuplicates();
    return keys;
}

QString nameKey(const QString& name)
{
    return romanizationKey(placeNameKey(name));
}

QStringList nameKeys(const QStringList& names)
{
    QStringList keys;
    for (const QString& n : names) {
        const QString k = nameKey(n);
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    return keys;
}

QStringList keysAt(const QStringList& keys, const QString& at)
{
    QStringList result;
    result.reserve(keys.size());
    for (const QString& k : keys)
        result << k + QLatin1Char('@') + at;
    return result;
}

} // namespace jlgc::namematch
