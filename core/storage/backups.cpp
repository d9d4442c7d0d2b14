#include "storage/backups.h"

#include "domain/enumtable.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/server/serveraddress.h"
#include "storage/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <filesystem>
#include <memory>
#include <sqlite3.h>
#include <system_error>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace jlgc {

namespace {

const char* const TimeFormat = "yyyyMMdd-HHmmss";

// The kinds, with the code in a backup's file name and their labels; a file
// whose code is none of these is a damaged file kept.
const EnumTable<Backups::Kind>& kinds()
{
    using K = Backups::Kind;
    static const EnumEntry<K> entries[] = {
        {K::Daily, "daily", QT_TRANSLATE_NOOP("Backups", "Daily")},
        {K::Manual, "manual", QT_TRANSLATE_NOOP("Backups", "Made by hand")},
        {K::PreMigration, "before-upgrade", QT_TRANSLATE_NOOP("Backups", "Before an upgrade")},
        {K::PreImport, "before-import", QT_TRANSLATE_NOOP("Backups", "Before an import")},
        {K::PreRestore, "before-restore", QT_TRANSLATE_NOOP("Backups", "Before a restore")},
        {K::Damaged, "damaged", QT_TRANSLATE_NOOP("Backups", "Damaged file kept")},
    };
    static const EnumTable<K> table("Backups", K::Damaged, entries);
    return table;
}

// A server has no folder of backups beside it: a copy of it is written to
// a file of the user's choice (copyTo), and nothing here touches a file
// named like its address.
void refuseServer(const QString& databasePath)
{
    if (ServerAddress::isServerAddress(databasePath))
        throw StorageError(
            StorageError::Kind::Open,
            Backups::tr("A database on an office server keeps no backups of its own beside it. "
                        "Write a copy of it to a file with Back Up (jlgc-desk backup FILE) and "
                        "put one back into an empty database with copy-database; the server "
                        "itself is backed up with PostgreSQL's pg_dump (see the README). Nothing "
                        "was changed."));
}

bool isAutomatic(Backups::Kind kind)
{
    return kind != Backups::Kind::Manual && kind != Backups::Kind::Damaged;
}

void makePrivateFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        throw StorageError(StorageError::Kind::ReadOnly,
                           Backups::tr("The backups folder %1 cannot be created.")
                               .arg(QDir::toNativeSeparators(path)));
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// NAME.PID.part: a backup being written by process PID.
QString partName(const QString& file)
{
    return QStringLiteral("%1.%2.part").arg(file).arg(QCoreApplication::applicationPid());
}

void removeWithJournal(const QString& file)
{
    QFile::remove(file);
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
}

// An empty file only its owner may read (VACUUM INTO accepts an empty
// file), so that the personal data is never readable by others, not even
// for a moment. NewOnly: never another process's file of the same name.
void makeEmptyPrivate(const QString& file)
{
    QFile target(file);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw StorageError(
            StorageError::Kind::ReadOnly,
            Backups::tr("The backup %1 cannot be written.").arg(QDir::toNativeSeparators(file)),
            target.errorString());
    target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void vacuumInto(Database& db, const QString& part)
{
    // VACUUM INTO writes a consistent copy even while others write; the
    // target is bound, never pasted into the statement.
    makeEmptyPrivate(part);
    Query(db, QStringLiteral("VACUUM INTO :file")).bind(QStringLiteral(":file"), part).exec();
    QFile::setPermissions(part, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// A server's records, read in one snapshot, as a new JLGC Desk file: it
// opens as a database of its own, and copy-database puts it back.
void copyFromServer(Database& server, const QString& part)
{
    makeEmptyPrivate(part);
    Database::Options options;
    options.integrityCheck = false;
    options.backupBeforeMigration = false;
    options.readOnlyWhenUnwritable = false;
    Database file(part, options);
    DatabaseCopy::copy(server, file);
}

bool processIsGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

} // namespace

Backups::Backups(const QString& databasePath) : m_databasePath(databasePath) {}

QString Backups::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backups::kindLabel(Kind kind)
{
    return kinds().label(kind);
}

QString Backups::fileName(Kind kind, const QDateTime& when) const
{
    return QStringLiteral("%1-%2-%3.sqlite")
        .arg(QFileInfo(m_databasePath).completeBaseName(), when.toString(QLatin1String(TimeFormat)),
             kinds().code(kind));
}

Backups::Entry Backups::write(Kind kind, const QDateTime& when,
                              const std::function<void(const QString&)>& writeTo)
{
    makePrivateFolder(folder());
    const QDir dir(folder());
    int n = 0;
    auto nameAt = [&](int i) { return dir.filePath(fileName(kind, when.addSecs(i))); };
    while (QFileInfo::exists(nameAt(n))) // two backups in the same second: keep both
        ++n;
    const QString part = partName(nameAt(n));
    removeWithJournal(part); // left by an earlier process of the same number
    try {
        writeTo(part);
    } catch (...) {
        removeWithJournal(part);
        throw;
    }
    // Renamed when whole, never over a file: another program may have taken
    // the name meanwhile, and then the next second's is used.
    for (;; ++n) {
        const QString path = nameAt(n);
        if (QFile::rename(part, path)) {
            removeWithJournal(part);
            return Entry{path, when.addSecs(n), kind, QFileInfo(path).size()};
        }
        if (!QFileInfo::exists(path) || n > 3600) {
            removeWithJournal(part);
            throw StorageError(
                StorageError::Kind::ReadOnly,
                tr("The backup %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        }
    }
}

Backups::Entry Backups::create(Database& db, Kind kind, const QDateTime& when)
{
    refuseServer(db.path());
    // A file known to be damaged is never copied over the good backups.
    db.requireIntact();
    removeLeftovers();
    return write(kind, when, [&](const QString& part) { vacuumInto(db, part); });
}

void Backups::copyTo(Database& db, const QString& file)
{
    if (QFileInfo::exists(file))
        throw StorageError(StorageError::Kind::Open,
                           tr("%1 already exists; choose a new file name for the backup.")
                               .arg(QDir::toNativeSeparators(file)));
    db.requireIntact();
    const QString part = partName(file);
    removeWithJournal(part);
    try {
        if (db.onServer())
            copyFromServer(db, part);
        else
            vacuumInto(db, part);
    } catch (...) {
        removeWithJournal(part);
        throw;
    }
    if (!QFile::rename(part, file)) {
        removeWithJournal(part);
        throw StorageError(StorageError::Kind::Open,
                           tr("%1 cannot be written (another file of that name appeared, or the "
                              "folder cannot be written to).")
                               .arg(QDir::toNativeSeparators(file)));
    }
    removeWithJournal(part);
}

QStringList Backups::removeLeftovers() const
{
    static const QRegularExpression re(QStringLiteral("\\.(\\d+)\\.part(-journal|-wal|-shm)?$"));
    QStringList removed;
    const QFileInfoList files =
        QDir(folder()).entryInfoList({QStringLiteral("*.part"), QStringLiteral("*.part-journal"),
                                      QStringLiteral("*.part-wal"), QStringLiteral("*.part-shm")},
                                     QDir::Files);
    for (const QFileInfo& f : files) {
        const auto m = re.match(f.fileName());
        // A .part of an earlier version (no process number): stale once old.
        const bool gone = m.hasMatch()
                              ? processIsGone(m.captured(1).toLongLong())
                              : f.lastModified().secsTo(QDateTime::currentDateTime()) > 3600;
        if (gone && QFile::remove(f.absoluteFilePath()))
            removed << f.absoluteFilePath();
    }
    return removed;
}

QList<Backups::Entry> Backups::list() const
{
    static const QRegularExpression re(QStringLiteral("^(.*)-(\\d{8}-\\d{6})-([a-z-]+)\\.sqlite$"));
    const QString stem = QFileInfo(m_databasePath).completeBaseName();
    QList<Entry> entries;
    const QFileInfoList files =
        QDir(folder()).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo& f : files) {
        const auto m = re.match(f.fileName());
        if (!m.hasMatch() || m.captured(1) != stem)
            continue;
        Entry e;
        e.path = f.absoluteFilePath();
        e.created = QDateTime::fromString(m.captured(2), QLatin1String(TimeFormat));
        e.size = f.size();
        e.kind = kinds().fromCode(m.captured(3));
        entries << e;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.created > b.created; });
    return entries;
}

bool Backups::makeDailyIfDue(Database& db, const QDateTime& now)
{
    refuseServer(db.path());
    removeLeftovers();
    for (const Entry& e : list())
        if (e.kind == Kind::Daily && e.created.date() == now.date())
            return false;
    create(db, Kind::Daily, now);
    rotate();
    return true;
}

QStringList Backups::rotate(const Policy& policy)
{
    const QList<Entry> all = list(); // newest first
    QSet<QString> keep;
    QSet<QString> days;
    QSet<QString> weeks;
    QSet<QString> months;
    int newest = 0;
    for (const Entry& e : all) {
        if (!isAutomatic(e.kind)) {
            keep.insert(e.path);
            continue;
        }
        // The three newest are always kept, whatever their kind.
        if (newest++ < 3)
            keep.insert(e.path);
        const QDate d = e.created.date();
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        const QString day = d.toString(Qt::ISODate);
        const QString wk = QStringLiteral("%1-W%2").arg(weekYear).arg(week);
        const QString month = d.toString(QStringLiteral("yyyy-MM"));
        if (!days.contains(day) && days.size() < policy.daily) {
            days.insert(day);
            keep.insert(e.path);
        }
        if (!weeks.contains(wk) && weeks.size() < policy.weekly) {
            weeks.insert(wk);
            keep.insert(e.path);
        }
        if (!months.contains(month) && months.size() < policy.monthly) {
            months.insert(month);
            keep.insert(e.path);
        }
    }
    QStringList removed;
    for (const Entry& e : all)
        if (!keep.contains(e.path) && QFile::remove(e.path))
            removed << e.path;
    return removed;
}

void Backups::checkRestorable(const QString& backupFile)
{
    const QString name = QDir::toNativeSeparators(backupFile);
    const QFileInfo info(backupFile);
    if (!info.exists() || !info.isFile())
        throw StorageError(StorageError::Kind::Open, tr("The backup %1 does not exist.").arg(name));
    if (info.size() == 0)
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 is empty: it is not a backup of a JLGC Desk database. Nothing "
                              "was restored.")
                               .arg(name));
    Database::Options options;
    options.readOnly = true;
    options.integrityCheck = false; // the full check follows
    int version = 0;
    QStringList problems;
    try {
        Database backup(backupFile, options);
        version = backup.schemaVersion();
        if (version > 0)
            problems = backup.integrityProblems(false);
    } catch (const StorageError& e) {
        switch (e.kind()) {
        case StorageError::Kind::NewerVersion:
            throw;
        case StorageError::Kind::NotADatabase:
            throw StorageError(e.kind(),
                               tr("%1 is not a backup of a JLGC Desk database. Nothing was "
                                  "restored.")
                                   .arg(name),
                               e.detail());
        default:
            throw StorageError(
                StorageError::Kind::Corrupt,
                tr("The backup %1 cannot be read, so it was not restored.").arg(name),
                e.message() + QLatin1Char('\n') + e.detail());
        }
    }
    if (version < 1)
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 holds no JLGC Desk records: it is not a backup. Nothing was "
                              "restored.")
                               .arg(name));
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("The backup %1 is damaged, so it was not restored. Choose another "
                              "backup.")
                               .arg(name),
                           problems.join(QLatin1Char('\n')));
}

