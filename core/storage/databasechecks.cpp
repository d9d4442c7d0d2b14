// Database's integrity checks: the quick check at open (or deferred to a
// background thread while writes wait for it), and the full check that runs
// at low priority once the window is idle and gates the daily backup.
#include "storage/database.h"
#include "storage/schemainfo.h"

#include <QDir>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace jlgc {

namespace {

constexpr int CheckBusyTimeoutMs = 5000;

// The lines of a check that are not "ok" (an empty list: sound).
QStringList runCheck(QSqlQuery& q, const QString& pragma)
{
    QStringList problems;
    if (!q.exec(pragma)) {
        problems << q.lastError().text();
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

QStringList foreignKeyProblems(QSqlQuery& q)
{
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << q.lastError().text();
        return problems;
    }
    while (q.next())
        problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return problems;
}

int stopWhenCancelled(void* flag)
{
    return static_cast<std::atomic_bool*>(flag)->load() ? 1 : 0;
}

// A check on a read-only connection of its own, in the calling thread;
// *cancel stops it (the Database closes before a long check is done).
QStringList checkOnOwnConnection(const QString& path, const QString& name, bool full,
                                 std::atomic_bool* cancel = nullptr)
{
    QStringList problems;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                .arg(CheckBusyTimeoutMs));
        if (!c.open()) {
            problems << c.lastError().text();
        } else {
            const QVariant handle = c.driver()->handle();
            if (cancel && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                sqlite3_progress_handler(*static_cast<sqlite3* const*>(handle.constData()), 10000,
                                         &stopWhenCancelled, cancel);
            QSqlQuery q(c);
            problems = runCheck(q, full ? QStringLiteral("PRAGMA integrity_check")
                                        : QStringLiteral("PRAGMA quick_check"));
            if (full && problems.isEmpty())
                problems = foreignKeyProblems(q);
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

// The full check reads the whole file: it yields to everything else.
void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    // On Linux a thread's nice value is its own (its id as the "process").
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 19);
#endif
}

// A server keeps its own pages sound (WAL, checksums) and enforces every
// key and rule itself; what can still be out of step is what JLGC Desk
// keeps beside the records: the kept counts, the search index and the
// numbering of keys (after rows were copied in with theirs). With
// PostgreSQL's amcheck extension installed, its B-tree indexes too.
QStringList serverProblems(const Database& db)
{
    QStringList problems;
    auto count = [&db](const QString& sql, const QString& value = {}) {
        Query q(db, sql);
        if (!value.isNull())
            q.bind(QStringLiteral(":v"), value);
        return q.exec().scalar().toLongLong();
    };
    Query kept(db, QStringLiteral("SELECT table_name, sum(n) FROM record_count GROUP BY "
                                  "table_name ORDER BY table_name"));
    kept.exec();
    QList<std::pair<QString, qint64>> counts;
    while (kept.next())
        counts.append({kept.text(0), kept.id(1)});
    for (const auto& [name, n] : counts) {
        qint64 actual = 0;
        if (name.startsWith(QLatin1String("search_item:")))
            actual = count(QStringLiteral("SELECT count(*) FROM search_item WHERE kind = :v"),
                           name.mid(12));
        else if (db.hasTable(name))
            actual = count(QStringLiteral("SELECT count(*) FROM %1").arg(SchemaInfo::quoted(name)));
        else
            continue;
        if (actual != n)
            problems
                << QStringLiteral("kept count of %1: %2, but %3 rows").arg(name).arg(n).arg(actual);
    }
    if (const qint64 pending = count(QStringLiteral("SELECT count(*) FROM search_dirty")))
        problems << QStringLiteral("search index: %1 records not indexed").arg(pending);
    for (const auto& [table, sequence] : SchemaInfo::keySequences(db)) {
        const qint64 largest = count(
            QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(SchemaInfo::quoted(table)));
        const qint64 next = count(
            QStringLiteral("SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END "
                           "FROM %1")
                .arg(sequence));
        if (next <= largest)
            problems << QStringLiteral("numbering of %1: the next key %2 is already used (up to "
                                       "%3)")
                            .arg(table)
                            .arg(next)
                            .arg(largest);
    }
    // amcheck, when installed and this login may run it (it is not granted
    // to ordinary logins by default: then not checked, not damage).
    if (count(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'bt_index_check' AND "
                             "pronargs = 1 AND has_function_privilege(oid, 'EXECUTE')")) > 0) {
        Query indexes(db, QStringLiteral("SELECT c.relname FROM pg_index i JOIN pg_class c ON "
                                         "c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
                                         "WHERE a.amname = 'btree' AND c.relnamespace = "
                                         "current_schema()::regnamespace ORDER BY c.relname"));
        indexes.exec();
        QStringList names;
        while (indexes.next())
            names << indexes.text(0);
        for (const QString& index : names) {
            try {
                Query(db, QStringLiteral("SELECT bt_index_check(CAST(:v AS regclass))"))
                    .bind(QStringLiteral(":v"), SchemaInfo::quoted(index))
                    .exec();
            } catch (const StorageError& e) {
                problems << QStringLiteral("index %1: %2").arg(index, e.detail());
            }
        }
    }
    return problems;
}

} // namespace

