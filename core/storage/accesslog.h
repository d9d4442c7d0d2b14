#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jlgc {

class Database;

// One time personal data left the database: an export, a report, a backup.
struct AccessEntry {
    qint64 id = 0;
    QDateTime at;    // UTC
    QString login;   // the login on a server, the computer's user in a file
    QString what;    // "export fellows", "report fellowship-medical", "backup"
    QString detail;  // the file written, the report's options
    int records = 0; // records whose personal data it held
};

// The log of every export, report or backup that holds personal data, on
// an office server (schema version 14 on): who, when, what and how many
// records. Each login writes its own entries only, and only administrators
// read them (row-level security, see ServerRoles); an entry is never
// changed or removed by the application.
class AccessLog {
    Q_DECLARE_TR_FUNCTIONS(AccessLog)
public:
    explicit AccessLog(Database& db) : m_db(db) {}

    // Writes an entry in a transaction of its own (nothing in a file). An
    // entry that cannot be written refuses the access (throws).
    void record(const QString& what, const QString& detail, int records);

    // Newest first. On a server, refused to all but administrators.
    QList<AccessEntry> list() const;
    // The entries as a CSV file's text (UTF-8 with a byte order mark).
    static QByteArray toCsv(const QList<AccessEntry>& entries);

    static constexpr int Version = 14;
    // On an office server (version 14 on): the log's table. A file has one
    // user, whose exports are their own: it keeps none.
    static void createTable(Database& server);

private:
    Database& m_db;
};

} // namespace jlgc
