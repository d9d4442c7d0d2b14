#pragma once

#include "storage/server/serverroles.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace jlgc {

class Database;

// A colleague's login on the office server.
struct OfficeLogin {
    QString name;
    std::optional<OfficeRole> role; // none: a login of the server the application gave no role
    bool canLogIn = true;           // false: disabled
    bool superuser = false;         // the server's own administrator (every right)
};

// The logins of an office server and their roles (version 14 on): what an
// administrator does in Settings → Users or with `jlgc-desk users`. Each
// colleague has a PostgreSQL login of their own, member of one of the
// application's group roles (ServerRoles); the server refuses what the
// role may not do. Only a login that may manage roles (an administrator's,
// CREATEROLE) changes them; others are told so and nothing changes.
class OfficeLogins {
    Q_DECLARE_TR_FUNCTIONS(OfficeLogins)
public:
    // Throws StorageError when the database is not on a server of version 14 on.
    explicit OfficeLogins(Database& server);

    // The logins holding one of the roles, by name.
    QList<OfficeLogin> list() const;
    std::optional<OfficeLogin> find(const QString& name) const;

    // A new login with the role. With no password given, one is made up
    // (to be told to the colleague once, and changed by them). Returns the
    // password.
    QString add(const QString& name, OfficeRole role, const QString& password = {});
    void setRole(const QString& name, OfficeRole role);
    // A disabled login can no longer connect; its sessions are ended where
    // the server lets this login end them. Its history stays.
    void disable(const QString& name);
    void enable(const QString& name);

    // 16 letters and digits, none that are easily misread (0/O, 1/l/I).
    static QString makePassword();
    // What the server keeps of a password (SCRAM-SHA-256), made here so that
    // the password itself never travels or is logged.
    static QString scramVerifier(const QString& password);
    // Why a name cannot be a login's (empty: it can).
    static QString nameProblem(const QString& name);

private:
    OfficeLogin existing(const QString& name) const;
    // Runs a statement the server writes with its own quoting (format()).
    void runFormatted(const QString& format, const QStringList& values);
    void refuseForSelf(const QString& name) const;
    Database& m_db;
};

} // namespace jlgc
