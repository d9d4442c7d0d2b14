#pragma once

#include "domain/language.h"

#include <QDate>
#include <QString>
#include <optional>

namespace jlgc {

// A date of which only the year, or the year and month, may be known: an
// affiliation "established 1955", a chapter "founded in 1989". Stored as three
// nullable numbers; 0 means not known.
struct PartialDate {
    int year = 0;
    int month = 0;
    int day = 0;

    static PartialDate ofYear(int y) { return {y, 0, 0}; }
    static PartialDate ofDate(const QDate& d);

    bool isNull() const { return year == 0 && month == 0 && day == 0; }
    // Null, or a year, a year and month, or a full calendar date.
    bool isWellFormed() const;
    bool hasDay() const { return day != 0; }
    // The first day the value may mean (1955 → 1955-01-01), for sorting.
    QDate earliest() const;
    QDate toDate() const { return hasDay() ? QDate(year, month, day) : QDate(); }
    int decade() const { return year - year % 10; }

    // 1955, 1955-10, 1955-10-07; empty when null.
    QString toIso() const;
    // Reads the forms toIso() writes (also 1955/10/7); nullopt when not one of them.
    // An empty text gives a null date.
    static std::optional<PartialDate> fromText(const QString& text);
    // 1955 / October 1955 / October 7, 1955; 1955年 / 1955年10月 / 1955年10月7日
    QString display(Language language) const;

    bool operator==(const PartialDate&) const = default;
};

} // namespace jlgc
