#pragma once

#include "domain/language.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace jlgc {

// The one way dates and times are written and read in each language, on
// every screen and in every report: "Apr 1, 2025" and "2025/04/01", 24-hour
// times ("14:00"), with the weekday where days matter. Month and weekday
// names are fixed, not taken from the system, so a list, a form and a PDF
// never disagree.
class DateText {
public:
    enum class Style {
        Date,        // Apr 1, 2025 / 2025/04/01
        WithWeekday, // Tue, Apr 1, 2025 / 2025/04/01（火）
    };

    static QString date(const QDate& date, Language language, Style style = Style::Date);
    // 14:00 in both languages.
    static QString time(const QTime& time);
    // Apr 1, 2025 14:00 / 2025/04/01 14:00 (in the time given).
    static QString dateTime(const QDateTime& dateTime, Language language);
    // Tue / 火
    static QString weekday(const QDate& date, Language language);
    // Between the two ends of a span of days or hours: "Apr 1, 2025 – Apr 3,
    // 2025" (tight between times, "10:00–12:00"), 「2025/04/01～2025/04/03」.
    static QString until(Language language, bool tight = false);

    // Reads a date as people type it: 2027-01-18, 2027/1/18, 20270118,
    // 1/18/2027 (month first), Jan 18, 2027, 18 January 2027, 2027年1月18日,
    // 令和9年1月18日 (R9.1.18), full-width digits, with or without a weekday,
    // "today". A month and day alone (1/18, 1月18日, Jan 18) mean the date
    // nearest to `reference` when one is given (the record's context), else
    // the coming one (today or later). Returns an invalid date when the text
    // is not a date; `*empty` tells an empty text apart.
    static QDate parse(const QString& text, const QDate& reference = {}, bool* empty = nullptr);
    // The year a month and day alone fall in (see parse()).
    static QDate resolveMonthDay(int month, int day, const QDate& reference);
};

} // namespace jlgc
