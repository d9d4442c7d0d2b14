#include "io/csvformula.h"

namespace jlgc {

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

bool isPlainNumber(const QString& s)
{
    bool ok = false;
    s.toDouble(&ok);
    return ok && !s.contains(QLatin1Char('e'), Qt::CaseInsensitive) &&
           !s.contains(QLatin1Char('n'), Qt::CaseInsensitive); // not 1e5, nan, inf
}

// The apostrophes before the first other character, and whether that
// character would start a formula.
bool apostrophesThenFormula(const QString& s, qsizetype* apostrophes)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == QLatin1Char('\''))
        ++i;
    *apostrophes = i;
    return i < s.size() && startsFormula(s[i]) && !isPlainNumber(s.mid(i));
}

} // namespace

QString neutralizeFormula(const QString& cell)
{
    // A value that already starts with apostrophes before a formula
    // character gets one more, so that import's taking one off is exact.
    qsizetype apostrophes = 0;
    if (apostrophesThenFormula(cell, &apostrophes))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString restoreFormula(const QString& cell)
{
    qsizetype apostrophes = 0;
    if (apostrophesThenFormula(cell, &apostrophes) && apostrophes > 0)
        return cell.mid(1);
    return cell;
}

} // namespace jlgc
