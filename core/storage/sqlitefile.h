#pragma once

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace jlgc {

// A plain SQLite connection for what Qt's driver cannot do: copying a whole
// database with SQLite's backup API (into a file other programs have open,
// taking its write lock like any writer), and asking whether a file is in
// use. Closed by its destructor.
class SqliteFile {
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    SqliteFile(const QString& path, Mode mode, int busyTimeoutMs = 5000);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }
    // Runs SQL without results; throws StorageError.
    void exec(const char* sql);
    // The first column of the first row of SQL, as an integer.
    qint64 scalar(const char* sql);
    // The StorageError for SQLite's last error on this connection.
    StorageError lastError(const QString& what) const;

    // Copies every page of source into a new file (the file must not exist;
    // it is made private first).
    static void copyTo(SqliteFile& source, const QString& file);

private:
    QString m_path;
    sqlite3* m_db = nullptr;
};

// Whether another program holds an SQLite lock on the file (has it open):
// only for a file this process has no connection to, since the descriptor
// this opens and closes would drop this process's own locks.
bool sqliteFileInUse(const QString& path);

} // namespace jlgc
