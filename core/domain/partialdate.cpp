#include "domain/partialdate.h"

#include <QLocale>
#include <QRegularExpression>

namespace jlgc {

PartialDate PartialDate::ofDate(const QDate& d)
{
    return d.isValid() ? PartialDate{d.year(), d.month(), d.day()} : PartialDate{};
}

bool PartialDate::isWellFormed() const
{
    if (isNull())
        return true;
    if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0)
        return false;
    if (month == 0)
        return day == 0;
    return day == 0 || QDate::isValid(year, month, day);
}

QDate PartialDate::earliest() const
{
    if (isNull() || !isWellFormed())
        return {};
    return QDate(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
}

QString PartialDate::toIso() const
{
    if (isNull())
        return {};
    QString s = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (month != 0)
        s += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (day != 0)
        s += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return s;
}

std::optional<PartialDate> PartialDate::fromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return PartialDate{};
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    PartialDate d{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    if (!d.isWellFormed() || d.year == 0)
        return std::nullopt;
    return d;
}

QString PartialDate::display(Language language) const
{
    if (isNull())
        return {};
    if (language == Language::Japanese) {
        QString s = QStringLiteral("%1年").arg(year);
        if (month != 0)
            s += QStringLiteral("%1月").arg(month);
        if (day != 0)
            s += QStringLiteral("%1日").arg(day);
        return s;
    }
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    if (month == 0)
        return QString::number(year);
    if (day == 0)
        return en.monthName(month) + QLatin1Char(' ') + QString::number(year);
    return en.toString(QDate(year, month, day), QStringLiteral("MMMM d, yyyy"));
}

} // namespace jlgc
