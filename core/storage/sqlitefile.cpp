#include "storage/sqlitefile.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace jlgc {

SqliteFile::SqliteFile(const QString& path, Mode mode, int busyTimeoutMs) : m_path(path)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const StorageError e = lastError(
            tr("The database file %1 cannot be opened.").arg(QDir::toNativeSeparators(path)));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw e;
    }
    sqlite3_extended_result_codes(m_db, 0);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
}

SqliteFile::~SqliteFile()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

StorageError SqliteFile::lastError(const QString& what) const
{
    const int code = m_db ? sqlite3_errcode(m_db) : SQLITE_NOMEM;
    const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    StorageError e = Database::errorFrom(
        QSqlError(text, text, QSqlError::StatementError, QString::number(code)));
    if (e.kind() == StorageError::Kind::Query && !what.isEmpty())
        return StorageError(e.kind(), what, e.detail());
    return e;
}

void SqliteFile::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw lastError({});
}

qint64 SqliteFile::scalar(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        throw lastError({});
    const int rc = sqlite3_step(stmt);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw lastError({});
    return value;
}

void SqliteFile::copyTo(SqliteFile& source, const QString& file)
{
    // Made empty and private first: personal data is never readable by
    // others, not even for a moment.
    {
        QFile target(file);
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 cannot be written.").arg(QDir::toNativeSeparators(file)),
                               target.errorString());
        target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    SqliteFile target(file, Mode::ReadWrite);
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup)
        throw target.lastError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(file)));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw rc == SQLITE_BUSY || rc == SQLITE_LOCKED
            ? source.lastError({})
            : target.lastError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(file)));
}

bool sqliteFileInUse(const QString& path)
{
#ifdef Q_OS_UNIX
    // SQLite's unix locks lie in the bytes from 2^30 (PENDING, RESERVED and
    // the SHARED range); a WAL connection holds a shared lock there as long
    // as it is open. F_GETLK asks whether a write lock could be taken.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0x40000000;
    lock.l_len = 512 + 2;
    const bool inUse = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return inUse;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace jlgc
