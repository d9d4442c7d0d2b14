#pragma once

namespace jlgc {

class Database;

// A small set of fictional but realistic records (people in both scripts,
// Japanese and North American governments, affiliations; the 2019 CLAIR
// Fellowship cohort with its itinerary and homestays), for screenshots, the
// user guide and a first look at the application.
void addSampleRecords(Database& db);

} // namespace jlgc
