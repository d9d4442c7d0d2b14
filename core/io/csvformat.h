#pragma once

#include "domain/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <any>
#include <functional>
#include <optional>

namespace jlgc {

class Database;
class ImportResolver;

// One column of a kind's CSV format. The English name is what an export
// writes; an import also accepts the Japanese one (and either, ignoring
// case, width and spaces).
struct CsvColumn {
    QString key;      // English header: "Family name (kanji)"
    QString japanese; // Japanese header: 姓（漢字）
    bool required = false;
    QString accepted;       // the values accepted, for the documentation (English)
    bool sensitive = false; // personal data: exported only on request

    QString header(Language language) const
    {
        return language == Language::Japanese ? japanese : key;
    }
};

// The values of one line of a file, by column key; a column the file does
// not have is absent (and leaves the field as it was).
class CsvRow {
public:
    CsvRow() = default;
    CsvRow(int line, const QHash<QString, QString>& values, const QHash<QString, QString>& headers)
        : m_line(line), m_values(values), m_headers(headers)
    {
    }
    int line() const { return m_line; }
    bool has(const QString& key) const { return m_values.contains(key); }
    QString text(const QString& key) const { return m_values.value(key).trimmed(); }
    // The header the file gives the column (for messages).
    QString header(const QString& key) const { return m_headers.value(key, key); }

private:
    int m_line = 0;
    QHash<QString, QString> m_values;
    QHash<QString, QString> m_headers;
};

// The CSV format of one kind of record, shared by import and export so that
// an exported file imports back unchanged.
class CsvFormat {
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)
public:
    virtual ~CsvFormat() = default;

    // organizations, people, fellows, host-families, delegations,
    // research-requests, jetaa-chapters, affiliations, events
    virtual QString kind() const = 0;
    // The kind as SearchIndex::sources() and the pages name it (person, …).
    virtual QString searchKind() const = 0;
    virtual QString label() const = 0;
    virtual QList<CsvColumn> columns() const = 0;
    // Kinds whose records this kind refers to by name (import those first).
    virtual QStringList dependsOn() const { return {}; }
    // The column in which a row may name a record of the same file (a
    // subchapter its parent chapter): rows are then written parents first,
    // and rows that fail are tried again after the others.
    virtual QString selfReferenceColumn() const { return {}; }
    bool refersToItself() const { return !selfReferenceColumn().isEmpty(); }

    QStringList headers(Language language = Language::English) const;
    int columnIndex(const QString& key) const;

    // Every record's id, in the order the repository lists them.
    virtual QList<qint64> allIds(Database& db) const = 0;
    // One row per id (ids not found are left out), values in column order.
    // Sensitive columns are empty unless includeSensitive.
    virtual QList<QStringList> exportRows(Database& db, const QList<qint64>& ids,
                                          bool includeSensitive) const = 0;

    struct Existing {
        qint64 id = 0;
        QString display;
        QStringList keys; // folded names for duplicate detection
    };
    virtual QList<Existing> existing(Database& db) const = 0;
    // A record from the row, onto the stored record baseId (0: a new one).
    // Problems (references that cannot be resolved, values not accepted) go
    // into errors; the record is returned even then, for its keys.
    virtual std::any build(ImportResolver& resolver, const CsvRow& row, qint64 baseId,
                           QStringList& errors) const = 0;
    virtual QStringList keys(const std::any& record) const = 0;
    virtual QString display(const std::any& record) const = 0;
    // A row as the user recognizes it in lists of problems and duplicates
    // (a record built from a row has no names of its references filled in).
    virtual QString rowDisplay(const CsvRow& row, const std::any& record) const
    {
        Q_UNUSED(row);
        return display(record);
    }
    // Adds (id 0) or updates the record through its repository, with every
    // rule the repository checks; throws StorageError. Returns the id.
    virtual qint64 store(Database& db, ImportResolver& resolver, const std::any& record) const = 0;
    // Adds new records (built with baseId 0) as store() does, ids in their
    // order. Kinds that write many in a few statements (writesInBatches())
    // are handed an import's new records many at a time. Throws
    // StorageError; the caller's savepoint takes back what was written.
    virtual QList<qint64> storeNew(Database& db, ImportResolver& resolver,
                                   const QList<std::any>& records) const
    {
        QList<qint64> ids;
        for (const std::any& record : records)
            ids << store(db, resolver, record);
        return ids;
    }
    // Whether storeNew() writes many records in a few statements. Only for
    // kinds whose rulesForNew() says all, with no refuseRepeat() and no rows
    // naming records of their own kind: a row of the file then never needs
    // the record of an earlier row on file before the import ends.
    virtual bool writesInBatches() const { return false; }
    // Every rule store() applies to a new record, checked without writing:
    // the messages (empty: it can be added). Only for kinds whose value type
    // holds all of them once its references are found (the database adds
    // none a valid record can break); nullopt for the others, which a check
    // writes and rolls back to know.
    virtual std::optional<QStringList> rulesForNew(const std::any& record) const
    {
        Q_UNUSED(record);
        return std::nullopt;
    }

    // Why a new record cannot be added because it repeats one that may exist
    // only once (a second active tie between the same two places), in words
    // for an import; empty when it can be added. lineOf gives the line of the
    // file that added a record in this import (0: it was on file before).
    virtual QString refuseRepeat(Database& db, const std::any& record,
                                 const std::function<int(qint64)>& lineOf) const
    {
        Q_UNUSED(db);
        Q_UNUSED(record);
        Q_UNUSED(lineOf);
        return {};
    }

    static const QList<const CsvFormat*>& all();
    static const CsvFormat* find(const QString& kind);
    static const CsvFormat* forSearchKind(const QString& searchKind);
    static QStringList kinds();
};

} // namespace jlgc
