#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#if defined(JLGC_TEST_APP_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(JLGC_TEST_APP_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "support/testsupport.h"

#include <QStandardPaths>
#include <cstdio>

int main(int argc, char* argv[])
{
    // Without a platform the application aborts and test discovery finds
    // nothing; tests always run offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data folders of the tests never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // The core tests again on a PostgreSQL server (ctest's "postgresql"
    // label): without one (scripts/test starts one) they are reported as
    // skipped, never as passed.
    if (qEnvironmentVariable("JLGC_TEST_ENGINE") == QLatin1String("postgresql")) {
        const QByteArray server = qgetenv("JLGC_TEST_PG_URI");
        if (server.isEmpty()) {
            // ctest's SKIP_REGULAR_EXPRESSION (an exit code could be
            // Catch's own count of failed assertions).
            fprintf(stdout, "JLGC-SKIPPED: no PostgreSQL server for the tests "
                            "(JLGC_TEST_PG_URI is not set; scripts/test starts one).\n");
            return 0;
        }
        qputenv("JLGC_TEST_SERVER", server);
    }
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("JLGC-tests"));
    TestApplication::setApplicationName(QStringLiteral("jlgc-desk-tests"));
    const int result = Catch::Session().run(argc, argv);
    jlgc::test::releaseServerDatabases();
    return result;
}
