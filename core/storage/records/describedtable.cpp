#include "storage/records/describedtable.h"

#include "storage/database.h"

namespace jlgc {

DescribedTable::DescribedTable(Database& db, const RecordType& type)
    : m_db(db), m_type(type), m_columns(type.table, QStringLiteral("r"))
{
    for (const FieldSpec& f : type.fields)
        m_columns.custom(
            QStringLiteral("r.") + f.column,
            [column = f.column](DescribedRecord& r, const Query& q, int i) {
                r.values.insert(column, q.value(i));
            },
            [column = f.column](const DescribedRecord& r, RowValues& row) {
                const QVariant v = r.values.value(column);
                // A blank text is no value, so that "not given" has one form.
                row.set(column, v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty()
                                    ? QVariant()
                                    : v);
            });
}

std::optional<DescribedRecord> DescribedTable::find(qint64 id) const
{
    return m_columns.find(m_db, id);
}

QList<DescribedRecord> DescribedTable::list() const
{
    return m_columns.list(m_db, {}, QStringLiteral("ORDER BY r.id"));
}

FieldErrors DescribedTable::check(const DescribedRecord& record) const
{
    FieldErrors errors;
    for (const FieldSpec& f : m_type.fields) {
        const QVariant v = record.values.value(f.column);
        if ((f.flags & FieldSpec::Required) && (v.isNull() || v.toString().trimmed().isEmpty()))
            errors << FieldError{f.column, tr("%1 is needed.").arg(f.translatedLabel())};
    }
    return errors;
}

qint64 DescribedTable::save(const DescribedRecord& record) const
{
    const SaveSteps<DescribedRecord> steps{[this](const DescribedRecord& r) {
        if (const FieldErrors errors = check(r); !errors.isEmpty())
            throw StorageError(errors);
    }};
    if (record.id <= 0)
        return m_columns.add(m_db, record, steps);
    m_columns.update(m_db, record, steps);
    return record.id;
}

void DescribedTable::remove(qint64 id) const
{
    m_columns.remove(m_db, id);
}

} // namespace jlgc
