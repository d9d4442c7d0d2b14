#pragma once

#include "domain/language.h"
#include "domain/partialdate.h"

#include <QDate>
#include <QString>
#include <optional>

namespace jlgc {

// A year counted in a Japanese era (元号): 令和7年 is 2025. Qt has no
// Japanese calendar, and the office only needs the modern eras, so the table
// is kept here rather than pulling in ICU.
struct EraYear {
    QString nameJa; // 令和
    QString nameEn; // Reiwa
    int year = 0;   // 1 for the first year (元年)

    bool isValid() const { return year > 0; }
    // 令和元年, 令和7年 / Reiwa 1, Reiwa 7
    QString label(Language language) const;
};

class JapaneseEra {
public:
    // The era in effect on that day: 2019-04-30 is 平成31年, 2019-05-01 令和元年.
    // Invalid before 1873, when Japan adopted the Gregorian calendar.
    static EraYear of(const QDate& date);
    // For a year given alone (an affiliation "established 1989"): the era in
    // effect at the end of that year, so 1989 is 平成元年 and 2019 令和元年.
    static EraYear ofYear(int gregorianYear);
    // 令和7年4月1日 / Reiwa 7 (2025), April 1
    static QString formatDate(const QDate& date, Language language);
    // Reads a date counted in an era, the era named in kanji (令和), in
    // English (Reiwa) or by its letter (R): 令和2年4月1日 is 2020-04-01, 昭和30年
    // is 1955, 平成元年 1989 (month and day 0 when not given). nullopt when the
    // era is not one of Meiji to Reiwa or did not run to that date (平成32年,
    // 令和元年4月: Reiwa began on May 1, 2019).
    static std::optional<PartialDate> toGregorian(const QString& era, int year, int month = 0,
                                                  int day = 0);
};

} // namespace jlgc
