#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace jlgc {

class Database;

// The application's roles on an office server (schema version 14 on), made
// as PostgreSQL group roles and enforced by the server itself, so that a
// login in psql has no more rights than in the window:
// - read only (interns, visitors): reads every record except the
//   fellowship's personal data, writes nothing;
// - staff: read only, plus adding, changing and deleting records;
// - fellowship: staff, plus the personal data of fellows and host families
//   (dietary and medical notes, emergency contacts, home addresses);
// - administrator: fellowship, plus managing logins (OfficeLogins), erasing
//   personal data and the history's corrections.
// Each role holds the one before it. The personal columns are withheld by
// column privileges; the history and the Trash, which copy whole rows, by
// row-level security (forced, so that the owner of the tables is no
// exception). Only their triggers write them (secureTriggers), naming the
// login at work; the owner of the tables can still change everything.
enum class OfficeRole { ReadOnly, Staff, Fellowship, Administrator };

class ServerRoles {
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)
public:
    static constexpr int RolesVersion = 14;

    // All four, from the least to the most.
    static QList<OfficeRole> all();
    // "read-only", "staff", "fellowship", "administrator" (the command line's words).
    static QString code(OfficeRole role);
    static std::optional<OfficeRole> fromCode(const QString& code);
    // The group role on the server: "jlgc_staff".
    static QString groupRole(OfficeRole role);
    // In the user's language.
    static QString label(OfficeRole role);

    // The columns only the fellowship role and administrators read or write,
    // by table (from the personal fields of fellows and host families).
    static const QHash<QString, QStringList>& withheldColumns();
    static bool isWithheld(const QString& column);
    // Those tables, by name.
    static QStringList withheldTables();
    // Names made in code as an SQL text[] literal, and the group roles as
    // one in their order, from the least to the most.
    static QString textArray(QStringList names);
    static QString groupsArray();
    // A statement of the application as a login without those columns
    // sends it: the columns read become NULL, and the columns written are
    // left out (they keep their values). The names are unique to their
    // tables, so the text is enough to find them.
    static QString withheld(const QString& sql);

    // Makes the group roles where they are missing, makes the owner of the
    // tables an administrator, and grants each role what it may do on every
    // table of the database, with the history's and the Trash's row policies.
    // Idempotent: a later schema step calls it again for the tables it adds.
    static void install(Database& server);
    // The functions the policies and the access log use (install() makes them).
    static void installHelpers(Database& server);
    // The history's and the Trash's trigger functions made to write as the
    // tables' owner (SECURITY DEFINER): logins have no right to write those
    // tables themselves. Again whenever they are made again
    // (installDerivedTriggers).
    static void secureTriggers(Database& server);
};

} // namespace jlgc
