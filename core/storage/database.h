#pragma once

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <atomic>
#include <future>
#include <memory>
#include <optional>
#include <type_traits>

namespace jlgc {

class ChangeNotifier;
class Query;

// One open JLGC Desk database file. Opening checks that the file is a
// database of this application and intact, then brings its schema up to date;
// a file that fails a check is refused and left exactly as it was.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Where the records are: one person's SQLite file, or the office's
    // PostgreSQL server (a postgresql:// address; see ServerAddress).
    enum class Engine { Sqlite, PostgreSql };

    // The pages of a file each connection keeps in memory, in KiB (SQLite's
    // default is 2,000): lists read a screen at a time through indexes, and
    // the system keeps the file's pages besides; a bulk load asks for more.
    static constexpr int PageCacheKib = 1024;

    struct Options {
        // Stop migrating at this version (tests build files of older versions).
        int targetVersion = -1;
        // Run PRAGMA quick_check before anything is written.
        bool integrityCheck = true;
        // Run that check in a background thread on a connection of its own
        // instead of before open returns (the window opens at once on a large
        // file). Until it has passed, the connection is query_only, and the
        // first transaction waits for its verdict: a damaged file is never
        // written. A file that needs migrating is still checked first.
        bool deferIntegrityCheck = false;
        // Open without writing anything: no migration, no journal change
        // (to look into a backup or a file of unknown state).
        bool readOnly = false;
        // When the file or its folder cannot be written: open it read-only
        // (isReadOnly(); every save is refused with a message) instead of
        // refusing it. A file that would need upgrading is still refused.
        bool readOnlyWhenUnwritable = true;
        // Keep a backup of an existing file before its schema is migrated.
        bool backupBeforeMigration = true;
    };

    // For commands that only read (info, search, report, export): no
    // integrity check first (SQLite checks each page it reads; writing
    // commands and the window still check), read-only when the file cannot
    // be written.
    static Options forReading();
    // For commands that write (import, restore, demo): checked first, and a
    // file that cannot be written is refused at once.
    static Options forWriting();

