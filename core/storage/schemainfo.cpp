#include "storage/schemainfo.h"

#include "storage/database.h"
#include "storage/queryrows.h"

namespace jlgc::SchemaInfo {

namespace {

// A row's first column, as text (a name the schema lists).
QString firstText(const Query& row)
{
    return row.text(0);
}

// A row's first two columns, as texts (a table and its sequence, a trigger
// and its table).
std::pair<QString, QString> firstTwoTexts(const Query& row)
{
    return {row.text(0), row.text(1)};
}

} // namespace

QString quoted(const QString& identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QStringList columns(const Database& db, const QString& table)
{
    Query q(db, db.onServer()
                    ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                     "table_schema = current_schema() AND table_name = :t ORDER "
                                     "BY ordinal_position")
                    : QStringLiteral("SELECT name FROM pragma_table_info(:t) ORDER BY cid"));
    q.bind(QStringLiteral(":t"), table);
    return rowsOf(q, firstText);
}

QStringList tables(const Database& db)
{
    Query q(db, db.onServer()
                    ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                     "current_schema() ORDER BY tablename COLLATE \"C\"")
                    : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                     "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE "
                                     "'search\\_fts%' ESCAPE '\\' ORDER BY name"));
    return rowsOf(q, firstText);
}

QStringList recordTables(const Database& db)
{
    Query q(db, db.onServer()
                    ? QStringLiteral("SELECT c.table_name FROM information_schema.columns c JOIN "
                                     "information_schema.columns k ON k.table_schema = "
                                     "c.table_schema AND k.table_name = c.table_name AND "
                                     "k.column_name = 'id' WHERE c.table_schema = "
                                     "current_schema() AND c.column_name = 'row_version' ORDER BY "
                                     "c.table_name COLLATE \"C\"")
                    : QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' "
                                     "AND m.name NOT LIKE 'sqlite_%' "
                                     "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c "
                                     "WHERE c.name = 'row_version') "
                                     "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c "
                                     "WHERE c.name = 'id' AND c.pk = 1) ORDER BY m.name"));
    return rowsOf(q, firstText);
}

enum class Deletes { Cascading, Restricting, Any };

