#include "domain/fiscalyear.h"

#include "domain/japaneseera.h"

namespace jlgc {

FiscalYear FiscalYear::containing(const QDate& date)
{
    if (!date.isValid())
        return {};
    return FiscalYear(date.month() >= 4 ? date.year() : date.year() - 1);
}

QDate FiscalYear::start() const
{
    return isNull() ? QDate() : QDate(m_year, 4, 1);
}

QDate FiscalYear::end() const
{
    return isNull() ? QDate() : QDate(m_year + 1, 3, 31);
}

bool FiscalYear::contains(const QDate& date) const
{
    return !isNull() && date.isValid() && date >= start() && date <= end();
}

QString FiscalYear::label(Language language, EraStyle style) const
{
    if (isNull())
        return {};
    // The era of April 1, when the year starts: FY1988 is 昭和63年度 although
    // Heisei began in January 1989. The one exception is FY2019: Reiwa began
    // on May 1, a month into it, and the government renamed the whole year
    // 令和元年度 (documents before May said 平成31年度), which is the form
    // used since and the one readers in Japan expect.
    EraYear era = m_year == 2019 ? JapaneseEra::of(QDate(2019, 5, 1)) : JapaneseEra::of(start());
    const bool japanese = language == Language::Japanese;
    const QString plain =
        japanese ? QStringLiteral("%1年度").arg(m_year) : QStringLiteral("FY%1").arg(m_year);
    if (!era.isValid() || style == EraStyle::None)
        return plain;
    const QString eraText =
        japanese ? era.label(language) + QStringLiteral("度") : era.label(language);
    if (style == EraStyle::Era)
        return japanese ? eraText : QStringLiteral("FY ") + eraText;
    return japanese ? plain + QStringLiteral("（") + eraText + QStringLiteral("）")
                    : plain + QStringLiteral(" (") + eraText + QLatin1Char(')');
}

UsFederalFiscalYear UsFederalFiscalYear::containing(const QDate& date)
{
    if (!date.isValid())
        return {};
    return UsFederalFiscalYear(date.month() >= 10 ? date.year() + 1 : date.year());
}

QDate UsFederalFiscalYear::start() const
{
    return isNull() ? QDate() : QDate(m_year - 1, 10, 1);
}

QDate UsFederalFiscalYear::end() const
{
    return isNull() ? QDate() : QDate(m_year, 9, 30);
}

bool UsFederalFiscalYear::contains(const QDate& date) const
{
    return !isNull() && date.isValid() && date >= start() && date <= end();
}

QString UsFederalFiscalYear::label(Language language) const
{
    if (isNull())
        return {};
    return language == Language::Japanese ? QStringLiteral("米国連邦%1会計年度").arg(m_year)
                                          : QStringLiteral("FY%1").arg(m_year);
}

} // namespace jlgc
