#include "domain/japaneseera.h"
#include "io/importresolver.h"
#include "search/textnormalizer.h"

#include <QLocale>
#include <QRegularExpression>
#include <functional>

namespace jlgc {

void ImportFields::error(const QString& key, const QString& message)
{
    m_errors << tr("%1: %2").arg(m_row.header(key), message);
}

void ImportFields::text(const QString& key, QString& target)
{
    if (has(key))
        target = m_row.text(key);
}

void ImportFields::name(const QString& key, QString& target)
{
    if (!has(key))
        return;
    const QString t = m_row.text(key);
    if (t.contains(QLatin1Char('?')) || t.contains(QChar(0xFFFD))) {
        error(key, tr("“%1” has a “?” where a character was probably lost: a file saved as "
                      "Shift_JIS (Excel's “CSV”) turns characters such as 𠮷 and ễ into “?”. "
                      "Save the file as “CSV UTF-8” and import it again, or correct the name.")
                       .arg(t));
        return;
    }
    target = t;
}

void ImportFields::note(const QString& key, const QString& message)
{
    m_resolver.addRowNote(tr("%1: %2").arg(m_row.header(key), message));
}

namespace {

QString halfWidthDigits(const QString& t)
{
    QString s = t;
    for (QChar& c : s)
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(c.unicode() - 0xFF10 + '0');
    return s.normalized(QString::NormalizationForm_KC).simplified();
}

// A date or part of one as it was read, or why it could not be.
struct DateReading {
    std::optional<PartialDate> value;
    QString problem; // set when the text is a date that cannot be read as written
};

// A date as a sentence writes it: April 1, 2020 (2020年4月1日 in Japanese).
QString spokenDate(const QDate& d)
{
    return QLocale(QLocale::English)
        .toString(d, ImportFields::tr("MMMM d, yyyy", "a date in a sentence (QDate format)"));
}

// 2025-04-01, 2025/4/1, 2025.4.1, 2025年4月1日, 2025-04, 2025年4月, 2025, 2025年,
// 令和7年4月1日, R7.4.1, 昭和30年, 平成元年, April 1, 2025, 1 April 2025, April 2025,
// and 4/1/2025 or 4/2025 in the order given.
DateReading readDate(const QString& t, DateOrder order)
{
    DateReading r;
    static const QRegularExpression ymd(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(?:(\\d{1,2})\\s*日?)?)?$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})\\s*年?(度)?$"));
    static const QRegularExpression era(
        QStringLiteral(
            "^(明治|大正|昭和|平成|令和|meiji|taisho|taishou|showa|shouwa|heisei|reiwa|[mtshr])\\.?"
            "\\s*(元|\\d{1,2})\\s*(?:年(度)?|[-/.])?\\s*(?:(\\d{1,2})\\s*(?:月|[-/"
            ".])?\\s*(?:(\\d{1,"
            "2})\\s*日?)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression slash(
        QStringLiteral("^(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{2}|\\d{4})$"));
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})\\s*[-/.]\\s*(\\d{4})$"));
    if (auto m = ymd.match(t); m.hasMatch()) {
        const PartialDate d{m.captured(1).toInt(), m.captured(2).toInt(),
                            m.captured(3).isEmpty() ? 0 : m.captured(3).toInt()};
        if (d.isWellFormed())
            r.value = d;
        return r;
    }
    if (auto m = year.match(t); m.hasMatch()) {
        r.value = PartialDate::ofYear(m.captured(1).toInt());
        return r;
    }
    if (auto m = era.match(t); m.hasMatch()) {
        QString name = m.captured(1);
        name.replace(QLatin1String("ou"), QLatin1String("o"), Qt::CaseInsensitive);
        const int y = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
        const int month = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
        const int day = m.captured(5).isEmpty() ? 0 : m.captured(5).toInt();
        r.value = JapaneseEra::toGregorian(name, y, month, day);
        if (!r.value)
            r.problem = ImportFields::tr("“%1” is not a date of that era (%2 did not run to "
                                         "that year, month or day).")
                            .arg(t, m.captured(1));
        return r;
    }
    if (auto m = slash.match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int y = m.captured(3).toInt();
        if (m.captured(3).size() == 2) {
            r.problem = ImportFields::tr("“%1” has a year of two digits: write it with four "
                                         "(%2/%3/20%4 or 19%4).")
                            .arg(t)
                            .arg(a)
                            .arg(b)
                            .arg(m.captured(3));
            return r;
        }
        if (order == DateOrder::YearMonthDay) {
            r.problem = ImportFields::tr("“%1” does not start with the year, and the file's dates "
                                         "were said to (year, month, day).")
                            .arg(t);
            return r;
        }
        const bool monthFirstValid = QDate::isValid(y, a, b);
        const bool dayFirstValid = QDate::isValid(y, b, a);
        bool monthFirst = order == DateOrder::MonthDayYear;
        if (order == DateOrder::Auto) {
            if (monthFirstValid && dayFirstValid && a != b) {
                r.problem = ImportFields::tr("“%1” could be %2 or %3: say how the file writes "
                                             "dates (month/day/year or day/month/year).")
                                .arg(t, spokenDate(QDate(y, a, b)), spokenDate(QDate(y, b, a)));
                return r;
            }
            monthFirst = monthFirstValid;
        }
        const QDate d = monthFirst ? QDate(y, a, b) : QDate(y, b, a);
        if (d.isValid())
            r.value = PartialDate::ofDate(d);
        else
            r.problem = monthFirst ? ImportFields::tr("“%1” is not a date: the file writes the "
                                                      "month first (month/day/year).")
                                         .arg(t)
                                   : ImportFields::tr("“%1” is not a date: the file writes the "
                                                      "day first (day/month/year).")
                                         .arg(t);
        return r;
    }
    if (auto m = monthYear.match(t); m.hasMatch()) {
        const PartialDate d{m.captured(2).toInt(), m.captured(1).toInt(), 0};
        if (d.isWellFormed())
            r.value = d;
        return r;
    }
    // April 1, 2025; Apr 1, 2025; 1 April 2025; April 2025.
    const QLocale english(QLocale::English);
    QString words = t;
    words.remove(QLatin1Char('.'));
    for (const char* format : {"MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy",
                               "d MMMM yyyy", "d MMM yyyy"}) {
        const QDate d = english.toDate(words, QString::fromLatin1(format));
        if (d.isValid()) {
            r.value = PartialDate::ofDate(d);
            return r;
        }
    }
    for (const char* format : {"MMMM yyyy", "MMM yyyy"}) {
        const QDate d = english.toDate(words, QString::fromLatin1(format));
        if (d.isValid()) {
            r.value = PartialDate{d.year(), d.month(), 0};
            return r;
        }
    }
    return r;
}

