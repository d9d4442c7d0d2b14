#include "search/textnormalizer.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace jlgc {

namespace {

bool isLatinCombiningMark(char16_t c)
{
    return c >= 0x0300 && c <= 0x036F;
}

bool isDropped(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case u'\'':
    case u'\u2018': // ‘
    case u'\u2019': // ’
    case u'`':
    case u'\u00B4': // ´
    case u'\u02BB': // ʻ (ʻokina: Hawaiʻi)
    case u'\u02BC': // ʼ
    case u'-':
    case u'\u2010': // ‐ hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // ‒ figure dash
    case u'\u2013': // – en dash (Winston–Salem)
    case u'\u2014': // — em dash
    case u'\u2015': // ―
    case u'\u2212': // − minus
    case u'\uFE0E': // variation selectors: the same character drawn another way
    case u'\uFE0F':
    case u'.':
    case u',':
    case u'\u30FB': // ・
    case u'\u3000':
    case u'_':
    case u'/':
    case u'(':
    case u')':
        return true;
    default:
        return false;
    }
}

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

bool isIdeograph(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3005; // 々
}

// ケ, ヶ and ヵ as they are after toHiragana(), and が itself.
bool isPlaceGa(char32_t c)
{
    return c == 0x3051 || c == 0x3095 || c == 0x3096 || c == 0x304C;
}

