#include "storage/server/officelogins.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace jlgc {

OfficeLogins::OfficeLogins(Database& server) : m_db(server)
{
    if (!server.onServer())
        throw StorageError(StorageError::Kind::Open,
                           tr("Logins and roles belong to an office server. A file on this "
                              "computer has one user, who may do everything."));
    if (server.schemaVersion() < ServerRoles::RolesVersion)
        throw StorageError(StorageError::Kind::Open,
                           tr("This office server's database has no roles yet (version %1). "
                              "Open it once with this version of JLGC Desk as an administrator.")
                               .arg(server.schemaVersion()));
}

QList<OfficeLogin> OfficeLogins::list() const
{
    // Every login that holds one of the roles, directly or through another
    // role (the tables' owner, a member of it, a superuser), with the
    // strongest it holds: what it may do.
    QStringList strongest;
    const QList<OfficeRole> all = ServerRoles::all();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        strongest << QStringLiteral("WHEN pg_has_role(r.oid, '%1', 'MEMBER') THEN '%1'")
                         .arg(ServerRoles::groupRole(*it));
    Query q(m_db, QStringLiteral("SELECT r.rolname, r.rolcanlogin, r.rolsuper, CASE %2 END FROM "
                                 "pg_roles r WHERE r.rolname <> ALL (%1) AND r.rolname NOT LIKE "
                                 "'pg\\_%' AND pg_has_role(r.oid, '%3', 'MEMBER') ORDER BY "
                                 "r.rolname")
                      .arg(ServerRoles::groupsArray(), strongest.join(QLatin1Char(' ')),
                           ServerRoles::groupRole(OfficeRole::ReadOnly)));
    q.exec();
    QList<OfficeLogin> result;
    while (q.next()) {
        OfficeLogin login;
        login.name = q.text(0);
        login.canLogIn = q.value(1).toBool();
        login.superuser = q.value(2).toBool();
        const QString group = q.text(3);
        for (OfficeRole role : ServerRoles::all())
            if (ServerRoles::groupRole(role) == group)
                login.role = role;
        result << login;
    }
    return result;
}

std::optional<OfficeLogin> OfficeLogins::find(const QString& name) const
{
    for (const OfficeLogin& login : list())
        if (login.name == name)
            return login;
    Query q(m_db, QStringLiteral("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = :n"));
    q.bind(QStringLiteral(":n"), name).exec();
    if (!q.next())
        return std::nullopt;
    return OfficeLogin{name, std::nullopt, q.value(0).toBool(), q.value(1).toBool()};
}

OfficeLogin OfficeLogins::existing(const QString& name) const
{
    const std::optional<OfficeLogin> login = find(name);
    if (!login)
        throw StorageError(StorageError::Kind::NotFound,
                           tr("The office server has no login named %1.").arg(name));
    if (ServerRoles::fromCode(name.mid(5)) && name.startsWith(QLatin1String("jlgc_")))
        throw StorageError(
            StorageError::Kind::NotFound,
            tr("%1 is one of JLGC Desk's roles, not a colleague's login.").arg(name));
    return *login;
}

QString OfficeLogins::scramVerifier(const QString& password)
{
    // RFC 5802 / 7677, as PostgreSQL stores it: SCRAM-SHA-256$<iterations>:
    // <salt>$<StoredKey>:<ServerKey>. A password of other than printable
    // ASCII would first need SASLprep: it is sent as it is, for the server
    // to make its verifier.
    for (QChar c : password)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return password;
    constexpr int Iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    for (char& b : salt)
        b = char(QRandomGenerator::system()->bounded(256));
    const QByteArray key = password.toUtf8();
    auto hmac = [](const QByteArray& k, const QByteArray& message) {
        return QMessageAuthenticationCode::hash(message, k, QCryptographicHash::Sha256);
    };
    // PBKDF2-HMAC-SHA-256 of one block: Hi(password, salt, i).
    QByteArray u = hmac(key, salt + QByteArray::fromHex("00000001"));
    QByteArray salted = u;
    for (int i = 1; i < Iterations; ++i) {
        u = hmac(key, u);
        for (qsizetype j = 0; j < salted.size(); ++j)
            salted[j] = char(salted[j] ^ u[j]);
    }
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(Iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString OfficeLogins::makePassword()
{
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 16; ++i)
        password += alphabet[int(QRandomGenerator::system()->bounded(alphabet.size()))];
    return password;
}

QString OfficeLogins::nameProblem(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z][A-Za-z0-9_.@-]{0,62}$"));
    if (name.trimmed().isEmpty())
        return tr("A login needs a name.");
    if (!allowed.match(name).hasMatch())
        return tr("A login's name is one word of Latin letters, digits and . _ - @, beginning "
                  "with a letter, at most 63 characters (%1).")
            .arg(name);
    if (name.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("jlgc_"), Qt::CaseInsensitive))
        return tr("Names beginning with pg_ or jlgc_ belong to the server and to JLGC Desk (%1).")
            .arg(name);
    return {};
}