// The date or part of one that t writes into value, or the problem: t's
// own, else notOne (%1: t, translated) when it is not one or, with
// needsDay, lacks its day.
QString readDateInto(const QString& t, DateOrder order, const char* notOne, bool needsDay,
                     PartialDate& value)
{
    const DateReading r = readDate(t, order);
    if (!r.problem.isEmpty())
        return r.problem;
    if (!r.value || (needsDay && !r.value->hasDay()))
        return ImportFields::tr(notOne).arg(t);
    value = *r.value;
    return {};
}

} // namespace

template <class T, class Read>
void ImportFields::readDigits(const QString& key, T& target, bool emptyClears, Read read)
{
    if (!has(key))
        return;
    const QString t = halfWidthDigits(m_row.text(key));
    if (t.isEmpty()) {
        if (emptyClears)
            target = T{};
        return;
    }
    T value{};
    const QString problem = read(t, value);
    if (problem.isEmpty())
        target = value;
    else
        error(key, problem);
}

void ImportFields::date(const QString& key, QDate& target)
{
    readDigits(key, target, true, [this](const QString& t, QDate& value) {
        PartialDate d;
        const QString problem =
            readDateInto(t, m_resolver.dateOrder(),
                         QT_TRANSLATE_NOOP(
                             "ImportFields",
                             "“%1” is not a date (write 2025-04-01, 2025年4月1日, 令和7年4月1日 or "
                             "4/1/2025)."),
                         true, d);
        value = d.toDate();
        return problem;
    });
}

