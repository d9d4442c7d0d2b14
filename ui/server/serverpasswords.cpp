#include "server/serverpasswords.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace jlgc::ServerPasswords {

namespace {

const QString Service = QStringLiteral("JLGC Desk office server");

// Runs a keychain job to its end; a keychain that does not answer within a
// few seconds (none running) counts as none.
bool finish(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    bool done = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done && job.error() == QKeychain::NoError;
}

} // namespace

QString read(const QString& address)
{
    if (qEnvironmentVariableIsSet("JLGC_NO_KEYCHAIN"))
        return {};
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(address);
    return finish(job) ? job.textData() : QString();
}

bool write(const QString& address, const QString& password)
{
    if (qEnvironmentVariableIsSet("JLGC_NO_KEYCHAIN"))
        return false;
    QKeychain::WritePasswordJob job(Service);
    job.setKey(address);
    job.setTextData(password);
    return finish(job);
}

void forget(const QString& address)
{
    if (qEnvironmentVariableIsSet("JLGC_NO_KEYCHAIN"))
        return;
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(address);
    finish(job);
}

} // namespace jlgc::ServerPasswords
