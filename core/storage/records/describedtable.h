#pragma once

#include "domain/fielderror.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>
#include <optional>

namespace jlgc {

class Database;

// A record of a kind known by its description alone: its stored values,
// column by column (NULL: none).
struct DescribedRecord {
    qint64 id = 0;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QVariantMap values;
};

// Reads and writes the records of a simple kind that has no type of its
// own, from its description: its columns (RecordColumns, as every kind's),
// the fields a save needs. Its page (DescribedPage) and its CSV format
// (DescribedTableFormat) are made from the same description.
class DescribedTable {
    Q_DECLARE_TR_FUNCTIONS(DescribedTable)
public:
    DescribedTable(Database& db, const RecordType& type);

    std::optional<DescribedRecord> find(qint64 id) const;
    // Every record, by id.
    QList<DescribedRecord> list() const;
    // What stops a save: the required fields left empty, in the user's language.
    FieldErrors check(const DescribedRecord& record) const;
    // Adds the record (id 0) or writes it over the stored one if nobody
    // saved that since it was read; returns its id. Throws StorageError.
    qint64 save(const DescribedRecord& record) const;
    void remove(qint64 id) const;

private:
    Database& m_db;
    const RecordType& m_type;
    RecordColumns<DescribedRecord> m_columns;
};

} // namespace jlgc
