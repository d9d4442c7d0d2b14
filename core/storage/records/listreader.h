#pragma once

#include "storage/records/listquery.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QVariant>
#include <functional>
#include <memory>

namespace jlgc {

class Database;

// Reads lists on a thread of its own, with a connection of its own to the
// database file, so that the window's thread never waits for a list, a
// filter or a scroll. Each request returns at once; its answer comes back as
// a signal, in the requester's thread. A requester that asks again (another
// filter, another sort) makes its earlier requests stale: those still
// waiting are not read at all, and answers to them are dropped. Pages asked
// for while the user scrolls fast are passed by once a requester has asked
// for KeptPages newer ones (pageSkipped: ask again if still shown), so that
// a scroll through a million rows never queues minutes of reading.
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
    static constexpr quint64 KeptPages = 4;
    void requestRowOf(quintptr requester, quint64 epoch, const ListQuery& query, qint64 id);
    // Any reading a page shows beside its list (totals, counts by kind),
    // done on the reader's connection: fn must only read.
    void compute(quintptr requester, quint64 epoch, std::function<QVariant(Database&)> fn);

signals:
    void counted(quintptr requester, quint64 epoch, int count, int withoutText);
    void pageRead(quintptr requester, quint64 epoch, int first, const QList<jlgc::ListRow>& rows);
    void pageSkipped(quintptr requester, quint64 epoch, int first);
    void located(quintptr requester, quint64 epoch, qint64 id, int row);
    void computed(quintptr requester, quint64 epoch, const QVariant& result);
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
    QHash<quintptr, quint64> m_pageRequests; // page requests made, by requester
};

} // namespace jlgc
