#pragma once

#include "io/csvtypedformat.h"
#include "storage/records/recordfield.h"

namespace jlgc {

// A kind's CSV format made from its description (recordDefinition<T>()):
// the columns are its fields that have a CSV header, each written and read
// by the field itself; records are read and written by the kind's
// repository. A kind adds only what is its own: how a row is recognised as
// a record already on file (keysOf) and named in messages (displayOf), and
// any value that follows from others (afterRead).
template <class T, class Repository> class DescribedCsvFormat : public TypedCsvFormat<T> {
public:
    QString kind() const override { return type().name; }
    QString searchKind() const override { return type().table; }
    QString label() const override { return type().translatedLabel(); }
    QList<CsvColumn> columns() const override
    {
        QList<CsvColumn> list;
        for (const TypedField<T>& f : definition().fields)
            if (f.spec.inCsv())
                list << CsvColumn{QString::fromUtf8(f.spec.csvHeader),
                                  QString::fromUtf8(f.spec.csvHeaderJa),
                                  (f.spec.flags & FieldSpec::Required) != 0,
                                  QString::fromUtf8(f.spec.csvAccepted), f.spec.personal()};
        return list;
    }

protected:
    static const RecordDefinition<T>& definition() { return recordDefinition<T>(); }
    static const RecordType& type() { return definition().type; }

    QList<T> loadAll(Database& db) const override { return Repository(db).list(); }
    std::optional<T> load(Database& db, qint64 id) const override
    {
        return Repository(db).find(id);
    }
    QStringList toRow(const T& record, ImportResolver& names) const override
    {
        QStringList row;
        for (const TypedField<T>& f : definition().fields)
            if (f.spec.inCsv())
                row << (f.toCsv ? f.toCsv(record, names) : QString());
        return row;
    }
    void fromRow(T& record, ImportFields& in) const override
    {
        for (const TypedField<T>& f : definition().fields)
            if (f.spec.inCsv() && f.fromCsv)
                f.fromCsv(record, in, QString::fromUtf8(f.spec.csvHeader));
        afterRead(record, in);
    }
    // Values that follow from the others once a row is read.
    virtual void afterRead(T& record, ImportFields& in) const
    {
        Q_UNUSED(record);
        Q_UNUSED(in);
    }
    T addRecord(Database& db, const T& record) const override { return Repository(db).add(record); }
    T updateRecord(Database& db, const T& record) const override
    {
        return Repository(db).update(record);
    }
};

} // namespace jlgc
