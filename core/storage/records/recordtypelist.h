#pragma once

// The kinds described by a RecordType alone (their repositories keep their
// own SQL for now); each lives in its *type.cpp beside the registry.
namespace jlgc {
struct RecordType;
namespace recordtypes {
const RecordType& people();
const RecordType& organizations();
} // namespace recordtypes
} // namespace jlgc