// variant → common form, from resources/refdata/kanji_variants.csv (made by
// scripts/make-kanji-variants from Unihan and the office's list).
const QHash<char32_t, char32_t>& kanjiVariants()
{
    static const QHash<char32_t, char32_t> table = [] {
        QHash<char32_t, char32_t> t;
        QFile file(QStringLiteral(":/refdata/kanji_variants.csv"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<uint> v = lines[i].section(QLatin1Char(','), 0, 0).toUcs4();
            const QList<uint> c = lines[i].section(QLatin1Char(','), 1, 1).toUcs4();
            if (v.size() == 1 && c.size() == 1)
                t.insert(v.front(), c.front());
        }
        return t;
    }();
    return table;
}

bool isVowel(QChar c)
{
    return c == QLatin1Char('a') || c == QLatin1Char('e') || c == QLatin1Char('i') ||
           c == QLatin1Char('o') || c == QLatin1Char('u');
}

const QHash<QString, QString>& romajiTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const char16_t* pairs[][2] = {
            {u"あ", u"a"},     {u"い", u"i"},     {u"う", u"u"},     {u"え", u"e"},
            {u"お", u"o"},     {u"か", u"ka"},    {u"き", u"ki"},    {u"く", u"ku"},
            {u"け", u"ke"},    {u"こ", u"ko"},    {u"さ", u"sa"},    {u"し", u"shi"},
            {u"す", u"su"},    {u"せ", u"se"},    {u"そ", u"so"},    {u"た", u"ta"},
            {u"ち", u"chi"},   {u"つ", u"tsu"},   {u"て", u"te"},    {u"と", u"to"},
            {u"な", u"na"},    {u"に", u"ni"},    {u"ぬ", u"nu"},    {u"ね", u"ne"},
            {u"の", u"no"},    {u"は", u"ha"},    {u"ひ", u"hi"},    {u"ふ", u"fu"},
            {u"へ", u"he"},    {u"ほ", u"ho"},    {u"ま", u"ma"},    {u"み", u"mi"},
            {u"む", u"mu"},    {u"め", u"me"},    {u"も", u"mo"},    {u"や", u"ya"},
            {u"ゆ", u"yu"},    {u"よ", u"yo"},    {u"ら", u"ra"},    {u"り", u"ri"},
            {u"る", u"ru"},    {u"れ", u"re"},    {u"ろ", u"ro"},    {u"わ", u"wa"},
            {u"ゐ", u"i"},     {u"ゑ", u"e"},     {u"を", u"o"},     {u"ん", u"n"},
            {u"が", u"ga"},    {u"ぎ", u"gi"},    {u"ぐ", u"gu"},    {u"げ", u"ge"},
            {u"ご", u"go"},    {u"ざ", u"za"},    {u"じ", u"ji"},    {u"ず", u"zu"},
            {u"ぜ", u"ze"},    {u"ぞ", u"zo"},    {u"だ", u"da"},    {u"ぢ", u"ji"},
            {u"づ", u"zu"},    {u"で", u"de"},    {u"ど", u"do"},    {u"ば", u"ba"},
            {u"び", u"bi"},    {u"ぶ", u"bu"},    {u"べ", u"be"},    {u"ぼ", u"bo"},
            {u"ぱ", u"pa"},    {u"ぴ", u"pi"},    {u"ぷ", u"pu"},    {u"ぺ", u"pe"},
            {u"ぽ", u"po"},    {u"ゔ", u"vu"},    {u"ぁ", u"a"},     {u"ぃ", u"i"},
            {u"ぅ", u"u"},     {u"ぇ", u"e"},     {u"ぉ", u"o"},     {u"ゃ", u"ya"},
            {u"ゅ", u"yu"},    {u"ょ", u"yo"},    {u"ゎ", u"wa"},    {u"きゃ", u"kya"},
            {u"きゅ", u"kyu"}, {u"きょ", u"kyo"}, {u"しゃ", u"sha"}, {u"しゅ", u"shu"},
            {u"しょ", u"sho"}, {u"ちゃ", u"cha"}, {u"ちゅ", u"chu"}, {u"ちょ", u"cho"},
            {u"にゃ", u"nya"}, {u"にゅ", u"nyu"}, {u"にょ", u"nyo"}, {u"ひゃ", u"hya"},
            {u"ひゅ", u"hyu"}, {u"ひょ", u"hyo"}, {u"みゃ", u"mya"}, {u"みゅ", u"myu"},
            {u"みょ", u"myo"}, {u"りゃ", u"rya"}, {u"りゅ", u"ryu"}, {u"りょ", u"ryo"},
            {u"ぎゃ", u"gya"}, {u"ぎゅ", u"gyu"}, {u"ぎょ", u"gyo"}, {u"じゃ", u"ja"},
            {u"じゅ", u"ju"},  {u"じょ", u"jo"},  {u"ぢゃ", u"ja"},  {u"ぢゅ", u"ju"},
            {u"ぢょ", u"jo"},  {u"びゃ", u"bya"}, {u"びゅ", u"byu"}, {u"びょ", u"byo"},
            {u"ぴゃ", u"pya"}, {u"ぴゅ", u"pyu"}, {u"ぴょ", u"pyo"}, {u"しぇ", u"she"},
            {u"じぇ", u"je"},  {u"ちぇ", u"che"}, {u"てぃ", u"ti"},  {u"でぃ", u"di"},
            {u"ふぁ", u"fa"},  {u"ふぃ", u"fi"},  {u"ふぇ", u"fe"},  {u"ふぉ", u"fo"},
            {u"うぃ", u"wi"},  {u"うぇ", u"we"},
        };
        for (const auto& p : pairs)
            t.insert(QString::fromUtf16(p[0]), QString::fromUtf16(p[1]));
        return t;
    }();
    return table;
}

} // namespace

QString toHiragana(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0x30A1 && u <= 0x30F6)
            c = QChar(char16_t(u - 0x60));
    }
    return out;
}

char32_t commonKanji(char32_t c)
{
    if (c < 0x3400)
        return c;
    return kanjiVariants().value(c, c);
}

QString normalizeForSearch(const QString& text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    t = t.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(t.size());
    bool wide = false; // anything beyond Latin letters to fold further
    for (const QChar c : t) {
        if (isLatinCombiningMark(c.unicode()) || isDropped(c))
            continue;
        wide = wide || c.unicode() >= 0x3000;
        out += c;
    }
    out = toHiragana(out.normalized(QString::NormalizationForm_C));
    if (!wide)
        return out;
    // Variant kanji, variation selectors beyond the BMP, and が between kanji.
    QList<uint> points = out.toUcs4();
    QList<uint> kept;
    kept.reserve(points.size());
    for (uint p : points)
        if (!isVariationSelector(p))
            kept << commonKanji(p);
    for (qsizetype i = 1; i + 1 < kept.size(); ++i)
        if (isPlaceGa(kept[i]) && isIdeograph(kept[i - 1]) && isIdeograph(kept[i + 1]))
            kept[i] = 0x304C; // が
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(kept.constData()), kept.size());
}

