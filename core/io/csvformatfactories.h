#pragma once

#include "io/csvformat.h"

#include <memory>
#include <vector>

// The formats of each kind, defined in csvformats*.cpp and listed by
// CsvFormat::all(): each file's, in the order of that list.
namespace jlgc::csvformats {

using Formats = std::vector<std::unique_ptr<CsvFormat>>;

Formats peopleFormats();     // organizations, people
Formats fellowshipFormats(); // fellows, host-families
Formats delegationFormats(); // delegations, research-requests
Formats jetaaFormats();      // jetaa-chapters, affiliations
Formats eventFormats();      // events

// One format of each class F, in the order given.
template <class... F> Formats make()
{
    Formats list;
    (list.push_back(std::make_unique<F>()), ...);
    return list;
}

} // namespace jlgc::csvformats
