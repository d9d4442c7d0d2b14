#pragma once

#include "reports/reportoptions.h"

namespace jlgc {

class Database;
class ReportBuilder;

// One report the office can produce: what the command line and the dialog
// list, and the function that writes its content. Each report is one file
// (core/reports/<name>report.cpp) with a function returning its ReportInfo,
// and one line in ReportRegistry::all().
struct ReportInfo {
    const char* name;        // command-line name: "contacts"
    const char* title;       // QT_TRANSLATE_NOOP("Reports", "…"): the page header and title
    const char* description; // QT_TRANSLATE_NOOP("Reports", "…"): one line for lists
    ReportOptionSet options = {};
    ReportOptionSet required = {};
    // The kind of record --id names, as in RecordKinds ("organizations"), so
    // the dialog can offer a picker; null when the report takes no --id.
    const char* idRecordKind = nullptr;
    // Printed on every page, for reports with sensitive content
    // (QT_TRANSLATE_NOOP("Reports", "…")); null for none.
    const char* pageNotice = nullptr;
    // Holds personal data (medical and dietary notes, emergency contacts,
    // home addresses): its PDF is readable by its owner only.
    bool personalData = false;
    // Writes the content after the title. Throws StorageError (NotFound) for
    // an --id that names no record.
    void (*build)(ReportBuilder& report, Database& db) = nullptr;
};

} // namespace jlgc
