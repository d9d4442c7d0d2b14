#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace jlgc {

// Amounts are whole minor units (cents for USD and CAD, yen for JPY) in a
// qint64, never floating point, so that totals add up to the cent.
class Money {
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    // The currencies a chapter may apply in.
    static QStringList fundingCurrencies()
    {
        return {QStringLiteral("USD"), QStringLiteral("CAD")};
    }
    static bool isFundingCurrency(const QString& code);
    // Digits after the decimal point: 2 for USD and CAD, 0 for JPY.
    static int decimals(const QString& currency);

    // USD 1,234.50 / JPY 150,000 in the locale's digit grouping.
    static QString format(qint64 minorUnits, const QString& currency,
                          const QLocale& locale = QLocale());
    // 1,234.50 / 150,000: the amount alone, as a column headed by its
    // currency shows it and as the user edits it.
    static QString formatAmount(qint64 minorUnits, const QString& currency,
                                const QLocale& locale = QLocale());
    // 1234.5, 1,234.50, $1,234.50 → 123450 (for a currency with 2 decimals).
    // nullopt when the text is not an amount or has too many decimals.
    static std::optional<qint64> parse(const QString& text, const QString& currency,
                                       const QLocale& locale = QLocale());
};

} // namespace jlgc
