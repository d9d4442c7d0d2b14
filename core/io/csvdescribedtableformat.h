#pragma once

#include "io/csvtypedformat.h"
#include "storage/records/describedtable.h"

namespace jlgc {

// The CSV format of a simple kind (DescribedTable), made from its
// description: a column for each field with a CSV header, written and read
// as the field's Input says (a date as 2025-04-01, a person or an
// organization by name, a choice by its code or label). A row is the same
// record as one on file when the fields it needs (Required) are the same.
class DescribedTableFormat : public TypedCsvFormat<DescribedRecord> {
public:
    explicit DescribedTableFormat(const RecordType& type);

    QString kind() const override { return m_type.name; }
    QString searchKind() const override { return m_type.indexKind(); }
    QString label() const override { return m_type.translatedLabel(); }
    // People and organizations first, when its fields name them.
    QStringList dependsOn() const override;

protected:
    QList<DescribedRecord> loadAll(Database& db) const override;
    std::optional<DescribedRecord> load(Database& db, qint64 id) const override;
    const QList<CsvField<DescribedRecord>>& fields() const override { return m_fields; }
    QStringList keysOf(const DescribedRecord& record) const override;
    QString displayOf(const DescribedRecord& record) const override;
    DescribedRecord addRecord(Database& db, const DescribedRecord& record) const override;
    DescribedRecord updateRecord(Database& db, const DescribedRecord& record) const override;

private:
    const RecordType& m_type;
    QList<CsvField<DescribedRecord>> m_fields;
};

} // namespace jlgc
