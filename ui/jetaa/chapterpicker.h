#pragma once

#include "common/pickers.h"
#include "domain/jetaachapter.h"

namespace jlgc::pickers {

// JETAA chapters by name or short name; key = id. Leaves out `exclude` and
// its subchapters (a chapter cannot become its own ancestor).
SearchPicker::Provider chapters(DatabaseGetter db, std::function<ChapterId()> exclude = {});
QString chapterLabel(Database* db, ChapterId id);

} // namespace jlgc::pickers
