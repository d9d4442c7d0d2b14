#include "storage/records/describedtable.h"

#include "storage/database.h"
#include "storage/records/recordtable.h"
#include "storage/recordwrite.h"

namespace jlgc {

QList<DescribedRecord> DescribedTable::select(const QString& where, const QVariantMap& values) const
{
    QString sql = RecordSql::select(m_type);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    Query q(m_db, sql + QStringLiteral(" ORDER BY r.id"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    QList<DescribedRecord> result;
    while (q.next()) {
        DescribedRecord r;
        r.id = q.id(0);
        r.rowVersion = q.value(1).toInt();
        for (qsizetype i = 0; i < m_type.fields.size(); ++i)
            r.values.insert(m_type.fields[i].column, q.value(int(i) + 4));
        result << r;
    }
    return result;
}

std::optional<DescribedRecord> DescribedTable::find(qint64 id) const
{
    const QList<DescribedRecord> found =
        select(QStringLiteral("r.id = :id"), {{QStringLiteral(":id"), id}});
    return found.isEmpty() ? std::nullopt : std::optional<DescribedRecord>(found.front());
}

QList<DescribedRecord> DescribedTable::list() const
{
    return select({}, {});
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
    if (const FieldErrors errors = check(record); !errors.isEmpty())
        throw StorageError(errors);
    RowValues row;
    for (const FieldSpec& f : m_type.fields) {
        const QVariant v = record.values.value(f.column);
        // A blank text is no value, so that "not given" has one form.
        row.set(f.column, v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty()
                              ? QVariant()
                              : v);
    }
    return m_db.transaction([&] {
        if (record.id <= 0)
            return recordwrite::insert(m_db, m_type.table, row);
        recordwrite::update(m_db, m_type.table, record.id, record.rowVersion, row,
                            RecordSql::gone(m_type), RecordSql::conflict(m_type));
        return record.id;
    });
}

void DescribedTable::remove(qint64 id) const
{
    recordwrite::remove(m_db, m_type.table, id, RecordSql::stillUsed(m_type));
}

} // namespace jlgc
