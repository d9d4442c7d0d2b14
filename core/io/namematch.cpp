#include "io/namematch.h"

#include "search/textnormalizer.h"

namespace jlgc::namematch {

namespace {

bool isVowel(QChar c)
{
    return c == QLatin1Char('a') || c == QLatin1Char('e') || c == QLatin1Char('i') ||
           c == QLatin1Char('o') || c == QLatin1Char('u');
}

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
    const QString folded = normalizeForSearch(latin);
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        const QChar next = i + 1 < folded.size() ? folded[i + 1] : QChar();
        if (c == QLatin1Char('o') &&
            (next == QLatin1Char('u') || next == QLatin1Char('o') ||
             (next == QLatin1Char('h') && (i + 2 >= folded.size() || !isVowel(folded[i + 2]))))) {
            out += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('u') && next == QLatin1Char('u')) {
            out += c;
            ++i;
            continue;
        }
        out += c;
    }
    return out;
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

QStringList nameKeys(const QStringList& names)
{
    QStringList keys;
    for (const QString& n : names) {
        const QString k = normalizeForSearch(n);
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    return keys;
}

} // namespace jlgc::namematch
