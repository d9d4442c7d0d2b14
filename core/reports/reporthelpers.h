#pragma once

#include "domain/organization.h"
#include "domain/personname.h"
#include "reports/reporttexts.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace jlgc {

// Helpers the reports share.

// YAMADA Taro / 山田 太郎 for a Japanese name; Jane Smith for anyone else.
inline Bilingual personName(const PersonName& name)
{
    return {name.formalLatin(), name.kanji()};
}

// The order of a report's groups by country: the United States, Canada,
// then any other.
inline int countryGroup(const QString& country)
{
    return country == QLatin1String("US") ? 0 : country == QLatin1String("CA") ? 1 : 2;
}

inline Bilingual organizationName(const Organization& o)
{
    return {o.nameEn, o.nameJa};
}

// Sorts by a key in the order of a language: Japanese keys are kana readings
// (gojūon order), English ones Latin letters (ignoring case and accents).
template <typename T, typename KeyFn> void sortByKey(QList<T>& list, Language language, KeyFn key)
{
    QCollator collator(language == Language::Japanese
                           ? QLocale(QLocale::Japanese, QLocale::Japan)
                           : QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(list.begin(), list.end(),
                     [&](const T& a, const T& b) { return collator.compare(key(a), key(b)) < 0; });
}

} // namespace jlgc
