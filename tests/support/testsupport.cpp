#include "support/testsupport.h"

#include "io/csvformat.h"
#include "storage/database.h"
#include "storage/personrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace jlgc::test {

const CsvFormat& csvFormat(const char* kind)
{
    const CsvFormat* f = CsvFormat::find(QString::fromLatin1(kind));
    REQUIRE(f != nullptr);
    return *f;
}

void addPerson(Database& db, const QString& family)
{
    Person p;
    p.name.family = family;
    PersonRepository(db).add(p);
}

namespace {

// The tests on a server: a new database for each test, copied from one made
// once (its schema created by the application) for this build of the tests
// and shared by every test process, under an advisory lock.
class ServerDatabases {
public:
    static ServerDatabases& instance()
    {
        static ServerDatabases databases;
        return databases;
    }

    QString createEmpty()
    {
        const QString name = QStringLiteral("jlgc_test_%1_%2").arg(::getpid()).arg(++m_count);
        admin(QStringLiteral("CREATE DATABASE %1").arg(name));
        m_made << name;
        return addressOf(name);
    }

    QString create()
    {
        if (m_template.isEmpty()) {
            const qint64 built = QFileInfo(QCoreApplication::applicationFilePath())
                                     .lastModified()
                                     .toSecsSinceEpoch();
            m_template = QStringLiteral("jlgc_template_%1").arg(built);
            admin(QStringLiteral("SELECT pg_advisory_lock(20261206)"));
            try {
                if (!adminScalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = "
                                                "'%1'")
                                     .arg(m_template))) {
                    admin(QStringLiteral("CREATE DATABASE %1_new").arg(m_template));
                    Database(addressOf(m_template + QStringLiteral("_new"))); // the schema
                    admin(QStringLiteral("ALTER DATABASE %1_new RENAME TO %1").arg(m_template));
                }
            } catch (...) {
                admin(QStringLiteral("DROP DATABASE IF EXISTS %1_new WITH (FORCE)").arg(m_template),
                      false);
                admin(QStringLiteral("SELECT pg_advisory_unlock(20261206)"), false);
                throw;
            }
            admin(QStringLiteral("SELECT pg_advisory_unlock(20261206)"));
        }
        const QString name = QStringLiteral("jlgc_test_%1_%2").arg(::getpid()).arg(++m_count);
        admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, m_template));
        m_made << name;
        return addressOf(name);
    }

    // Called before main returns (Qt's SQL connections are gone by the time
    // statics are destroyed): the tests' connections are closed by now.
    void release()
    {
        for (const QString& name : std::as_const(m_made))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), false);
        m_made.clear();
        QSqlDatabase::database(QStringLiteral("jlgc-test-admin"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("jlgc-test-admin"));
    }

private:
    QString addressOf(const QString& database) const
    {
        QUrl url(serverForTests());
        url.setPath(QLatin1Char('/') + database);
        return url.toString();
    }

    qint64 adminScalar(const QString& sql)
    {
        QSqlQuery q = admin(sql);
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    QSqlQuery admin(const QString& sql, bool required = true)
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("jlgc-test-admin"), false);
        if (!db.isValid()) {
            const QUrl url(serverForTests());
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                           QStringLiteral("jlgc-test-admin"));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        }
        if (!db.isOpen() && !db.open() && required)
            throw std::runtime_error("cannot reach the test server: " +
                                     db.lastError().text().toStdString());
        QSqlQuery q(db);
        if (!q.exec(sql) && required)
            throw std::runtime_error(q.lastError().text().toStdString());
        return q;
    }

    QString m_template;
    int m_count = 0;
    QStringList m_made;
};

} // namespace

QString refusal(StorageError::Kind kind, const char* done, const std::function<void()>& f)
{
    try {
        f();
    } catch (const StorageError& e) {
        CHECK(e.kind() == kind);
        return e.message();
    }
    FAIL(done);
    return {};
}

QStringList rows(const Database& db, const QString& sql)
{
    QStringList out;
    Query q(db, sql);
    q.exec();
    while (q.next()) {
        QStringList columns;
        for (int c = 0; c < q.columnCount(); ++c)
            columns << q.text(c);
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

void releaseServerDatabases()
{
    if (!serverForTests().isEmpty())
        ServerDatabases::instance().release();
}

QString emptyServerDatabase()
{
    return ServerDatabases::instance().createEmpty();
}

void serverExec(const QString& address, const QString& sql)
{
    const QString name = QStringLiteral("jlgc-test-other");
    QString error;
    {
        const QUrl url(address);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name); // whether or not it worked
    if (!error.isEmpty())
        throw std::runtime_error(error.toStdString());
}

QString addressAs(const QString& address, const QString& login)
{
    QUrl url(address);
    url.setUserName(login);
    return url.toString();
}

QString serverForTests()
{
    return qEnvironmentVariable("JLGC_TEST_SERVER");
}

std::unique_ptr<Database> memoryDatabase()
{
    if (!serverForTests().isEmpty())
        return std::make_unique<Database>(ServerDatabases::instance().create());
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
sqlite3* openRaw(const QString& path, int flags = SQLITE_OPEN_READWRITE)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
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

// Runs SQL on a connection and closes it, whether the SQL fails or not.
void sqliteRun(sqlite3* db, const char* sql)
{
    try {
        execOn(db, sql);
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
}
} // namespace

void sqliteExec(const QString& path, const char* sql)
{
    sqliteRun(openRaw(path), sql);
}

void sqliteCreate(const QString& path, const char* sql)
{
    sqliteRun(openRaw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE), sql);
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
