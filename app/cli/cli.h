#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace jlgc::cli {

// What every command gets: its own arguments, the database option, and the
// streams to write to. Commands return the process exit code.
struct Context {
    QString databasePath;  // --database, or the default database
    QStringList arguments; // the command's own arguments, after its name
    QTextStream& out;
    QTextStream& err;
};

struct Command {
    const char* name;
    const char* summary; // English; translated when shown
    int (*run)(Context& context);
};

const QList<Command>& commands();

// The words that name a command (for main() to choose headless mode).
bool isCommand(const QString& word);

// Runs a headless command line; returns the exit code.
int run(const QStringList& arguments);

// Columns a text takes in a terminal: two for the wide characters of East
// Asian scripts (kanji, kana, full-width forms), one for the others.
int displayWidth(const QString& text);

// Exit codes shared by the commands.
enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

// The options common to the whole program.
void addGlobalOptions(QCommandLineParser& parser);

struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace jlgc::cli
