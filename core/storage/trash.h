#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace jlgc {

class Database;

// A deleted record, kept with the rows it owned (see the trash_ triggers
// made by History::installTriggers).
struct TrashEntry {
    qint64 id = 0;
    QDateTime deletedAt; // UTC
    QString osUser;
    QString staffName;
    QString table;
    qint64 recordId = 0;
    QJsonObject record; // the record's own row
    int ownedRows = 0;  // rows it owned that went with it

    QString who() const;
    // A name for the list: the record's name or title, else its number.
    QString title() const;
};

class Trash {
    Q_DECLARE_TR_FUNCTIONS(Trash)
public:
    explicit Trash(Database& db) : m_db(db) {}

    // Newest first.
    QList<TrashEntry> list() const;
    qint64 count() const;
    // Puts the record and what it owned back, with the same ids, and takes
    // it out of the Trash. Refused (and nothing written) if its number is
    // taken meanwhile or a record it refers to was deleted.
    void restore(qint64 entryId);
    // Deletes the entries for good.
    void remove(qint64 entryId);
    void empty();

private:
    // Deletes the entry (its rows go with it); refused, on a server, for an
    // entry holding rows the login may not read.
    void takeEntry(qint64 entryId);
    Database& m_db;
};

} // namespace jlgc
