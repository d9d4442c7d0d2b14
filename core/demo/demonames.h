#pragma once

#include "domain/personname.h"

#include <QtGlobal>

namespace jlgc::demo {

// A Japanese name part: kanji, its reading in hiragana and its Hepburn romaji.
struct JapaneseName {
    const char16_t* kanji;
    const char16_t* kana;
    const char* romaji;
};

// The name of one person of the fixed sample records: romaji family and
// given names and, for a Japanese name, its kanji and kana (all null for a
// Western name).
struct SampleName {
    const char* family;
    const char* given;
    const char16_t* familyKanji;
    const char16_t* givenKanji;
    const char16_t* familyKana;
    const char16_t* givenKana;

    bool isJapanese() const { return familyKanji != nullptr; }
    PersonName toPersonName() const;
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
