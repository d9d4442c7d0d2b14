#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace jlgc {

class Database;

// Every kind of record the database holds, for counts (the `info` command,
// the status bar) and for naming the records that still use another: the
// reference data, then each described kind (RecordTypes) followed by the
// rows it owns.
struct RecordKind {
    QString key;                 // stable name for the command line and JSON
    QString table;               // the table that holds them
    const char* label = nullptr; // source text in the "RecordKinds" context
};

class RecordKinds {
    Q_DECLARE_TR_FUNCTIONS(RecordKinds)
public:
    static const QList<RecordKind>& all();
    static const RecordKind* find(const QString& key);
    // "people", "organizations", … in the user's language.
    static QString label(const QString& key);
    static QString labelForTable(const QString& table);
    // How many records of the kind there are, at once at any size.
    static qint64 count(const Database& db, const RecordKind& kind);
    // The counts of many kinds by key, the kept ones read with one statement
    // (a server's round trip each would slow the window's start).
    static QHash<QString, qint64> counts(const Database& db, const QList<RecordKind>& kinds);
    // Keeps a count of every kind's rows in record_count, moved by triggers
    // on insert and delete (schema version 8); run again after a step that
    // adds a kind. `version`: as History::installTriggers.
    static void installCounters(Database& db, int version = -1);
    // On a server, folds the changes kept since into one row per count
    // (after an import, at opening); nothing in a file.
    static void compactCounts(Database& db);
    // How many entries of a kind (SearchSource::kind) the global search
    // index holds: the length of that kind's unfiltered list.
    static qint64 indexedCount(const Database& db, const QString& kind);
};

// A table that still points at a record, and how many of its rows do.
struct RecordUsage {
    QString table;
    qint64 count = 0;
};

// Rows in other tables whose foreign keys would stop (or have stopped) the
// record from being removed: those that do not cascade. Found from the
// schema itself, so that every later module is covered without listing it.
QList<RecordUsage> blockingUsages(const Database& db, const QString& table, qint64 id);
// "3 person affiliations, 1 fellow" in the user's language.
QString describeUsages(const QList<RecordUsage>& usages);

} // namespace jlgc
