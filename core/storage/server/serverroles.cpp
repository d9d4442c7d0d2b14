#include "storage/server/serverroles.h"

#include "domain/enumtable.h"
#include "storage/database.h"
#include "storage/records/recordtype.h"
#include "storage/records/recordtypelist.h"

#include <QRegularExpression>

namespace jlgc {

namespace {

const EnumTable<OfficeRole>& roles()
{
    static const EnumEntry<OfficeRole> entries[] = {
        {OfficeRole::ReadOnly, "read-only", QT_TRANSLATE_NOOP("ServerRoles", "Read only")},
        {OfficeRole::Staff, "staff", QT_TRANSLATE_NOOP("ServerRoles", "Staff")},
        {OfficeRole::Fellowship, "fellowship",
         QT_TRANSLATE_NOOP("ServerRoles", "Fellowship coordinator")},
        {OfficeRole::Administrator, "administrator",
         QT_TRANSLATE_NOOP("ServerRoles", "Administrator")},
    };
    static const EnumTable<OfficeRole> table("ServerRoles", OfficeRole::ReadOnly, entries);
    return table;
}

} // namespace

QList<OfficeRole> ServerRoles::all()
{
    return roles().all();
}

QString ServerRoles::code(OfficeRole role)
{
    return roles().code(role);
}

std::optional<OfficeRole> ServerRoles::fromCode(const QString& code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (OfficeRole role : all())
        if (ServerRoles::code(role) == c)
            return role;
    if (c == QLatin1String("readonly"))
        return OfficeRole::ReadOnly;
    return std::nullopt;
}

QString ServerRoles::groupRole(OfficeRole role)
{
    return QStringLiteral("jlgc_") + code(role).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString ServerRoles::label(OfficeRole role)
{
    return roles().label(role);
}

const QHash<QString, QStringList>& ServerRoles::withheldColumns()
{
    static const QHash<QString, QStringList> columns = [] {
        QHash<QString, QStringList> result;
        for (const RecordType* type : {&recordtypes::fellows(), &hostFamiliesType()})
            for (const FieldSpec& f : type->fields)
                if (f.personal())
                    result[type->table] << f.column;
        return result;
    }();
    return columns;
}

bool ServerRoles::isWithheld(const QString& column)
{
    for (const QStringList& columns : withheldColumns())
        if (columns.contains(column))
            return true;
    return false;
}

namespace {

QString alternatives(const QStringList& names)
{
    QStringList escaped;
    for (const QString& n : names)
        escaped << QRegularExpression::escape(n);
    return escaped.join(QLatin1Char('|'));
}

// The items of a parenthesised list, split at its top-level commas.
QStringList items(const QString& list)
{
    QStringList result;
    int depth = 0;
    QString current;
    for (QChar c : list) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            result << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

QString bare(QString name)
{
    return name.remove(QLatin1Char('"')).trimmed();
}

} // namespace

QString ServerRoles::withheld(const QString& sql)
{
    const QHash<QString, QStringList>& withheld = withheldColumns();
    static const QRegularExpression any(QStringLiteral("\\b(%1)\\b").arg(alternatives([&] {
        QStringList all;
        for (const QStringList& columns : withheld)
            all << columns;
        return all;
    }())));
    if (!any.match(sql).hasMatch())
        return sql;

    // INSERT INTO t (a, b, …) VALUES (x, y, …): the pairs of t's withheld columns left out.
    static const QRegularExpression insert(
        QStringLiteral(
            "^(\\s*INSERT\\s+INTO\\s+\"?(\\w+)\"?\\s*)\\(([^()]*)\\)(\\s*VALUES\\s*)\\((.*)"
            "\\)(\\s*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = insert.match(sql); m.hasMatch()) {
        const QStringList hidden = withheld.value(m.captured(2));
        const QStringList columns = items(m.captured(3));
        const QStringList values = items(m.captured(5));
        if (hidden.isEmpty() || columns.size() != values.size())
            return sql;
        QStringList keptColumns;
        QStringList keptValues;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (hidden.contains(bare(columns[i])))
                continue;
            keptColumns << columns[i];
            keptValues << values[i];
        }
        return m.captured(1) + QLatin1Char('(') + keptColumns.join(QStringLiteral(", ")) +
               QLatin1Char(')') + m.captured(4) + QLatin1Char('(') +
               keptValues.join(QStringLiteral(", ")) + QLatin1Char(')') + m.captured(6);
    }

    QString s = sql;
    // UPDATE t SET a = :x, …: t's withheld assignments left out.
    static const QRegularExpression update(QStringLiteral("^\\s*UPDATE\\s+\"?(\\w+)\"?\\s+SET\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = update.match(s); m.hasMatch()) {
        const QStringList hidden = withheld.value(m.captured(1));
        if (!hidden.isEmpty()) {
            // One followed by another, or the last before WHERE.
            s.remove(QRegularExpression(QStringLiteral("\"?\\b(?:%1)\\b\"?\\s*=\\s*:\\w+\\s*,\\s*")
                                            .arg(alternatives(hidden))));
            s.remove(QRegularExpression(
                QStringLiteral(",\\s*\"?\\b(?:%1)\\b\"?\\s*=\\s*:\\w+(?=\\s+WHERE\\b|\\s*$)")
                    .arg(alternatives(hidden))));
        }
    }

    // What is read: nothing. The tables a statement reads, by the names it
    // gives them (FROM fellow f, JOIN host_family AS h, fellow.x).
    static const QStringList notAliases = {
        QStringLiteral("where"), QStringLiteral("join"),  QStringLiteral("left"),
        QStringLiteral("inner"), QStringLiteral("cross"), QStringLiteral("on"),
        QStringLiteral("order"), QStringLiteral("group"), QStringLiteral("limit"),
        QStringLiteral("using"), QStringLiteral("set"),   QStringLiteral("union")};
    QStringList mentioned;
    for (auto it = withheld.cbegin(); it != withheld.cend(); ++it) {
        const QString table = it.key();
        const QString columns = alternatives(it.value());
        QStringList names{table};
        const QRegularExpression from(
            QStringLiteral("\\b(?:FROM|JOIN|UPDATE)\\s+\"?%1\\b\"?(?:\\s+(?:AS\\s+)?(\\w+))?")
                .arg(table),
            QRegularExpression::CaseInsensitiveOption);
        bool read = false;
        for (auto m = from.globalMatch(s); m.hasNext();) {
            const QRegularExpressionMatch one = m.next();
            read = true;
            const QString alias = one.captured(1);
            if (!alias.isEmpty() && !notAliases.contains(alias.toLower()))
                names << alias;
        }
        if (!read)
            continue;
        mentioned << table;
        s.replace(
            QRegularExpression(
                QStringLiteral("\\b(?:%1)\\.\"?(?:%2)\\b\"?").arg(alternatives(names), columns)),
            QStringLiteral("NULL"));
    }
    // Unqualified names, where one table that withholds them is read.
    if (mentioned.size() == 1)
        s.replace(QRegularExpression(QStringLiteral("(?<![.\\w\":'])\"?\\b(?:%1)\\b\"?(?![\\w\"'])")
                                         .arg(alternatives(withheld.value(mentioned.front())))),
                  QStringLiteral("NULL"));
    return s;
}

QString ServerRoles::textArray(QStringList names)
{
    for (QString& n : names)
        n = QStringLiteral("'%1'").arg(n); // names from code, never from the user
    return QStringLiteral("CAST(ARRAY[%1] AS text[])").arg(names.join(QStringLiteral(", ")));
}

QString ServerRoles::groupsArray()
{
    QStringList groups; // from the least to the most (array_position ranks them)
    for (OfficeRole role : all())
        groups << groupRole(role);
    return textArray(groups);
}

QStringList ServerRoles::withheldTables()
{
    QStringList tables = withheldColumns().keys();
    tables.sort(); // the same statements whatever the hash's order
    return tables;
}

void ServerRoles::install(Database& server)
{
    installHelpers(server);
    const QStringList tables = withheldTables();
    QStringList withheldPairs; // 'table.column'
    for (auto it = withheldColumns().cbegin(); it != withheldColumns().cend(); ++it)
        for (const QString& c : it.value())
            withheldPairs << it.key() + QLatin1Char('.') + c;
    withheldPairs.sort();
    const QString fellowship = groupRole(OfficeRole::Fellowship);
    const QString administrator = groupRole(OfficeRole::Administrator);
    // Rows of the history and the Trash that copy a withheld table's rows.
    const QString visible = QStringLiteral("(table_name <> ALL (%1) OR pg_has_role('%2', "
                                           "'MEMBER'))")
                                .arg(textArray(tables), fellowship);
    const QString asAdministrator =
        QStringLiteral("pg_has_role('%1', 'MEMBER')").arg(administrator);

    // One statement: one round trip, whatever the number of tables.
    const QString sql =
        QStringLiteral(R"SQL(DO $jlgc$
DECLARE
    groups text[] := %1;
    withheld_tables text[] := %2;
    withheld text[] := %3;
    i int;
    t text;
    open_columns text;
BEGIN
    -- The group roles, each holding the one before it (cluster-wide: made once).
    -- Two databases of one server made at the same moment may race to make
    -- them: what the other made is as good.
    FOR i IN 1 .. array_length(groups, 1) LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = groups[i]) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', groups[i]);
            EXCEPTION WHEN OTHERS THEN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = groups[i]) THEN
                    RAISE;
                END IF;
            END;
        END IF;
        IF i > 1 AND NOT pg_has_role(groups[i], groups[i - 1], 'MEMBER') THEN
            BEGIN
                EXECUTE format('GRANT %I TO %I', groups[i - 1], groups[i]);
            EXCEPTION WHEN OTHERS THEN
                IF NOT pg_has_role(groups[i], groups[i - 1], 'MEMBER') THEN
                    RAISE;
                END IF;
            END;
        END IF;
    END LOOP;
    -- Whoever owns the tables administers them.
    IF NOT pg_has_role(current_user, '%4', 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', '%4', current_user);
    END IF;

    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
        EXECUTE format('REVOKE ALL ON %I FROM PUBLIC, %s', t,
                       (SELECT string_agg(quote_ident(g), ', ') FROM unnest(groups) g));
        IF t = ANY (withheld_tables) THEN
            SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position)
              INTO open_columns FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = t
               AND t || '.' || column_name <> ALL (withheld);
            EXECUTE format('GRANT SELECT (%s) ON %I TO jlgc_read_only', open_columns, t);
            EXECUTE format('GRANT INSERT (%s), UPDATE (%s), DELETE ON %I TO jlgc_staff',
                           open_columns, open_columns, t);
            EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO jlgc_fellowship', t);
        ELSIF t = 'access_log' THEN
            -- Who took personal data out: written by all who may, read by
            -- administrators (and each entry only in one's own name).
            -- (The new entry's number comes back, as after every insert.)
            EXECUTE format('GRANT INSERT, SELECT (id) ON %I TO jlgc_staff', t);
            EXECUTE format('GRANT SELECT ON %I TO jlgc_administrator', t);
        ELSIF t = 'jlgc_meta' THEN
            EXECUTE format('GRANT SELECT ON %I TO jlgc_read_only', t);
        ELSIF t = 'change_log' THEN
            -- History is written by the triggers only (as the tables'
            -- owner: see secureTriggers), naming the login at work, and
            -- corrected only by an administrator (a person's erasure; a
            -- copy into a new database).
            EXECUTE format('GRANT SELECT ON %I TO jlgc_read_only', t);
            EXECUTE format('GRANT INSERT, UPDATE ON %I TO jlgc_administrator', t);
        ELSIF t IN ('trash_entry', 'trash_row') THEN
            -- Written by the triggers only; emptied and restored by staff.
            EXECUTE format('GRANT SELECT ON %I TO jlgc_read_only', t);
            EXECUTE format('GRANT DELETE ON %I TO jlgc_staff', t);
            EXECUTE format('GRANT INSERT, UPDATE ON %I TO jlgc_administrator', t);
        ELSE
            EXECUTE format('GRANT SELECT ON %I TO jlgc_read_only', t);
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO jlgc_staff', t);
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO jlgc_read_only',
                   current_schema());
    EXECUTE format('GRANT UPDATE ON ALL SEQUENCES IN SCHEMA %I TO jlgc_staff', current_schema());
    -- Nobody but the owner makes objects here (a function of a colleague's
    -- named like one the application calls would run with another's rights).
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
END $jlgc$)SQL")
            .arg(groupsArray(), textArray(tables), textArray(withheldPairs), administrator);
    Query(server, sql).exec();

    // The history and the Trash: rows of fellows and host families only to
    // those who may read them; entries only in one's own name.
    const QString ownName = QStringLiteral("(os_user = session_user OR %1)").arg(asAdministrator);
    struct Policy {
        const char* table;
        const char* name;
        const char* command;
        QString usingSql;
        QString checkSql;
    };
    const QList<Policy> policies = {
        {"change_log", "history_read", "SELECT", visible, {}},
        {"change_log", "history_written_in_own_name", "INSERT", {}, ownName},
        {"change_log", "history_corrected_by_administrator", "UPDATE", asAdministrator, {}},
        {"trash_entry", "trash_read", "SELECT", QStringLiteral("true"), {}},
        {"trash_entry", "trash_written_in_own_name", "INSERT", {}, ownName},
        // An entry that holds rows the login may not read is restored or
        // removed by one who may (else those rows would go unseen).
        {"trash_entry",
         "trash_emptied",
         "DELETE",
         QStringLiteral("pg_has_role('%1', 'MEMBER') OR NOT jlgc_trash_holds_withheld(id)")
             .arg(fellowship),
         {}},
        {"trash_row", "trash_rows_read", "SELECT", visible, {}},
        {"trash_row", "trash_rows_written", "INSERT", {}, QStringLiteral("true")},
        {"trash_row", "trash_rows_emptied", "DELETE", visible, {}},
        {"trash_row", "trash_rows_corrected_by_administrator", "UPDATE", asAdministrator, {}},
        {"editing_mark", "marks_read", "SELECT", QStringLiteral("true"), {}},
        {"editing_mark",
         "marks_made_in_own_name",
         "INSERT",
         {},
         QStringLiteral("login = session_user")},
        // One's own, or those of connections that have ended.
        {"editing_mark",
         "marks_taken_away",
         "DELETE",
         QStringLiteral("login = session_user OR %1 OR NOT EXISTS (SELECT 1 FROM "
                        "pg_stat_activity a WHERE a.pid = backend)")
             .arg(asAdministrator),
         {}},
        {"access_log",
         "access_read",
         "SELECT",
         QStringLiteral("login = session_user OR %1").arg(asAdministrator),
         {}},
        {"access_log",
         "access_written_in_own_name",
         "INSERT",
         {},
         QStringLiteral("login = session_user")},
    };
    QStringList statements;
    for (const char* table :
         {"change_log", "trash_entry", "trash_row", "access_log", "editing_mark"})
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY; ALTER TABLE %1 "
                                     "FORCE ROW LEVEL SECURITY;")
                          .arg(QLatin1String(table));
    for (const Policy& p : policies) {
        statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2;")
                          .arg(QLatin1String(p.name), QLatin1String(p.table));
        statements << QStringLiteral("CREATE POLICY %1 ON %2 FOR %3%4%5;")
                          .arg(QLatin1String(p.name), QLatin1String(p.table),
                               QLatin1String(p.command),
                               p.usingSql.isEmpty() ? QString()
                                                    : QStringLiteral(" USING (%1)").arg(p.usingSql),
                               p.checkSql.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" WITH CHECK (%1)").arg(p.checkSql));
    }
    Query(server,
          QStringLiteral("DO $jlgc$ BEGIN %1 END $jlgc$").arg(statements.join(QLatin1Char(' '))))
        .exec();
    secureTriggers(server);
}

void ServerRoles::installHelpers(Database& server)
{
    // Whether a Trash entry holds rows of a table with withheld columns,
    // whoever asks (the policies' own reads would not see those rows).
    Query(server, QStringLiteral("CREATE OR REPLACE FUNCTION jlgc_trash_holds_withheld(entry "
                                 "bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
                                 "SET search_path FROM CURRENT AS $jlgc$ SELECT EXISTS (SELECT 1 "
                                 "FROM trash_row WHERE entry_id = entry AND table_name = ANY (%1)) "
                                 "$jlgc$")
                      .arg(textArray(withheldTables())))
        .exec();
    // An access-log entry's time and login are the server's, not the writer's.
    Query(server,
          QStringLiteral("CREATE OR REPLACE FUNCTION jlgc_access_stamp() RETURNS trigger LANGUAGE "
                         "plpgsql AS $jlgc$ BEGIN NEW.login := session_user; NEW.at := "
                         "to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                         "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); RETURN NEW; END $jlgc$"))
        .exec();
    Query(server, QStringLiteral("DROP TRIGGER IF EXISTS access_stamp ON access_log")).exec();
    Query(server, QStringLiteral("CREATE TRIGGER access_stamp BEFORE INSERT ON access_log FOR "
                                 "EACH ROW EXECUTE FUNCTION jlgc_access_stamp()"))
        .exec();
}

void ServerRoles::secureTriggers(Database& server)
{
    // The history's and the Trash's triggers write as the tables' owner,
    // whoever's change fires them: no login writes those tables itself.
    // They still name the login at work (session_user).
    Query(server, QStringLiteral("DO $jlgc$ DECLARE f regprocedure; BEGIN FOR f IN SELECT p.oid "
                                 "FROM pg_proc p WHERE p.pronamespace = "
                                 "current_schema()::regnamespace AND (p.proname LIKE "
                                 "'history\\_%' OR p.proname LIKE 'trash\\_%') LOOP EXECUTE "
                                 "format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = "
                                 "%I, pg_temp', f, current_schema()); END LOOP; END $jlgc$"))
        .exec();
}

} // namespace jlgc
