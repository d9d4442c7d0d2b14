#pragma once

#include "domain/language.h"

#include <QString>

namespace jlgc {

// A person's name in the forms the office writes it: Latin letters, kanji and
// the kana reading. Every part is optional; the text is kept exactly as typed.
struct PersonName {
    QString family; // Latin letters
    QString given;
    QString familyKanji;
    QString givenKanji;
    QString familyKana;
    QString givenKana;

    bool hasLatin() const { return !family.isEmpty() || !given.isEmpty(); }
    bool hasKanji() const { return !familyKanji.isEmpty() || !givenKanji.isEmpty(); }
    bool isEmpty() const { return !hasLatin() && !hasKanji(); }

    // 山田 太郎 in Japanese (family name first); Taro Yamada in English.
    // Falls back to the other script when the preferred one is empty.
    QString display(Language language) const;
    // YAMADA Taro for a Japanese name (one written in kanji), the form of
    // English documents from Japan; Jane Smith for anyone else.
    QString formalLatin() const;
    QString latin() const;   // Taro Yamada
    QString kanji() const;   // 山田 太郎
    QString reading() const; // やまだ たろう
    // Key for sorting a list in the given UI language. Japanese: the kana
    // reading when there is one (gojūon order), else the Latin name.
    // English: family then given name in Latin letters, else the reading.
    QString sortKey(Language language = Language::Japanese) const;

    bool operator==(const PersonName&) const = default;
};

} // namespace jlgc
