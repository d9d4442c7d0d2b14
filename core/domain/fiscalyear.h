#pragma once

#include "domain/language.h"

#include <QDate>
#include <QString>
#include <compare>

namespace jlgc {

// A Japanese fiscal year (年度), which Canada's follows too: FY2025 runs from
// 2025-04-01 to 2026-03-31 and is named for the year it starts in. Every date
// belongs to exactly one. CLAIR funding is reckoned in these years.
class FiscalYear {
public:
    enum class EraStyle {
        None, // FY2025 / 2025年度
        Era,  // FY Reiwa 7 / 令和7年度
        Both, // FY2025 (Reiwa 7) / 2025年度（令和7年度）
    };

    FiscalYear() = default;
    explicit FiscalYear(int startYear) : m_year(startYear) {}
    // The fiscal year a day belongs to: 2026-03-31 is FY2025, 2026-04-01 FY2026.
    static FiscalYear containing(const QDate& date);

    bool isNull() const { return m_year == 0; }
    int year() const { return m_year; }
    QDate start() const; // April 1
    QDate end() const;   // March 31 of the following year
    bool contains(const QDate& date) const;
    FiscalYear next() const { return FiscalYear(m_year + 1); }
    FiscalYear previous() const { return FiscalYear(m_year - 1); }

    // Not translated through tr(): a report in Japanese is written in Japanese
    // whatever the language of the screen.
    QString label(Language language, EraStyle style = EraStyle::None) const;

    auto operator<=>(const FiscalYear&) const = default;

private:
    int m_year = 0;
};

// The US federal fiscal year, October to September, named for the year it
// ends in: FY2026 runs from 2025-10-01 to 2026-09-30. Kept for research on US
// budgets; nothing in the office's own records is reckoned in it.
class UsFederalFiscalYear {
public:
    UsFederalFiscalYear() = default;
    explicit UsFederalFiscalYear(int endYear) : m_year(endYear) {}
    static UsFederalFiscalYear containing(const QDate& date);

    bool isNull() const { return m_year == 0; }
    int year() const { return m_year; }
    QDate start() const; // October 1 of the previous year
    QDate end() const;   // September 30
    bool contains(const QDate& date) const;
    // FY2026 / 米国連邦2026会計年度
    QString label(Language language) const;

    auto operator<=>(const UsFederalFiscalYear&) const = default;

private:
    int m_year = 0;
};

} // namespace jlgc
