// Database's transactions: BEGIN IMMEDIATE at the outside, savepoints
// inside, and what happens after an error that SQLite answered by rolling
// the whole transaction back (a full disk, an I/O error, a damaged page).
#include "search/searchindex.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace jlgc {

bool Database::sqliteInTransaction() const
{
    return m_handle && sqlite3_get_autocommit(static_cast<sqlite3*>(m_handle)) == 0;
}

void Database::noteFailure(const StorageError& error) const
{
    // SQLite ends the transaction by itself after some errors; without this,
    // the statements and savepoints that follow would each commit on their
    // own while the caller believes it is still inside its transaction.
    if (m_transactionDepth > 0 && !m_transactionLost && m_handle && !sqliteInTransaction())
        m_transactionLost = error;
}

void Database::requireTransactionAlive() const
{
    if (m_transactionDepth == 0)
        return;
    if (!m_transactionLost && m_handle && !sqliteInTransaction())
        m_transactionLost =
            StorageError(StorageError::Kind::Query,
                         tr("The change could not be completed and nothing of it was saved."),
                         QStringLiteral("the transaction ended before its end"));
    if (m_transactionLost)
        throw *m_transactionLost;
}

void Database::control(const QString& sql)
{
    if (!onServer()) {
        Query(*this, sql).exec();
        return;
    }
    // A server prepares no transaction control: it is sent as it is.
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        noteServerError(q.lastError());
        throw errorFrom(q.lastError(), sql);
    }
}

void Database::begin()
{
    if (m_transactionDepth == 0) {
        if (m_readOnly)
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 is open read-only (the file or its folder cannot be "
                                  "written to), so nothing can be saved in it.")
                                   .arg(QDir::toNativeSeparators(m_path)));
        requireIntact();
        m_transactionLost.reset();
        reconnectServerIfLost();
        // SQLite: the write lock at once, so that a save never fails halfway
        // on a lock. A server locks rows as they are written.
        control(onServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        ++m_transactionDepth;
        try {
            if (onServer())
                beginOnServer();
            // A file of an earlier version is marked as a JLGC Desk file by
            // its first write (a read never writes).
            if (m_needsApplicationId) {
                Query(*this, QStringLiteral("PRAGMA application_id = %1").arg(applicationId()))
                    .exec();
            }
            if (m_hasActorTable) {
                // Under the write lock: the triggers of this transaction name
                // us. Written only when it differs, so that a session alone
                // does not write this row at every save.
                Query(*this, QStringLiteral("UPDATE session_actor SET os_user = :u, staff_name = "
                                            ":s, session = :x WHERE id = 1 AND (os_user IS NOT "
                                            ":u2 OR staff_name IS NOT :s2 OR session IS NOT :x2)"))
                    .bind(QStringLiteral(":u"), m_osUser)
                    .bind(QStringLiteral(":s"), nullIfEmpty(m_staffName))
                    .bind(QStringLiteral(":x"), m_session)
                    .bind(QStringLiteral(":u2"), m_osUser)
                    .bind(QStringLiteral(":s2"), nullIfEmpty(m_staffName))
                    .bind(QStringLiteral(":x2"), m_session)
                    .exec();
            }
        } catch (...) {
            --m_transactionDepth;
            m_transactionLost.reset();
            QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        return;
    }
    requireTransactionAlive();
    control(QStringLiteral("SAVEPOINT sp%1").arg(m_transactionDepth));
    ++m_transactionDepth;
}

void Database::commit()
{
    // Nothing is committed of a transaction SQLite has already rolled back:
    // the caller's rollback() follows the exception.
    requireTransactionAlive();
    if (m_transactionDepth == 1 && m_indexOnCommit && !m_indexing) {
        // The search index follows every write in its own transaction, so
        // that reading (a list, a search, a read-only file) never writes.
        m_indexing = true;
        try {
            // On a server, colleagues committing at once would index the
            // same pending records: one at a time (until this commit).
            if (onServer())
                Query(*this, QStringLiteral("SELECT pg_advisory_xact_lock(20261206)")).exec();
            SearchIndex(*this).refresh();
        } catch (...) {
            m_indexing = false;
            throw;
        }
        m_indexing = false;
    }
    if (m_transactionDepth == 1) {
        try {
            control(QStringLiteral("COMMIT"));
        } catch (const StorageError& e) {
            // Cut while the server was committing: it may have, or not.
            if (!onServer() || !m_serverLost)
                throw;
            throw StorageError(StorageError::Kind::Open,
                               tr("The connection to the office server was lost while the change "
                                  "was being saved, so whether it was saved is not known. Look at "
                                  "the record before saving it again."),
                               e.detail());
        }
    } else
        control(QStringLiteral("RELEASE sp%1").arg(m_transactionDepth - 1));
    --m_transactionDepth;
    if (m_transactionDepth == 0) {
        ++m_commits;
        m_needsApplicationId = false;
        if (m_notifier)
            m_notifier->poll();
    }
}

void Database::beginReading()
{
    if (m_transactionDepth > 0 || m_reading)
        return;
    control(onServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                       : QStringLiteral("BEGIN DEFERRED"));
    m_reading = true;
}

void Database::endReading()
{
    if (!m_reading)
        return;
    m_reading = false;
    control(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    --m_transactionDepth;
    const bool lost = m_transactionLost.has_value() || (m_handle && !sqliteInTransaction());
    if (m_transactionDepth == 0)
        m_transactionLost.reset();
    if (lost && m_handle && !sqliteInTransaction())
        return; // SQLite rolled it all back already
    QSqlQuery q(connection());
    if (m_transactionDepth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_transactionDepth));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_transactionDepth));
    }
}

} // namespace jlgc
