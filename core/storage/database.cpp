// Database: opening a file (what it is, whether it may be written, its schema
// brought up to date), and errors. Transactions are in
// databasetransaction.cpp, the integrity checks in databasechecks.cpp,
// Query and the kept statements in query.cpp.
//
// Only SQLite touches the database file while a connection is open: on
// POSIX, closing any descriptor of a file drops every lock the process holds
// on it, and another program closing last would then delete the -wal and
// -shm this process still uses (SQLite's "How To Corrupt", section 2.2). So
// the file's header is read through SQLite, never with QFile.
#include "storage/database.h"

#include "storage/backups.h"
#include "storage/changenotifier.h"
#include "storage/history.h"
#include "storage/migrations.h"
#include "storage/recordkinds.h"
#include "storage/server/serveraddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace jlgc {

namespace {

constexpr int BusyTimeoutMs = 5000;
// "JLGC" in PRAGMA application_id: a JLGC Desk file says so in its header.
constexpr int JlgcApplicationId = 0x4A4C4743;

// The value of a PRAGMA of SQLite that reads a setting ("user_version").
QVariant pragmaValue(const Database& db, const char* name)
{
    return Query(db, QStringLiteral("PRAGMA ") + QLatin1String(name)).exec().scalar();
}

bool isMemoryPath(const QString& path)
{
    return path == QLatin1String(":memory:");
}

// Owner-only permissions for the personal data the file holds (SQLite gives
// the -wal and -shm the permissions of the database file).
void restrictPermissions(const QString& path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Whether this process may write the file (when it exists) and create files
// beside it (SQLite's -wal and -shm): a read-only folder or file system is
// opened read-only. access() also reports a read-only file system to root.
bool canWrite(const QFileInfo& info, bool exists)
{
#ifdef Q_OS_UNIX
    // A folder still to be made: the nearest one that exists decides.
    QString folder = info.absolutePath();
    while (!QFileInfo(folder).isDir() && QFileInfo(folder).absolutePath() != folder)
        folder = QFileInfo(folder).absolutePath();
    const QByteArray dir = QFile::encodeName(folder);
    if (::access(dir.constData(), W_OK | X_OK) != 0)
        return false;
    if (exists && ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) != 0)
        return false;
    return true;
#else
    return (!exists || info.isWritable()) && QFileInfo(info.absolutePath()).isWritable();
#endif
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Database::Database(const QString& path) : Database(path, Options{}) {}

Database::Database(const QString& path, const Options& options)
    : m_path(path), m_connectionName(QStringLiteral("jlgc-") +
                                     QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_osUser(currentOsUser()), m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    try {
        open(options);
    } catch (...) {
        closeConnection();
        throw;
    }
}

Database::~Database()
{
    // A background check still reading holds a connection of its own: it is
    // stopped, and waited for by its future's destructor.
    m_cancelChecks->store(true);
    closeConnection();
}

Database::Options Database::forReading()
{
    Options o;
    o.integrityCheck = false;
    o.readOnlyWhenUnwritable = true;
    return o;
}

Database::Options Database::forWriting()
{
    Options o;
    o.integrityCheck = true;
    o.readOnlyWhenUnwritable = false;
    return o;
}

ChangeNotifier& Database::notifier()
{
    if (!m_notifier) {
        m_notifier = std::make_unique<ChangeNotifier>(*this);
        m_notifier->poll(); // from now on
    }
    return *m_notifier;
}

void Database::markEverythingChanged()
{
    transaction([&] {
        // (A server names the login, as its history triggers do.)
        Query mark(*this,
                   QStringLiteral("INSERT INTO change_log (changed_at, os_user, "
                                  "staff_name, session, table_name, record_id, action) "
                                  "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), %1, :s, "
                                  ":x, '*', 0, 'update')")
                       .arg(onServer() ? QStringLiteral("session_user") : QStringLiteral(":u")));
        if (!onServer())
            mark.bind(QStringLiteral(":u"), m_osUser);
        mark.bind(QStringLiteral(":s"), nullIfEmpty(m_staffName))
            .bind(QStringLiteral(":x"), m_session)
            .exec();
    });
}

int Database::latestVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

int Database::applicationId()
{
    return JlgcApplicationId;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("jlgc-desk.sqlite"));
}

bool Database::isInMemory() const
{
    return isMemoryPath(m_path);
}

QSqlDatabase Database::connection() const
{
    if (!m_connection.isValid())
        m_connection = QSqlDatabase::database(m_connectionName, false);
    return m_connection;
}

void Database::connect(bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // A read-only folder: SQLite cannot make the -shm a WAL file needs
        // to be read, so the file is read as one that nobody changes.
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        throw errorFrom(db.lastError());
    const QVariant handle = db.driver()->handle();
    m_handle = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                   ? *static_cast<void* const*>(handle.constData())
                   : nullptr;
}

void Database::closeConnection()
{
    dropStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_handle = nullptr;
}

int Database::identify(bool created)
{
    auto notOurs = [&] {
        return StorageError(StorageError::Kind::NotADatabase,
                            tr("%1 is not a JLGC Desk database (it belongs to another program). "
                               "It was left unchanged.")
                                .arg(native(m_path)));
    };
    int applicationId = 0;
    int version = 0;
    QStringList tables;
    try {
        applicationId = pragmaValue(*this, "application_id").toInt();
        version = pragmaValue(*this, "user_version").toInt();
        Query q(*this, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        q.exec();
        while (q.next())
            tables << q.text(0);
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::NotADatabase)
            throw StorageError(
                StorageError::Kind::NotADatabase,
                tr("%1 is not a JLGC Desk database. It was left unchanged.").arg(native(m_path)),
                e.detail());
        if (e.kind() == StorageError::Kind::Query)
            throw StorageError(StorageError::Kind::Corrupt,
                               tr("%1 is damaged and was not opened, so that nothing more is "
                                  "lost. Restore it from a backup.")
                                   .arg(native(m_path)),
                               e.detail());
        throw;
    }
    if (applicationId == JlgcApplicationId)
        return version;
    if (applicationId != 0)
        throw notOurs();
    if (tables.isEmpty() && version == 0) {
        m_needsApplicationId = true; // new or empty: becomes a JLGC Desk file
        return 0;
    }
    // Files made before files were marked: recognised by their schema.
    const bool ourSchema = version > 0 && tables.contains(QLatin1String("prefecture")) &&
                           tables.contains(QLatin1String("organization")) &&
                           tables.contains(QLatin1String("person"));
    if (!ourSchema || created)
        throw notOurs();
    m_needsApplicationId = true;
    return version;
}

void Database::open(const Options& options)
{
    // An address (postgresql://host/db) is never taken for a file's name:
    // no folder "postgresql:" is made beside the user.
    if (ServerAddress::isServerAddress(m_path)) {
        openServer(options);
        return;
    }
    if (ServerAddress::isAnyAddress(m_path) &&
        m_path.section(QLatin1Char(':'), 0, 0).toLower() == QLatin1String("file"))
        m_path = QUrl(m_path).toLocalFile(); // a file's address (file:///…): the file
    if (ServerAddress::isAnyAddress(m_path))
        throw StorageError(StorageError::Kind::Open,
                           tr("%1 is an address, not a database file; nothing was created. "
                              "Give the path of a JLGC Desk database file or the address of "
                              "an office server (postgresql://host/database).")
                               .arg(QUrl(m_path).toString(QUrl::RemovePassword)));
    const bool memory = isMemoryPath(m_path);
    const QFileInfo info(m_path);
    const bool exists = !memory && info.exists();
    if (exists && info.isDir())
        throw StorageError(StorageError::Kind::Open,
                           tr("%1 is a folder, not a database file.").arg(native(m_path)));
    if (options.readOnly && !memory && !exists)
        throw StorageError(StorageError::Kind::Open,
                           tr("The file %1 does not exist.").arg(native(m_path)));
    m_readOnly = options.readOnly;
    if (!memory && !m_readOnly && !canWrite(info, exists)) {
        if (!exists)
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("A new database cannot be created in %1: the folder cannot be "
                                  "written to.")
                                   .arg(native(info.absolutePath())));
        if (!options.readOnlyWhenUnwritable)
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 cannot be written (the file or its folder is read-only). "
                                  "Nothing was changed.")
                                   .arg(native(m_path)));
        m_readOnly = true;
    }
    bool created = false;
    if (!memory && !exists) {
        QDir dir = info.absoluteDir();
        if (!dir.exists()) {
            if (!QDir().mkpath(dir.absolutePath()))
                throw StorageError(
                    StorageError::Kind::ReadOnly,
                    tr("The folder %1 cannot be created.").arg(native(dir.absolutePath())));
            QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner |
                                                          QFileDevice::WriteOwner |
                                                          QFileDevice::ExeOwner);
        }
        created = true; // SQLite creates it as it opens
    }

    connect(m_readOnly, false);
    if (created) {
        if (!QFileInfo::exists(m_path))
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("A new database cannot be created in %1: the folder cannot be "
                                  "written to.")
                                   .arg(native(info.absolutePath())));
        restrictPermissions(m_path);
    }

    // Read-only checks first: nothing is written to a file we may refuse.
    int version = 0;
    bool deferCheck = false;
    try {
        try {
            version = identify(created);
        } catch (const StorageError& e) {
            // A WAL file in a folder that cannot be written: read as immutable.
            if (!m_readOnly || memory ||
                (e.kind() != StorageError::Kind::ReadOnly && e.kind() != StorageError::Kind::Open))
                throw;
            closeConnection();
            connect(true, true);
            version = identify(false);
        }
        if (version > latestVersion())
            throw StorageError(StorageError::Kind::NewerVersion,
                               tr("%1 was saved by a newer version of JLGC Desk (database "
                                  "version %2; this version reads up to %3). Please update JLGC "
                                  "Desk. The file was left unchanged.")
                                   .arg(native(m_path))
                                   .arg(version)
                                   .arg(latestVersion()));
        const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
        if (m_readOnly && !options.readOnly && version < target)
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 was made by an earlier version of JLGC Desk and must be "
                                  "upgraded before it can be used, but it cannot be written (the "
                                  "file or its folder is read-only). Copy it to a folder you may "
                                  "write to. The file was left unchanged.")
                                   .arg(native(m_path)));
        // On a large file quick_check takes seconds; when nothing is to be
        // migrated it runs in the background while writes wait (see Options).
        deferCheck = options.integrityCheck && options.deferIntegrityCheck && !memory && !created &&
                     !m_readOnly && version >= target;
        if (options.integrityCheck && !memory && !created && !deferCheck) {
            const QStringList problems = integrityProblems(true);
            if (!problems.isEmpty())
                throw StorageError(StorageError::Kind::Corrupt,
                                   tr("%1 is damaged and was not opened, so that nothing more is "
                                      "lost. Restore it from a backup.")
                                       .arg(native(m_path)),
                                   problems.join(QLatin1Char('\n')));
        }
    } catch (const StorageError& e) {
        if (created) {
            closeConnection();
            QFile::remove(m_path);
        }
        if (e.kind() == StorageError::Kind::Query)
            throw StorageError(StorageError::Kind::Corrupt,
                               tr("%1 is damaged and was not opened, so that nothing more is "
                                  "lost. Restore it from a backup.")
                                   .arg(native(m_path)),
                               e.detail());
        throw;
    }

    Query(*this, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    // PRAGMA takes no bound values; the size is our own constant.
    Query(*this, QStringLiteral("PRAGMA cache_size = -%1").arg(PageCacheKib)).exec();
    if (m_readOnly) {
        m_hasActorTable = false;
        return;
    }
    if (!memory) {
        Query(*this, QStringLiteral("PRAGMA journal_mode = WAL")).exec();
        Query(*this, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
    }
    if (deferCheck) {
        // Nothing can be written on this connection until the check passes
        // (requireIntact lifts this); SQLite's own page checks guard reads.
        Query(*this, QStringLiteral("PRAGMA query_only = ON")).exec();
        m_checkDeferred = true; // started by integrityCheckDone() or requireIntact()
    }

    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    const bool migrating = version < target;
    if (migrating) {
        if (!memory && !created && version > 0 && options.backupBeforeMigration)
            Backups(m_path).create(*this, Backups::Kind::PreMigration);
        migrate(version, target);
        m_statements.clear(); // the migration's statements run once
    }
    m_hasActorTable = hasTable(QStringLiteral("session_actor"));
    // The index is written by this version's code: only in a file of this
    // version (tests make files of earlier ones).
    m_indexOnCommit = target == latestVersion() && hasTable(QStringLiteral("search_dirty"));
    if (migrating && m_indexOnCommit)
        transaction([] {}); // what the migration added is indexed as it commits
}

QString Database::currentOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) // a service or container without a login: the home folder's name
        user = QDir::home().dirName();
    return user;
}

