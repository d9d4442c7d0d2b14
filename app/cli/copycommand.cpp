// jlgc-desk copy-database FROM TO
#include "cli/cli.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/recordkinds.h"
#include "storage/server/serveraddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace jlgc::cli {

namespace {

QString shown(const QString& database)
{
    return ServerAddress::isServerAddress(database) ? database : QDir::toNativeSeparators(database);
}

bool sameFile(const QString& a, const QString& b)
{
    if (ServerAddress::isServerAddress(a) || ServerAddress::isServerAddress(b)) {
        // The same server however it is written (postgres://, :5432).
        const auto pa = ServerAddress::parse(a);
        const auto pb = ServerAddress::parse(b);
        return pa && pb ? pa->shown() == pb->shown() : a == b;
    }
    const QFileInfo fa(a), fb(b);
    return fa.exists() && fb.exists() ? fa.canonicalFilePath() == fb.canonicalFilePath()
                                      : fa.absoluteFilePath() == fb.absoluteFilePath();
}

void removeFile(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int runCopyDatabase(Context& context)
{
    if (context.arguments.size() != 2 || context.arguments[0].startsWith(QLatin1Char('-')) ||
        context.arguments[1].startsWith(QLatin1Char('-'))) {
        context.err << Cli::tr("Usage: jlgc-desk copy-database FROM TO") << Qt::endl;
        return UsageError;
    }
    const QString from = context.arguments[0];
    const QString to = context.arguments[1];
    if (!ServerAddress::isServerAddress(from) && !QFileInfo::exists(from)) {
        context.err << Cli::tr("%1 does not exist.").arg(shown(from)) << Qt::endl;
        return Failure;
    }
    if (sameFile(from, to)) {
        context.err << Cli::tr("FROM and TO are the same database.") << Qt::endl;
        return UsageError;
    }
    // A new file made for the copy is removed again if the copy fails.
    const bool newFile = !ServerAddress::isAnyAddress(to) && !QFileInfo::exists(to);
    QList<DatabaseCopy::TableRows> tables;
    QList<std::pair<QString, qint64>> kinds;
    try {
        Database source(from, Database::forReading());
        Database destination(to, Database::forWriting());
        tables = DatabaseCopy::copy(source, destination);
        for (const RecordKind& k : RecordKinds::all())
            kinds.append({RecordKinds::label(k.key), RecordKinds::count(destination, k)});
    } catch (...) {
        if (newFile)
            removeFile(to);
        throw;
    }
    qint64 rows = 0;
    for (const DatabaseCopy::TableRows& t : tables)
        rows += t.rows;
    const QLocale locale;
    context.out << Cli::tr("Copied %1 to %2.").arg(shown(from), shown(to)) << Qt::endl;
    for (const auto& [label, count] : kinds)
        if (count > 0)
            context.out << "  " << label << ": " << locale.toString(count) << Qt::endl;
    context.out << Cli::tr("Every table of the copy holds as many rows as the original's (%1 "
                           "tables, %2 rows).")
                       .arg(tables.size())
                       .arg(locale.toString(rows))
                << Qt::endl;
    return Ok;
}

} // namespace jlgc::cli
