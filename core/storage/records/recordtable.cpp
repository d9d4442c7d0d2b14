#include "storage/records/recordtable.h"

#include <QDir>

namespace jlgc {

QString RecordSql::select(const RecordType& type)
{
    // Names below come from the descriptions in code, never from the user.
    QString sql = QStringLiteral("SELECT r.id, r.row_version, r.created_at, r.updated_at");
    for (const FieldSpec& f : type.fields)
        sql += QStringLiteral(", r.") + f.column;
    return sql + QStringLiteral(" FROM ") + type.table + QStringLiteral(" r");
}

QString RecordSql::gone(const RecordType& type)
{
    return tr("This %1 no longer exists; it was removed elsewhere.").arg(type.translatedSingular());
}

QString RecordSql::conflict(const RecordType& type)
{
    return tr("Someone else saved this %1 after you opened it.").arg(type.translatedSingular());
}

QString RecordSql::stillUsed(const RecordType& type)
{
    return tr("This %1 is still named in other records (%2). Change or remove those first.")
        .arg(type.translatedSingular(), QStringLiteral("%1"));
}

} // namespace jlgc
