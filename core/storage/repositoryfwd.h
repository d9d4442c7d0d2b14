#pragma once

// What a repository's header names without defining: the database it reads
// and writes, its kind's stated columns (recordcolumns.h) and the steps its
// saves add (SaveSteps).
namespace jlgc {

class Database;
template <class T> class RecordColumns;
template <class T> struct SaveSteps;

} // namespace jlgc
