#include "reports/reportoptions.h"

namespace jlgc {

QString ReportOptionNames::code(ReportLanguage language)
{
    switch (language) {
    case ReportLanguage::English:
        break;
    case ReportLanguage::Japanese:
        return QStringLiteral("ja");
    case ReportLanguage::Both:
        return QStringLiteral("both");
    }
    return QStringLiteral("en");
}

std::optional<ReportLanguage> ReportOptionNames::languageFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("en"))
        return ReportLanguage::English;
    if (c == QLatin1String("ja"))
        return ReportLanguage::Japanese;
    if (c == QLatin1String("both"))
        return ReportLanguage::Both;
    return std::nullopt;
}

QString ReportOptionNames::code(PaperSize paper)
{
    return paper == PaperSize::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

std::optional<PaperSize> ReportOptionNames::paperFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("letter"))
        return PaperSize::Letter;
    if (c == QLatin1String("a4"))
        return PaperSize::A4;
    return std::nullopt;
}

QStringList ReportOptionNames::commandLine(ReportOptionSet options, bool idRequired)
{
    QStringList list;
    if (options & ReportOption::Year)
        list << QStringLiteral("--year Y");
    if (options & ReportOption::FiscalYear)
        list << QStringLiteral("--fiscal-year Y");
    if (options & ReportOption::DateRange)
        list << QStringLiteral("--from DATE --to DATE");
    if (options & ReportOption::Id)
        list << (idRequired ? QStringLiteral("--id ID") : QStringLiteral("[--id ID]"));
    return list;
}

} // namespace jlgc
