#pragma once

#include "storage/database.h"
#include "storage/records/recordfield.h"
#include "storage/recordwrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace jlgc {

// The SQL of a kind, made from its description: the columns a SELECT
// reads (its writes are recordwrite's, from the same fields), and what a
// save says when the record is gone or someone else saved it first.
class RecordSql {
    Q_DECLARE_TR_FUNCTIONS(RecordSql)
public:
    // "r.id, r.row_version, r.created_at, r.updated_at, r.<field>…" and the
    // FROM clause with the type's alias r.
    static QString select(const RecordType& type);
    static QString gone(const RecordType& type);
    static QString conflict(const RecordType& type);
    // With %1 left for the records that still point at it.
    static QString stillUsed(const RecordType& type);
};

// Reads and writes records of type T through the description of its kind
// (recordDefinition<T>()): what every repository did by hand for its own
// columns. A repository keeps what is its own: filters, the rows a record
// owns, rules that need the database.
template <class T> class RecordTable {
public:
    explicit RecordTable(Database& db) : m_db(db), m_def(recordDefinition<T>()) {}

    const RecordType& type() const { return m_def.type; }

    // The records matching `where` (SQL over r; empty: all), in `order`
    // (SQL; empty: by id), with bound values.
    QList<T> select(const QString& where = {}, const QVariantMap& values = {},
                    const QString& order = {}) const
    {
        QString sql = RecordSql::select(m_def.type);
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        sql += QStringLiteral(" ORDER BY ") + (order.isEmpty() ? QStringLiteral("r.id") : order);
        Query q(m_db, sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bind(it.key(), it.value());
        q.exec();
        QList<T> result;
        while (q.next())
            result << read(q);
        return result;
    }

    std::optional<T> find(qint64 id) const
    {
        if (id <= 0)
            return std::nullopt;
        const QList<T> found = select(QStringLiteral("r.id = :id"), {{QStringLiteral(":id"), id}});
        return found.isEmpty() ? std::nullopt : std::optional<T>(found.front());
    }

    // Writes a new record (inside the caller's transaction); returns its id.
    qint64 insert(const T& record) const
    {
        return recordwrite::insert(m_db, m_def.type.table, values(record));
    }

    // Writes the record's fields if nobody saved it since it was read (its
    // row version); throws StorageError NotFound or Conflict otherwise.
    void update(const T& record) const
    {
        recordwrite::update(m_db, m_def.type.table, record.id, record.rowVersion, values(record),
                            RecordSql::gone(m_def.type), RecordSql::conflict(m_def.type));
    }

    void remove(qint64 id) const
    {
        recordwrite::remove(m_db, m_def.type.table, id, RecordSql::stillUsed(m_def.type));
    }

    // A record from a row of select()'s columns.
    T read(const Query& q) const
    {
        T r{};
        r.id = decltype(r.id)(q.id(0));
        r.rowVersion = q.value(1).toInt();
        r.createdAt = QDateTime::fromString(q.text(2), Qt::ISODate);
        r.updatedAt = QDateTime::fromString(q.text(3), Qt::ISODate);
        for (qsizetype i = 0; i < m_def.fields.size(); ++i)
            m_def.fields[i].set(r, q.value(int(i) + 4));
        return r;
    }

private:
    RowValues values(const T& record) const
    {
        RowValues row;
        for (const auto& field : m_def.fields)
            row.set(field.spec.column, field.get(record));
        return row;
    }

    Database& m_db;
    const RecordDefinition<T>& m_def;
};

} // namespace jlgc
