// jlgc-desk [--database FILE] backup FILE | check | restore FILE
#include "cli/cli.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>

namespace jlgc::cli {

namespace {
bool oneArgument(Context& context, const char* command, QString& value)
{
    if (context.arguments.size() != 1 || context.arguments.front().startsWith(QLatin1Char('-'))) {
        context.err
            << Cli::tr("Usage: jlgc-desk [--database FILE] %1 FILE").arg(QLatin1String(command))
            << Qt::endl;
        return false;
    }
    value = context.arguments.front();
    return true;
}
} // namespace

int runBackup(Context& context)
{
    QString file;
    if (!oneArgument(context, "backup", file))
        return UsageError;
    Database db(context.databasePath, Database::forReading());
    // A copy of a damaged file would take the place of a good backup: the
    // full check first (what quick_check misses, such as an index out of
    // step with its table).
    const QStringList problems = db.integrityProblems(false);
    if (!problems.isEmpty()) {
        context.err << Cli::tr("%1 is damaged, so no backup was made of it:")
                           .arg(QDir::toNativeSeparators(db.path()))
                    << Qt::endl;
        for (const QString& p : problems)
            context.err << "  " << p << Qt::endl;
        return Failure;
    }
    Backups::copyTo(db, file);
    context.out << Cli::tr("Backed up %1 to %2")
                       .arg(QDir::toNativeSeparators(db.path()), QDir::toNativeSeparators(file))
                << Qt::endl;
    return Ok;
}

int runCheck(Context& context)
{
    if (!context.arguments.isEmpty()) {
        context.err << Cli::tr("check takes no arguments.") << Qt::endl;
        return UsageError;
    }
    Database::Options opts;
    opts.readOnly = true;
    opts.integrityCheck = false; // the full check follows
    Database db(context.databasePath, opts);
    const QStringList problems = db.integrityProblems(false);
    if (!problems.isEmpty()) {
        context.err << Cli::tr("%1 is damaged:").arg(QDir::toNativeSeparators(db.path()))
                    << Qt::endl;
        for (const QString& p : problems)
            context.err << "  " << p << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("%1: no problems found (schema version %2).")
                       .arg(QDir::toNativeSeparators(db.path()))
                       .arg(db.schemaVersion())
                << Qt::endl;
    return Ok;
}

int runRestore(Context& context)
{
    QString file;
    if (!oneArgument(context, "restore", file))
        return UsageError;
    Backups backups(context.databasePath);
    backups.restore(file);
    context.out << Cli::tr("Restored %1 from %2. The previous file is kept in %3.")
                       .arg(QDir::toNativeSeparators(context.databasePath),
                            QDir::toNativeSeparators(file),
                            QDir::toNativeSeparators(backups.folder()))
                << Qt::endl;
    return Ok;
}

} // namespace jlgc::cli
