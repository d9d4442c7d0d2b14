#include "domain/datetext.h"

#include <QRegularExpression>
#include <array>

namespace jlgc {

namespace {

const std::array<const char*, 12> MonthsEn = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const std::array<const char*, 7> WeekdaysEn = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const std::array<const char16_t*, 7> WeekdaysJa = {u"月", u"火", u"水", u"木", u"金", u"土", u"日"};

// The first year of each era (元年), newest first.
struct EraStart {
    const char16_t* name;
    const char* letter;
    int firstYear;
};
const std::array<EraStart, 5> EraStarts = {{{u"令和", "R", 2019},
                                            {u"平成", "H", 1989},
                                            {u"昭和", "S", 1926},
                                            {u"大正", "T", 1912},
                                            {u"明治", "M", 1868}}};

int monthFromName(const QString& name)
{
    const QString n = name.left(3).toLower();
    if (name.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m)
        if (n == QString::fromLatin1(MonthsEn[std::size_t(m)]).toLower())
            return m + 1;
    return 0;
}

int twoDigitYear(int yy)
{
    // 26 is 2026; a year more than 20 years ahead is taken as the past century.
    const int now = QDate::currentDate().year();
    int y = 2000 + yy;
    if (y > now + 20)
        y -= 100;
    return y;
}

QString withoutWeekday(QString t)
{
    static const QRegularExpression jaParen(
        QStringLiteral("\\(\\s*[日月火水木金土](?:曜日?)?\\s*\\)"));
    static const QRegularExpression jaWord(QStringLiteral("[日月火水木金土]曜日?"));
    static const QRegularExpression en(
        QStringLiteral("\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|"
                       "urday|sday|rsday)?\\b\\.?,?"),
        QRegularExpression::CaseInsensitiveOption);
    t.remove(jaParen);
    t.remove(jaWord);
    t.remove(en);
    return t.simplified();
}

} // namespace

QString DateText::weekday(const QDate& date, Language language)
{
    if (!date.isValid())
        return {};
    const std::size_t i = std::size_t(date.dayOfWeek() - 1);
    return language == Language::Japanese ? QString::fromUtf16(WeekdaysJa[i])
                                          : QString::fromLatin1(WeekdaysEn[i]);
}

QString DateText::date(const QDate& d, Language language, Style style)
{
    if (!d.isValid())
        return {};
    if (language == Language::Japanese) {
        QString s = QStringLiteral("%1/%2/%3")
                        .arg(d.year(), 4, 10, QLatin1Char('0'))
                        .arg(d.month(), 2, 10, QLatin1Char('0'))
                        .arg(d.day(), 2, 10, QLatin1Char('0'));
        if (style == Style::WithWeekday)
            s += QStringLiteral("（") + weekday(d, language) + QStringLiteral("）");
        return s;
    }
    const QString s = QStringLiteral("%1 %2, %3")
                          .arg(QString::fromLatin1(MonthsEn[std::size_t(d.month() - 1)]))
                          .arg(d.day())
                          .arg(d.year());
    return style == Style::WithWeekday ? weekday(d, language) + QStringLiteral(", ") + s : s;
}

QString DateText::time(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QString DateText::until(Language language, bool tight)
{
    if (language == Language::Japanese)
        return QStringLiteral("～");
    return tight ? QStringLiteral("–") : QStringLiteral(" – ");
}

QString DateText::dateTime(const QDateTime& dt, Language language)
{
    if (!dt.isValid())
        return {};
    return date(dt.date(), language) + QLatin1Char(' ') + time(dt.time());
}

QDate DateText::resolveMonthDay(int month, int day, const QDate& reference)
{
    if (reference.isValid()) {
        // The context's date nearest to it: 1/18 near 2027-01-10 is 2027-01-18,
        // 12/30 near 2027-01-02 is 2026-12-30.
        QDate best;
        for (int y = reference.year() - 1; y <= reference.year() + 1; ++y) {
            const QDate d(y, month, day);
            if (d.isValid() &&
                (!best.isValid() || qAbs(d.daysTo(reference)) < qAbs(best.daysTo(reference))))
                best = d;
        }
        return best;
    }
    const QDate today = QDate::currentDate();
    for (int y = today.year(); y <= today.year() + 4; ++y) // 2/29 may wait for a leap year
        if (const QDate d(y, month, day); d.isValid() && d >= today)
            return d;
    return {};
}

QDate DateText::parse(const QString& text, const QDate& reference, bool* empty)
{
    // Full-width digits and punctuation (２０２７／１／１８) read as ASCII.
    QString t = text.normalized(QString::NormalizationForm_KC).simplified();
    if (empty)
        *empty = t.isEmpty();
    if (t.isEmpty())
        return {};
    t = withoutWeekday(t);
    t.replace(QStringLiteral("元年"), QStringLiteral("1年"));

    const QString lower = t.toLower();
    if (lower == QLatin1String("today") || t == QStringLiteral("今日") ||
        t == QStringLiteral("きょう"))
        return QDate::currentDate();
    if (lower == QLatin1String("tomorrow") || t == QStringLiteral("明日") ||
        t == QStringLiteral("あした"))
        return QDate::currentDate().addDays(1);
    if (lower == QLatin1String("yesterday") || t == QStringLiteral("昨日") ||
        t == QStringLiteral("きのう"))
        return QDate::currentDate().addDays(-1);

    auto num = [](const QRegularExpressionMatch& m, int n) { return m.captured(n).toInt(); };
    QRegularExpressionMatch m;

    // 令和9年1月18日, R9.1.18, 平成31/4/30
    static const QRegularExpression era(
        QStringLiteral("^(令和|平成|昭和|大正|明治|[RHSTM])\\s*(\\d{1,2})\\s*[年./-]\\s*(\\d{1,2})"
                       "\\s*[月./-]\\s*(\\d{1,2})\\s*日?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (m = era.match(t); m.hasMatch()) {
        const QString name = m.captured(1);
        for (const EraStart& e : EraStarts)
            if (name == QString::fromUtf16(e.name) ||
                name.compare(QLatin1String(e.letter), Qt::CaseInsensitive) == 0)
                return QDate(e.firstYear + num(m, 2) - 1, num(m, 3), num(m, 4));
        return {};
    }
    // 2027年1月18日
    static const QRegularExpression kanjiFull(
        QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$"));
    if (m = kanjiFull.match(t); m.hasMatch())
        return QDate(num(m, 1), num(m, 2), num(m, 3));
    // 1月18日
    static const QRegularExpression kanjiShort(
        QStringLiteral("^(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$"));
    if (m = kanjiShort.match(t); m.hasMatch())
        return QDate(2000, num(m, 1), num(m, 2)).isValid()
                   ? resolveMonthDay(num(m, 1), num(m, 2), reference)
                   : QDate();
    // 2027-01-18, 2027/1/18, 2027.1.18
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})$"));
    if (m = ymd.match(t); m.hasMatch())
        return QDate(num(m, 1), num(m, 2), num(m, 3));
    // 20270118
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (m = compact.match(t); m.hasMatch())
        return QDate(num(m, 1), num(m, 2), num(m, 3));
    // 1/18/2027, 1/18/27 (the US order, month first)
    static const QRegularExpression mdy(
        QStringLiteral("^(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4}|\\d{2})$"));
    if (m = mdy.match(t); m.hasMatch()) {
        const int y = m.captured(3).size() == 2 ? twoDigitYear(num(m, 3)) : num(m, 3);
        return QDate(y, num(m, 1), num(m, 2));
    }
    // 1/18
    static const QRegularExpression md(QStringLiteral("^(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})$"));
    if (m = md.match(t); m.hasMatch())
        return QDate(2000, num(m, 1), num(m, 2)).isValid()
                   ? resolveMonthDay(num(m, 1), num(m, 2), reference)
                   : QDate();
    // Jan 18, 2027 / January 18 / Jan. 18th 2027
    static const QRegularExpression nameFirst(
        QStringLiteral("^([A-Za-z]{3,9})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})?$"),
        QRegularExpression::CaseInsensitiveOption);
    // 18 Jan 2027 / 18 January
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?\\s*,?\\s*(\\d{4})?$"),
        QRegularExpression::CaseInsensitiveOption);
    int month = 0;
    int day = 0;
    QString year;
    if (m = nameFirst.match(t); m.hasMatch()) {
        month = monthFromName(m.captured(1));
        day = num(m, 2);
        year = m.captured(3);
    } else if (m = dayFirst.match(t); m.hasMatch()) {
        month = monthFromName(m.captured(2));
        day = num(m, 1);
        year = m.captured(3);
    }
    if (month > 0) {
        if (!year.isEmpty())
            return QDate(year.toInt(), month, day);
        return QDate(2000, month, day).isValid() ? resolveMonthDay(month, day, reference) : QDate();
    }
    return {};
}

} // namespace jlgc
