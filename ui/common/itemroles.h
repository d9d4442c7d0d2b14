#pragma once

#include <Qt>

namespace jlgc {

// Roles shared by the table models of every page.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // the record's id (qint64) or code (QString)
    SortRole,                  // the key a column sorts by (a reading for Japanese names)
    SearchRole,                // extra text the filter matches (readings, romaji)
    KindRole,                  // the kind of record a line names (as SearchIndex names it)
};

} // namespace jlgc
