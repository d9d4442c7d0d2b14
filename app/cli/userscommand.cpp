// jlgc-desk --database postgresql://… users list | add NAME --role ROLE
// [--password P] | set-role NAME ROLE | disable NAME | enable NAME
#include "cli/cli.h"
#include "storage/database.h"
#include "storage/server/officelogins.h"

#include <algorithm>

namespace jlgc::cli {

namespace {

QString rolesText()
{
    QStringList codes;
    for (OfficeRole role : ServerRoles::all())
        codes << ServerRoles::code(role);
    return codes.join(QLatin1Char('|'));
}

int usage(Context& context)
{
    context.err << Cli::tr("Usage: jlgc-desk --database postgresql://… users list\n"
                           "       … users add NAME --role %1 [--password PASSWORD]\n"
                           "       … users set-role NAME %1\n"
                           "       … users disable NAME\n"
                           "       … users enable NAME")
                       .arg(rolesText())
                << Qt::endl;
    return UsageError;
}

std::optional<OfficeRole> roleArgument(Context& context, const QString& word)
{
    const std::optional<OfficeRole> role = ServerRoles::fromCode(word);
    if (!role)
        context.err << Cli::tr("Unknown role: %1 (one of %2).").arg(word, rolesText()) << Qt::endl;
    return role;
}

// Padded to `columns` as a terminal shows it (a kanji takes two).
QString padded(const QString& text, int columns)
{
    return text + QString(std::max(0, columns - displayWidth(text)), QLatin1Char(' '));
}

int list(Context& context, OfficeLogins& logins)
{
    const QList<OfficeLogin> all = logins.list();
    auto roleOf = [](const OfficeLogin& l) {
        return l.role ? QStringLiteral("%1 (%2)").arg(ServerRoles::label(*l.role),
                                                      ServerRoles::code(*l.role))
                      : QString();
    };
    int width = displayWidth(Cli::tr("Login"));
    int roleWidth = displayWidth(Cli::tr("Role"));
    for (const OfficeLogin& l : all) {
        width = std::max(width, displayWidth(l.name));
        roleWidth = std::max(roleWidth, displayWidth(roleOf(l)));
    }
    context.out << padded(Cli::tr("Login"), width + 2) << padded(Cli::tr("Role"), roleWidth + 2)
                << Cli::tr("Status") << Qt::endl;
    for (const OfficeLogin& l : all)
        context.out << padded(l.name, width + 2) << padded(roleOf(l), roleWidth + 2)
                    << (l.canLogIn ? Cli::tr("can sign in") : Cli::tr("disabled")) << Qt::endl;
    return Ok;
}

} // namespace

int runUsers(Context& context)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("role"), Cli::tr("The login's role."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("password"),
                      Cli::tr("The login's password (without it, one is made up and printed)."),
                      QStringLiteral("PASSWORD")});
    if (!parser.parse(QStringList{QStringLiteral("users")} + context.arguments))
        return usage(context);
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const int wanted = action == QLatin1String("list")       ? 1
                       : action == QLatin1String("set-role") ? 3
                       : action == QLatin1String("add") || action == QLatin1String("disable") ||
                               action == QLatin1String("enable")
                           ? 2
                           : -1;
    if (wanted < 0 || words.size() != wanted)
        return usage(context);
    if (action == QLatin1String("add") && !parser.isSet(QStringLiteral("role")))
        return usage(context);

    Database db(context.databasePath, Database::forWriting());
    OfficeLogins logins(db);
    if (action == QLatin1String("list"))
        return list(context, logins);
    const QString name = words.value(1);
    if (action == QLatin1String("add")) {
        const std::optional<OfficeRole> role =
            roleArgument(context, parser.value(QStringLiteral("role")));
        if (!role)
            return UsageError;
        const QString given = parser.value(QStringLiteral("password"));
        const QString password = logins.add(name, *role, given);
        context.out
            << Cli::tr("Added the login %1 with the role %2.").arg(name, ServerRoles::label(*role))
            << Qt::endl;
        if (given.isEmpty())
            context.out << Cli::tr("One-time password (tell it to %1, who should change it): %2")
                               .arg(name, password)
                        << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("set-role")) {
        const std::optional<OfficeRole> role = roleArgument(context, words.value(2));
        if (!role)
            return UsageError;
        logins.setRole(name, *role);
        context.out << Cli::tr("%1 now has the role %2.").arg(name, ServerRoles::label(*role))
                    << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("disable")) {
        logins.disable(name);
        context.out << Cli::tr("The login %1 is disabled: it can no longer connect.").arg(name)
                    << Qt::endl;
        return Ok;
    }
    logins.enable(name);
    context.out << Cli::tr("The login %1 can sign in again.").arg(name) << Qt::endl;
    return Ok;
}

} // namespace jlgc::cli
