#include "storage/recordwrite.h"

#include "storage/database.h"
#include "storage/recordkinds.h"
#include "storage/records/recordtype.h"
#include "storage/rowwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <functional>

namespace jlgc {

RowValues& RowValues::set(const QString& column, const QVariant& value)
{
    m_columns.append({column, value});
    return *this;
}

RowValues& RowValues::text(const QString& column, const QString& value)
{
    return set(column, nullIfEmpty(value));
}

RowValues& RowValues::date(const QString& column, const QDate& value)
{
    return set(column, nullIfInvalid(value));
}

RowValues& RowValues::ref(const QString& column, qint64 id)
{
    return set(column, nullIfZero(id));
}

RowValues& RowValues::government(const GovernmentRef& g)
{
    return text(QStringLiteral("prefecture_code"), g.prefectureCode)
        .text(QStringLiteral("municipality_code"), g.municipalityCode)
        .ref(QStringLiteral("organization_id"), g.organizationId);
}

namespace recordwrite {

namespace {

// What a refused write says, in the words of the kind's description.
struct RecordSql {
    Q_DECLARE_TR_FUNCTIONS(RecordSql)
public:
    static QString gone(const RecordType& type)
    {
        return tr("This %1 no longer exists; it was removed elsewhere.")
            .arg(type.translatedSingular());
    }
    static QString conflict(const RecordType& type)
    {
        return tr("Someone else saved this %1 after you opened it.").arg(type.translatedSingular());
    }
    // With %1 left for the records that still point at it.
    static QString stillUsed(const RecordType& type)
    {
        return tr("This %1 is still named in other records (%2). Change or remove those first.")
            .arg(type.translatedSingular(), QStringLiteral("%1"));
    }
};

// ":<column>": the statements' text stays the same from one save to the
// next, so each is prepared once.
QString placeholder(const QString& column)
{
    return QLatin1Char(':') + column;
}

void bindColumns(Query& q, const RowValues& row)
{
    for (const auto& [column, value] : row.columns())
        q.bind(placeholder(column), value);
}

} // namespace

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

qint64 insert(Database& db, const QString& table, const RowValues& row)
{
    QStringList columns;
    QStringList values;
    for (const auto& c : row.columns()) {
        columns << c.first;
        values << placeholder(c.first);
    }
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    values << QStringLiteral(":created_at") << QStringLiteral(":updated_at");
    Query q(db,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))));
    bindColumns(q, row);
    const QString stamp = now();
    q.bind(QStringLiteral(":created_at"), stamp).bind(QStringLiteral(":updated_at"), stamp).exec();
    return q.lastInsertId();
}

namespace {

// A message made only when it is shown: the kind's description is looked
// up, and its text translated, when a save is refused, not at each save.
using Message = std::function<QString()>;

void updateSaying(Database& db, const QString& table, qint64 id, int version, const RowValues& row,
                  const Message& gone, const Message& conflict)
{
    QStringList sets;
    for (const auto& c : row.columns())
        sets << c.first + QStringLiteral(" = ") + placeholder(c.first);
    sets << QStringLiteral("updated_at = :updated_at")
         << QStringLiteral("row_version = row_version + 1");
    Query q(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND row_version = :version")
                    .arg(table, sets.join(QStringLiteral(", "))));
    bindColumns(q, row);
    q.bind(QStringLiteral(":updated_at"), now())
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":version"), version)
        .exec();
    if (q.numRowsAffected() > 0)
        return;
    // Nothing written: the record is gone, or someone else saved it.
    const bool exists =
        Query(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = :id").arg(table))
            .bind(QStringLiteral(":id"), id)
            .exec()
            .scalar()
            .toInt() > 0;
    if (!exists)
        throw StorageError(StorageError::Kind::NotFound, gone());
    throw StorageError(StorageError::Kind::Conflict, conflict());
}

// `stillUsed` with %1 for the records that point at it.
void removeSaying(Database& db, const QString& table, qint64 id, const Message& stillUsed)
{
    db.transaction([&] {
        const QList<RecordUsage> usages = blockingUsages(db, table, id);
        if (!usages.isEmpty())
            throw StorageError(StorageError::Kind::Referenced,
                               stillUsed().arg(describeUsages(usages)));
        Query(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table))
            .bind(QStringLiteral(":id"), id)
            .exec();
    });
}

const RecordType& typeOf(const QString& table)
{
    const RecordType* type = RecordTypes::forTable(table);
    Q_ASSERT_X(type, "recordwrite", "a table with history has a RecordType");
    static const RecordType unknown;
    return type ? *type : unknown;
}

} // namespace

void update(Database& db, const QString& table, qint64 id, int version, const RowValues& row)
{
    updateSaying(
        db, table, id, version, row, [&] { return RecordSql::gone(typeOf(table)); },
        [&] { return RecordSql::conflict(typeOf(table)); });
}

void remove(Database& db, const QString& table, qint64 id, const QString& stillUsed)
{
    removeSaying(db, table, id, [&] { return stillUsed; });
}

void remove(Database& db, const QString& table, qint64 id)
{
    removeSaying(db, table, id, [&] { return RecordSql::stillUsed(typeOf(table)); });
}

void replaceOwned(Database& db, const QString& table, const QString& ownerColumn, qint64 owner,
                  const QStringList& columns, const QList<QVariantList>& rows)
{
    // Names are the program's own, never the user's.
    Query(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :owner").arg(table, ownerColumn))
        .bind(QStringLiteral(":owner"), owner)
        .exec();
    RowWriter writer(db, table, QStringList{ownerColumn} + columns);
    for (const QVariantList& row : rows)
        writer.add(QVariantList{owner} + row);
    writer.flush();
}

} // namespace recordwrite
} // namespace jlgc
