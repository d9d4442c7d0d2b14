#include "storage/rowwriter.h"

#include "storage/database.h"
#include "storage/schemainfo.h"

#include <algorithm>

namespace jlgc {

namespace {

using SchemaInfo::quoted;

constexpr qsizetype MaxValuesPerStatement = 30000; // under SQLite's 32,766 and a server's 65,535
constexpr qsizetype MaxRowsPerStatement = 1000;
// Keys a server hands out in one statement.
constexpr qsizetype KeysPerStatement = 10000;

QString columnList(const QStringList& columns)
{
    QStringList quotedColumns;
    for (const QString& c : columns)
        quotedColumns << quoted(c);
    return quotedColumns.join(QStringLiteral(", "));
}

// Keys for n new rows, from the sequence of the table's key.
QList<qint64> takeKeys(Database& db, const QString& table, qsizetype n)
{
    QList<qint64> keys;
    keys.reserve(n);
    Query take(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM "
                                  "generate_series(1, :n)"));
    while (keys.size() < n) {
        take.bind(QStringLiteral(":t"), table)
            .bind(QStringLiteral(":n"), std::min(n - keys.size(), KeysPerStatement))
            .exec();
        while (take.next())
            keys << take.id(0);
    }
    return keys;
}

} // namespace

RowWriter::RowWriter(Database& db, const QString& table, const QStringList& columns)
    : m_db(db), m_table(table), m_columns(columns),
      m_rowsPerStatement(std::max<qsizetype>(
          1, std::min<qsizetype>(MaxRowsPerStatement,
                                 MaxValuesPerStatement / std::max<qsizetype>(1, columns.size()))))
{
}

void RowWriter::add(QVariantList row)
{
    m_rows << std::move(row);
    if (m_rows.size() == m_rowsPerStatement)
        flush();
}

void RowWriter::flush()
{
    if (m_rows.isEmpty())
        return;
    // Values by position: a name would be looked up among thousands.
    QStringList marks(m_columns.size(), QStringLiteral("?"));
    const QString tuple = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    Query write(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                          .arg(quoted(m_table), columnList(m_columns),
                               QStringList(m_rows.size(), tuple).join(QStringLiteral(", "))));
    int position = 0;
    for (const QVariantList& row : std::as_const(m_rows))
        for (const QVariant& v : row)
            // NULL stays NULL (a null text would be bound as '').
            write.bind(position++, v.isNull() ? QVariant() : v);
    write.exec();
    m_rows.clear();
}

QList<qint64> RowWriter::insertNew(Database& db, const QString& table, const QStringList& columns,
                                   const QList<QVariantList>& rows)
{
    if (rows.isEmpty())
        return {};
    if (db.onServer()) {
        const QList<qint64> keys = takeKeys(db, table, rows.size());
        RowWriter writer(db, table, QStringList{QStringLiteral("id")} + columns);
        for (qsizetype r = 0; r < rows.size(); ++r)
            writer.add(QVariantList{keys[r]} + rows[r]);
        writer.flush();
        return keys;
    }
    QStringList placeholders;
    for (qsizetype c = 0; c < columns.size(); ++c)
        placeholders << QStringLiteral(":v%1").arg(c);
    Query insert(
        db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(quoted(table), columnList(columns), placeholders.join(QStringLiteral(", "))));
    QList<qint64> keys;
    keys.reserve(rows.size());
    for (const QVariantList& row : rows) {
        for (qsizetype c = 0; c < columns.size(); ++c)
            insert.bind(placeholders[c], row[c].isNull() ? QVariant() : row[c]);
        keys << insert.exec().lastInsertId();
    }
    return keys;
}

} // namespace jlgc
