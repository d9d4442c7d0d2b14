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
template <class T, class Repository>
class DescribedCsvFormat : public RepositoryCsvFormat<T, Repository> {
public:
    DescribedCsvFormat() : RepositoryCsvFormat<T, Repository>(type().name, type().table) {}
    QString label() const override { return type().translatedLabel(); }

protected:
    static const RecordDefinition<T>& definition() { return recordDefinition<T>(); }
    static const RecordType& type() { return definition().type; }

    const QList<CsvField<T>>& fields() const override
    {
        static const QList<CsvField<T>> list = [] {
            QList<CsvField<T>> l;
            for (const TypedField<T>& f : definition().fields)
                if (f.spec.inCsv())
                    l << CsvField<T>{csvColumn(f.spec), f.csvCell};
            return l;
        }();
        return list;
    }
};

} // namespace jlgc
