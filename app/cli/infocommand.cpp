// jlgc-desk [--database FILE] info [--json]
#include "cli/cli.h"
#include "storage/database.h"
#include "storage/recordkinds.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace jlgc::cli {

int runInfo(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (!parser.parse(QStringList{QStringLiteral("info")} + context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.err << Cli::tr("info takes no arguments besides --json.") << Qt::endl;
        return UsageError;
    }
    Database db(context.databasePath, Database::forReading());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject counts;
        for (const RecordKind& k : RecordKinds::all())
            counts.insert(k.key, RecordKinds::count(db, k));
        QJsonObject root{
            {QStringLiteral("database"), QDir::toNativeSeparators(db.path())},
            {QStringLiteral("schema_version"), db.schemaVersion()},
            {QStringLiteral("read_only"), db.isReadOnly()},
            {QStringLiteral("application_version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("counts"), counts}};
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    context.out << Cli::tr("Database: %1").arg(QDir::toNativeSeparators(db.path())) << '\n'
                << Cli::tr("Schema version: %1").arg(db.schemaVersion()) << '\n';
    if (db.isReadOnly())
        context.out << Cli::tr("Read-only: the file or its folder cannot be written to.") << '\n';
    for (const RecordKind& k : RecordKinds::all())
        context.out << QStringLiteral("  %1 %2\n")
                           .arg(RecordKinds::label(k.key) + QLatin1Char(':'), -32)
                           .arg(RecordKinds::count(db, k));
    context.out.flush();
    return Ok;
}

} // namespace jlgc::cli