void OfficeLogins::runFormatted(const QString& format, const QStringList& values)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders << QStringLiteral(":v%1").arg(i);
    QStringList typed;
    for (const QString& p : placeholders)
        typed << QStringLiteral("CAST(%1 AS text)").arg(p);
    Query text(
        m_db,
        QStringLiteral("SELECT format('%1', %2)").arg(format, typed.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < values.size(); ++i)
        text.bind(placeholders[i], values[i]);
    const QString statement = text.exec().scalar().toString();
    try {
        Query(m_db, statement).exec();
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::ReadOnly)
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("Only an administrator of the office server may manage logins. "
                                  "Nothing was changed."),
                               e.detail());
        throw;
    }
}

void OfficeLogins::refuseForSelf(const QString& name) const
{
    if (name == m_db.historyUser())
        throw StorageError(StorageError::Kind::Conflict,
                           tr("You cannot change your own login's role or disable it: another "
                              "administrator must. Nothing was changed."));
}

QString OfficeLogins::add(const QString& name, OfficeRole role, const QString& password)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    if (find(name))
        throw StorageError(StorageError::Kind::Conflict,
                           tr("The office server already has a login named %1. Nothing was "
                              "changed.")
                               .arg(name));
    const QString given = password.isEmpty() ? makePassword() : password;
    if (given.size() < 8)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A password needs at least 8 characters."));
    // An administrator manages the others' logins (CREATEROLE).
    // The server is sent the password's SCRAM verifier, not the password
    // (which a statement log or pg_stat_activity would show).
    runFormatted(role == OfficeRole::Administrator
                     ? QStringLiteral("CREATE ROLE %I LOGIN CREATEROLE PASSWORD %L IN ROLE %I")
                     : QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I"),
                 {name, scramVerifier(given), ServerRoles::groupRole(role)});
    return given;
}

void OfficeLogins::setRole(const QString& name, OfficeRole role)
{
    const OfficeLogin login = existing(name);
    refuseForSelf(name);
    m_db.transaction([&] {
        // The roles it holds directly, but the new one.
        Query held(m_db, QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g "
                                        "ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
                                        "WHERE r.rolname = :n AND g.rolname = ANY (%1)")
                             .arg(ServerRoles::groupsArray()));
        held.bind(QStringLiteral(":n"), login.name).exec();
        QStringList revoked;
        while (held.next())
            if (held.text(0) != ServerRoles::groupRole(role))
                revoked << held.text(0);
        for (const QString& group : std::as_const(revoked))
            runFormatted(QStringLiteral("REVOKE %I FROM %I"), {group, login.name});
        // A member of the tables' owner (how offices were set up before
        // roles) holds everything through it: no more.
        const QString owner =
            Query(m_db, QStringLiteral("SELECT tableowner FROM pg_tables WHERE schemaname = "
                                       "current_schema() AND tablename = 'jlgc_meta'"))
                .exec()
                .scalar()
                .toString();
        if (owner == login.name)
            throw StorageError(StorageError::Kind::Conflict,
                               tr("%1 owns the office's tables and stays an administrator. "
                                  "Nothing was changed.")
                                   .arg(login.name));
        if (Query(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN "
                                       "pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid "
                                       "= m.member WHERE g.rolname = :o AND r.rolname = :n)"))
                .bind(QStringLiteral(":n"), login.name)
                .bind(QStringLiteral(":o"), owner)
                .exec()
                .scalar()
                .toBool())
            runFormatted(QStringLiteral("REVOKE %I FROM %I"), {owner, login.name});
        runFormatted(QStringLiteral("GRANT %I TO %I"), {ServerRoles::groupRole(role), login.name});
        runFormatted(role == OfficeRole::Administrator
                         ? QStringLiteral("ALTER ROLE %I CREATEROLE")
                         : QStringLiteral("ALTER ROLE %I NOCREATEROLE"),
                     {login.name});
    });
}

void OfficeLogins::disable(const QString& name)
{
    const OfficeLogin login = existing(name);
    refuseForSelf(name);
    runFormatted(QStringLiteral("ALTER ROLE %I NOLOGIN"), {login.name});
    // Sessions open now end too, where this login may end them.
    try {
        Query(m_db, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                   "usename = :n AND pid <> pg_backend_pid()"))
            .bind(QStringLiteral(":n"), login.name)
            .exec();
    } catch (const StorageError&) {
        // Not allowed: they end at their next connection.
    }
}

void OfficeLogins::enable(const QString& name)
{
    const OfficeLogin login = existing(name);
    runFormatted(QStringLiteral("ALTER ROLE %I LOGIN"), {login.name});
}

} // namespace jlgc
