#include "storage/records/listreader.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QMetaObject>

namespace jlgc {

ListReader::ListReader(const QString& databasePath, QObject* parent)
    : QObject(parent), m_path(databasePath)
{
    qRegisterMetaType<QList<jlgc::ListRow>>();
    m_thread.setObjectName(QStringLiteral("jlgc-lists"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // The connection is opened now, before the first list asks.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            try {
                connection();
            } catch (const StorageError&) {
                m_db.reset(); // opened again (and its error told) when a list asks
            }
        },
        Qt::QueuedConnection);
}

ListReader::~ListReader()
{
    {
        QMutexLocker lock(&m_mutex);
        m_epochs.clear();
    }
    // The connection is closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 ListReader::newEpoch(quintptr requester)
{
    QMutexLocker lock(&m_mutex);
    return ++m_epochs[requester];
}

bool ListReader::stale(quintptr requester, quint64 epoch) const
{
    QMutexLocker lock(&m_mutex);
    return m_epochs.value(requester) != epoch;
}

Database& ListReader::connection()
{
    if (!m_db) {
        Database::Options options = Database::forReading();
        options.readOnly = true; // a reader never writes, not even a journal mode
        m_db = std::make_unique<Database>(m_path, options);
    }
    return *m_db;
}

template <class Fn> void ListReader::run(quintptr requester, quint64 epoch, Fn&& fn)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, requester, epoch, fn = std::forward<Fn>(fn)]() mutable {
            if (stale(requester, epoch))
                return; // asked again since: not read at all
            try {
                fn(connection());
            } catch (const StorageError& e) {
                m_db.reset(); // busy or damaged: opened again next time
                emit failed(requester, epoch, e.message());
            }
        },
        Qt::QueuedConnection);
}

void ListReader::requestCount(quintptr requester, quint64 epoch, const ListQuery& query)
{
    run(requester, epoch, [this, requester, epoch, query](Database& db) {
        const ListStore store(db);
        const int count = store.count(query);
        const int withoutText =
            query.text.trimmed().isEmpty() ? count : store.countWithoutText(query);
        emit counted(requester, epoch, count, withoutText);
    });
}

void ListReader::requestPage(quintptr requester, quint64 epoch, const ListQuery& query, int first,
                             int rows)
{
    quint64 serial = 0;
    {
        QMutexLocker lock(&m_mutex);
        serial = ++m_pageRequests[requester];
    }
    run(requester, epoch, [this, requester, epoch, query, first, rows, serial](Database& db) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_pageRequests.value(requester) - serial >= KeptPages) {
                lock.unlock();
                emit pageSkipped(requester, epoch, first);
                return;
            }
        }
        emit pageRead(requester, epoch, first, ListStore(db).page(query, first, rows));
    });
}

void ListReader::requestRowOf(quintptr requester, quint64 epoch, const ListQuery& query, qint64 id)
{
    run(requester, epoch, [this, requester, epoch, query, id](Database& db) {
        emit located(requester, epoch, id, ListStore(db).rowOf(query, id));
    });
}

void ListReader::compute(quintptr requester, quint64 epoch, std::function<QVariant(Database&)> fn)
{
    run(requester, epoch, [this, requester, epoch, fn = std::move(fn)](Database& db) {
        emit computed(requester, epoch, fn(db));
    });
}

} // namespace jlgc