static QList<ForeignKey> foreignKeys(const Database& db, const QString& where, const QString& name,
                                     Deletes deletes = Deletes::Cascading)
{
    if (db.onServer()) {
        // The same from PostgreSQL's catalogue (single-column keys).
        QString condition = where;
        condition.replace(QStringLiteral("f.\"table\""), QStringLiteral("pc.relname"))
            .replace(QStringLiteral("m.name"), QStringLiteral("cc.relname"));
        Query q(db, QStringLiteral("SELECT cc.relname, a.attname, pc.relname, pa.attname FROM "
                                   "pg_constraint k JOIN pg_class cc ON cc.oid = k.conrelid JOIN "
                                   "pg_class pc ON pc.oid = k.confrelid JOIN pg_attribute a ON "
                                   "a.attrelid = k.conrelid AND a.attnum = k.conkey[1] JOIN "
                                   "pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = "
                                   "k.confkey[1] WHERE k.contype = 'f' AND %2 AND "
                                   "cc.relnamespace = current_schema()::regnamespace AND %1 "
                                   "ORDER BY cc.relname COLLATE \"C\", k.oid")
                        .arg(condition, deletes == Deletes::Cascading
                                            ? QStringLiteral("k.confdeltype = 'c'")
                                        : deletes == Deletes::Restricting
                                            ? QStringLiteral("k.confdeltype NOT IN ('c', 'n')")
                                            : QStringLiteral("true")));
        q.bind(QStringLiteral(":name"), name);
        return rowsOf(q, [](const Query& row) {
            return ForeignKey{row.text(0), row.text(1), row.text(2), row.text(3)};
        });
    }
    Query q(
        db,
        QStringLiteral("SELECT m.name, f.\"from\", f.\"table\", f.\"to\" FROM sqlite_master "
                       "m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                       "AND %2 AND %1 ORDER BY m.name, f.id")
            .arg(where, deletes == Deletes::Cascading
                            ? QStringLiteral("upper(f.on_delete) = 'CASCADE'")
                        : deletes == Deletes::Restricting
                            ? QStringLiteral("upper(f.on_delete) NOT IN ('CASCADE', 'SET NULL')")
                            : QStringLiteral("1 = 1")));
    q.bind(QStringLiteral(":name"), name);
    return rowsOf(q, [](const Query& row) {
        ForeignKey fk{row.text(0), row.text(1), row.text(2), row.text(3)};
        if (fk.parentColumn.isEmpty())
            fk.parentColumn = QStringLiteral("id");
        return fk;
    });
}

QList<ForeignKey> cascadingChildren(const Database& db, const QString& table)
{
    return foreignKeys(db, QStringLiteral("f.\"table\" = :name"), table);
}

QList<ForeignKey> restrictingChildren(const Database& db, const QString& table)
{
    return foreignKeys(db, QStringLiteral("f.\"table\" = :name"), table, Deletes::Restricting);
}

QList<ForeignKey> referencing(const Database& db, const QString& table)
{
    return foreignKeys(db, QStringLiteral("f.\"table\" = :name"), table, Deletes::Any);
}

QList<ForeignKey> parents(const Database& db, const QString& table)
{
    return foreignKeys(db, QStringLiteral("m.name = :name"), table, Deletes::Any);
}

QStringList inDependencyOrder(const Database& db, const QStringList& tables)
{
    QList<std::pair<QString, QStringList>> waiting;
    for (const QString& t : tables) {
        QStringList named;
        for (const ForeignKey& fk : parents(db, t))
            if (fk.parentTable != t && tables.contains(fk.parentTable))
                named << fk.parentTable;
        waiting.append({t, named});
    }
    QStringList ordered;
    while (!waiting.isEmpty()) {
        qsizetype ready = 0;
        while (ready < waiting.size()) {
            bool all = true;
            for (const QString& p : waiting[ready].second)
                all = all && ordered.contains(p);
            if (all)
                break;
            ++ready;
        }
        if (ready == waiting.size()) // a cycle: left to fail loudly
            ready = 0;
        ordered << waiting.takeAt(ready).first;
    }
    return ordered;
}

QList<std::pair<QString, QString>> keySequences(const Database& server)
{
    Query keys(server, QStringLiteral("SELECT table_name, pg_get_serial_sequence(table_name, "
                                      "column_name) FROM information_schema.columns WHERE "
                                      "table_schema = current_schema() AND is_identity = 'YES' "
                                      "AND column_name = 'id' ORDER BY table_name"));
    return rowsOf(keys, firstTwoTexts);
}

bool isNotNull(const Database& db, const QString& table, const QString& column)
{
    Query q(db, db.onServer()
                    ? QStringLiteral("SELECT is_nullable = 'NO' FROM information_schema.columns "
                                     "WHERE table_schema = current_schema() AND table_name = :t "
                                     "AND column_name = :c")
                    : QStringLiteral("SELECT \"notnull\" FROM pragma_table_info(:t) WHERE name = "
                                     ":c"));
    return q.bind(QStringLiteral(":t"), table)
        .bind(QStringLiteral(":c"), column)
        .exec()
        .scalar()
        .toBool();
}

QList<ForeignKey> cascadingParents(const Database& db, const QString& table)
{
    return foreignKeys(db, QStringLiteral("m.name = :name"), table);
}

QString jsonObjectOf(const Database& db, const QStringList& columns, const QString& prefix)
{
    QStringList parts;
    for (const QString& c : columns)
        parts << QStringLiteral("'%1', %2.%3").arg(c, prefix, quoted(c));
    return (db.onServer() ? QStringLiteral("jsonb_build_object(%1)::text")
                          : QStringLiteral("json_object(%1)"))
        .arg(parts.join(QStringLiteral(", ")));
}

QString valueFromJson(const Database& db, const QString& table, const QString& column,
                      const QString& placeholder)
{
    if (db.onServer())
        return QStringLiteral("(jsonb_populate_record(NULL::%1, CAST(%2 AS jsonb))).%3")
            .arg(quoted(table), placeholder, quoted(column));
    return QStringLiteral("json_extract(%1, '$.%2')").arg(placeholder, quoted(column));
}

QString differs(const Database& db, const QString& a, const QString& b)
{
    return QStringLiteral("%1 %2 %3")
        .arg(a, db.onServer() ? QStringLiteral("IS DISTINCT FROM") : QStringLiteral("IS NOT"), b);
}

void createTrigger(Database& db, const Trigger& t)
{
    if (!db.onServer()) {
        Query(db, QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 %5 BEGIN %6 END")
                      .arg(quoted(t.name), t.timing, t.event, quoted(t.table),
                           t.when.isEmpty() ? QString() : QStringLiteral("WHEN ") + t.when, t.body))
            .exec();
        return;
    }
    if (!t.setBody.isEmpty()) {
        const QString event = t.event.toUpper();
        QString rows;
        if (event != QLatin1String("DELETE"))
            rows += QStringLiteral(" NEW TABLE AS new_rows");
        if (event != QLatin1String("INSERT"))
            rows.prepend(QStringLiteral(" OLD TABLE AS old_rows"));
        Query(db, QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE "
                                 "plpgsql AS $jlgc$ BEGIN %2 RETURN NULL; END $jlgc$")
                      .arg(quoted(t.name), t.setBody))
            .exec();
        Query(db, QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING%4 FOR EACH "
                                 "STATEMENT EXECUTE FUNCTION %1()")
                      .arg(quoted(t.name), t.event, quoted(t.table), rows))
            .exec();
        return;
    }
    // A BEFORE trigger lets the row through by returning it.
    const QString row =
        t.timing == QLatin1String("BEFORE")
            ? (t.event == QLatin1String("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW"))
            : QStringLiteral("NULL");
    const QString body =
        t.when.isEmpty() ? t.body : QStringLiteral("IF %1 THEN %2 END IF;").arg(t.when, t.body);
    Query(db, QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                             "$jlgc$ BEGIN %2 RETURN %3; END $jlgc$")
                  .arg(quoted(t.name), body, row))
        .exec();
    Query(db, QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW EXECUTE FUNCTION %1()")
                  .arg(quoted(t.name), t.timing, t.event, quoted(t.table)))
        .exec();
}

