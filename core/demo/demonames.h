#pragma once

#include <QtGlobal>

namespace jlgc::demo {

// A Japanese name part: kanji, its reading in hiragana and its Hepburn romaji.
struct JapaneseName {
    const char16_t* kanji;
    const char16_t* kana;
    const char* romaji;
};

// A North American place: English name, katakana, ISO 3166-2 subdivision.
struct NorthAmericanCity {
    const char* name;
    const char16_t* katakana;
    const char* subdivision;
};

// Real common names and places, combined at random by the demo generator.
extern const JapaneseName FamilyNames[];
extern const int FamilyNameCount;
extern const JapaneseName GivenNames[];
extern const int GivenNameCount;
extern const char* const WesternFamilyNames[];
extern const int WesternFamilyNameCount;
extern const char* const WesternGivenNames[];
extern const int WesternGivenNameCount;
extern const NorthAmericanCity Cities[];
extern const int CityCount;
extern const char* const Titles[];
extern const int TitleCount;

} // namespace jlgc::demo
