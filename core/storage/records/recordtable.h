#pragma once

#include "storage/database.h"
#include "storage/records/recordfield.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace jlgc {

// The SQL of a kind, made from its description: the columns a SELECT
// reads, an INSERT and an UPDATE that checks the row version. The same for
// every kind, so it is written once.
class RecordSql {
    Q_DECLARE_TR_FUNCTIONS(RecordSql)
public:
    // "r.id, r.row_version, r.created_at, r.updated_at, r.<field>…" and the
    // FROM clause with the type's alias r.
    static QString select(const RecordType& type);
    static QString insert(const RecordType& type);
    static QString update(const RecordType& type);
    static QString remove(const RecordType& type);
    // :f0, :f1, … : the placeholder of the i-th field.
    static QString placeholder(qsizetype field);
    // The time written in created_at and updated_at.
    static QString now();
    // After an UPDATE that changed no row: NotFound if it is gone, else
    // Conflict (someone else saved it since it was read).
    [[noreturn]] static void throwNotSaved(Database& db, const RecordType& type, qint64 id);
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
        Query q(m_db, RecordSql::insert(m_def.type));
        bindFields(q, record);
        const QString now = RecordSql::now();
        q.bind(QStringLiteral(":created"), now).bind(QStringLiteral(":updated"), now).exec();
        return q.lastInsertId();
    }

    // Writes the record's fields if nobody saved it since it was read (its
    // row version); throws StorageError NotFound or Conflict otherwise.
    void update(const T& record) const
    {
        Query q(m_db, RecordSql::update(m_def.type));
        bindFields(q, record);
        q.bind(QStringLiteral(":updated"), RecordSql::now())
            .bind(QStringLiteral(":id"), qint64(record.id))
            .bind(QStringLiteral(":version"), record.rowVersion)
            .exec();
        if (q.numRowsAffected() == 0)
            RecordSql::throwNotSaved(m_db, m_def.type, record.id);
    }

    void remove(qint64 id) const
    {
        Query(m_db, RecordSql::remove(m_def.type)).bind(QStringLiteral(":id"), id).exec();
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
    void bindFields(Query& q, const T& record) const
    {
        for (qsizetype i = 0; i < m_def.fields.size(); ++i)
            q.bind(RecordSql::placeholder(i), m_def.fields[i].get(record));
    }

    Database& m_db;
    const RecordDefinition<T>& m_def;
};

} // namespace jlgc
