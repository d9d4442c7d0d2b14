#include "support/testsupport.h"

#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace jlgc::test {

std::unique_ptr<Database> memoryDatabase()
{
    return std::make_unique<Database>(QStringLiteral(":memory:"));
}

TempDir::TempDir()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write test file");
    f.write(bytes);
}

QList<qint64> lockHolders(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return {};
    // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"
    const QString inode = QStringLiteral(":%1").arg(st.st_ino);
    QList<qint64> pids;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 6 || f.value(1) == "->")
            continue;
        const QString device = QString::fromLatin1(f[5]);
        if (!device.endsWith(inode))
            continue;
        const qint64 pid = f[4].toLongLong();
        if (!pids.contains(pid))
            pids << pid;
    }
    return pids;
}

namespace {
sqlite3* openRaw(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + path.toStdString());
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

void execOn(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string text = error ? error : "error";
        sqlite3_free(error);
        throw std::runtime_error(text + " in " + sql);
    }
}
} // namespace

void sqliteExec(const QString& path, const char* sql)
{
    sqlite3* db = openRaw(path);
    try {
        execOn(db, sql);
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
}

qint64 sqliteScalar(const QString& path, const char* sql)
{
    sqlite3* db = openRaw(path);
    sqlite3_stmt* stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

void damageIndex(const QString& path)
{
    // SQLite is made to forget the index while a row is added, then
    // reminded of it: the index lacks that row.
    sqlite3* db = openRaw(path);
    auto text = [&](const char* sql) {
        sqlite3_stmt* stmt = nullptr;
        QStringList row;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                row << QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(stmt, c)));
        sqlite3_finalize(stmt);
        return row;
    };
    const QStringList index = text("SELECT name, tbl_name, rootpage, sql FROM sqlite_master "
                                   "WHERE name = 'municipality_prefecture'");
    sqlite3_close(db);
    if (index.size() != 4)
        throw std::runtime_error("no index to damage");
    const QByteArray name = index[0].toUtf8();
    sqliteExec(path, QByteArray("PRAGMA writable_schema = ON; DELETE FROM sqlite_master WHERE "
                                "name = '" +
                                name + "'")
                         .constData());
    sqliteExec(path, "PRAGMA foreign_keys = OFF; UPDATE municipality SET prefecture_code = '13' "
                     "WHERE code = (SELECT min(code) FROM municipality WHERE prefecture_code = "
                     "'14')");
    sqliteExec(path, QByteArray("PRAGMA writable_schema = ON; INSERT INTO sqlite_master (type, "
                                "name, tbl_name, rootpage, sql) VALUES ('index', '" +
                                name + "', '" + index[1].toUtf8() + "', " + index[2].toUtf8() +
                                ", '" + index[3].toUtf8().replace("'", "''") + "')")
                         .constData());
}

TmpfsMount::TmpfsMount(const QString& size)
{
    if (::geteuid() != 0) {
        m_why = QStringLiteral("not root: cannot mount a tmpfs");
        return;
    }
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()});
    mount.waitForFinished(20000);
    m_mounted = mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    if (!m_mounted)
        m_why =
            QStringLiteral("mount failed: ") + QString::fromLocal8Bit(mount.readAllStandardError());
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
}

QString TmpfsMount::path(const QString& name) const
{
    return m_dir.filePath(name);
}

bool TmpfsMount::remountReadOnly()
{
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) ==
           0;
}

} // namespace jlgc::test
