#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace jlgc {

class Database;

// One change to one record, as the change_log triggers kept it.
struct ChangeEntry {
    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString osUser;
    QString staffName;
    QString session;
    QString table;
    qint64 recordId = 0;
    QString action; // insert, update, delete
    QJsonObject oldValues;
    QJsonObject newValues;

    // Fields whose value differs between old and new (bookkeeping columns
    // such as row_version and updated_at left out). For an insert, the fields
    // given; for a delete, the fields the record had.
    QStringList changedFields() const;
    // "Jane Smith (jsmith)", or the OS user alone.
    QString who() const;
    int oldRowVersion() const { return oldValues.value(QStringLiteral("row_version")).toInt(); }
    int newRowVersion() const { return newValues.value(QStringLiteral("row_version")).toInt(); }
};

// The history of every record: read it, and write an earlier value back
// (always as a new change with a new row version, never by editing the log).
class History {
    Q_DECLARE_TR_FUNCTIONS(History)
public:
    explicit History(Database& db) : m_db(db) {}

    // (Re)creates the change_log and trash triggers on every record table
    // (tables with an `id` key and a `row_version`), derived from the schema.
    // Runs at the end of migration 6 and after every later migration step;
    // `version` is the schema version whose triggers are made (-1: the
    // newest; see SchemaInfo::perStatement).
    static void installTriggers(Database& db, int version = -1);
    // The first version whose history on a server names the login (before,
    // the computer's user the application said).
    static constexpr int LoginVersion = 13;
    // Drops the history and Trash triggers (installTriggers puts them back):
    // for writing generated demo records, which have no history to keep.
    static void removeTriggers(Database& db);
    static bool isBookkeepingField(const QString& field);

    // Newest first.
    QList<ChangeEntry> forRecord(const QString& table, qint64 recordId) const;
    // Changes written by one session (one open Database) after a given id,
    // oldest first: what the session's undo stack is made of.
    QList<ChangeEntry> sessionChangesAfter(const QString& session, qint64 afterId) const;
    std::optional<ChangeEntry> find(qint64 changeId) const;
    qint64 lastChangeId() const;

    // Writes `values` (field → JSON value) into the record if its row version
    // is still `expectedVersion`; Conflict if someone changed it since,
    // NotFound if it was deleted. Returns the new row version.
    int writeValues(const QString& table, qint64 recordId, const QJsonObject& values,
                    int expectedVersion);
    // Restores one field to the value it had before (or after) a change.
    int restoreValue(const ChangeEntry& change, const QString& field, bool oldValue,
                     int expectedVersion);
    int currentRowVersion(const QString& table, qint64 recordId) const;

private:
    Database& m_db;
};

} // namespace jlgc
