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

#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // Without a platform the application aborts and test discovery finds
    // nothing; tests always run offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data folders of the tests never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("JLGC-tests"));
    TestApplication::setApplicationName(QStringLiteral("jlgc-desk-tests"));
    return Catch::Session().run(argc, argv);
}