    explicit Database(const QString& path);
    Database(const QString& path, const Options& options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestVersion();
    // The database file the application uses when none is named.
    static QString defaultPath();

    // The file's path, or the server's address without its password.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool onServer() const { return m_engine == Engine::PostgreSql; }
    // "sqlite" or "postgresql", as info --json says it.
    QString engineName() const;
    // Whether the schema has a table of this name.
    bool hasTable(const QString& name) const;
    // Changes whenever the schema does (a restore, a migration by another
    // program): SQLite's schema cookie; the schema's version on a server.
    qint64 schemaStamp() const;
    bool isInMemory() const;
    // Opened read-only (Options::readOnly, or a file or folder that cannot
    // be written): every write is refused with StorageError::Kind::ReadOnly.
    bool isReadOnly() const { return m_readOnly; }
    // The 32-bit PRAGMA application_id that marks a JLGC Desk file.
    static int applicationId();
    int schemaVersion() const;
    QSqlDatabase connection() const;
    // Changes whenever another connection commits (PRAGMA data_version).
    qint64 dataVersion() const;
    // How many transactions this connection has committed.
    qint64 commitCount() const { return m_commits; }
    // How many times a server was connected to (1 after opening; one more
    // after each reconnection): what listens on the connection listens again.
    int connectionCount() const { return m_connections; }
    // What changed, announced after each commit of this connection and
    // whenever it is polled (for other programs' commits): see ChangeNotifier.
    ChangeNotifier& notifier();
    // Marks a bulk write that leaves no history (a demo database): watchers
    // read everything again.
    void markEverythingChanged();

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back if fn throws.
    template <class Fn> auto transaction(Fn&& fn) -> decltype(fn());

    // Reads between beginReading() and endReading() see the database as it
    // was at the first of them, whatever other programs commit meanwhile (a
    // backup, a copy): a read transaction of a file, REPEATABLE READ on a
    // server. Inside a write transaction they are that transaction's.
    void beginReading();
    void endReading();

    // Integrity check of the whole file: an empty list means it is intact.
    QStringList integrityProblems(bool quick = false) const;

    // The deferred integrity check (Options::deferIntegrityCheck): whether
    // its verdict is known (true when there is none to wait for), and the
    // verdict itself: waits for it, then allows writes or throws
    // StorageError::Kind::Corrupt (again on every later call).
    bool integrityCheckDone() const;
    void requireIntact();

    // The full check (PRAGMA integrity_check and foreign_key_check: what
    // quick_check misses, such as an index out of step with its table), in
    // a background thread of low priority on a connection of its own, once
    // the window is idle. Until it is done nothing is copied into a backup;
    // when it finds damage, requireIntact() throws from then on.
    void startFullCheck();
    bool fullCheckDone() const;
    // Whether the full check has run and found the file sound.
    bool verified() const { return m_verified; }

    // Turns a driver error into the StorageError the user will read.
    static StorageError errorFrom(const QSqlError& error, const QString& sql = {});

    void begin();
    void commit();
    void rollback();

    // Who is at work, for the history and the Trash: the staff member chosen
    // in the app (the OS user name is read from the environment). Written at
    // the start of each write transaction of this connection.
    void setStaffName(const QString& name);
    QString staffName() const { return m_staffName; }
    // Who the history and the Trash name for this connection's changes: the
    // computer's user on a file, the login on a server.
    QString historyUser() const { return onServer() ? m_login : m_osUser; }
    // On an office server (version 14 on): the login's role ("staff"…; see
    // ServerRoles), empty in a file or for a login without one.
    QString officeRole() const { return m_officeRole; }
    // Whether the fellowship's personal data (fellows' and host families'
    // dietary and medical notes, emergency contacts, home addresses) is
    // withheld from this login: the server refuses it, the application's
    // statements read it as empty and leave it as it is when they write.
    bool hidesPersonalData() const { return m_hidesPersonalData; }
    // An office server of version 14 on: roles, the access log, editing marks.
    bool hasOfficeRoles() const { return m_hasOfficeRoles; }
    QString osUser() const { return m_osUser; }
    // Names this connection in change_log (the session's own undo stack).
    QString session() const { return m_session; }
    static QString currentOsUser();

private:
    void open(const Options& options);
    // The same on a PostgreSQL server (core/storage/server/serverdatabase.cpp).
    void openServer(const Options& options);
    int identifyServer();
    void beginOnServer();
    // Connects to the server of m_path (the address without a password).
    void connectServer();
    // A server's connection cut (the server restarted, the network failed):
    // noted at the error, and made again before the next statement outside
    // a transaction (whatever was being written was rolled back with it).
    void noteServerError(const QSqlError& error) const;
    static bool isConnectionLost(const QSqlError& error);
    void reconnectServerIfLost() const;
    mutable bool m_serverLost = false;
    // BEGIN, COMMIT, SAVEPOINT and RELEASE (never prepared on a server).
    void control(const QString& sql);
    static StorageError serverErrorFrom(const QSqlError& error, const QString& detail);
    void connect(bool readOnly, bool immutable);
    void closeConnection();
    // Reads what the file is (application id, schema version, tables);
    // returns the schema version. Throws when it is not a JLGC Desk file.
    int identify(bool created);
    void migrate(int from, int to);
    // After an error that ended the transaction (SQLite rolls back on a full
    // disk, a damaged page, an I/O error): nothing more may be written in
    // it, or each later statement would commit on its own.
    bool sqliteInTransaction() const;
    void requireTransactionAlive() const;
    void noteFailure(const StorageError& error) const;

    QString m_path;
    Engine m_engine = Engine::Sqlite;
    QString m_connectionName;
    int m_transactionDepth = 0;
    qint64 m_commits = 0;
    int m_connections = 0;
    bool m_readOnly = false;
    bool m_needsApplicationId = false; // a file of an earlier version: marked at the first write
    void* m_handle = nullptr;          // the sqlite3* of the connection
    mutable std::optional<StorageError> m_transactionLost;
    bool m_hasActorTable = false;
    bool m_indexOnCommit = false; // the search index exists: kept current at each commit
    bool m_indexing = false;
    bool m_reading = false; // beginReading() began a read transaction
    QString m_osUser;
    QString m_staffName;
    QString m_login; // on a server: the login connected with
    QString m_officeRole;
    bool m_hidesPersonalData = false;
    bool m_hasOfficeRoles = false;
    // What the login may do (version 14 on): its role, the personal data,
    // writing at all (a read-only login opens the database read-only).
    void readPrivileges();
    QString m_session;
    void startDeferredCheck() const;
    bool m_checkDeferred = false; // a deferred check is awaited
    mutable std::future<QStringList> m_deferredCheck;
    QStringList m_damage; // what the deferred check found
    std::future<QStringList> m_fullCheck;
    std::shared_ptr<std::atomic_bool> m_cancelChecks = std::make_shared<std::atomic_bool>(false);
    bool m_verified = false;

    // Prepared statements kept for reuse: SQLite parses a statement in
    // tens of microseconds, and a list reads hundreds of them a screen.
    // A Query takes one (or prepares its own) and gives it back when done.
    friend class Query;
    QSqlQuery takeStatement(const QString& sql) const;
    void giveBackStatement(const QString& sql, QSqlQuery&& statement) const;
    // A statement as the server runs it: an INSERT into a table whose key
    // numbers itself returns that key (QPSQL has no lastInsertId).
    QString serverStatement(const QString& sql) const;
    mutable std::optional<QHash<QString, QString>> m_identityColumns; // table → its key
    mutable QHash<QString, QString> m_serverStatements;
    void dropStatements() const;
    struct KeptStatements {
        QStringList placeholders; // read from the SQL once, to reset values by name
        QList<QSqlQuery> free;    // prepared, not in use
    };
    mutable QHash<QString, KeptStatements> m_statements;
    // On a server, how often each statement was sent with its values written
    // in (see Query): after InlineUses, the next use is prepared and kept (a
    // statement used twice, as many are at start-up, costs two round trips,
    // not three: PREPARE is one of its own).
    mutable QHash<QString, int> m_sentInline;
    static constexpr int InlineUses = 2;
    mutable QSqlDatabase m_connection; // this Database's connection, looked up once
    std::unique_ptr<ChangeNotifier> m_notifier;
};

template <class Fn> auto Database::transaction(Fn&& fn) -> decltype(fn())
{
    begin();
    try {
        if constexpr (std::is_void_v<decltype(fn())>) {
            fn();
            commit();
        } else {
            auto result = fn();
            commit();
            return result;
        }
    } catch (...) {
        rollback();
        throw;
    }
}

// A prepared statement with bound values that throws StorageError on failure.
class Query {
public:
    Query(const Database& db, const QString& sql);
    Query(const QSqlDatabase& db, const QString& sql);
    ~Query();
    Query(Query&& other) noexcept;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query& operator=(Query&&) = delete;

