#include "common/page.h"

#include "storage/changenotifier.h"
#include "storage/records/listreader.h"
#include "storage/storageerror.h"

namespace jlgc {

void Page::followChanges(const ChangeSet& changes)
{
    if (!changes.isEmpty())
        refreshFromDatabase();
}

void Page::readAside(Database* db, std::function<QVariant(Database&)> read,
                     std::function<void(const QVariant&)> done, int slot)
{
    if (!db)
        return;
    ListReader* reader = listReader();
    if (!reader) {
        try {
            done(read(*db));
        } catch (const StorageError& e) {
            emit statusMessage(e.message());
        }
        return;
    }
    if (m_asideReader != reader) {
        disconnect(m_asideConnection);
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
    reader->compute(asideKey(slot), aside.epoch, std::move(read));
}

} // namespace jlgc
