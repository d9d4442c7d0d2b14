#pragma once

#include "io/csvformat.h"

#include <memory>

// The formats of each kind, defined in csvformats*.cpp and listed by CsvFormat::all().
namespace jlgc::csvformats {

std::unique_ptr<CsvFormat> organizations();
std::unique_ptr<CsvFormat> people();
std::unique_ptr<CsvFormat> fellows();
std::unique_ptr<CsvFormat> hostFamilies();
std::unique_ptr<CsvFormat> delegations();
std::unique_ptr<CsvFormat> researchRequests();
std::unique_ptr<CsvFormat> jetaaChapters();
std::unique_ptr<CsvFormat> affiliations();
std::unique_ptr<CsvFormat> events();

} // namespace jlgc::csvformats
