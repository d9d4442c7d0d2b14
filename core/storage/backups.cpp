#include "storage/backups.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <filesystem>
#include <system_error>

namespace jlgc {

namespace {

const char* const TimeFormat = "yyyyMMdd-HHmmss";

QString kindCode(Backups::Kind kind)
{
    switch (kind) {
    case Backups::Kind::Daily:
        return QStringLiteral("daily");
    case Backups::Kind::Manual:
        return QStringLiteral("manual");
    case Backups::Kind::PreMigration:
        return QStringLiteral("before-upgrade");
    case Backups::Kind::PreImport:
        return QStringLiteral("before-import");
    case Backups::Kind::PreRestore:
        return QStringLiteral("before-restore");
    case Backups::Kind::Damaged:
        break;
    }
    return QStringLiteral("damaged");
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

void vacuumInto(Database& db, const QString& file)
{
    // VACUUM INTO writes a consistent copy even while others write; the
    // target is bound, never pasted into the statement. It writes a ".part"
    // file renamed when complete: a kill -9 in the middle leaves no
    // half-written file under a backup's name (one the Restore dialog would
    // offer and rotation would count). The file is made empty and private
    // first (VACUUM INTO accepts an empty file), so that the personal data is
    // never readable by others, not even for a moment.
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part); // left by a kill: never complete
    {
        QFile target(part);
        if (target.open(QIODevice::WriteOnly))
            target.close();
        QFile::setPermissions(part, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    try {
        Query(db, QStringLiteral("VACUUM INTO :file")).bind(QStringLiteral(":file"), part).exec();
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    QFile::setPermissions(part, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        throw StorageError(
            StorageError::Kind::Open,
            Backups::tr("The backup %1 cannot be written.").arg(QDir::toNativeSeparators(file)));
    }
}

} // namespace

Backups::Backups(const QString& databasePath) : m_databasePath(databasePath) {}

QString Backups::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backups::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return tr("Daily");
    case Kind::Manual:
        return tr("Made by hand");
    case Kind::PreMigration:
        return tr("Before an upgrade");
    case Kind::PreImport:
        return tr("Before an import");
    case Kind::PreRestore:
        return tr("Before a restore");
    case Kind::Damaged:
        break;
    }
    return tr("Damaged file kept");
}

QString Backups::fileName(Kind kind, const QDateTime& when) const
{
    return QStringLiteral("%1-%2-%3.sqlite")
        .arg(QFileInfo(m_databasePath).completeBaseName(), when.toString(QLatin1String(TimeFormat)),
             kindCode(kind));
}

Backups::Entry Backups::create(Database& db, Kind kind, const QDateTime& when)
{
    makePrivateFolder(folder());
    QString path = QDir(folder()).filePath(fileName(kind, when));
    // Two backups in the same second: keep both.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder()).filePath(fileName(kind, when.addSecs(n - 1)));
    vacuumInto(db, path);
    return Entry{path, when, kind, QFileInfo(path).size()};
}

void Backups::copyTo(Database& db, const QString& file)
{
    if (QFileInfo::exists(file))
        throw StorageError(StorageError::Kind::Open,
                           tr("%1 already exists; choose a new file name for the backup.")
                               .arg(QDir::toNativeSeparators(file)));
    vacuumInto(db, file);
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
        e.kind = Kind::Damaged;
        for (Kind k : {Kind::Daily, Kind::Manual, Kind::PreMigration, Kind::PreImport,
                       Kind::PreRestore, Kind::Damaged})
            if (kindCode(k) == m.captured(3))
                e.kind = k;
        entries << e;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.created > b.created; });
    return entries;
}

bool Backups::makeDailyIfDue(Database& db, const QDateTime& now)
{
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

void Backups::restore(const QString& backupFile)
{
    // 1. The backup must be a sound database this version can read.
    {
        Database::Options check;
        check.readOnly = true;
        Database backup(backupFile, check);
    }

    // 2. Keep the current file: as a proper backup when it opens, byte for
    //    byte when it does not (it may be why the user restores).
    if (QFileInfo::exists(m_databasePath)) {
        try {
            Database::Options opts;
            opts.backupBeforeMigration = false;
            opts.targetVersion = 0; // no migration: keep it as it is
            Database current(m_databasePath, opts);
            create(current, Kind::PreRestore);
        } catch (const StorageError&) {
            makePrivateFolder(folder());
            const QString kept =
                QDir(folder()).filePath(fileName(Kind::Damaged, QDateTime::currentDateTime()));
            if (!QFile::copy(m_databasePath, kept))
                throw StorageError(StorageError::Kind::ReadOnly,
                                   tr("The current database could not be kept before the "
                                      "restore, so nothing was restored."));
            const QString wal = m_databasePath + QStringLiteral("-wal");
            if (QFileInfo::exists(wal))
                QFile::copy(wal, kept + QStringLiteral("-wal"));
        }
    }

    // 3. Copy, then replace in one step; the old WAL must not be replayed
    //    into the restored file.
    const QString staging = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(backupFile, staging))
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("The backup could not be copied next to the database (is the disk "
                              "full or the folder read-only?). Nothing was restored."));
    QFile::setPermissions(staging, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(m_databasePath + QStringLiteral("-wal"));
    QFile::remove(m_databasePath + QStringLiteral("-shm"));
    std::error_code ec;
    std::filesystem::rename(staging.toStdString(), m_databasePath.toStdString(), ec);
    if (ec) {
        QFile::remove(staging);
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("The database file could not be replaced. Nothing was restored."),
                           QString::fromStdString(ec.message()));
    }
}

} // namespace jlgc
