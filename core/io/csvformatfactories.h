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

inline CsvColumn column(const char* key, const char* japanese, bool required, const char* accepted,
                        bool sensitive = false)
{
    return CsvColumn{QString::fromUtf8(key), QString::fromUtf8(japanese), required,
                     QString::fromUtf8(accepted), sensitive};
}

} // namespace jlgc::csvformats