void Database::setStaffName(const QString& name)
{
    m_staffName = name;
}

void Database::migrate(int from, int to)
{
    constexpr int HistoryVersion = 6;
    constexpr int CountersVersion = 8;
    for (const Migration& step : migrations()) {
        if (step.version <= from || step.version > to)
            continue;
        transaction([&] {
            step.apply(*this);
            // A later step may add record tables or columns: the history and
            // Trash triggers are derived from the schema again.
            if (step.version > HistoryVersion)
                History::installTriggers(*this);
            if (step.version > CountersVersion)
                RecordKinds::installCounters(*this);
            // PRAGMA takes no bound values; the version is our own integer.
            Query(*this, QStringLiteral("PRAGMA user_version = %1").arg(step.version)).exec();
        });
    }
}

qint64 Database::dataVersion() const
{
    if (onServer()) // the newest change another connection has committed
        return Query(*this, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log WHERE "
                                           "session IS DISTINCT FROM :me"))
            .bind(QStringLiteral(":me"), m_session)
            .exec()
            .scalar()
            .toLongLong();
    return pragmaValue(*this, "data_version").toLongLong();
}

int Database::schemaVersion() const
{
    if (onServer())
        return Query(*this, QStringLiteral("SELECT value FROM jlgc_meta WHERE key = "
                                           "'schema_version'"))
            .exec()
            .scalar()
            .toInt();
    return pragmaValue(*this, "user_version").toInt();
}

