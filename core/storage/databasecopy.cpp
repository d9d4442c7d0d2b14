#include "storage/databasecopy.h"

#include "storage/accesslog.h"
#include "storage/database.h"
#include "storage/history.h"
#include "storage/migrations.h"
#include "storage/recordkinds.h"
#include "storage/rowwriter.h"
#include "storage/schemainfo.h"
#include "storage/searchstore.h"

#include <QDir>
#include <QHash>
#include <QScopeGuard>
#include <QSet>

namespace jlgc {

namespace {

using SchemaInfo::quoted;

// Rows read from the source a block at a time (a server's result is read
// whole), written many to a statement (one round trip for many rows).
constexpr int ReadBlock = 5000;

bool bookkeeping(const QString& table)
{
    return table.startsWith(QLatin1String("search_")) || table == QLatin1String("record_count") ||
           table == QLatin1String("session_actor") || table == QLatin1String("jlgc_meta") ||
           table == QLatin1String("access_log") || // a server's own (AccessLog, EditingMarks)
           table == QLatin1String("editing_mark");
}

QString displayName(const Database& db)
{
    return db.onServer() ? db.path() : QDir::toNativeSeparators(db.path());
}

qint64 rowCount(const Database& db, const QString& table)
{
    return Query(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)))
        .exec()
        .scalar()
        .toLongLong();
}

void dropTriggers(Database& db)
{
    for (const auto& [name, table] :
         SchemaInfo::triggers(db, {QStringLiteral("history_"), QStringLiteral("trash_"),
                                   QStringLiteral("count_"), QStringLiteral("search_")}))
        SchemaInfo::dropTrigger(db, name, table);
}

} // namespace

QStringList DatabaseCopy::copiedTables(const Database& db)
{
    QStringList tables;
    for (const QString& t : SchemaInfo::tables(db))
        if (!bookkeeping(t))
            tables << t;
    return SchemaInfo::inDependencyOrder(db, tables);
}

QStringList DatabaseCopy::tablesWithRecords(const Database& db)
{
    // A new database of this version holds reference data (prefectures,
    // towns, the office's own organisations) and no history; any change to
    // it leaves history, so a database with none holds only what a new one
    // holds when each table has as many rows. A new one's rows are counted
    // once per process (a copy asks twice).
    static const QHash<QString, qint64> newRows = [] {
        Database model(QStringLiteral(":memory:"));
        QHash<QString, qint64> rows;
        for (const QString& t : copiedTables(model))
            rows.insert(t, rowCount(model, t));
        return rows;
    }();
    QStringList tables;
    for (const QString& t : copiedTables(db)) {
        const qint64 rows = rowCount(db, t);
        if ((t == QLatin1String("change_log") || t.startsWith(QLatin1String("trash_")))
                ? rows > 0
                : rows != newRows.value(t))
            tables << t;
    }
    return tables;
}

void DatabaseCopy::refuseRecordsIn(const Database& to)
{
    if (const QStringList busy = tablesWithRecords(to); !busy.isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           tr("%1 already holds records, so nothing was copied into it. Copy "
                              "into a new file or an empty database.")
                               .arg(displayName(to)),
                           busy.join(QStringLiteral(", ")));
}

