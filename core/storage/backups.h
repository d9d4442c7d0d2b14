#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace jlgc {

class Database;

// The backups of one database file, kept in a folder "backups" beside it.
// A backup is a consistent copy made with VACUUM INTO, so it can be taken
// while the application writes; each one opens as a database of its own.
// A backup is written under a name of its own process (NAME.PID.part) and
// renamed, never over an existing file, when whole: two programs backing up
// in the same second keep both, and a kill leaves only a .part that the
// next backup removes once its process is gone.
class Backups {
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    enum class Kind { Daily, Manual, PreMigration, PreImport, PreRestore, Damaged };

    struct Entry {
        QString path;
        QDateTime created; // local time, from the file name
        Kind kind = Kind::Manual;
        qint64 size = 0;
    };

    // How many automatic backups rotation keeps; manual ones are never removed.
    struct Policy {
        int daily = 7;
        int weekly = 4;
        int monthly = 12;
    };

    explicit Backups(const QString& databasePath);

    QString folder() const;
    static QString kindLabel(Kind kind);

    // Writes a backup of the open database into the folder and returns it.
    Entry create(Database& db, Kind kind, const QDateTime& when = QDateTime::currentDateTime());
    // Writes a consistent copy to a file of the user's choice (never over an existing file).
    static void copyTo(Database& db, const QString& file);

    // Newest first.
    QList<Entry> list() const;
    // On the first start of a day: a daily backup, then rotation. Returns
    // whether a backup was made.
    bool makeDailyIfDue(Database& db, const QDateTime& now = QDateTime::currentDateTime());
    // Removes automatic backups beyond the policy; returns the removed files.
    QStringList rotate(const Policy& policy);
    QStringList rotate() { return rotate(Policy{}); }

    // Replaces the database's records with a backup's. The backup must be a
    // JLGC Desk database of this or an earlier version that passes the full
    // integrity and foreign-key checks; it is brought up to this version in
    // a copy, then written into the database file with SQLite's backup API
    // under the file's write lock, like any save: other programs with the
    // file open wait for it and then see the restored records, and nothing
    // they committed is lost (the file as it was, up to their last commit,
    // is kept as a backup under the same lock). Throws StorageError and
    // changes nothing on failure.
    void restore(const QString& backupFile);

    // Whether a file can be restored (see restore()); throws StorageError
    // saying why not.
    static void checkRestorable(const QString& backupFile);

    // Removes what killed programs left in the folder: .part files of
    // processes that no longer run (and their journals).
    QStringList removeLeftovers() const;

private:
    QString fileName(Kind kind, const QDateTime& when) const;
    // A new backup of this kind: writeTo fills a .part file of this
    // process, renamed when whole to a name no other backup has.
    Entry write(Kind kind, const QDateTime& when,
                const std::function<void(const QString&)>& writeTo);
    // Restores the staged copy into the file with SQLite's backup API;
    // false when SQLite cannot read the file (damaged).
    bool restoreIntoOpenFile(const QString& staging);
    void replaceDamagedFile(const QString& staging);

    QString m_databasePath;
};

} // namespace jlgc