qint64 Database::schemaStamp() const
{
    if (onServer())
        return schemaVersion();
    return pragmaValue(*this, "schema_version").toLongLong();
}

QString Database::engineName() const
{
    return onServer() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

bool Database::hasTable(const QString& name) const
{
    const QString sql =
        onServer() ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                    "current_schema() AND tablename = :t")
                   : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                    "name = :t");
    return Query(*this, sql).bind(QStringLiteral(":t"), name).exec().scalar().toInt() > 0;
}

StorageError Database::errorFrom(const QSqlError& error, const QString& sql)
{
    QString detail = error.text();
    if (!sql.isEmpty())
        detail += QStringLiteral(" [") + sql.simplified() + QLatin1Char(']');
    // PostgreSQL's SQLSTATE has five characters; SQLite's extended result
    // codes are numbers below 10000.
    const QString native = error.nativeErrorCode();
    if (native.size() == 5 || isConnectionLost(error))
        return serverErrorFrom(error, detail);
    // SQLite's primary result codes (the driver reports them as text).
    const int code = native.toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {StorageError::Kind::Locked,
                tr("The database is in use by another program and did not become free in time. "
                   "Nothing was changed; try again in a moment."),
                detail};
    case 8: // SQLITE_READONLY
        return {StorageError::Kind::ReadOnly,
                tr("The database cannot be written to (the file or its folder is read-only). "
                   "Nothing was changed."),
                detail};
    case 13: // SQLITE_FULL
        return {StorageError::Kind::DiskFull,
                tr("The disk is full. The change was not saved; what was saved before is safe."),
                detail};
    case 11: // SQLITE_CORRUPT
        return {StorageError::Kind::Corrupt,
                tr("The database file is damaged. Restore it from a backup."), detail};
    case 26: // SQLITE_NOTADB
        return {StorageError::Kind::NotADatabase, tr("The file is not a JLGC Desk database."),
                detail};
    case 14: // SQLITE_CANTOPEN
        return {StorageError::Kind::Open, tr("The database file cannot be opened."), detail};
    case 10: // SQLITE_IOERR
        return {StorageError::Kind::Open,
                tr("The database file could not be read or written (an input/output error). "
                   "The change was not saved; what was saved before is safe."),
                detail};
    case 19: // SQLITE_CONSTRAINT
        if (detail.contains(QLatin1String("FOREIGN KEY")))
            return {StorageError::Kind::Referenced,
                    tr("This record is still used by other records and cannot be removed."),
                    detail};
        return {StorageError::Kind::Constraint,
                tr("The change breaks a rule of the database (a duplicate or a missing value)."),
                detail};
    default:
        return {StorageError::Kind::Query, tr("The database reported an error."), detail};
    }
}

} // namespace jlgc
