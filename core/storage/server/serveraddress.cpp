#include "storage/server/serveraddress.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace jlgc {

namespace {

QMutex passwordsMutex;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> kept;
    return kept;
}

QString schemeOf(const QString& text)
{
    return text.section(QLatin1Char(':'), 0, 0).toLower();
}

} // namespace

void ServerAddress::rememberPassword(const QString& shownAddress, const QString& password)
{
    const QMutexLocker lock(&passwordsMutex);
    if (password.isEmpty())
        passwords().remove(shownAddress);
    else
        passwords().insert(shownAddress, password);
}

QString ServerAddress::rememberedPassword(const QString& shownAddress)
{
    const QMutexLocker lock(&passwordsMutex);
    return passwords().value(shownAddress);
}

bool ServerAddress::isAnyAddress(const QString& text)
{
    static const QRegularExpression address(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return address.match(text).hasMatch();
}

bool ServerAddress::isServerAddress(const QString& text)
{
    if (!isAnyAddress(text))
        return false;
    const QString scheme = schemeOf(text);
    return scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres");
}

std::optional<ServerAddress> ServerAddress::parse(const QString& text, QString* why)
{
    auto refuse = [&](const QString& reason) -> std::optional<ServerAddress> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!isServerAddress(text))
        return refuse(tr("%1 is not the address of a PostgreSQL server "
                         "(postgresql://host/database).")
                          .arg(QUrl(text).toString(QUrl::RemovePassword)));
    const QUrl url(text, QUrl::StrictMode);
    const QString shown = QUrl(text).toString(QUrl::RemovePassword);
    if (!url.isValid())
        return refuse(tr("%1 is not a valid server address.").arg(shown));
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(5432);
    a.user = url.userName();
    a.password = url.password();
    a.database = url.path().mid(1);
    // Kept nowhere: not in the recent databases, not in a second connection's
    // address, not in a message.
    if (!a.password.isEmpty())
        return refuse(tr("%1: leave the password out of the address. JLGC Desk reads it from "
                         "PGPASSWORD or ~/.pgpass, as PostgreSQL's own tools do.")
                          .arg(shown));
    if (a.host.isEmpty())
        return refuse(tr("%1 names no server: write postgresql://host/database.").arg(shown));
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return refuse(tr("%1 names no database: write postgresql://host/database.").arg(shown));
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!modes.contains(value))
                return refuse(tr("%1: sslmode must be one of %2.")
                                  .arg(shown, modes.join(QStringLiteral(", "))));
            a.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            a.sslRootCert = value;
        } else {
            return refuse(tr("%1: the option %2 is not known (sslmode and sslrootcert are).")
                              .arg(shown, key));
        }
    }
    return a;
}

QString ServerAddress::shown() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::connectOptions() const
{
    // Quoted as libpq's conninfo wants; QPSQL joins these with spaces.
    auto quote = [](QString v) {
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + v + QLatin1Char('\'');
    };
    QStringList options{
        QStringLiteral("connect_timeout=10"),
        QStringLiteral("application_name=%1").arg(quote(QStringLiteral("JLGC Desk")))};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + quote(sslRootCert);
    return options.join(QLatin1Char(';'));
}

} // namespace jlgc
