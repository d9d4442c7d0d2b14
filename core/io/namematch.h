#pragma once

#include "domain/personname.h"

#include <QStringList>

namespace jlgc {

// Keys under which two spellings of one name meet, for finding likely
// duplicates: 山田太郎, "山田　太郎", "Taro Yamada", "YAMADA Tarou" and
// やまだ たろう all share a key. Never stored.
namespace namematch {

// Latin letters folded: lower case, no accents, spaces or punctuation, and
// the ways romanizations differ folded (see romanizationKey: ou, oo, oh, uu
// → o, u; m before b, m, p → n).
QString romajiKey(const QString& latin);
// The keys of a person's name: kanji, reading, and romaji in both orders.
QStringList personKeys(const PersonName& name);
// The keys of a name written in one cell ("Taro Yamada", "山田 太郎", "やまだ たろう").
QStringList textKeys(const QString& text);
// The key of an organization's or a place's name: folded (normalizeForSearch,
// variant kanji included), St./Saint, Mt./Mount written out (placeNameKey)
// and romanizations folded (Gumma = Gunma).
QString nameKey(const QString& name);
// The keys of several names, without repeats.
QStringList nameKeys(const QStringList& names);
// Each key with "@" and what else must match added ("yamada@2025-10-20"),
// for records that repeat only with the same name at the same date or place.
QStringList keysAt(const QStringList& keys, const QString& at);

} // namespace namematch
} // namespace jlgc
