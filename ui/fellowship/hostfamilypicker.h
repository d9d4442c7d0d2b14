#pragma once

#include "common/pickers.h"

namespace jlgc::pickers {

// Host families by their name in kanji, kana or romaji; key = id. The
// detail names the municipality and the room the family has.
SearchPicker::Provider hostFamilies(DatabaseGetter db);
QString hostFamilyLabel(Database* db, qint64 id);

} // namespace jlgc::pickers
