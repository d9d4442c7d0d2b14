#include "storage/history.h"

#include "storage/database.h"
#include "storage/queryrows.h"
#include "storage/schemainfo.h"
#include "storage/sqlrefs.h"

#include <QJsonDocument>
#include <QSet>

namespace jlgc {

using SchemaInfo::quoted;

namespace {

const QString Now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

// Who is at work, in the triggers: a file's one-row table (the computer's
// user), a server's settings of the transaction (Database::begin); from
// version 13 on a server names the login, which no setting can change.
QString actor(const Database& db, int version)
{
    if (!db.onServer())
        return QStringLiteral("(SELECT os_user FROM session_actor WHERE id = 1), "
                              "(SELECT staff_name FROM session_actor WHERE id = 1)");
    return version < 0 || version >= History::LoginVersion
               ? QStringLiteral("session_user, jlgc_actor('staff_name')")
               : QStringLiteral("jlgc_actor('os_user'), jlgc_actor('staff_name')");
}

// The Trash entry the trigger has just written: on a server the sequence's
// value of this session (another colleague may be deleting at the same
// time); in a file, where one writer works at a time, the newest entry.
QString newTrashEntry(const Database& db)
{
    return db.onServer() ? QStringLiteral("currval(pg_get_serial_sequence('trash_entry', 'id'))")
                         : QStringLiteral("(SELECT max(id) FROM trash_entry)");
}

QString actorSession(const Database& db)
{
    return db.onServer() ? QStringLiteral("jlgc_actor('session')")
                         : QStringLiteral("(SELECT session FROM session_actor WHERE id = 1)");
}

QJsonObject parseObject(const QString& json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

ChangeEntry entryFrom(const Query& q)
{
    ChangeEntry e;
    e.id = q.id(0);
    e.changedAt = sqlrefs::utcAt(q, 1);
    e.osUser = q.text(2);
    e.staffName = q.text(3);
    e.session = q.text(4);
    e.table = q.text(5);
    e.recordId = q.id(6);
    e.action = q.text(7);
    e.oldValues = parseObject(q.text(8));
    e.newValues = parseObject(q.text(9));
    return e;
}

const QString SelectEntry =
    QStringLiteral("SELECT id, changed_at, os_user, staff_name, session, table_name, record_id, "
                   "action, old_values, new_values FROM change_log ");

// Statements that copy the rows a record owns (ON DELETE CASCADE, at any
// depth) into trash_row, parents before children. `keySet` selects the
// parent's key values, e.g. "= OLD.id" or "IN (SELECT id FROM x WHERE …)".
void trashDescendants(const Database& db, const QString& table, const QString& keyOf,
                      QSet<QString> visited, QStringList& statements)
{
    visited.insert(table);
    for (const SchemaInfo::ForeignKey& fk : SchemaInfo::cascadingChildren(db, table)) {
        if (visited.contains(fk.table))
            continue;
        // keyOf(column) gives the parent rows' values of `column`.
        const QString where = QStringLiteral("r.%1 %2").arg(
            quoted(fk.column), QString(keyOf).arg(quoted(fk.parentColumn)));
        statements << QStringLiteral("INSERT INTO trash_row (entry_id, table_name, data) SELECT "
                                     "%5, '%1', %2 FROM %3 AS r WHERE %4;")
                          .arg(fk.table,
                               SchemaInfo::jsonObjectOf(db, SchemaInfo::columns(db, fk.table),
                                                        QStringLiteral("r")),
                               quoted(fk.table), where, newTrashEntry(db));
        // The child's own children: those whose key is among these rows'.
        const QString childKeyOf = QStringLiteral("IN (SELECT %1 FROM %2 AS r WHERE %3)")
                                       .arg(QStringLiteral("%1"), quoted(fk.table), where);
        trashDescendants(db, fk.table, childKeyOf, visited, statements);
    }
}

} // namespace

QStringList ChangeEntry::changedFields() const
{
    QStringList fields;
    const QJsonObject& base = action == QLatin1String("delete") ? oldValues : newValues;
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (History::isBookkeepingField(it.key()))
            continue;
        if (action == QLatin1String("update") && oldValues.value(it.key()) == it.value())
            continue;
        if (action != QLatin1String("update") && it.value().isNull())
            continue;
        fields << it.key();
    }
    return fields;
}

QString ChangeEntry::who() const
{
    if (staffName.isEmpty())
        return osUser;
    if (osUser.isEmpty())
        return staffName;
    return QStringLiteral("%1 (%2)").arg(staffName, osUser);
}

bool History::isBookkeepingField(const QString& field)
{
    return field == QLatin1String("row_version") || field == QLatin1String("updated_at") ||
           field == QLatin1String("created_at") || field == QLatin1String("id");
}

void History::removeTriggers(Database& db)
{
    for (const auto& [name, table] :
         SchemaInfo::triggers(db, {QStringLiteral("history_"), QStringLiteral("trash_")}))
        SchemaInfo::dropTrigger(db, name, table);
}

void History::installTriggers(Database& db, int version)
{
    removeTriggers(db);
    const bool perStatement = SchemaInfo::perStatement(db, version);

    // Table and column names below come from the schema, never from the user.
    for (const QString& table : SchemaInfo::recordTables(db)) {
        if (table == QLatin1String("change_log") || table.startsWith(QLatin1String("trash_")))
            continue;
        const QStringList columns = SchemaInfo::columns(db, table);
        // An entry's start: when, who and where, given by VALUES or SELECT.
        const auto logged = [&](const QString& given) {
            return QStringLiteral("INSERT INTO change_log (changed_at, os_user, staff_name, "
                                  "session, table_name, record_id, action, old_values, "
                                  "new_values) ") +
                   given +
                   QStringLiteral(" %1, %2, %3, '%4', ")
                       .arg(Now, actor(db, version), actorSession(db), table);
        };
        const QString insertLog = logged(QStringLiteral("VALUES ("));
        const QString oldRow = SchemaInfo::jsonObjectOf(db, columns, QStringLiteral("OLD"));
        const QString newRow = SchemaInfo::jsonObjectOf(db, columns, QStringLiteral("NEW"));
        const QString name = QStringLiteral("history_") + table;
        // On a server, the rows a statement inserts are logged by one
        // statement (an import writes 1,000 rows at a time).
        const QString insertedSet =
            perStatement ? QStringLiteral("%1 n.id, 'insert', NULL, %2 FROM new_rows AS n ORDER "
                                          "BY n.id;")
                               .arg(logged(QStringLiteral("SELECT")),
                                    SchemaInfo::jsonObjectOf(db, columns, QStringLiteral("n")))
                         : QString();
        SchemaInfo::createTrigger(
            db, {name + QStringLiteral("_insert"),
                 QStringLiteral("AFTER"),
                 QStringLiteral("INSERT"),
                 table,
                 {},
                 QStringLiteral("%1 NEW.id, 'insert', NULL, %2);").arg(insertLog, newRow),
                 insertedSet});
        QStringList differs;
        for (const QString& c : columns)
            if (!isBookkeepingField(c))
                differs << SchemaInfo::differs(db, QStringLiteral("OLD.") + quoted(c),
                                               QStringLiteral("NEW.") + quoted(c));
        SchemaInfo::createTrigger(
            db, {name + QStringLiteral("_update"), QStringLiteral("AFTER"),
                 QStringLiteral("UPDATE"), table,
                 differs.isEmpty() ? QStringLiteral("false") : differs.join(QStringLiteral(" OR ")),
                 QStringLiteral("%1 NEW.id, 'update', %2, %3);").arg(insertLog, oldRow, newRow)});
        SchemaInfo::createTrigger(
            db, {name + QStringLiteral("_delete"),
                 QStringLiteral("AFTER"),
                 QStringLiteral("DELETE"),
                 table,
                 {},
                 QStringLiteral("%1 OLD.id, 'delete', %2, NULL);").arg(insertLog, oldRow)});

        // The Trash: a record deleted on its own (not as part of a record
        // that owns it, whose entry already holds it) is kept with what it owns.
        QStringList ownerExists;
        for (const SchemaInfo::ForeignKey& fk : SchemaInfo::cascadingParents(db, table))
            ownerExists << QStringLiteral("(OLD.%1 IS NULL OR EXISTS (SELECT 1 FROM %2 WHERE %3 "
                                          "= OLD.%1))")
                               .arg(quoted(fk.column), quoted(fk.parentTable),
                                    quoted(fk.parentColumn));
        QStringList body;
        body << QStringLiteral("INSERT INTO trash_entry (deleted_at, os_user, staff_name, "
                               "table_name, record_id) VALUES (%1, %2, '%3', OLD.id);")
                    .arg(Now, actor(db, version), table);
        body << QStringLiteral("INSERT INTO trash_row (entry_id, table_name, data) VALUES "
                               "(%3, '%1', %2);")
                    .arg(table, oldRow, newTrashEntry(db));
        trashDescendants(db, table, QStringLiteral("= OLD.%1"), {}, body);
        SchemaInfo::createTrigger(db, {QStringLiteral("trash_") + table, QStringLiteral("BEFORE"),
                                       QStringLiteral("DELETE"), table,
                                       ownerExists.join(QStringLiteral(" AND ")),
                                       body.join(QLatin1Char(' '))});
    }
}

QList<ChangeEntry> History::forRecord(const QString& table, qint64 recordId) const
{
    Query q(m_db, SelectEntry + QStringLiteral("WHERE table_name = :t AND record_id = :id ORDER "
                                               "BY id DESC"));
    q.bind(QStringLiteral(":t"), table).bind(QStringLiteral(":id"), recordId);
    return rowsOf(q, entryFrom);
}

QList<ChangeEntry> History::sessionChangesAfter(const QString& session, qint64 afterId) const
{
    Query q(m_db, SelectEntry + QStringLiteral("WHERE session = :s AND id > :after ORDER BY id"));
    q.bind(QStringLiteral(":s"), session).bind(QStringLiteral(":after"), afterId);
    return rowsOf(q, entryFrom);
}

std::optional<ChangeEntry> History::find(qint64 changeId) const
{
    Query q(m_db, SelectEntry + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), changeId);
    return firstRowOf(q, entryFrom);
}

