#pragma once

#include "domain/language.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QString>
#include <optional>

namespace jlgc {

// The language a report is written in, chosen per report and independent of
// the language of the window.
enum class ReportLanguage {
    English,
    Japanese,
    Both, // Japanese above English
};

enum class PaperSize {
    Letter, // the office's default (New York)
    A4,     // for documents sent to Japan
};

// The options a report can take besides language and paper; each report says
// which it takes (ReportInfo::options) so the command line and the dialog can
// offer exactly those.
enum class ReportOption {
    None = 0,
    Year = 1,       // --year Y (calendar year)
    FiscalYear = 2, // --fiscal-year Y (Japanese fiscal year: April Y – March Y+1)
    DateRange = 4,  // --from DATE --to DATE
    Id = 8,         // --id ID (the record the report is about)
};
Q_DECLARE_FLAGS(ReportOptionSet, ReportOption)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportOptionSet)

struct ReportOptions {
    ReportLanguage language = ReportLanguage::English;
    PaperSize paper = PaperSize::Letter;
    std::optional<int> year;
    std::optional<int> fiscalYear;
    QDate from; // invalid: open
    QDate to;   // invalid: open
    qint64 id = 0;
    // The date printed as the report's date ("Prepared on"); today when invalid.
    QDate preparedOn;
};

struct ReportOptionNames {
    Q_DECLARE_TR_FUNCTIONS(ReportOptions)
public:
    // "en", "ja", "both" and back; nullopt for anything else.
    static QString code(ReportLanguage language);
    static std::optional<ReportLanguage> languageFromCode(const QString& code);
    static QString code(PaperSize paper);
    static std::optional<PaperSize> paperFromCode(const QString& code);
    // The command-line spelling of each option, for --list and error messages.
    static QStringList commandLine(ReportOptionSet options, bool idRequired);
};

// The primary language of a report: Japanese for Japanese and bilingual
// reports (whose Japanese comes first), English otherwise.
inline Language primaryLanguage(ReportLanguage l)
{
    return l == ReportLanguage::English ? Language::English : Language::Japanese;
}

} // namespace jlgc
