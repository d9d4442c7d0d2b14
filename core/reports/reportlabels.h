#pragma once

#include "domain/enumtable.h"
#include "reports/reporttexts.h"

namespace jlgc {

// The labels of the domain's enums in both languages, whatever the window's
// language.
namespace reportlabels {

// An enum with a table (a declared enumTable(E)).
template <typename E>
concept Tabled = requires(E e)
{
    enumTable(e);
};

// An enum's label in both languages, from its table (enumtable.h): the
// same source and translation context as its label() in the window.
template <Tabled E> Bilingual of(E value)
{
    const EnumTable<E>& table = enumTable(value);
    return ReportTexts::both(table.context(), table.source(value));
}

} // namespace reportlabels

} // namespace jlgc