void Backups::restore(const QString& backupFile)
{
    refuseServer(m_databasePath);
    checkRestorable(backupFile);
    makePrivateFolder(folder());
    removeLeftovers();

    // 1. A copy of the backup, brought up to this version's schema and
    //    checked, beside the other backups (same file system as the file).
    const QString staging = partName(QDir(folder()).filePath(
        QFileInfo(m_databasePath).completeBaseName() + QStringLiteral("-restoring.sqlite")));
    removeWithJournal(staging);
    struct Cleanup {
        QString file;
        ~Cleanup() { removeWithJournal(file); }
    } cleanup{staging};
    {
        SqliteFile source(backupFile, SqliteFile::Mode::ReadOnly);
        SqliteFile::copyTo(source, staging);
    }
    {
        Database::Options options;
        options.integrityCheck = false; // checked above
        options.backupBeforeMigration = false;
        options.readOnlyWhenUnwritable = false;
        Database copy(staging, options);
    }

    // 2. Into the database file.
    if (!QFileInfo::exists(m_databasePath)) {
        // Nobody has it open: the staged copy becomes the file.
        QFile::remove(m_databasePath + QStringLiteral("-wal"));
        QFile::remove(m_databasePath + QStringLiteral("-shm"));
        if (!QFile::rename(staging, m_databasePath))
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("The database file could not be written. Nothing was "
                                  "restored."));
        return;
    }
    if (!restoreIntoOpenFile(staging))
        replaceDamagedFile(staging);
}

