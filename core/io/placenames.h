#pragma once

#include <QString>

namespace jlgc::placenames {

// How people write the name of a Japanese place, for an import to find it:
// with or without its suffix, in kana or in romaji of any system.

// A place name folded the way import compares them: width, case, accents,
// variant kanji and ヶ (normalizeForSearch), and the romanization (Gumma,
// Ohtsu: romanizationKey).
QString placeKey(const QString& text);

// What a suffix written after a name says the place is.
enum class PlaceKind { Any, Prefecture, City, Town, Village, Ward };

// Whether a municipality of this kind ("city", "town", "village",
// "special_ward") is a place of `kind`.
bool kindMatches(PlaceKind kind, const QString& municipalityKind);

// The reading of a municipality without its suffix (はこねまち → はこね).
QString readingStem(const QString& kana);

// A place written in Latin letters with a suffix or a prefecture: "Hakone
// Town", "Hakone-machi, Kanagawa", "Fuchu City, Hiroshima Prefecture",
// "City of Otaru", "Gunma-ken".
struct ParsedPlace {
    QString stem; // place key of the name without its suffix
    PlaceKind kind = PlaceKind::Any;
    QString prefectureStem; // place key of the prefecture given after a comma
    bool valid = false;
};
ParsedPlace parsePlace(const QString& text);

} // namespace jlgc::placenames
