#include "storage/database.h"

#include "storage/backups.h"
#include "storage/history.h"
#include "storage/migrations.h"
#include "storage/recordkinds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace jlgc {

namespace {

constexpr int BusyTimeoutMs = 5000;

bool isMemoryPath(const QString& path)
{
    return path == QLatin1String(":memory:");
}

// Owner-only permissions for the personal data the file holds.
void restrictPermissions(const QString& path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
        dropStatements();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    dropStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
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

void Database::checkHeader() const
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Open,
                           tr("The database file %1 cannot be read. Check that it exists and "
                              "that you may open it.")
                               .arg(QDir::toNativeSeparators(m_path)),
                           file.errorString());
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 is not a JLGC Desk database. It was left unchanged.")
                               .arg(QDir::toNativeSeparators(m_path)));
}

void Database::open(const Options& options)
{
    const bool memory = isMemoryPath(m_path);
    bool created = false;
    if (options.readOnly && !memory && !QFileInfo::exists(m_path))
        throw StorageError(StorageError::Kind::Open,
                           tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(m_path)));
    if (!memory && !options.readOnly) {
        checkHeader();
        const QFileInfo info(m_path);
        if (!info.exists()) {
            QDir dir = info.absoluteDir();
            if (!dir.exists()) {
                if (!QDir().mkpath(dir.absolutePath()))
                    throw StorageError(StorageError::Kind::ReadOnly,
                                       tr("The folder %1 cannot be created.")
                                           .arg(QDir::toNativeSeparators(dir.absolutePath())));
                QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner |
                                                              QFileDevice::WriteOwner |
                                                              QFileDevice::ExeOwner);
            }
            QFile file(m_path);
            if (!file.open(QIODevice::WriteOnly))
                throw StorageError(StorageError::Kind::ReadOnly,
                                   tr("A new database cannot be created in %1: the folder "
                                      "cannot be written to.")
                                       .arg(QDir::toNativeSeparators(dir.absolutePath())),
                                   file.errorString());
            file.close();
            restrictPermissions(m_path);
            created = true;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (options.readOnly)
        checkHeader();
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs) +
                         (options.readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!db.open()) {
        const StorageError e = errorFrom(db.lastError());
        if (created)
            QFile::remove(m_path);
        throw e;
    }

    // Read-only checks first: nothing is written to a file we may refuse.
    int version = 0;
    bool deferCheck = false;
    try {
        version = Query(*this, QStringLiteral("PRAGMA user_version")).exec().scalar().toInt();
        if (version > latestVersion())
            throw StorageError(StorageError::Kind::NewerVersion,
                               tr("%1 was saved by a newer version of JLGC Desk (database "
                                  "version %2; this version reads up to %3). Please update JLGC "
                                  "Desk. The file was left unchanged.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(version)
                                   .arg(latestVersion()));
        const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
        // On a large file quick_check takes seconds; when nothing is to be
        // migrated it runs in the background while writes wait (see Options).
        deferCheck = options.integrityCheck && options.deferIntegrityCheck && !memory && !created &&
                     !options.readOnly && version >= target;
        if (options.integrityCheck && !memory && !created && !deferCheck) {
            const QStringList problems = integrityProblems(true);
            if (!problems.isEmpty())
                throw StorageError(StorageError::Kind::Corrupt,
                                   tr("%1 is damaged and was not opened, so that nothing more is "
                                      "lost. Restore it from a backup.")
                                       .arg(QDir::toNativeSeparators(m_path)),
                                   problems.join(QLatin1Char('\n')));
        }
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::NotADatabase || e.kind() == StorageError::Kind::Query)
            throw StorageError(StorageError::Kind::Corrupt,
                               tr("%1 is damaged and was not opened, so that nothing more is "
                                  "lost. Restore it from a backup.")
                                   .arg(QDir::toNativeSeparators(m_path)),
                               e.detail());
        throw;
    }

    Query(*this, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    if (options.readOnly)
        return;
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
    if (version < target) {
        if (!memory && !created && version > 0 && options.backupBeforeMigration)
            Backups(m_path).create(*this, Backups::Kind::PreMigration);
        migrate(version, target);
        m_statements.clear(); // the migration's statements run once
    }
    m_hasActorTable = Query(*this, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type "
                                                  "= 'table' AND name = 'session_actor'"))
                          .exec()
                          .scalar()
                          .toInt() > 0;
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
    return Query(*this, QStringLiteral("PRAGMA data_version")).exec().scalar().toLongLong();
}

