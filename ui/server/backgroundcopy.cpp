#include "server/backgroundcopy.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace jlgc {

std::optional<StorageError>
runCopyWithProgress(QWidget* parent, const QString& title, const QString& label,
                    const std::function<void(const CopyProgress&)>& work)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::optional<StorageError> failure;
    QThread* thread = QThread::create([&] {
        try {
            work([&](qint64 d, qint64 t) {
                done = d;
                total = t;
            });
        } catch (const StorageError& e) {
            failure = e;
        } catch (const std::exception& e) {
            failure = StorageError(StorageError::Kind::Query, QString::fromLocal8Bit(e.what()));
        } catch (...) {
            failure = StorageError(StorageError::Kind::Query, QStringLiteral("unknown failure"));
        }
    });
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr); // one transaction: all or nothing, never half
    progress.setMinimumDuration(0);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        const qint64 t = total;
        if (t > 0) {
            // In thousands, so that a million rows fit an int.
            progress.setMaximum(int(std::max<qint64>(1, t / 1000)));
            progress.setValue(int(std::min<qint64>(done, t) / 1000));
        }
    });
    tick.start(100);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    progress.show();
    loop.exec();
    thread->wait();
    delete thread;
    return failure;
}

} // namespace jlgc
