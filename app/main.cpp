#include "cli/cli.h"
#include "common/uilanguage.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <chrono>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("JLGC"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("jlgc.org"));
    QCoreApplication::setApplicationName(QStringLiteral("jlgc-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JLGC_VERSION));
    // Wayland compositors match the window to its menu entry (and icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.jlgc.Desk"));
}

// A command word (info, report, …) or --help/--version means no window.
bool wantsHeadless(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--database") || a == QLatin1String("--lang")) {
            ++i; // skip the option's value
            continue;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h") ||
            a == QLatin1String("--version") || a == QLatin1String("-v"))
            return true;
        if (!a.startsWith(QLatin1Char('-')))
            return true; // a command, known or not: the command line says which
    }
    return false;
}

int runHeadless(int argc, char* argv[])
{
    // Reports need fonts and painting but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    describeApplication();
    jlgc::LanguageManager language;
    language.setLanguage(jlgc::LanguageManager::systemLanguage());
    return jlgc::cli::run(QCoreApplication::arguments());
}

int runWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    jlgc::cli::addGlobalOptions(parser);
    parser.process(app);

    QSettings settings;
    jlgc::LanguageManager language;
    QString lang = parser.value(QStringLiteral("lang"));
    if (lang.isEmpty())
        lang = settings.value(QStringLiteral("ui/language")).toString();
    language.setLanguage(lang.isEmpty() ? jlgc::LanguageManager::systemLanguage()
                                        : jlgc::languageFromCode(lang));

    jlgc::MainWindow window(&language);
    window.restoreWindowState();
    QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        path = settings.value(QStringLiteral("database/last")).toString();
    if (path.isEmpty())
        path = jlgc::Database::defaultPath();
    if (!window.openDatabase(path) && path != jlgc::Database::defaultPath() &&
        !parser.isSet(QStringLiteral("database")))
        window.openDatabase(jlgc::Database::defaultPath());
    // Shown once the database is open, so that the first page is read and
    // drawn once, not first empty.
    window.show();
    if (qEnvironmentVariableIsSet("JLGC_STARTUP_TIMING")) {
        // For bench/startup.sh: once the window is shown with its first page
        // painted, print the wall clock (µs since the epoch); JLGC_STARTUP_TIMING=exit
        // then quits. Asked for once the window is shown: opening may turn the
        // event loop (a list read aside), and a quit before exec() is lost.
        QTimer::singleShot(0, &app, [&app] {
            QCoreApplication::processEvents();
            const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
            fprintf(stderr, "jlgc-startup-shown-us %lld\n", static_cast<long long>(now));
            fflush(stderr);
            if (qgetenv("JLGC_STARTUP_TIMING") == "exit")
                app.quit();
        });
    }
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (wantsHeadless(argc, argv))
        return runHeadless(argc, argv);
    return runWindow(argc, argv);
}
