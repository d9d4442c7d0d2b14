#pragma once

namespace jlgc {

class Database;

// Sample JETAA chapters (19 in the US, 7 in Canada, a few subchapters),
// CLAIR funding for three of them, sister-city and sister-state ties, and
// the office's events, for screenshots and a first look. Uses the people
// and organizations of addSampleRecords when they are there.
void addJetaaSampleRecords(Database& db);

} // namespace jlgc
