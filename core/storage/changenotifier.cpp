#include "storage/changenotifier.h"

#include "storage/database.h"
#include "storage/records/recordtype.h"

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
        Query q(m_db,
                QStringLiteral("SELECT id, table_name, record_id, session, coalesce(new_values, "
                               "old_values) FROM change_log WHERE id > :last ORDER BY id"));
        q.bind(QStringLiteral(":last"), m_lastChange).exec();
        while (q.next()) {
            m_lastChange = q.id(0);
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
    } catch (const StorageError&) {
        return; // busy: looked at again next time
    }
    if (changes.isEmpty())
        return;
    m_pending.merge(changes);
    scheduleFlush();
}

} // namespace jlgc
