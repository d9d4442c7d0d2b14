#include "storage/changenotifier.h"

#include "storage/database.h"
#include "storage/records/recordtype.h"
#include "storage/server/serverschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <utility>

namespace jlgc {

void ChangeSet::merge(const ChangeSet& other)
{
    everything = everything || other.everything;
    fromElsewhere = fromElsewhere || other.fromElsewhere;
    for (auto it = other.ids.cbegin(); it != other.ids.cend(); ++it)
        ids[it.key()].unite(it.value());
}

ChangeSet ChangeSet::all()
{
    ChangeSet c;
    c.everything = true;
    return c;
}

namespace {

// The owner's id in a row's values ({"cohort_id":12,…}, as the change_log
// triggers write them), without parsing the whole JSON.
qint64 idIn(const QString& values, const QString& column)
{
    const QString key = QStringLiteral("\"%1\":").arg(column);
    const qsizetype at = values.indexOf(key);
    if (at < 0)
        return 0;
    qsizetype start = at + key.size();
    while (start < values.size() && values[start] == QLatin1Char(' ')) // a server's JSON
        ++start;
    qsizetype end = start;
    while (end < values.size() && values[end].isDigit())
        ++end;
    return values.mid(start, end - start).toLongLong();
}

const QString SelectEntries =
    QStringLiteral("SELECT id, table_name, record_id, session, coalesce(new_values, old_values) "
                   "FROM change_log WHERE %1 ORDER BY id");

} // namespace

ChangeNotifier::ChangeNotifier(Database& db) : m_db(db) {}

void ChangeNotifier::start()
{
    m_started = true;
    m_hasLog = m_db.hasTable(QStringLiteral("change_log"));
    m_dataVersion = m_db.dataVersion();
    m_commits = m_db.commitCount();
    m_schemaVersion = m_db.schemaStamp();
    if (m_hasLog)
        m_lastChange = Query(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"))
                           .exec()
                           .scalar()
                           .toLongLong();
}

void ChangeNotifier::announceEverything()
{
    if (m_started)
        start(); // from here on
    m_pending.merge(ChangeSet::all());
    scheduleFlush();
}

void ChangeNotifier::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Announced from the event loop, once for all the commits of this turn:
    // never from inside the save that committed.
    QMetaObject::invokeMethod(this, &ChangeNotifier::flush, Qt::QueuedConnection);
}

void ChangeNotifier::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return;
    const ChangeSet changes = std::exchange(m_pending, ChangeSet{});
    emit changed(changes);
}

void ChangeNotifier::poll()
{
    if (!m_started) {
        start();
        return;
    }
    if (m_listening && m_listeningOn != m_db.connectionCount())
        subscribe(); // connected again
    ChangeSet changes;
    try {
        const qint64 dataVersion = m_db.dataVersion();
        changes.fromElsewhere = dataVersion != m_dataVersion;
        m_dataVersion = dataVersion;
        // A restore (SQLite's backup API changes the schema cookie) or a
        // schema change by another program: everything may differ, the
        // change log included.
        const qint64 schema = m_db.schemaStamp();
        if (schema != m_schemaVersion || !m_hasLog) {
            const bool schemaChanged = schema != m_schemaVersion;
            start();
            if (schemaChanged) {
                m_pending.merge(ChangeSet::all());
                scheduleFlush();
            }
            return;
        }
        if (!changes.fromElsewhere && m_db.commitCount() == m_commits)
            return; // nobody committed since the last look
        m_commits = m_db.commitCount();
        Query q(m_db, SelectEntries.arg(QStringLiteral("id > :last")));
        q.bind(QStringLiteral(":last"), m_lastChange).exec();
        m_lastChange = qMax(m_lastChange, read(q, changes));
    } catch (const StorageError&) {
        return; // busy: looked at again next time
    }
    if (changes.isEmpty())
        return;
    m_pending.merge(changes);
    scheduleFlush();
}

qint64 ChangeNotifier::read(Query& q, ChangeSet& changes) const
{
    qint64 newest = 0;
    while (q.next()) {
        newest = q.id(0);
        const QString table = q.text(1);
        if (table == QLatin1String("*")) { // a bulk write's mark
            changes.everything = true;
            continue;
        }
        if (q.text(3) != m_db.session())
            changes.fromElsewhere = true;
        changes.add(RecordTypes::nameOfTable(table), q.id(2));
        // A row that belongs to a record (a fellow to a cohort) changes
        // that record too: its page shows the row.
        if (const RecordTypes::Owner owner = RecordTypes::ownerOf(table); owner.type)
            if (const qint64 id = idIn(q.text(4), owner.column); id > 0)
                changes.add(owner.type->name, id);
    }
    return newest;
}

