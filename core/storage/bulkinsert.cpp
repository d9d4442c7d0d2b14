#include "storage/bulkinsert.h"

namespace jlgc {

namespace {

QString insertSql(const Database& db, const QString& table, const QStringList& columns,
                  BulkInsert::OnConflict onConflict)
{
    QStringList placeholders;
    for (const QString& c : columns)
        placeholders << QLatin1Char(':') + c;
    const bool ignore = onConflict == BulkInsert::OnConflict::Ignore;
    return QStringLiteral("INSERT %1INTO %2 (%3) VALUES (%4)%5")
        .arg(ignore && !db.onServer() ? QStringLiteral("OR IGNORE ") : QString(), table,
             columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
             ignore && db.onServer() ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString());
}

} // namespace

BulkInsert::BulkInsert(Database& db, const QString& table, const QStringList& columns,
                       OnConflict onConflict)
    : m_columns(columns), m_query(db, insertSql(db, table, columns, onConflict))
{
}

BulkInsert& BulkInsert::set(const QString& column, const QVariant& value)
{
    // A name that is not a column would be bound to nothing and leave the
    // column NULL: the first row finds it.
    if (!m_checked && !m_columns.contains(column))
        throw StorageError(StorageError::Kind::Query,
                           QStringLiteral("%1 is not among the columns written").arg(column));
    m_query.bind(QLatin1Char(':') + column, value);
    return *this;
}

bool BulkInsert::insert()
{
    m_checked = true;
    return m_query.exec().numRowsAffected() > 0;
}

void BulkInsert::startLoad(Database& db)
{
    if (db.onServer()) // the server's own memory settings serve
        return;
    Query(db, QStringLiteral("PRAGMA cache_size = -262144")).exec();
}

void BulkInsert::finishLoad(Database& db)
{
    if (!db.onServer())
        Query(db, QStringLiteral("PRAGMA cache_size = -%1").arg(Database::PageCacheKib)).exec();
    Query(db, QStringLiteral("ANALYZE")).exec();
}

} // namespace jlgc
