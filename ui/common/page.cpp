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
                     std::function<void(const QVariant&)> done)
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
    const quintptr key = reinterpret_cast<quintptr>(&m_asideDone);
    if (m_asideReader != reader) {
        disconnect(m_asideConnection);
        m_asideReader = reader;
        m_asideConnection =
            connect(reader, &ListReader::computed, this,
                    [this, key](quintptr requester, quint64 epoch, const QVariant& result) {
                        if (requester == key && epoch == m_asideEpoch && m_asideDone)
                            m_asideDone(result);
                    });
    }
    m_asideEpoch = reader->newEpoch(key);
    m_asideDone = std::move(done);
    reader->compute(key, m_asideEpoch, std::move(read));
}

} // namespace jlgc
