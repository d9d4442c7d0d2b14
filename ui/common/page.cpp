#include "common/page.h"

#include "storage/changenotifier.h"
#include "storage/records/listreader.h"
#include "storage/storageerror.h"

#include <QApplication>

namespace jlgc {

QIcon Page::standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

void Page::followChanges(const ChangeSet& changes)
{
    if (!changes.isEmpty())
        refreshFromDatabase();
}

void Page::readAside(Database* db, std::function<QVariant(Database&)> read,
                     std::function<void(const QVariant&)> done, int slot,
                     std::function<void()> failed)
{
    if (!db)
        return;
    ListReader* reader = listReader();
    if (!reader) {
        try {
            done(read(*db));
        } catch (const StorageError& e) {
            emit statusMessage(e.message());
            if (failed)
                failed();
        }
        return;
    }
    if (m_asideReader != reader) {
        disconnect(m_asideConnection);
        disconnect(m_asideFailure);
        m_asideFailure =
            connect(reader, &ListReader::failed, this,
                    [this](quintptr requester, quint64 epoch, const QString& message) {
                        for (auto it = m_aside.begin(); it != m_aside.end(); ++it)
                            if (requester == asideKey(it.key()) && epoch == it->epoch) {
                                emit statusMessage(message);
                                if (const auto whenFailed = it->failed)
                                    whenFailed();
                                return;
                            }
                    });
        m_asideReader = reader;
        m_asideConnection =
            connect(reader, &ListReader::computed, this,
                    [this](quintptr requester, quint64 epoch, const QVariant& result) {
                        for (auto it = m_aside.begin(); it != m_aside.end(); ++it)
                            if (requester == asideKey(it.key()) && epoch == it->epoch && it->done) {
                                const auto show = it->done; // may read aside again
                                show(result);
                                return;
                            }
                    });
    }
    Aside& aside = m_aside[slot];
    aside.epoch = reader->newEpoch(asideKey(slot));
    aside.done = std::move(done);
    aside.failed = std::move(failed);
    reader->compute(asideKey(slot), aside.epoch, std::move(read));
}

} // namespace jlgc
