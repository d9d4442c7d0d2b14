#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace jlgc {

// Where an office's records live on a PostgreSQL server, as given to
// --database: postgresql://[user@]host[:port]/dbname[?sslmode=…&sslrootcert=…]
// (libpq's URI form). The password is best left out: libpq reads it from
// PGPASSWORD, ~/.pgpass or a service file.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    QString host;
    int port = 5432;
    QString user;
    QString password; // never: an address that holds one is refused
    QString database;
    QString sslMode;     // disable, allow, prefer, require, verify-ca, verify-full
    QString sslRootCert; // a CA certificate file

    // Whether text names a server (postgresql:// or postgres://), not a file.
    static bool isServerAddress(const QString& text);
    // Whether text begins with any scheme (xyz://): never a file's name.
    static bool isAnyAddress(const QString& text);
    // The address, or nothing when text is not one this version can use;
    // why says what is wrong with it, in the user's language.
    static std::optional<ServerAddress> parse(const QString& text, QString* why = nullptr);

    // The address as shown to people and written to logs: never the password.
    QString shown() const;
    // The options for QPSQL's setConnectOptions (libpq's keywords).
    QString connectOptions() const;

    // A password the window was given for an address (typed, or read from
    // the system keychain), kept in this process's memory only, so that
    // every connection to that address (the list reader's too) logs in
    // with it. An empty one forgets it; without one, libpq looks
    // (PGPASSWORD, ~/.pgpass).
    static void rememberPassword(const QString& shownAddress, const QString& password);
    static QString rememberedPassword(const QString& shownAddress);
};

} // namespace jlgc
