#include "cli/cli.h"

#include "storage/database.h"

#include <QDir>

namespace jlgc::cli {

int runInfo(Context& context);      // infocommand.cpp
int runBackup(Context& context);    // backupcommands.cpp
int runCheck(Context& context);     // backupcommands.cpp
int runRestore(Context& context);   // backupcommands.cpp
int runSearch(Context& context);    // searchcommand.cpp
int runExportIcs(Context& context); // exporticscommand.cpp
int runReport(Context& context);    // reportcommand.cpp
int runDemo(Context& context);      // democommand.cpp

// Hidden, for the crash test: stresscommand.cpp.
int runStressWrite(Context& context);
int runImport(Context& context);       // csvcommands.cpp
int runExport(Context& context);       // csvcommands.cpp
int runCopyDatabase(Context& context); // copycommand.cpp
int runUsers(Context& context);        // userscommand.cpp

// Columns a text takes in a terminal: two for the wide characters of East
// Asian scripts (kanji, kana, full-width forms), one for the others.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {"info",
         QT_TRANSLATE_NOOP("Cli", "Print the schema version and the number of records of "
                                  "each kind (--json for JSON)"),
         &runInfo},
        {"search", QT_TRANSLATE_NOOP("Cli", "Find records of any kind by any name or text"),
         &runSearch},
        {"backup", QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the database to FILE"),
         &runBackup},
        {"check", QT_TRANSLATE_NOOP("Cli", "Check the database's integrity (exit 1 on a problem)"),
         &runCheck},
        {"restore",
         QT_TRANSLATE_NOOP("Cli", "Replace the database with the backup FILE (the "
                                  "current file is kept as a backup)"),
         &runRestore},
        {"export-ics",
         QT_TRANSLATE_NOOP("Cli", "Write a delegation's itinerary as an iCalendar file: "
                                  "export-ics DELEGATION_ID FILE.ics"),
         &runExportIcs},
        {"report",
         QT_TRANSLATE_NOOP("Cli", "Write a report as PDF (report --list names them and their "
                                  "options)"),
         &runReport},
        {"demo",
         QT_TRANSLATE_NOOP("Cli", "Fill a new database with realistic demo records: demo "
                                  "--scale N (people) [--seed S] [--force]"),
         &runDemo},
        {"import",
         QT_TRANSLATE_NOOP("Cli", "Import records from a CSV file: import KIND FILE "
                                  "[--encoding auto|utf-8|cp932] [--duplicates skip|add|merge] "
                                  "[--dry-run]"),
         &runImport},
        {"export",
         QT_TRANSLATE_NOOP("Cli", "Write every record of a kind to a CSV file: "
                                  "export KIND FILE"),
         &runExport},
        {"copy-database",
         QT_TRANSLATE_NOOP("Cli", "Copy every record with its history and Trash into a new "
                                  "or empty database, file or server: copy-database FROM TO"),
         &runCopyDatabase},
        {"users",
         QT_TRANSLATE_NOOP("Cli", "Manage the logins of an office server and their roles: users "
                                  "list | add NAME --role ROLE | set-role NAME ROLE | disable "
                                  "NAME | enable NAME"),
         &runUsers},
    };
    return list;
}

// Commands for the tests, not listed in the help.
const QList<Command>& hiddenCommands()
{
    static const QList<Command> list = {
        {"stress-write", "", &runStressWrite},
    };
    return list;
}

bool isCommand(const QString& word)
{
    for (const Command& c : hiddenCommands())
        if (word == QLatin1String(c.name))
            return true;
    for (const Command& c : commands())
        if (word == QLatin1String(c.name))
            return true;
    return false;
}

void addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("database"),
                      Cli::tr("Use the database FILE instead of the default one."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), Cli::tr("Language of the window: en or ja."),
                      QStringLiteral("en|ja")});
}

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("JLGC Desk: the records desk of the Japan Local Government Center.\n\n"
                "Without a command, opens the window. Commands run without a display:"));
    parser.addHelpOption();
    parser.addVersionOption();
    addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("A command (see below)."),
                                 QStringLiteral("[command]"));
    // Options after the command belong to it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    auto commandList = [&] {
        QString text =
            parser.helpText() + QLatin1Char('\n') + Cli::tr("Commands:") + QLatin1Char('\n');
        for (const Command& c : commands())
            text += QStringLiteral("  %1  %2\n")
                        .arg(QLatin1String(c.name), -10)
                        .arg(QCoreApplication::translate("Cli", c.summary));
        return text;
    };
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandList();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << commandList();
        return UsageError;
    }
    const QString name = positional.front();
    for (const Command& c : commands() + hiddenCommands()) {
        if (name != QLatin1String(c.name))
            continue;
        Context context{parser.isSet(QStringLiteral("database"))
                            ? parser.value(QStringLiteral("database"))
                            : Database::defaultPath(),
                        positional.mid(1), out, err};
        try {
            return c.run(context);
        } catch (const StorageError& e) {
            err << e.message() << Qt::endl;
            if (!e.detail().isEmpty())
                err << e.detail() << Qt::endl;
            return Failure;
        }
    }
    err << Cli::tr("Unknown command: %1").arg(name) << Qt::endl << commandList();
    return UsageError;
}

} // namespace jlgc::cli