QStringList Database::integrityProblems(bool quick) const
{
    if (onServer()) {
        if (quick)
            return {};
        // One snapshot: a colleague's save between two counts is no damage.
        auto* self = const_cast<Database*>(this);
        self->beginReading();
        auto done = qScopeGuard([self] { self->endReading(); });
        return serverProblems(*this);
    }
    Query q(*this, quick ? QStringLiteral("PRAGMA quick_check")
                         : QStringLiteral("PRAGMA integrity_check"));
    q.exec();
    QStringList problems;
    while (q.next()) {
        const QString line = q.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (problems.isEmpty() && !quick) {
        Query fk(*this, QStringLiteral("PRAGMA foreign_key_check"));
        fk.exec();
        while (fk.next())
            problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                            .arg(fk.text(0), fk.text(1), fk.text(2));
    }
    return problems;
}

void Database::startDeferredCheck() const
{
    if (!m_checkDeferred || m_deferredCheck.valid())
        return;
    const QString path = m_path;
    const QString name = m_connectionName + QStringLiteral("-check");
    m_deferredCheck = std::async(std::launch::async,
                                 [path, name] { return checkOnOwnConnection(path, name, false); });
}

bool Database::integrityCheckDone() const
{
    if (!m_checkDeferred)
        return true;
    // Started on the first question, so that it does not compete with
    // showing the window.
    startDeferredCheck();
    return m_deferredCheck.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void Database::startFullCheck()
{
    if (m_fullCheck.valid() || m_verified || isInMemory() || onServer())
        return;
    const QString path = m_path;
    const QString name = m_connectionName + QStringLiteral("-fullcheck");
    auto cancel = m_cancelChecks;
    m_fullCheck = std::async(std::launch::async, [path, name, cancel] {
        lowerThreadPriority();
        return checkOnOwnConnection(path, name, true, cancel.get());
    });
}

bool Database::fullCheckDone() const
{
    if (m_verified)
        return true;
    return m_fullCheck.valid() &&
           m_fullCheck.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void Database::requireIntact()
{
    if (m_checkDeferred) {
        startDeferredCheck();
        m_checkDeferred = false;
        m_damage = m_deferredCheck.get();
        if (m_damage.isEmpty())
            Query(*this, QStringLiteral("PRAGMA query_only = OFF")).exec();
    }
    if (m_damage.isEmpty() && fullCheckDone() && m_fullCheck.valid()) {
        m_damage = m_fullCheck.get();
        m_verified = m_damage.isEmpty();
        if (!m_damage.isEmpty())
            Query(*this, QStringLiteral("PRAGMA query_only = ON")).exec();
    }
    if (!m_damage.isEmpty())
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("%1 is damaged; nothing more is written to it, so that nothing "
                              "more is lost. Restore it from a backup.")
                               .arg(QDir::toNativeSeparators(m_path)),
                           m_damage.join(QLatin1Char('\n')));
}

} // namespace jlgc
