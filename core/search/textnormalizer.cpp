#include "search/textnormalizer.h"

#include <QHash>

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
    case u'\u2019': // ’
    case u'-':
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

QString normalizeForSearch(const QString& text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    t = t.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(t.size());
    for (const QChar c : t) {
        if (isLatinCombiningMark(c.unicode()) || isDropped(c))
            continue;
        out += c;
    }
    return toHiragana(out.normalized(QString::NormalizationForm_C));
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
