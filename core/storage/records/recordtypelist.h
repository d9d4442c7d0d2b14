#pragma once

// The kinds described by a RecordType alone (their repositories keep their
// own SQL for now); each lives in its *type.cpp beside the registry.
namespace jlgc {
struct RecordType;
namespace recordtypes {
const RecordType& people();
const RecordType& organizations();
const RecordType& delegationItineraryItems();
// The CLAIR Fellowship (fellowshiptypes.cpp).
const RecordType& cohorts();
const RecordType& fellows();
const RecordType& fellowshipItineraryItems();
const RecordType& homestays();
// JETAA chapters and their CLAIR funding (jetaatypes.cpp).
const RecordType& jetaaChapters();
const RecordType& chapterFunding();
// Dispatched officials and their research (researchtypes.cpp).
const RecordType& staffMembers();
const RecordType& researchTopics();
const RecordType& researchLogEntries();
} // namespace recordtypes
} // namespace jlgc
