// jlgc-desk [--database FILE] export-ics DELEGATION_ID FILE.ics
#include "cli/cli.h"
#include "io/icalendarexport.h"
#include "storage/database.h"

#include <QDir>

namespace jlgc::cli {

int runExportIcs(Context& context)
{
    if (context.arguments.size() != 2) {
        context.err << Cli::tr("Usage: export-ics DELEGATION_ID FILE.ics") << Qt::endl;
        return UsageError;
    }
    bool ok = false;
    const qint64 id = context.arguments[0].toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << Cli::tr("“%1” is not a delegation number.").arg(context.arguments[0])
                    << Qt::endl;
        return UsageError;
    }
    Database db(context.databasePath, Database::forReading());
    const int events = ICalendarExport::exportDelegation(db, id, context.arguments[1]);
    context.out << Cli::tr("%n event(s) written to %1", nullptr, events)
                       .arg(QDir::toNativeSeparators(context.arguments[1]))
                << Qt::endl;
    return Ok;
}

} // namespace jlgc::cli
