#pragma once

#include "storage/records/listquery.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <memory>

namespace jlgc {

class Database;

// Reads lists on a thread of its own, with a connection of its own to the
// database file, so that the window's thread never waits for a list, a
// filter or a scroll. Each request returns at once; its answer comes back as
// a signal, in the requester's thread. A requester that asks again (another
// filter, another sort) makes its earlier requests stale: those still
// waiting are not read at all, and answers to them are dropped.
class ListReader : public QObject {
    Q_OBJECT
public:
    explicit ListReader(const QString& databasePath, QObject* parent = nullptr);
    ~ListReader() override;

    // A new epoch for a requester: its requests of earlier epochs are stale.
    quint64 newEpoch(quintptr requester);

    void requestCount(quintptr requester, quint64 epoch, const ListQuery& query);
    void requestPage(quintptr requester, quint64 epoch, const ListQuery& query, int first,
                     int rows);
    void requestRowOf(quintptr requester, quint64 epoch, const ListQuery& query, qint64 id);

signals:
    void counted(quintptr requester, quint64 epoch, int count, int withoutText);
    void pageRead(quintptr requester, quint64 epoch, int first, const QList<jlgc::ListRow>& rows);
    void located(quintptr requester, quint64 epoch, qint64 id, int row);
    void failed(quintptr requester, quint64 epoch, const QString& message);

private:
    bool stale(quintptr requester, quint64 epoch) const;
    template <class Fn> void run(quintptr requester, quint64 epoch, Fn&& fn);
    Database& connection(); // on the worker thread

    QString m_path;
    QThread m_thread;
    QObject* m_worker = nullptr;    // lives in m_thread
    std::unique_ptr<Database> m_db; // opened, used and closed in m_thread
    mutable QMutex m_mutex;
    QHash<quintptr, quint64> m_epochs;
};

} // namespace jlgc
