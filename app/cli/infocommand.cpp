// jlgc-desk [--database FILE] info [--json]
#include "cli/cli.h"
#include "storage/database.h"
#include "storage/recordkinds.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace jlgc::cli {

namespace {

// A file's path as the system writes it; a server's address as it is.
QString shownPath(const Database& db)
{
    return db.onServer() ? db.path() : QDir::toNativeSeparators(db.path());
}

} // namespace

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
    const QHash<QString, qint64> n = RecordKinds::counts(db, RecordKinds::all());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject counts;
        for (const RecordKind& k : RecordKinds::all())
            counts.insert(k.key, n.value(k.key));
        QJsonObject root{
            {QStringLiteral("database"), shownPath(db)},
            {QStringLiteral("engine"), db.engineName()},
            {QStringLiteral("schema_version"), db.schemaVersion()},
            {QStringLiteral("read_only"), db.isReadOnly()},
            {QStringLiteral("application_version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("counts"), counts}};
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    context.out << (db.onServer() ? Cli::tr("Office server: %1") : Cli::tr("Database: %1"))
                       .arg(shownPath(db))
                << '\n'
                << Cli::tr("Schema version: %1").arg(db.schemaVersion()) << '\n';
    if (db.isReadOnly())
        context.out << Cli::tr("Read-only: the file or its folder cannot be written to.") << '\n';
    // The counts in one column, however long the labels (a Japanese
    // character takes two columns of a terminal).
    QStringList labels;
    int width = 0;
    for (const RecordKind& k : RecordKinds::all()) {
        labels << RecordKinds::label(k.key) + QLatin1Char(':');
        width = std::max(width, displayWidth(labels.back()));
    }
    for (qsizetype i = 0; i < labels.size(); ++i)
        context.out << QStringLiteral("  ") << labels[i]
                    << QString(width + 1 - displayWidth(labels[i]), QLatin1Char(' '))
                    << n.value(RecordKinds::all()[i].key) << '\n';
    context.out.flush();
    return Ok;
}

} // namespace jlgc::cli
