#include "common/comboboxes.h"

#include "common/uilanguage.h"
#include "domain/fiscalyear.h"

#include <algorithm>
#include <functional>

namespace jlgc {

QList<int> addFiscalYears(QComboBox* combo, const QSet<int>& years)
{
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    for (int y : sorted)
        combo->addItem(FiscalYear(y).label(uiLanguage()), y);
    return sorted;
}

} // namespace jlgc
