#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jlgc {

class Database;

// The backups of one database file, kept in a folder "backups" beside it.
// A backup is a consistent copy made with VACUUM INTO, so it can be taken
// while the application writes; each one opens as a database of its own.
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

    // Replaces the (closed) database file with a backup. The backup is checked
    // first; the current file is kept as a backup of its own before it is
    // replaced. Throws StorageError and changes nothing on failure.
    void restore(const QString& backupFile);

private:
    QString fileName(Kind kind, const QDateTime& when) const;

    QString m_databasePath;
};

} // namespace jlgc
