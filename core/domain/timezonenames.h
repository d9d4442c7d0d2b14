#pragma once

#include "domain/language.h"

#include <QByteArray>
#include <QString>

namespace jlgc {

// Time zones as people name them, in both languages: America/Chicago is
// "Central Time (Chicago)" and 米国中部時間（シカゴ）, its city "Chicago" and
// シカゴ. Zones not in the office's list show their ID, readably.
class TimeZoneNames {
public:
    static QString display(const QByteArray& id, Language language);
    static QString city(const QByteArray& id, Language language);
};

} // namespace jlgc