bool perStatement(const Database& db, int version)
{
    return db.onServer() && (version < 0 || version >= PerStatementVersion);
}

QList<std::pair<QString, QString>> triggers(const Database& db, const QStringList& prefixes)
{
    QStringList likes;
    for (qsizetype i = 0; i < prefixes.size(); ++i)
        likes << QStringLiteral("%1 LIKE :p%2 ESCAPE '\\'")
                     .arg(db.onServer() ? QStringLiteral("t.tgname") : QStringLiteral("name"))
                     .arg(i);
    Query q(db, db.onServer()
                    ? QStringLiteral("SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c "
                                     "ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND "
                                     "c.relnamespace = current_schema()::regnamespace AND (%1)")
                          .arg(likes.join(QStringLiteral(" OR ")))
                    : QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE type = "
                                     "'trigger' AND (%1)")
                          .arg(likes.join(QStringLiteral(" OR "))));
    for (qsizetype i = 0; i < prefixes.size(); ++i) {
        QString p = prefixes[i];
        p.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        q.bind(QStringLiteral(":p%1").arg(i), p + QLatin1Char('%'));
    }
    return rowsOf(q, firstTwoTexts);
}

void dropTrigger(Database& db, const QString& name, const QString& table)
{
    if (!db.onServer()) {
        Query(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoted(name))).exec();
        return;
    }
    Query(db, QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(quoted(name), quoted(table)))
        .exec();
    Query(db, QStringLiteral("DROP FUNCTION IF EXISTS %1()").arg(quoted(name))).exec();
}

} // namespace jlgc::SchemaInfo
