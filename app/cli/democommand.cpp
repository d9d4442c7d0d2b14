// jlgc-desk [--database FILE] demo --scale N [--seed S] [--force]
#include "cli/cli.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace jlgc::cli {

int runDemo(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("scale"), Cli::tr("Number of people (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"), Cli::tr("Seed of the random choices (default 1993)."),
                      QStringLiteral("S"), QStringLiteral("1993")});
    parser.addOption({QStringLiteral("force"),
                      Cli::tr("Add demo records to a database that already holds records.")});
    if (!parser.parse(QStringList{QStringLiteral("demo")} + context.arguments) ||
        !parser.positionalArguments().isEmpty()) {
        context.err << (parser.errorText().isEmpty()
                            ? Cli::tr("Usage: jlgc-desk [--database FILE] demo --scale N "
                                      "[--seed S] [--force]")
                            : parser.errorText())
                    << Qt::endl;
        return UsageError;
    }
    bool ok = false;
    DemoGenerator::Options options;
    options.people = parser.value(QStringLiteral("scale")).toInt(&ok);
    if (!ok || options.people < 1) {
        context.err << Cli::tr("--scale takes a number of people, 1 or more.") << Qt::endl;
        return UsageError;
    }
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        context.err << Cli::tr("--seed takes a whole number.") << Qt::endl;
        return UsageError;
    }
    options.force = parser.isSet(QStringLiteral("force"));
    QElapsedTimer timer;
    timer.start();
    Database db(context.databasePath, Database::forWriting());
    DemoGenerator generator(db, options);
    generator.run([&](const QString& stage) {
        context.err << QStringLiteral("%1 s  %2")
                           .arg(double(timer.elapsed()) / 1000.0, 6, 'f', 1)
                           .arg(stage)
                    << Qt::endl;
    });
    const QLocale locale;
    for (const auto& [table, n] : generator.counts())
        context.out << QStringLiteral("%1  %2\n").arg(locale.toString(n), 10).arg(table);
    context.out << Cli::tr("Demo records written to %1 in %2 s.")
                       .arg(QDir::toNativeSeparators(db.path()))
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
    return Ok;
}

} // namespace jlgc::cli
