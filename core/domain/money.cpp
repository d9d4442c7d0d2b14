#include "domain/money.h"

#include <QRegularExpression>

namespace jlgc {

bool Money::isFundingCurrency(const QString& code)
{
    return fundingCurrencies().contains(code);
}

int Money::decimals(const QString& currency)
{
    return currency == QLatin1String("JPY") ? 0 : 2;
}

QString Money::format(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    return currency + QLatin1Char(' ') + formatAmount(minorUnits, currency, locale);
}

QString Money::formatAmount(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    const int dec = decimals(currency);
    qint64 scale = 1;
    for (int i = 0; i < dec; ++i)
        scale *= 10;
    const bool negative = minorUnits < 0;
    const qint64 abs = negative ? -minorUnits : minorUnits;
    QString text = locale.toString(abs / scale);
    if (dec > 0)
        text += locale.decimalPoint() +
                QStringLiteral("%1").arg(abs % scale, dec, 10, QLatin1Char('0'));
    return (negative ? locale.negativeSign() : QString()) + text;
}

std::optional<qint64> Money::parse(const QString& text, const QString& currency,
                                   const QLocale& locale)
{
    QString t = text.trimmed();
    if (t.startsWith(currency))
        t = t.mid(currency.size()).trimmed();
    for (const QString& sign : {QStringLiteral("$"), QStringLiteral("¥"), QStringLiteral("￥")})
        if (t.startsWith(sign))
            t = t.mid(sign.size()).trimmed();
    t.remove(locale.groupSeparator());
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    if (locale.decimalPoint() != QLatin1String("."))
        t.replace(locale.decimalPoint(), QStringLiteral("."));
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,15})(?:\.(\d*))?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int dec = decimals(currency);
    QString fraction = m.captured(2);
    if (fraction.size() > dec)
        return std::nullopt;
    fraction = fraction.leftJustified(dec, QLatin1Char('0'));
    qint64 value = m.captured(1).toLongLong();
    for (int i = 0; i < dec; ++i)
        value *= 10;
    return value + (dec > 0 ? fraction.toLongLong() : 0);
}

} // namespace jlgc