QString romanizationKey(const QString& f)
{
    auto at = [&](qsizetype i) { return i < f.size() ? f[i] : QChar(); };
    QString out;
    out.reserve(f.size());
    for (qsizetype i = 0; i < f.size(); ++i) {
        const QChar c = f[i];
        const QChar next = at(i + 1);
        if (c == QLatin1Char('m') &&
            (next == QLatin1Char('b') || next == QLatin1Char('m') || next == QLatin1Char('p'))) {
            out += QLatin1Char('n');
            continue;
        }
        if ((c == QLatin1Char('o') && (next == QLatin1Char('o') || next == QLatin1Char('u'))) ||
            (c == QLatin1Char('o') && next == QLatin1Char('h') && !isVowel(at(i + 2))) ||
            (c == QLatin1Char('u') && next == QLatin1Char('u'))) {
            out += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('c') && next == QLatin1Char('c') && at(i + 2) == QLatin1Char('h')) {
            out += QLatin1Char('t');
            continue;
        }
        out += c;
    }
    return out;
}

QString placeNameKey(const QString& name)
{
    static const QRegularExpression abbreviations(QStringLiteral("\\b(st|ste|mt|ft)\\b\\.?"),
                                                  QRegularExpression::CaseInsensitiveOption);
    QString t = name.normalized(QString::NormalizationForm_KC);
    QString out;
    qsizetype last = 0;
    auto it = abbreviations.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        out += t.mid(last, m.capturedStart() - last);
        out += placeWordEquivalent(m.captured(1).toLower()) + QLatin1Char(' ');
        last = m.capturedEnd();
    }
    out += t.mid(last);
    return normalizeForSearch(out);
}

QString placeWordEquivalent(const QString& w)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("st"), QStringLiteral("saint")},
        {QStringLiteral("saint"), QStringLiteral("st")},
        {QStringLiteral("ste"), QStringLiteral("sainte")},
        {QStringLiteral("sainte"), QStringLiteral("ste")},
        {QStringLiteral("mt"), QStringLiteral("mount")},
        {QStringLiteral("mount"), QStringLiteral("mt")},
        {QStringLiteral("ft"), QStringLiteral("fort")},
        {QStringLiteral("fort"), QStringLiteral("ft")},
    };
    return words.value(w);
}

bool containsFolded(const QString& foldedText, const QString& foldedQuery)
{
    return foldedText.contains(foldedQuery) ||
           romanizationKey(foldedText).contains(romanizationKey(foldedQuery));
}

QString kanaToRomaji(const QString& kana)
{
    const QString h = toHiragana(kana);
    const auto& table = romajiTable();
    QString out;
    bool doubleNext = false;
    for (qsizetype i = 0; i < h.size();) {
        const QChar c = h[i];
        if (c == QChar(u'っ')) {
            doubleNext = true;
            ++i;
            continue;
        }
        if (c == QChar(u'ー')) {
            if (!out.isEmpty())
                out += out.back();
            ++i;
            continue;
        }
        QString roma;
        qsizetype used = 0;
        if (i + 1 < h.size()) {
            const auto it = table.constFind(h.mid(i, 2));
            if (it != table.constEnd()) {
                roma = *it;
                used = 2;
            }
        }
        if (used == 0) {
            const auto it = table.constFind(h.mid(i, 1));
            if (it != table.constEnd()) {
                roma = *it;
                used = 1;
            }
        }
        if (used == 0) {
            out += c;
            doubleNext = false;
            ++i;
            continue;
        }
        if (doubleNext) {
            out += roma.startsWith(QLatin1String("ch")) ? QLatin1Char('t') : roma.front();
            doubleNext = false;
        }
        out += roma;
        i += used;
    }
    return out;
}

QString romajiVariants(const QString& kana)
{
    const QString full = kanaToRomaji(kana);
    QString shortened = full;
    shortened.replace(QLatin1String("ou"), QLatin1String("o"));
    shortened.replace(QLatin1String("oo"), QLatin1String("o"));
    shortened.replace(QLatin1String("uu"), QLatin1String("u"));
    return shortened == full ? full : full + QLatin1Char(' ') + shortened;
}

} // namespace jlgc
