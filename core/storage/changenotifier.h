#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

namespace jlgc {

class Database;

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

signals:
    void changed(const jlgc::ChangeSet& changes);

private:
    void start();
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
};

} // namespace jlgc

Q_DECLARE_METATYPE(jlgc::ChangeSet)
