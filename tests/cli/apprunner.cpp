#include "apprunner.h"

namespace jlgc::test {

QProcessEnvironment appEnvironment(const QStringList& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands need no platform
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString& e : extra) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        env.insert(e.left(eq), e.mid(eq + 1));
    }
    return env;
}

AppResult runApp(const QStringList& args, const QStringList& extraEnvironment)
{
    QProcess p;
    p.setProcessEnvironment(appEnvironment(extraEnvironment));
    p.start(QStringLiteral(JLGC_APP_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

std::unique_ptr<QProcess> startApp(const QStringList& args, const QStringList& extraEnvironment)
{
    auto p = std::unique_ptr<QProcess>(new QProcess);
    p->setProcessEnvironment(appEnvironment(extraEnvironment));
    p->start(QStringLiteral(JLGC_APP_BINARY), args);
    p->waitForStarted(30000);
    return p;
}

} // namespace jlgc::test
