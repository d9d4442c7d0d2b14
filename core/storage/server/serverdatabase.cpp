// Database on a PostgreSQL server: connecting (the address, the password
// from where libpq looks), what the database is (a JLGC Desk database, of
// which version), creating its schema, the person at work in each
// transaction, and the server's errors in the user's words.
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/recordkinds.h"
#include "storage/server/serveraddress.h"
#include "storage/server/serverroles.h"
#include "storage/server/serverschema.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

namespace jlgc {

void Database::openServer(const Options& options)
{
    QString why;
    const std::optional<ServerAddress> address = ServerAddress::parse(m_path, &why);
    if (!address)
        throw StorageError(StorageError::Kind::Open, why);
    m_engine = Engine::PostgreSql;
    m_path = address->shown(); // never the password
    connectServer();

    m_readOnly = options.readOnly;
    const int identifiedVersion = identifyServer();
    int version = identifiedVersion;
    if (version > latestVersion())
        throw StorageError(StorageError::Kind::NewerVersion,
                           tr("The office server %1 holds a database of a newer version of JLGC "
                              "Desk (database version %2; this version reads up to %3). Please "
                              "update JLGC Desk. Nothing was changed.")
                               .arg(m_path)
                               .arg(version)
                               .arg(latestVersion()));
    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    const bool created = version == 0;
    if (created) {
        if (m_readOnly)
            throw StorageError(StorageError::Kind::Open,
                               tr("The database %1 on the office server is empty: it holds no "
                                  "JLGC Desk records yet.")
                                   .arg(m_path));
        if (target < FirstServerVersion)
            throw StorageError(StorageError::Kind::Open,
                               tr("A database on an office server is created at version %1 or "
                                  "later.")
                                   .arg(FirstServerVersion));
        // What the new schema holds (reference data) is indexed as it commits.
        m_indexOnCommit = target == latestVersion();
        transaction([&] { ServerSchema::create(*this, target); });
        version = target;
    } else if (version < target && version < FirstServerVersion) {
        throw StorageError(StorageError::Kind::Open,
                           tr("The database %1 on the office server is of an earlier version "
                              "(%2) that this version of JLGC Desk cannot upgrade. Nothing was "
                              "changed.")
                               .arg(m_path)
                               .arg(version));
    }
    // A command that only reads reads an earlier version as it is (as a file).
    if (version < target && !m_readOnly) {
        try {
            ServerSchema::migrate(*this, version, target);
        } catch (const StorageError& e) {
            if (e.kind() != StorageError::Kind::ReadOnly)
                throw;
            // Each step commits on its own: say where it stopped.
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("The database %1 on the office server must be upgraded from "
                                  "version %2 to %3 before this version of JLGC Desk can use it, "
                                  "and your login may not change its tables. Ask the office's "
                                  "administrator to open it once. It was left at version %4, "
                                  "its records unchanged.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(target)
                                   .arg(schemaVersion()),
                               e.detail());
        }
        version = target;
    }
    if (version != identifiedVersion) {
        m_statements.clear(); // the schema's statements run once
        m_serverStatements.clear();
    }
    m_hasActorTable = false; // the person at work is set per transaction
    if (version >= ServerRoles::RolesVersion)
        readPrivileges();
    // The index is written by this version's code: only in a database of
    // this version (tests make databases of earlier ones).
    m_indexOnCommit = version == latestVersion();
    // The counts' changes since the last opening, folded (see RecordKinds).
    if (!m_readOnly && !created) {
        try {
            transaction([&] { RecordKinds::compactCounts(*this); });
        } catch (const StorageError&) {
            // A login that may only read: the counts stay as they are, right.
        }
    }
}

void Database::readPrivileges()
{
    const auto& withheld = ServerRoles::withheldColumns();
    const QString table = withheld.cbegin().key();
    QStringList roles;
    const QList<OfficeRole> all = ServerRoles::all();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        roles << QStringLiteral("WHEN pg_has_role('%1', 'MEMBER') THEN '%2'")
                     .arg(ServerRoles::groupRole(*it), ServerRoles::code(*it));
    Query q(*this, QStringLiteral("SELECT has_column_privilege(:t, :c, 'SELECT'), "
                                  "has_table_privilege('person', 'INSERT'), CASE %1 ELSE '' END")
                       .arg(roles.join(QLatin1Char(' '))));
    q.bind(QStringLiteral(":t"), table).bind(QStringLiteral(":c"), withheld.value(table).value(0));
    q.exec();
    q.next();
    m_hasOfficeRoles = true;
    const bool hides = !q.value(0).toBool();
    m_officeRole = q.text(2);
    if (!q.value(1).toBool())
        m_readOnly = true; // every save says so before it reaches the server
    if (hides != m_hidesPersonalData) {
        m_hidesPersonalData = hides;
        m_statements.clear(); // read again without the withheld columns
        m_serverStatements.clear();
    }
}

void Database::connectServer()
{
    const std::optional<ServerAddress> address = ServerAddress::parse(m_path);
    if (!address)
        throw StorageError(StorageError::Kind::Open, m_path);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StorageError(StorageError::Kind::Open,
                           tr("JLGC Desk cannot reach PostgreSQL servers on this computer: Qt's "
                              "PostgreSQL driver is not installed (Debian package "
                              "libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setDatabaseName(address->database);
    if (!address->user.isEmpty())
        db.setUserName(address->user);
    if (const QString password = ServerAddress::rememberedPassword(m_path); !password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(address->connectOptions());
    if (!db.open())
        throw StorageError(StorageError::Kind::Open,
                           tr("The office server %1 could not be reached or refused the login. "
                              "Check the address, the user name and the password (PGPASSWORD "
                              "or ~/.pgpass), and that the server is running.")
                               .arg(m_path),
                           db.lastError().text());
    ++m_connections;
    // Dates and times as the application writes them, whatever the
    // server's own settings.
    // (SET cannot be prepared; set_config can.)
    // "Today" is where the application runs (SQLite's localtime).
    // The login, which the history names (session_user).
    Query settings(*this, QStringLiteral("SELECT set_config('client_min_messages', 'warning', "
                                         "false), set_config('TimeZone', 'UTC', false), "
                                         "set_config('jlgc.time_zone', :zone, false), "
                                         "session_user"));
    settings.bind(QStringLiteral(":zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId())).exec();
    if (settings.next())
        m_login = settings.text(3);
}

bool Database::isConnectionLost(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return true;
    // libpq's own words when the socket is gone (no SQLSTATE).
    const QString text = error.text();
    for (const char* words :
         {"server closed the connection", "no connection to the server", "terminating connection",
          "could not send data", "could not receive data", "connection to server"})
        if (text.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    return false;
}

void Database::noteServerError(const QSqlError& error) const
{
    if (onServer() && isConnectionLost(error))
        m_serverLost = true;
}

void Database::reconnectServerIfLost() const
{
    if (!m_serverLost || m_transactionDepth > 0)
        return;
    auto* self = const_cast<Database*>(this);
    self->closeConnection();
    m_serverStatements.clear();
    m_identityColumns.reset();
    m_serverLost = false; // connectServer()'s own statements run on the new connection
    try {
        self->connectServer();
    } catch (const StorageError&) {
        m_serverLost = true; // still unreachable: tried again next time
        throw;
    }
}

int Database::identifyServer()
{
    if (!hasTable(QStringLiteral("jlgc_meta"))) {
        const int tables = Query(*this, QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                       "schemaname = current_schema()"))
                               .exec()
                               .scalar()
                               .toInt();
        if (tables > 0)
            throw StorageError(StorageError::Kind::NotADatabase,
                               tr("The database %1 on the office server holds tables of another "
                                  "program, not JLGC Desk records. It was left unchanged.")
                                   .arg(m_path));
        return 0; // empty: becomes a JLGC Desk database
    }
    const QString application =
        Query(*this, QStringLiteral("SELECT value FROM jlgc_meta WHERE key = 'application_id'"))
            .exec()
            .scalar()
            .toString();
    if (application.toLongLong() != applicationId())
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("The database %1 on the office server belongs to another program. "
                              "It was left unchanged.")
                               .arg(m_path));
    return schemaVersion();
}

void Database::beginOnServer()
{
    // The history and Trash triggers name the person at work: settings
    // that last until this transaction ends (each colleague's own).
    Query(*this, QStringLiteral("SELECT set_config('jlgc.os_user', :u, true), "
                                "set_config('jlgc.staff_name', :s, true), "
                                "set_config('jlgc.session', :x, true)"))
        .bind(QStringLiteral(":u"), m_osUser)
        .bind(QStringLiteral(":s"), m_staffName)
        .bind(QStringLiteral(":x"), m_session)
        .exec();
}

StorageError Database::serverErrorFrom(const QSqlError& error, const QString& detail)
{
    const QString state = error.nativeErrorCode();
    const QString klass = state.left(2);
    if (state == QLatin1String("23503"))
        return {StorageError::Kind::Referenced,
                tr("This record is still used by other records and cannot be removed."), detail};
    if (klass == QLatin1String("23"))
        return {StorageError::Kind::Constraint,
                tr("The change breaks a rule of the database (a duplicate or a missing value)."),
                detail};
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        return {StorageError::Kind::Locked,
                tr("A colleague was saving the same records at the same moment. Nothing was "
                   "changed; try again."),
                detail};
    if (klass == QLatin1String("08") || klass == QLatin1String("57") || isConnectionLost(error))
        return {StorageError::Kind::Open,
                tr("The connection to the office server was lost. The change was not saved; "
                   "what was saved before is safe."),
                detail};
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return {StorageError::Kind::ReadOnly,
                tr("Your login may not make this change on the office server. Nothing was "
                   "changed."),
                detail};
    if (state == QLatin1String("53100"))
        return {StorageError::Kind::DiskFull,
                tr("The office server's disk is full. The change was not saved; what was saved "
                   "before is safe."),
                detail};
    return {StorageError::Kind::Query, tr("The database reported an error."), detail};
}

} // namespace jlgc