void ChangeNotifier::listen()
{
    if (!m_db.onServer() || m_listening)
        return;
    m_listening = true;
    subscribe();
}

void ChangeNotifier::subscribe()
{
    QSqlDriver* driver = m_db.connection().driver();
    const QString channel = QLatin1String(ServerSchema::ChangesChannel);
    if (!driver->subscribedToNotifications().contains(channel) &&
        !driver->subscribeToNotification(channel))
        return; // the connection is gone: tried again at the next poll
    const bool again = m_listeningOn > 0;
    m_listeningOn = m_db.connectionCount();
    // The driver lives as long as its connection: a new one after a
    // reconnection, connected again here.
    connect(driver, &QSqlDriver::notification, this, &ChangeNotifier::heard, Qt::UniqueConnection);
    if (again) { // what colleagues did meanwhile was said to nobody
        m_pending.merge(ChangeSet::all());
        scheduleFlush();
    }
}

void ChangeNotifier::heard(const QString& channel, QSqlDriver::NotificationSource source,
                           const QVariant& payload)
{
    // This connection's own commits are read after each commit (poll()).
    if (channel != QLatin1String(ServerSchema::ChangesChannel) || source == QSqlDriver::SelfSource)
        return;
    ++m_heard;
    // Read from the event loop, not from inside the driver's signal (reading
    // may connect again, which replaces the driver), and once for all that
    // was heard this turn (a delete of 500 rows says so 500 times).
    const QJsonObject said = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (said.contains(QStringLiteral("editing"))) { // a colleague began or ended an edit
        if (said.value(QStringLiteral("session")).toString() == m_db.session())
            return;
        const QString table = said.value(QStringLiteral("editing")).toString();
        const qint64 id = said.value(QStringLiteral("id")).toInteger();
        QMetaObject::invokeMethod(
            this, [this, table, id] { emit editingChanged(table, id); }, Qt::QueuedConnection);
        return;
    }
    const qint64 first = said.value(QStringLiteral("first")).toInteger();
    const qint64 last = said.value(QStringLiteral("last")).toInteger();
    m_heardFirst = m_heardFirst > 0 ? qMin(m_heardFirst, first) : first;
    m_heardLast = qMax(m_heardLast, last);
    for (const QJsonValue& table : said.value(QStringLiteral("tables")).toArray())
        m_heardTables.insert(table.toString());
    if (!m_readScheduled) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &ChangeNotifier::readHeard, Qt::QueuedConnection);
    }
}

void ChangeNotifier::readHeard()
{
    m_readScheduled = false;
    const qint64 first = std::exchange(m_heardFirst, 0);
    const qint64 last = std::exchange(m_heardLast, 0);
    const QSet<QString> tables = std::exchange(m_heardTables, {});
    if (first <= 0 || last < first)
        return;
    ChangeSet changes;
    try {
        // The entries these statements wrote, whatever their order of commit
        // among colleagues' (an id taken earlier may commit later).
        Query q(m_db, SelectEntries.arg(QStringLiteral("id BETWEEN :first AND :last")));
        q.bind(QStringLiteral(":first"), first).bind(QStringLiteral(":last"), last).exec();
        read(q, changes);
        // Entries the role may not read (row-level security): their lists
        // are read again all the same.
        for (const QString& table : tables)
            if (const QString kind = RecordTypes::nameOfTable(table);
                !kind.isEmpty() && !changes.touches(kind)) {
                changes.ids[kind];
                changes.fromElsewhere = true;
            }
        // Read on from there at the next look, when nothing lies between.
        if (first <= m_lastChange + 1)
            m_lastChange = qMax(m_lastChange, last);
    } catch (const StorageError&) {
        changes = ChangeSet::all(); // not readable now: everything is read again
        changes.fromElsewhere = true;
    }
    if (changes.isEmpty())
        return;
    m_pending.merge(changes);
    scheduleFlush();
}

} // namespace jlgc