qint64 DatabaseCopy::copyRows(const Database& from, Database& to, const QString& table,
                              const std::function<void(qint64)>& written)
{
    const QStringList columns = SchemaInfo::columns(from, table);
    QStringList quotedColumns;
    for (const QString& c : columns)
        quotedColumns << quoted(c);
    // A column naming a row of the same table is written once every row is.
    QList<qsizetype> selfColumns;
    for (const SchemaInfo::ForeignKey& fk : SchemaInfo::parents(from, table))
        if (fk.parentTable == table && columns.contains(fk.column))
            selfColumns << columns.indexOf(fk.column);
    const bool keyed = columns.contains(QLatin1String("id"));
    const qsizetype idColumn = columns.indexOf(QLatin1String("id"));
    QList<std::pair<QVariant, QVariantList>> laterValues;

    RowWriter writer(to, table, columns);
    qint64 copied = 0;
    QVariant lastId;
    for (;;) {
        // Keyed tables are read a block at a time, in the order of their key.
        const QString select = QStringLiteral("SELECT %1 FROM %2")
                                   .arg(quotedColumns.join(QStringLiteral(", ")), quoted(table));
        Query read(from,
                   !keyed ? select
                   : lastId.isValid()
                       ? select +
                             QStringLiteral(" WHERE id > :last ORDER BY id LIMIT %1").arg(ReadBlock)
                       : select + QStringLiteral(" ORDER BY id LIMIT %1").arg(ReadBlock));
        if (keyed && lastId.isValid())
            read.bind(QStringLiteral(":last"), lastId);
        read.exec();
        int block = 0;
        while (read.next()) {
            QVariantList row;
            row.reserve(columns.size());
            for (qsizetype c = 0; c < columns.size(); ++c)
                row << read.value(int(c));
            if (!selfColumns.isEmpty()) {
                QVariantList later;
                bool any = false;
                for (qsizetype c : selfColumns) {
                    later << row[c];
                    any = any || !row[c].isNull();
                    row[c] = QVariant();
                }
                if (any)
                    laterValues.append({row[idColumn], later});
            }
            if (keyed)
                lastId = row[idColumn];
            writer.add(std::move(row));
            ++copied;
            ++block;
            if (written && copied % 1000 == 0)
                written(copied);
        }
        if (!keyed || block < ReadBlock)
            break;
    }
    writer.flush();
    for (const auto& [id, values] : laterValues) {
        QStringList sets;
        for (qsizetype i = 0; i < selfColumns.size(); ++i)
            sets << QStringLiteral("%1 = :c%2").arg(quoted(columns[selfColumns[i]])).arg(i);
        Query update(to, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                             .arg(quoted(table), sets.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < selfColumns.size(); ++i)
            update.bind(QStringLiteral(":c%1").arg(i),
                        values[i].isNull() ? QVariant() : values[i]); // NULL stays NULL
        update.bind(QStringLiteral(":id"), id).exec();
    }
    if (written)
        written(copied);
    return copied;
}

void DatabaseCopy::continueNumbering(Database& server)
{
    if (!server.onServer())
        return; // a file numbers from its largest key
    const auto sequences = SchemaInfo::keySequences(server);
    const bool kept = server.hasTable(QStringLiteral("change_log")) &&
                      server.hasTable(QStringLiteral("trash_row"));
    for (const auto& [table, sequence] : sequences) {
        // Past the keys of deleted records too: undo and the Trash bring
        // them back with their own.
        const QString used =
            kept ? QStringLiteral("greatest(coalesce((SELECT max(id) FROM %1), 0), coalesce("
                                  "(SELECT max(record_id) FROM change_log WHERE table_name = :t), "
                                  "0), coalesce((SELECT max(record_id) FROM trash_entry WHERE "
                                  "table_name = :t2), 0), coalesce((SELECT max((CAST(data AS "
                                  "jsonb)->>'id')::bigint) FROM trash_row WHERE table_name = "
                                  ":t3), 0))")
                 : QStringLiteral("coalesce((SELECT max(id) FROM %1), 0)");
        Query q(server,
                QStringLiteral("SELECT setval(:s, %1 + 1, false)").arg(used.arg(quoted(table))));
        q.bind(QStringLiteral(":s"), sequence);
        if (kept)
            q.bind(QStringLiteral(":t"), table)
                .bind(QStringLiteral(":t2"), table)
                .bind(QStringLiteral(":t3"), table);
        q.exec();
    }
}

QList<DatabaseCopy::TableRows> DatabaseCopy::copy(Database& from, Database& to,
                                                  const Progress& progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        throw StorageError(StorageError::Kind::NewerVersion,
                           tr("%1 and %2 are of different versions of JLGC Desk (%3 and %4); "
                              "open both with this version first.")
                               .arg(displayName(from), displayName(to))
                               .arg(from.schemaVersion())
                               .arg(to.schemaVersion()));
    const QStringList tables = copiedTables(from);
    if (QSet<QString>(tables.begin(), tables.end()) != [&] {
            const QStringList t = copiedTables(to);
            return QSet<QString>(t.begin(), t.end());
        }())
        throw StorageError(StorageError::Kind::Query,
                           tr("%1 and %2 do not have the same tables, so nothing was copied.")
                               .arg(displayName(from), displayName(to)));
    refuseRecordsIn(to);
    // A copy holds everyone's personal data: not for a login that may not read it.
    if (from.hidesPersonalData())
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("A copy of the office's database holds the personal data of "
                              "fellows and host families, which your login's role does not give "
                              "access to. Ask the fellowship coordinator or an administrator."));
    // Who takes the office's records out, and how many people's: logged
    // before anything is read, so that no copy leaves unlogged.
    if (from.onServer()) {
        qint64 personal = 0;
        for (const char* t : {"person", "fellow", "host_family"})
            personal += rowCount(from, QLatin1String(t));
        AccessLog(from).record(QStringLiteral("backup"), displayName(to), int(personal));
    }

    from.beginReading();
    auto stopReading = qScopeGuard([&from] {
        try {
            from.endReading();
        } catch (const StorageError&) {
            // only read: nothing to keep
        }
    });
    QList<TableRows> counts;
    qint64 total = 0;
    for (const QString& t : tables) {
        counts.append({t, rowCount(from, t)});
        total += counts.last().rows;
    }
    if (progress)
        progress(0, total);

    to.transaction([&] {
        // The rows arrive as they were: no history of the copy, no Trash of
        // the new database's own rows, counts and index made afterwards.
        dropTriggers(to);
        // Again under the locks dropping the triggers took: a colleague's
        // record saved since the first look is never deleted.
        refuseRecordsIn(to);
        for (auto t = tables.crbegin(); t != tables.crend(); ++t)
            Query(to, QStringLiteral("DELETE FROM %1").arg(quoted(*t))).exec();
        qint64 before = 0;
        for (const TableRows& t : counts) {
            copyRows(from, to, t.table, [&](qint64 rows) {
                if (progress)
                    progress(before + rows, total);
            });
            before += t.rows;
        }
        for (const TableRows& t : counts) {
            const qint64 written = rowCount(to, t.table);
            if (written != t.rows)
                throw StorageError(StorageError::Kind::Query,
                                   tr("The copy was not complete (%1: %2 rows of %3), so nothing "
                                      "was copied.")
                                       .arg(t.table)
                                       .arg(written)
                                       .arg(t.rows));
        }
        continueNumbering(to);
        SearchStore(to).clear();
        installDerivedTriggers(to);
    });
    return counts;
}

} // namespace jlgc
