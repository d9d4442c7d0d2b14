#pragma once

#include <QString>

namespace jlgc {

// Folds text for matching, never for storage: width (ＡＢＣ → abc, ｶﾀｶﾅ →
// かたかな), case, Latin accents (Montréal → montreal), katakana to hiragana,
// variant kanji to their common form (髙 → 高, 﨑 → 崎, 邊 → 辺, 𠮷 → 吉: the
// table is resources/refdata/kanji_variants.csv), ヶ, ケ and ヵ between kanji
// to が (関ヶ原 = 関ケ原 = 関が原), and drops spaces, punctuation, apostrophes
// and the ʻokina (Hawaiʻi = hawaii), hyphens and dashes, and variation
// selectors, so that "山田 太郎", "山田太郎" and "ヤマダ" match the way a
// person expects.
QString normalizeForSearch(const QString& text);

// The common form of one variant kanji (髙 → 高), or the character itself.
char32_t commonKanji(char32_t c);

// Folds the ways romanizations of Japanese differ, in text already folded by
// normalizeForSearch(): m before b, m and p as n (Gumma → gunma, Shimbashi
// → shinbashi, Namba → nanba), long vowels written oo, ou, oh or uu as one vowel
// (Ootsu, Outsu, Ohtsu → otsu; ō and ô are already o), cch as tch. Only for
// matching: "gum" is not a prefix of "gunma", so callers match either form.
QString romanizationKey(const QString& folded);

// A North American place name folded for duplicate detection: normalizeForSearch()
// with the abbreviations of place names written out, so that "St. Louis",
// "St Louis" and "Saint Louis", "Ste. Genevieve" and "Sainte Genevieve",
// "Mt. Vernon" and "Mount Vernon", "Ft. Wayne" and "Fort Wayne" are one place.
QString placeNameKey(const QString& name);

// The other spelling of a word that place names abbreviate (st ↔ saint,
// ste ↔ sainte, mt ↔ mount, ft ↔ fort), folded; empty for other words.
QString placeWordEquivalent(const QString& foldedWord);

// Whether folded text holds a folded query as it is or with romanizations
// folded (romanizationKey): "ohtsu" is found in "おおつ|ootsu|otsu".
bool containsFolded(const QString& foldedText, const QString& foldedQuery);

// Katakana (full width) to hiragana; other characters unchanged.
QString toHiragana(const QString& text);

// Hepburn romanization of hiragana or katakana (とうきょう → toukyou).
// Characters that are not kana are kept as they are.
QString kanaToRomaji(const QString& kana);

// Search text for a reading: the romaji as written and with long vowels
// shortened (toukyou and tokyo), so both spellings find the record.
QString romajiVariants(const QString& kana);

} // namespace jlgc
