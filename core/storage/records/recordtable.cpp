#include "storage/records/recordtable.h"

#include <QDir>

namespace jlgc {

QString RecordSql::placeholder(qsizetype field)
{
    return QStringLiteral(":f%1").arg(field);
}

QString RecordSql::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString RecordSql::select(const RecordType& type)
{
    // Names below come from the descriptions in code, never from the user.
    QString sql = QStringLiteral("SELECT r.id, r.row_version, r.created_at, r.updated_at");
    for (const FieldSpec& f : type.fields)
        sql += QStringLiteral(", r.") + f.column;
    return sql + QStringLiteral(" FROM ") + type.table + QStringLiteral(" r");
}

QString RecordSql::insert(const RecordType& type)
{
    QStringList columns;
    QStringList values;
    for (qsizetype i = 0; i < type.fields.size(); ++i) {
        columns << type.fields[i].column;
        values << placeholder(i);
    }
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    values << QStringLiteral(":created") << QStringLiteral(":updated");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(type.table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

QString RecordSql::update(const RecordType& type)
{
    QStringList sets;
    for (qsizetype i = 0; i < type.fields.size(); ++i)
        sets << type.fields[i].column + QStringLiteral(" = ") + placeholder(i);
    sets << QStringLiteral("updated_at = :updated")
         << QStringLiteral("row_version = row_version + 1");
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND row_version = :version")
        .arg(type.table, sets.join(QStringLiteral(", ")));
}

QString RecordSql::remove(const RecordType& type)
{
    return QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(type.table);
}

void RecordSql::throwNotSaved(Database& db, const RecordType& type, qint64 id)
{
    const bool exists =
        Query(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = :id").arg(type.table))
            .bind(QStringLiteral(":id"), id)
            .exec()
            .scalar()
            .toInt() > 0;
    if (!exists)
        throw StorageError(StorageError::Kind::NotFound,
                           tr("This %1 no longer exists; it was removed elsewhere.")
                               .arg(type.translatedSingular()));
    throw StorageError(
        StorageError::Kind::Conflict,
        tr("Someone else saved this %1 after you opened it.").arg(type.translatedSingular()));
}

} // namespace jlgc