void ImportFields::time(const QString& key, QTime& target)
{
    readDigits(key, target, true, [](const QString& t, QTime& value) {
        value = QTime::fromString(t, QStringLiteral("H:mm"));
        if (!value.isValid())
            value = QTime::fromString(t, QStringLiteral("H:mm:ss"));
        return value.isValid() ? QString() : tr("“%1” is not a time of day (write 14:30).").arg(t);
    });
}

void ImportFields::integer(const QString& key, int& target, int minimum)
{
    readDigits(key, target, false, [minimum](const QString& t, int& value) {
        bool ok = false;
        value = t.toInt(&ok);
        return ok && value >= minimum
                   ? QString()
                   : tr("“%1” is not a whole number of at least %2.").arg(t).arg(minimum);
    });
}

void ImportFields::optionalInteger(const QString& key, std::optional<int>& target)
{
    readDigits(key, target, true, [](const QString& t, std::optional<int>& value) {
        bool ok = false;
        value = t.toInt(&ok);
        return ok && *value >= 0 ? QString() : tr("“%1” is not a whole number.").arg(t);
    });
}

void ImportFields::boolean(const QString& key, bool& target)
{
    if (!has(key))
        return;
    const QString t = normalizeForSearch(m_row.text(key));
    // The words of each, folded as the cell is.
    const auto folded = [](std::initializer_list<const char16_t*> words) {
        QStringList list;
        for (const char16_t* w : words)
            list << normalizeForSearch(QString::fromUtf16(w));
        return list;
    };
    static const QStringList yes =
        folded({u"yes", u"y", u"true", u"1", u"はい", u"有", u"あり", u"○"});
    static const QStringList no = folded({u"no", u"n", u"false", u"0", u"いいえ", u"無", u"なし"});
    if (t.isEmpty() || no.contains(t))
        target = false;
    else if (yes.contains(t))
        target = true;
    else
        error(key, tr("“%1” is not yes or no.").arg(m_row.text(key)));
}

void ImportFields::partialDate(const QString& key, PartialDate& target)
{
    readDigits(key, target, true, [this](const QString& t, PartialDate& value) {
        return readDateInto(t, m_resolver.dateOrder(),
                            QT_TRANSLATE_NOOP("ImportFields",
                                              "“%1” is not a year or a date (write 1955, 1955-10, "
                                              "1955-10-07, 昭和30年 or 10/7/1955)."),
                            false, value);
    });
}

void ImportFields::year(const QString& key, int& target)
{
    readDigits(key, target, false, [this](const QString& t, int& value) {
        bool ok = false;
        value = t.toInt(&ok);
        if (ok && value >= 1)
            return QString();
        const DateReading r = readDate(t, m_resolver.dateOrder());
        if (r.value && r.value->month == 0) {
            value = r.value->year;
            return QString();
        }
        return r.problem.isEmpty()
                   ? tr("“%1” is not a year (write 2025, 2025年 or 令和7年).").arg(t)
                   : r.problem;
    });
}

QString ImportFields::foldedChoice(const QString& text)
{
    return normalizeForSearch(text);
}

bool ImportFields::matchesChoice(const QString& text, const QString& code, const QString& label)
{
    const QString t = normalizeForSearch(text);
    return t == normalizeForSearch(code) || t == normalizeForSearch(label);
}

void ImportFields::person(const QString& key, qint64& id, qint64 organizationHint)
{
    resolved(key, id, [organizationHint](ImportResolver& r, const QString& t, QString& message) {
        return r.person(t, message, organizationHint);
    });
}

namespace csvtext {

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString time(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QString boolean(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString number(int n)
{
    return QString::number(n);
}

QString optionalNumber(const std::optional<int>& n)
{
    return n ? QString::number(*n) : QString();
}

} // namespace csvtext

} // namespace jlgc
