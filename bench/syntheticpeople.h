#pragma once

#include <QtGlobal>

namespace jlgc {
class Database;
}

namespace jlgc::bench {

// Fills the database with `count` synthetic people: Japanese names with
// readings and romaji, and North American names, drawn from fixed lists with a
// fixed seed so every run measures the same data.
void addSyntheticPeople(Database& db, int count);

} // namespace jlgc::bench