    Query& bind(const QString& placeholder, const QVariant& value);
    // The value of the position-th ? of the statement (from 0): for
    // statements of thousands of values, which a name would look up one by
    // one among them all.
    Query& bind(int position, const QVariant& value);
    Query& exec();
    bool next();
    QVariant value(int index) const;
    QVariant value(const QString& name) const;
    QString text(int index) const { return value(index).toString(); }
    qint64 id(int index) const { return value(index).toLongLong(); }
    // The key of the row the INSERT just wrote (of the last row, for many).
    qint64 lastInsertId() const;
    int numRowsAffected() const;
    int columnCount() const;
    void finish();

    // First column of the first row, or an invalid QVariant.
    QVariant scalar();

private:
    QString m_sql;
    QSqlQuery m_query;
    const Database* m_owner = nullptr; // whose cache the statement goes back to
    bool m_returnsKey = false;         // on a server: an INSERT … RETURNING its key
    bool m_direct = false;             // on a server: sent unprepared (CREATE, DROP …)
    QVariant m_insertedKey;
    // On a server, a statement's first uses (Database::InlineUses) are sent
    // with their values written in as literals (one round trip, where
    // PREPARE and EXECUTE take two: a window's start runs dozens of
    // statements once or twice); used again, it is prepared. The values
    // wait here until then.
    bool m_inline = false;
    QString m_serverSql; // the statement as the server runs it
    QHash<QString, QVariant> m_named;
    QMap<int, QVariant> m_positional;
    void prepareNow();
};

// Empty strings are stored as NULL so that "not given" has one form.
QVariant nullIfEmpty(const QString& s);
QVariant nullIfInvalid(const QDate& d);
QVariant nullIfZero(qint64 id);

} // namespace jlgc
