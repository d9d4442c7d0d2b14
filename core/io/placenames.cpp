// How people write the name of a Japanese place in an import (see
// placenames.h).
#include "io/placenames.h"

#include "search/textnormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace jlgc::placenames {

namespace {

PlaceKind suffixKind(const QString& foldedWord)
{
    static const QHash<QString, PlaceKind> words = {
        {QStringLiteral("prefecture"), PlaceKind::Prefecture},
        {QStringLiteral("pref"), PlaceKind::Prefecture},
        {QStringLiteral("metropolis"), PlaceKind::Prefecture},
        {QStringLiteral("ken"), PlaceKind::Prefecture},
        {QStringLiteral("fu"), PlaceKind::Prefecture},
        {QStringLiteral("to"), PlaceKind::Prefecture},
        {QStringLiteral("city"), PlaceKind::City},
        {QStringLiteral("shi"), PlaceKind::City},
        {QStringLiteral("town"), PlaceKind::Town},
        {QStringLiteral("machi"), PlaceKind::Town},
        {QStringLiteral("cho"), PlaceKind::Town},
        {QStringLiteral("chou"), PlaceKind::Town},
        {QStringLiteral("village"), PlaceKind::Village},
        {QStringLiteral("mura"), PlaceKind::Village},
        {QStringLiteral("son"), PlaceKind::Village},
        {QStringLiteral("ward"), PlaceKind::Ward},
        {QStringLiteral("ku"), PlaceKind::Ward},
    };
    return words.value(foldedWord, PlaceKind::Any);
}

// Words of a name in Latin letters, folded: spaces and hyphens part them.
QStringList latinWords(const QString& text)
{
    static const QRegularExpression separators(
        QStringLiteral("[\\s\\-\\x{2010}-\\x{2015}\\x{2212}]+"));
    QStringList words;
    for (const QString& w : text.split(separators, Qt::SkipEmptyParts)) {
        const QString f = normalizeForSearch(w);
        if (!f.isEmpty())
            words << f;
    }
    return words;
}

bool isLatinText(const QString& text)
{
    bool letters = false;
    for (const QChar c : text) {
        if (c.isLetter()) {
            if (c.script() != QChar::Script_Latin)
                return false;
            letters = true;
        }
    }
    return letters;
}

} // namespace

QString placeKey(const QString& text)
{
    return romanizationKey(normalizeForSearch(text));
}

bool kindMatches(PlaceKind kind, const QString& municipalityKind)
{
    switch (kind) {
    case PlaceKind::City:
        return municipalityKind == QLatin1String("city");
    case PlaceKind::Town:
        return municipalityKind == QLatin1String("town");
    case PlaceKind::Village:
        return municipalityKind == QLatin1String("village");
    case PlaceKind::Ward:
        return municipalityKind == QLatin1String("special_ward");
    case PlaceKind::Any:
        return true;
    case PlaceKind::Prefecture:
        break;
    }
    return false;
}

QString readingStem(const QString& kana)
{
    const QString h = toHiragana(kana.trimmed());
    for (const char16_t* suffix : {u"ちょう", u"まち", u"むら", u"そん", u"し", u"く"}) {
        const QString s = QString::fromUtf16(suffix);
        if (h.size() > s.size() && h.endsWith(s))
            return h.chopped(s.size());
    }
    return h;
}

ParsedPlace parsePlace(const QString& text)
{
    ParsedPlace p;
    if (!isLatinText(text))
        return p;
    QStringList segments =
        text.split(QRegularExpression(QStringLiteral("[,、，]")), Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.size() > 3)
        return p;
    QStringList words = latinWords(segments.front());
    if (words.size() >= 3 && words[1] == QLatin1String("of") &&
        suffixKind(words[0]) != PlaceKind::Any && suffixKind(words[0]) != PlaceKind::Prefecture) {
        p.kind = suffixKind(words[0]); // City of Otaru
        words = words.mid(2);
    } else if (words.size() >= 2 && suffixKind(words.back()) != PlaceKind::Any) {
        p.kind = suffixKind(words.back());
        words.removeLast();
    }
    p.stem = romanizationKey(words.join(QString()));
    if (segments.size() >= 2) {
        if (p.kind == PlaceKind::Prefecture)
            return p;
        // A district between the place and its prefecture says nothing more:
        // "Hakone-machi, Ashigarashimo-gun, Kanagawa".
        if (segments.size() == 3) {
            const QStringList district = latinWords(segments[1]);
            if (district.isEmpty() || (district.back() != QLatin1String("gun") &&
                                       district.back() != QLatin1String("district")))
                return p;
        }
        QStringList pref = latinWords(segments.back());
        if (pref.size() >= 2 && suffixKind(pref.back()) == PlaceKind::Prefecture)
            pref.removeLast();
        p.prefectureStem = romanizationKey(pref.join(QString()));
        if (p.prefectureStem.isEmpty())
            return p;
    }
    p.valid = !p.stem.isEmpty() && (p.kind != PlaceKind::Any || !p.prefectureStem.isEmpty());
    return p;
}

} // namespace jlgc::placenames
