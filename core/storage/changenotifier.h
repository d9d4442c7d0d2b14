#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>

namespace jlgc {

class Database;
class Query;

// What changed in the database: the ids of each kind of record (as
// RecordKinds names them), or everything (a restore, a demo database, a
// change whose extent is not known).
struct ChangeSet {
    QHash<QString, QSet<qint64>> ids;
    bool everything = false;
    // Changes made by another window or program (not this connection).
    bool fromElsewhere = false;

    bool isEmpty() const { return !everything && ids.isEmpty(); }
    bool touches(const QString& kind) const { return everything || ids.contains(kind); }
    bool touches(const QString& kind, qint64 id) const
    {
        return everything || ids.value(kind).contains(id);
    }
    void add(const QString& kind, qint64 id) { ids[kind].insert(id); }
    void merge(const ChangeSet& other);
    static ChangeSet all();
};

// The one place that says what changed. Every write to records leaves its
// trace in change_log (triggers derived from the schema), whoever made it:
// a form, a dialog, an import, undo, the Trash, another window or program.
// The notifier reads what is new there after each commit of its connection
// and whenever poll() is called (a timer, for other programs' commits), and
// announces it once. Lists, forms not being edited, the dashboard and the
// status bar follow changed().
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    explicit ChangeNotifier(Database& db);

    // Reads the changes committed since the last look and announces them
    // (from the event loop, once per turn). Cheap when nothing changed.
    // The database calls it after each commit of its own.
    void poll();
    // Announces that everything may have changed (after work that leaves no
    // trace in change_log).
    void announceEverything();
    // On an office server: hears colleagues' commits as they happen (LISTEN;
    // the server announces each statement that writes history, see
    // ServerSchema::installAnnouncer) and announces them at once instead of
    // at the next poll(). After a reconnection it listens again and
    // announces everything, since what was said meanwhile is not said again.
    // Needs an event loop on this thread. Nothing in a file.
    void listen();
    bool isListening() const { return m_listening; }
    // How many colleagues' announcements were heard (for the tests).
    int announcementsHeard() const { return m_heard; }

signals:
    void changed(const jlgc::ChangeSet& changes);
    // A colleague began or ended editing a record (EditingMarks): its table
    // and id.
    void editingChanged(const QString& table, qint64 id);

private:
    void start();
    void subscribe();
    void heard(const QString& channel, QSqlDriver::NotificationSource source,
               const QVariant& payload);
    void readHeard();
    // The entries of a change_log query (id, table, record, session,
    // values) added to `changes`; the newest entry's id.
    qint64 read(Query& entries, ChangeSet& changes) const;
    void scheduleFlush();
    void flush();

    Database& m_db;
    ChangeSet m_pending;
    bool m_flushScheduled = false;
    qint64 m_commits = -1; // the connection's commits at the last look
    bool m_started = false;
    bool m_hasLog = false;
    qint64 m_lastChange = 0;
    qint64 m_dataVersion = -1;
    qint64 m_schemaVersion = -1;
    bool m_listening = false;
    int m_listeningOn = 0; // the connection (Database::connectionCount) listened on
    int m_heard = 0;
    qint64 m_heardFirst = 0; // the history entries heard of, not read yet
    qint64 m_heardLast = 0;
    // The tables they name: a login whose role may not read some of those
    // entries (a fellow's, for staff) still learns which lists changed.
    QSet<QString> m_heardTables;
    bool m_readScheduled = false;
};

} // namespace jlgc

Q_DECLARE_METATYPE(jlgc::ChangeSet)