qint64 History::lastChangeId() const
{
    return Query(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"))
        .exec()
        .scalar()
        .toLongLong();
}

int History::currentRowVersion(const QString& table, qint64 recordId) const
{
    if (!SchemaInfo::recordTables(m_db).contains(table))
        return 0;
    return Query(m_db,
                 QStringLiteral("SELECT row_version FROM %1 WHERE id = :id").arg(quoted(table)))
        .bind(QStringLiteral(":id"), recordId)
        .exec()
        .scalar()
        .toInt();
}

int History::writeValues(const QString& table, qint64 recordId, const QJsonObject& values,
                         int expectedVersion)
{
    // Only names the schema knows reach the SQL text; values are bound.
    if (!SchemaInfo::recordTables(m_db).contains(table))
        throw StorageError(StorageError::Kind::NotFound, tr("This kind of record has no history."));
    const QStringList columns = SchemaInfo::columns(m_db, table);
    QStringList sets;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!columns.contains(it.key()) || isBookkeepingField(it.key()))
            continue;
        sets << QStringLiteral("%1 = %2").arg(
            quoted(it.key()),
            SchemaInfo::valueFromJson(m_db, table, it.key(), QStringLiteral(":values")));
    }
    if (sets.isEmpty())
        return expectedVersion;
    if (columns.contains(QStringLiteral("updated_at")))
        sets << QStringLiteral("updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    sets << QStringLiteral("row_version = row_version + 1");
    return m_db.transaction([&] {
        Query q(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND row_version = :version")
                          .arg(quoted(table), sets.join(QStringLiteral(", "))));
        q.bind(QStringLiteral(":values"),
               QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)))
            .bind(QStringLiteral(":id"), recordId)
            .bind(QStringLiteral(":version"), expectedVersion)
            .exec();
        if (q.numRowsAffected() == 0) {
            const int current = currentRowVersion(table, recordId);
            if (current == 0)
                throw StorageError(StorageError::Kind::NotFound,
                                   tr("This record no longer exists; it was deleted."));
            throw StorageError(StorageError::Kind::Conflict,
                               tr("Someone else changed this record since you opened it. Nothing "
                                  "was written; look at its current values and try again."));
        }
        return expectedVersion + 1;
    });
}

int History::restoreValue(const ChangeEntry& change, const QString& field, bool oldValue,
                          int expectedVersion)
{
    const QJsonObject& source = oldValue ? change.oldValues : change.newValues;
    QJsonObject values;
    values.insert(field, source.value(field));
    return writeValues(change.table, change.recordId, values, expectedVersion);
}

} // namespace jlgc
