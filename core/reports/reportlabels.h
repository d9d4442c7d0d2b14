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

// A country of the office's records by its ISO code ("US", "CA", "JP") in
// both languages, as JurisdictionLabels::country() says it in the window.
inline Bilingual country(const QString& code)
{
    if (code == QLatin1String("US"))
        return ReportTexts::both("JurisdictionLabels",
                                 QT_TRANSLATE_NOOP("JurisdictionLabels", "United States"));
    if (code == QLatin1String("CA"))
        return ReportTexts::both("JurisdictionLabels",
                                 QT_TRANSLATE_NOOP("JurisdictionLabels", "Canada"));
    if (code == QLatin1String("JP"))
        return ReportTexts::both("JurisdictionLabels",
                                 QT_TRANSLATE_NOOP("JurisdictionLabels", "Japan"));
    return Bilingual::same(code);
}

} // namespace reportlabels

} // namespace jlgc
