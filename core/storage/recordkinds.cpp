#include "storage/recordkinds.h"

#include "storage/database.h"
#include "storage/records/recordtype.h"
#include "storage/schemainfo.h"
#include "storage/storageerror.h"

#include <optional>

namespace jlgc {

const QList<RecordKind>& RecordKinds::all()
{
    static const QList<RecordKind> kinds = [] {
        // Reference data: loaded from resources/refdata, never edited.
        QList<RecordKind> k = {
            {QStringLiteral("prefectures"), QStringLiteral("prefecture"),
             QT_TRANSLATE_NOOP("RecordKinds", "Prefectures")},
            {QStringLiteral("municipalities"), QStringLiteral("municipality"),
             QT_TRANSLATE_NOOP("RecordKinds", "Municipalities")},
            {QStringLiteral("designated_city_wards"), QStringLiteral("designated_ward"),
             QT_TRANSLATE_NOOP("RecordKinds", "Wards of designated cities")},
            {QStringLiteral("states_and_provinces"), QStringLiteral("subdivision"),
             QT_TRANSLATE_NOOP("RecordKinds", "States and provinces")},
        };
        for (const RecordType* t : RecordTypes::all()) {
            k << RecordKind{t->name, t->table, t->label};
            for (const OwnedTable& o : t->owned)
                k << RecordKind{o.name, o.table, o.label};
        }
        return k;
    }();
    return kinds;
}

const RecordKind* RecordKinds::find(const QString& key)
{
    for (const RecordKind& k : all())
        if (k.key == key)
            return &k;
    return nullptr;
}

QString RecordKinds::label(const QString& key)
{
    const RecordKind* k = find(key);
    return k && k->label ? tr(k->label) : key;
}

QString RecordKinds::labelForTable(const QString& table)
{
    for (const RecordKind& k : all())
        if (table == k.table)
            return k.label ? tr(k.label) : k.key;
    return table;
}

namespace {
// The count record_count keeps under `name`; none in a file from before it
// (an old backup) or for a kind with no row yet.
std::optional<qint64> keptCount(const Database& db, const QString& name)
{
    try {
        // A server keeps changes to sum (see installCounters()).
        Query kept(db, db.onServer() ? QStringLiteral("SELECT sum(n) FROM record_count WHERE "
                                                      "table_name = :t HAVING count(*) > 0")
                                     : QStringLiteral("SELECT n FROM record_count WHERE "
                                                      "table_name = :t"));
        kept.bind(QStringLiteral(":t"), name).exec();
        if (kept.next())
            return kept.value(0).toLongLong();
    } catch (const StorageError&) {
        // No record_count table.
    }
    return std::nullopt;
}

// Counted row by row (a table without a kept count). Table names come from
// the list above, never from the user.
qint64 countedRows(const Database& db, const QString& table)
{
    return Query(db, QStringLiteral("SELECT count(*) FROM %1").arg(table))
        .exec()
        .scalar()
        .toLongLong();
}
} // namespace

qint64 RecordKinds::count(const Database& db, const RecordKind& kind)
{
    // Counting a table of a million rows reads every page of it: the counts
    // kept by installCounters() answer at once, else it is counted.
    if (const auto kept = keptCount(db, kind.table))
        return *kept;
    return countedRows(db, kind.table);
}

QHash<QString, qint64> RecordKinds::counts(const Database& db, const QList<RecordKind>& kinds)
{
    QHash<QString, qint64> kept; // by table
    try {
        Query q(db, db.onServer() ? QStringLiteral("SELECT table_name, sum(n) FROM record_count "
                                                   "GROUP BY table_name")
                                  : QStringLiteral("SELECT table_name, n FROM record_count"));
        q.exec();
        while (q.next())
            kept.insert(q.text(0), q.value(1).toLongLong());
    } catch (const StorageError&) {
        // No record_count table: each is counted.
    }
    QHash<QString, qint64> result;
    for (const RecordKind& k : kinds)
        result.insert(k.key,
                      kept.contains(k.table) ? kept.value(k.table) : countedRows(db, k.table));
    return result;
}

void RecordKinds::installCounters(Database& db, int version)
{
    // On a server each change adds a row of +1 or -1 (summed when read,
    // folded by compactCounts()): one row updated by every insert would
    // make colleagues' saves wait for each other, and an import of 10,000
    // rows update it 10,000 times in one transaction (7 of its 16 seconds).
    const bool server = db.onServer();
    Query(db, server ? QStringLiteral("CREATE TABLE IF NOT EXISTS record_count (table_name TEXT "
                                      "NOT NULL, n BIGINT NOT NULL)")
                     : QStringLiteral("CREATE TABLE IF NOT EXISTS record_count (table_name "
                                      "TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID"))
        .exec();
    if (server) {
        // (A server database made before counts were kept as changes had
        // one row per count under a key.)
        Query(db, QStringLiteral("ALTER TABLE record_count DROP CONSTRAINT IF EXISTS "
                                 "record_count_pkey"))
            .exec();
        Query(db, QStringLiteral("CREATE INDEX IF NOT EXISTS record_count_table ON "
                                 "record_count(table_name)"))
            .exec();
    }
    Query(db, QStringLiteral("DELETE FROM record_count")).exec();
    for (const auto& [name, table] : SchemaInfo::triggers(db, {QStringLiteral("count_")}))
        SchemaInfo::dropTrigger(db, name, table);
    // Table names come from the list above, never from the user. On a
    // server of version 12 on, a statement's rows are counted by one row.
    const bool perStatement = SchemaInfo::perStatement(db, version);
    auto counter = [&db, perStatement](const QString& table, const QString& event,
                                       const QString& body, const QString& setBody) {
        SchemaInfo::createTrigger(db, {QStringLiteral("count_%1_%2").arg(table, event.toLower()),
                                       QStringLiteral("AFTER"),
                                       event,
                                       table,
                                       {},
                                       body,
                                       perStatement ? setBody : QString()});
    };
    // The rows of a statement counted per name (a table's, or an index kind's).
    auto changeOfSet = [](const QString& name, const QString& rows, int sign) {
        return QStringLiteral("INSERT INTO record_count (table_name, n) SELECT %1, %2count(*) "
                              "FROM %3 AS r GROUP BY 1;")
            .arg(name, sign > 0 ? QString() : QStringLiteral("-"), rows);
    };
    auto change = [server](const QString& name, int by) {
        return server ? QStringLiteral("INSERT INTO record_count (table_name, n) VALUES (%1, %2);")
                            .arg(name)
                            .arg(by)
                      : QStringLiteral("UPDATE record_count SET n = n %1 1 WHERE table_name = %2;")
                            .arg(by > 0 ? QLatin1Char('+') : QLatin1Char('-'))
                            .arg(name);
    };
    for (const RecordKind& k : all()) {
        const QString& table = k.table;
        // A kind added by a later step has no table yet at an earlier one.
        if (!db.hasTable(table))
            continue;
        Query(db, QStringLiteral("INSERT INTO record_count (table_name, n) SELECT '%1', count(*) "
                                 "FROM \"%1\"")
                      .arg(table))
            .exec();
        const QString name = QStringLiteral("'%1'").arg(table);
        counter(table, QStringLiteral("INSERT"), change(name, 1),
                changeOfSet(name, QStringLiteral("new_rows"), 1));
        counter(table, QStringLiteral("DELETE"), change(name, -1),
                changeOfSet(name, QStringLiteral("old_rows"), -1));
    }
    // The global search index's entries per kind, which long lists count
    // (SearchIndex keeps it; see the `search_item:` rows).
    Query(db, QStringLiteral("INSERT INTO record_count (table_name, n) SELECT 'search_item:' || "
                             "kind, count(*) FROM search_item GROUP BY kind"))
        .exec();
    const QString indexed = QStringLiteral("'search_item:' || %1.kind");
    counter(QStringLiteral("search_item"), QStringLiteral("INSERT"),
            server ? change(indexed.arg(QStringLiteral("NEW")), 1)
                   : QStringLiteral("INSERT INTO record_count (table_name, n) VALUES "
                                    "('search_item:' || NEW.kind, 1) ON CONFLICT (table_name) DO "
                                    "UPDATE SET n = record_count.n + 1;"),
            changeOfSet(indexed.arg(QStringLiteral("r")), QStringLiteral("new_rows"), 1));
    counter(QStringLiteral("search_item"), QStringLiteral("DELETE"),
            change(indexed.arg(QStringLiteral("OLD")), -1),
            changeOfSet(indexed.arg(QStringLiteral("r")), QStringLiteral("old_rows"), -1));
}

void RecordKinds::compactCounts(Database& db)
{
    if (!db.onServer())
        return;
    // Only rows committed (or this transaction's) are folded; colleagues'
    // rows still being written stay as they are, and rows another
    // colleague's folding holds are left to it (never waited for).
    Query(db, QStringLiteral("WITH gone AS (DELETE FROM record_count WHERE ctid IN (SELECT ctid "
                             "FROM record_count FOR UPDATE SKIP LOCKED) RETURNING table_name, n) "
                             "INSERT INTO record_count (table_name, n) SELECT table_name, "
                             "sum(n) FROM gone GROUP BY table_name"))
        .exec();
}

qint64 RecordKinds::indexedCount(const Database& db, const QString& kind)
{
    if (const auto kept = keptCount(db, QStringLiteral("search_item:") + kind))
        return *kept;
    return Query(db, QStringLiteral("SELECT count(*) FROM search_item WHERE kind = :k"))
        .bind(QStringLiteral(":k"), kind)
        .exec()
        .scalar()
        .toLongLong();
}

QList<RecordUsage> blockingUsages(const Database& db, const QString& table, qint64 id)
{
    struct Ref {
        QString table;
        QString column;
    };
    QList<Ref> refs;
    for (const SchemaInfo::ForeignKey& fk : SchemaInfo::restrictingChildren(db, table))
        refs << Ref{fk.table, fk.column};
    QList<RecordUsage> usages;
    for (const Ref& r : refs) {
        // Names read from the schema; the id is bound.
        Query q(db, QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = :id")
                        .arg(r.table, r.column));
        const qint64 n = q.bind(QStringLiteral(":id"), id).exec().scalar().toLongLong();
        if (n > 0)
            usages << RecordUsage{r.table, n};
    }
    return usages;
}

QString describeUsages(const QList<RecordUsage>& usages)
{
    QStringList parts;
    for (const RecordUsage& u : usages)
        parts << QStringLiteral("%1: %2").arg(RecordKinds::labelForTable(u.table)).arg(u.count);
    return parts.join(QStringLiteral(", "));
}

} // namespace jlgc