int Database::schemaVersion() const
{
    return Query(*this, QStringLiteral("PRAGMA user_version")).exec().scalar().toInt();
}

QStringList Database::integrityProblems(bool quick) const
{
    Query q(*this, quick ? QStringLiteral("PRAGMA quick_check")
                         : QStringLiteral("PRAGMA integrity_check"));
    q.exec();
    QStringList problems;
    while (q.next()) {
        const QString line = q.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (problems.isEmpty() && !quick) {
        Query fk(*this, QStringLiteral("PRAGMA foreign_key_check"));
        fk.exec();
        while (fk.next())
            problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                            .arg(fk.text(0), fk.text(1), fk.text(2));
    }
    return problems;
}

void Database::startDeferredCheck() const
{
    if (!m_checkDeferred || m_deferredCheck.valid())
        return;
    // Its own read-only connection, in its own thread.
    const QString path = m_path;
    const QString name = m_connectionName + QStringLiteral("-check");
    m_deferredCheck = std::async(std::launch::async, [path, name] {
        QStringList problems;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(path);
            c.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
            if (!c.open()) {
                problems << c.lastError().text();
            } else {
                QSqlQuery q(c);
                if (!q.exec(QStringLiteral("PRAGMA quick_check")))
                    problems << q.lastError().text();
                while (q.next())
                    if (q.value(0).toString() != QLatin1String("ok"))
                        problems << q.value(0).toString();
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return problems;
    });
}

bool Database::integrityCheckDone() const
{
    if (!m_checkDeferred)
        return true;
    // Started on the first question, so that it does not compete with
    // showing the window.
    startDeferredCheck();
    return m_deferredCheck.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void Database::requireIntact()
{
    if (m_checkDeferred) {
        startDeferredCheck();
        m_checkDeferred = false;
        m_damage = m_deferredCheck.get();
        if (m_damage.isEmpty())
            Query(*this, QStringLiteral("PRAGMA query_only = OFF")).exec();
    }
    if (!m_damage.isEmpty())
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("%1 is damaged; nothing more is written to it, so that nothing "
                              "more is lost. Restore it from a backup.")
                               .arg(QDir::toNativeSeparators(m_path)),
                           m_damage.join(QLatin1Char('\n')));
}

void Database::begin()
{
    if (m_transactionDepth == 0) {
        requireIntact();
        Query(*this, QStringLiteral("BEGIN IMMEDIATE")).exec();
        if (m_hasActorTable) {
            // Under the write lock: the triggers of this transaction name us.
            // Written only when it differs, so that a session alone does not
            // write this row at every save.
            try {
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
            } catch (...) {
                QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
                throw;
            }
        }
    } else
        Query(*this, QStringLiteral("SAVEPOINT sp%1").arg(m_transactionDepth)).exec();
    ++m_transactionDepth;
}

void Database::commit()
{
    --m_transactionDepth;
    if (m_transactionDepth == 0)
        Query(*this, QStringLiteral("COMMIT")).exec();
    else
        Query(*this, QStringLiteral("RELEASE sp%1").arg(m_transactionDepth)).exec();
}

void Database::rollback()
{
    --m_transactionDepth;
    QSqlQuery q(connection());
    if (m_transactionDepth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_transactionDepth));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_transactionDepth));
    }
}

StorageError Database::errorFrom(const QSqlError& error, const QString& sql)
{
    // SQLite's primary result codes (the driver reports them as text).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString detail = error.text();
    if (!sql.isEmpty())
        detail += QStringLiteral(" [") + sql.simplified() + QLatin1Char(']');
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

// --- Query -----------------------------------------------------------------

} // namespace jlgc
