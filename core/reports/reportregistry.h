#pragma once

#include "reports/report.h"
#include "reports/reportdocument.h"

#include <QCoreApplication>
#include <memory>

namespace jlgc {

class Database;

// Every report of the application, for the command line (report --list) and
// the Export Report dialog, and the one way to produce them.
class ReportRegistry {
    Q_DECLARE_TR_FUNCTIONS(ReportRegistry)
public:
    static const QList<ReportInfo>& all();
    static const ReportInfo* find(const QString& name);

    static QString title(const ReportInfo& info, Language language);
    static QString description(const ReportInfo& info, Language language);

    // What is wrong with the options for this report (an option it does not
    // take, one it needs, dates in the wrong order), in the window's
    // language; empty when they are fine.
    static QStringList problems(const ReportInfo& info, const ReportOptions& options);

    // Checks the options (ReportError listing the problems), then writes the
    // report's content. Throws StorageError for a record that does not exist.
    static std::unique_ptr<ReportDocument> build(Database& db, const ReportInfo& info,
                                                 const ReportOptions& options);
};

} // namespace jlgc