bool Backups::restoreIntoOpenFile(const QString& staging)
{
    auto isDamage = [](const StorageError& e) {
        return e.kind() == StorageError::Kind::NotADatabase ||
               e.kind() == StorageError::Kind::Corrupt;
    };
    SqliteFile source(staging, SqliteFile::Mode::ReadOnly);
    std::unique_ptr<SqliteFile> live;
    try {
        // Writers get the usual patience, and a little more.
        live = std::make_unique<SqliteFile>(m_databasePath, SqliteFile::Mode::ReadWrite, 15000);
        const qint64 id = live->scalar("PRAGMA application_id");
        const qint64 tables =
            live->scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                         "('prefecture', 'organization', 'person')");
        if (id != Database::applicationId() && !(id == 0 && tables == 3))
            throw StorageError(StorageError::Kind::NotADatabase,
                               tr("%1 is not a JLGC Desk database. Nothing was restored.")
                                   .arg(QDir::toNativeSeparators(m_databasePath)));
        if (live->scalar("PRAGMA page_size") != source.scalar("PRAGMA page_size"))
            live->exec("PRAGMA journal_mode = DELETE"); // the backup API needs equal pages in WAL
        live->exec("PRAGMA journal_mode = WAL");
    } catch (const StorageError& e) {
        if (isDamage(e))
            return false;
        throw;
    }

    sqlite3_backup* backup = sqlite3_backup_init(live->handle(), "main", source.handle(), "main");
    if (!backup)
        throw live->lastError(tr("The database could not be restored."));
    // Taking the write lock (copying no page yet): from here until the end,
    // no other program commits.
    int rc = sqlite3_backup_step(backup, 0);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        sqlite3_backup_finish(backup);
        throw StorageError(StorageError::Kind::Locked,
                           tr("The database is being written by another program and did not "
                              "become free in time. Nothing was restored; try again in a "
                              "moment."));
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_backup_finish(backup);
        const StorageError e = live->lastError(tr("The database could not be restored."));
        if (isDamage(e))
            return false;
        throw e;
    }
    // The file as it is now, to the last commit of every program, is kept.
    try {
        SqliteFile current(m_databasePath, SqliteFile::Mode::ReadOnly);
        write(Kind::PreRestore, QDateTime::currentDateTime(),
              [&](const QString& part) { SqliteFile::copyTo(current, part); });
    } catch (const StorageError& e) {
        sqlite3_backup_finish(backup);
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("The current database could not be kept before the restore, so "
                              "nothing was restored."),
                           e.message() + QLatin1Char('\n') + e.detail());
    }
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup); // rolls back unless done
    if (rc != SQLITE_DONE)
        throw live->lastError(tr("The database could not be restored; it was left as it was."));
    return true;
}

