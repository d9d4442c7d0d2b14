#pragma once

#include <QString>

namespace jlgc {

// Exported CSV files are opened in Excel, which runs a cell that starts with
// =, +, -, @, a tab or a carriage return as a formula (=HYPERLINK(...),
// +cmd|' /C calc'!A0). As OWASP recommends, such a cell is written with a
// leading apostrophe, which Excel shows as text; import takes it off again,
// so that export and import give back exactly what was stored. A plain
// number (-12.5) is no formula and is written as it is.
QString neutralizeFormula(const QString& cell);
QString restoreFormula(const QString& cell);

} // namespace jlgc
