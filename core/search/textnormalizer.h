#pragma once

#include <QString>

namespace jlgc {

// Folds text for matching, never for storage: width (ＡＢＣ → abc, ｶﾀｶﾅ →
// かたかな), case, Latin accents (Montréal → montreal), katakana to hiragana,
// and drops spaces and punctuation, so that "山田 太郎", "山田太郎" and
// "ヤマダ" match the way a person expects.
QString normalizeForSearch(const QString& text);

// Katakana (full width) to hiragana; other characters unchanged.
QString toHiragana(const QString& text);

// Hepburn romanization of hiragana or katakana (とうきょう → toukyou).
// Characters that are not kana are kept as they are.
QString kanaToRomaji(const QString& kana);

// Search text for a reading: the romaji as written and with long vowels
// shortened (toukyou and tokyo), so both spellings find the record.
QString romajiVariants(const QString& kana);

} // namespace jlgc