void Backups::replaceDamagedFile(const QString& staging)
{
    // SQLite cannot open the file: it is replaced whole, but only while no
    // other program has it open (nothing of this one has: every connection
    // of the restore is closed by now).
    if (sqliteFileInUse(m_databasePath))
        throw StorageError(StorageError::Kind::Locked,
                           tr("%1 is damaged and still open in another program or window. Close "
                              "it there, then restore again. Nothing was restored.")
                               .arg(QDir::toNativeSeparators(m_databasePath)));
    // Kept byte for byte (it may be why the user restores).
    write(Kind::Damaged, QDateTime::currentDateTime(), [&](const QString& part) {
        if (!QFile::copy(m_databasePath, part))
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("The current database could not be kept before the restore, "
                                  "so nothing was restored."));
        const QString wal = m_databasePath + QStringLiteral("-wal");
        if (QFileInfo::exists(wal))
            QFile::copy(wal, part + QStringLiteral("-wal"));
    });
    // The old WAL must not be replayed into the restored file.
    QFile::remove(m_databasePath + QStringLiteral("-wal"));
    QFile::remove(m_databasePath + QStringLiteral("-shm"));
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(staging).toStdString(),
                            QFile::encodeName(m_databasePath).toStdString(), ec);
    if (ec)
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("The database file could not be replaced. Nothing was restored."),
                           QString::fromStdString(ec.message()));
}

} // namespace jlgc
