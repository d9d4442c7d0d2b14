#pragma once

#include "storage/database.h"
#include "storage/queryrows.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <functional>
#include <optional>

namespace jlgc {

// What a repository adds to a save of its kind (RecordColumns::add and
// update), each inside the save's transaction: `check` the record against
// the kind's rules and the database, throwing StorageError (empty: the
// record's own validate() alone, before the transaction); `then` writes
// what the record owns (its members, its tags) once its row is written,
// with its id.
template <class T> struct SaveSteps {
    std::function<void(const T&)> check = {};
    std::function<void(qint64, const T&)> then = {};
};

// A kind's columns stated once, each with the member of its struct T: the
// SELECT that reads its records, the reading of a row into T (each column
// taken from where the SELECT put it, no index written by hand) and the
// columns its saves write (RowValues, for recordwrite). The table's id,
// row_version, created_at and updated_at come first and last on their own
// (T has id, rowVersion, createdAt and updatedAt).
//
// A member is given as a pointer to member (&Delegation::nameEn) or, for a
// member of a member, a function that returns it ([](auto& d) -> auto& {
// return d.protocol.notes; }).
template <class T> class RecordColumns {
public:
    // The records of `table`, read as `alias`.
    RecordColumns(const QString& table, const QString& alias) : m_table(table), m_alias(alias) {}

    // Text; written as NULL when empty, read as "" when NULL.
    template <class Access> RecordColumns& text(const QString& column, Access access)
    {
        return add(
            coalesced(column, QStringLiteral("''")), 1,
            [access](T& r, const Query& q, int i) { std::invoke(access, r) = q.text(i); },
            [column, access](const T& r, RowValues& v) { v.text(column, std::invoke(access, r)); });
    }
    // Text every record has (a chapter's name, its country): written
    // trimmed, never as NULL.
    template <class Access> RecordColumns& required(const QString& column, Access access)
    {
        return add(
            qualified(column), 1,
            [access](T& r, const Query& q, int i) { std::invoke(access, r) = q.text(i); },
            [column, access](const T& r, RowValues& v) {
                v.set(column, std::invoke(access, r).trimmed());
            });
    }
    // Text kept exactly as typed (sensitive notes: never trimmed or
    // altered); only an empty or blank text is NULL.
    template <class Access> RecordColumns& exact(const QString& column, Access access)
    {
        return add(
            coalesced(column, QStringLiteral("''")), 1,
            [access](T& r, const Query& q, int i) { std::invoke(access, r) = q.text(i); },
            [column, access](const T& r, RowValues& v) {
                const QString& s = std::invoke(access, r);
                v.set(column, s.trimmed().isEmpty() ? QVariant() : QVariant(s));
            });
    }
    // A date (ISO text); an invalid date is NULL.
    template <class Access> RecordColumns& date(const QString& column, Access access)
    {
        return add(
            coalesced(column, QStringLiteral("''")), 1,
            [access](T& r, const Query& q, int i) {
                std::invoke(access, r) = sqlrefs::dateAt(q, i);
            },
            [column, access](const T& r, RowValues& v) { v.date(column, std::invoke(access, r)); });
    }
    // Another record's id; 0 (none) is NULL.
    template <class Access> RecordColumns& ref(const QString& column, Access access)
    {
        return add(
            coalesced(column, QStringLiteral("0")), 1,
            [access](T& r, const Query& q, int i) { std::invoke(access, r) = q.id(i); },
            [column, access](const T& r, RowValues& v) { v.ref(column, std::invoke(access, r)); });
    }
    // A whole number, 0 included.
    template <class Access> RecordColumns& number(const QString& column, Access access)
    {
        return add(
            coalesced(column, QStringLiteral("0")), 1,
            [access](T& r, const Query& q, int i) { std::invoke(access, r) = q.value(i).toInt(); },
            [column, access](const T& r, RowValues& v) { v.set(column, std::invoke(access, r)); });
    }
    // A whole number or none (std::optional): none is NULL.
    template <class Access> RecordColumns& optionalNumber(const QString& column, Access access)
    {
        return add(
            qualified(column), 1,
            [access](T& r, const Query& q, int i) {
                auto& n = std::invoke(access, r);
                const QVariant v = q.value(i);
                n = v.isNull() ? std::nullopt
                               : std::make_optional(
                                     v.value<typename std::decay_t<decltype(n)>::value_type>());
            },
            [column, access](const T& r, RowValues& v) {
                const auto& n = std::invoke(access, r);
                v.set(column, n ? QVariant::fromValue(*n) : QVariant());
            });
    }
    // A number more than zero, or nothing: 0 is NULL.
    template <class Access> RecordColumns& positive(const QString& column, Access access)
    {
        return add(
            coalesced(column, QStringLiteral("0")), 1,
            [access](T& r, const Query& q, int i) { std::invoke(access, r) = q.value(i).toInt(); },
            [column, access](const T& r, RowValues& v) {
                const int n = std::invoke(access, r);
                v.set(column, n > 0 ? QVariant(n) : QVariant());
            });
    }
    // A time of day to the minute (HH:mm, the precision the forms offer); an
    // invalid time is NULL.
    template <class Access> RecordColumns& time(const QString& column, Access access)
    {
        return add(
            coalesced(column, QStringLiteral("''")), 1,
            [access](T& r, const Query& q, int i) {
                std::invoke(access, r) = QTime::fromString(q.text(i), QStringLiteral("HH:mm"));
            },
            [column, access](const T& r, RowValues& v) {
                const QTime t = std::invoke(access, r);
                v.set(column,
                      t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant());
            });
    }
    // Yes or no, stored as 1 or 0.
    template <class Access> RecordColumns& flag(const QString& column, Access access)
    {
        return add(
            coalesced(column, QStringLiteral("0")), 1,
            [access](T& r, const Query& q, int i) {
                std::invoke(access, r) = q.value(i).toInt() != 0;
            },
            [column, access](const T& r, RowValues& v) {
                v.set(column, std::invoke(access, r) ? 1 : 0);
            });
    }
    // A person the record points at (a PersonRef), read with the name of
    // the person table joined as `alias`.
    template <class Access>
    RecordColumns& person(const QString& column, const QString& alias, Access access)
    {
        ref(
            column, [access](auto& r) -> auto& { return std::invoke(access, r).id; });
        return personName(
            alias, [access](auto& r) -> auto& { return std::invoke(access, r).name; });
    }
    // An organization the record points at (an OrganizationRef), read with
    // the names of the organization table joined as `alias`.
    template <class Access>
    RecordColumns& organization(const QString& column, const QString& alias, Access access)
    {
        ref(
            column, [access](auto& r) -> auto& { return std::invoke(access, r).id; });
        return add(QStringLiteral("coalesce(%1.name_en,''), coalesce(%1.name_ja,'')").arg(alias), 2,
                   [access](T& r, const Query& q, int i) {
                       std::invoke(access, r).nameEn = q.text(i);
                       std::invoke(access, r).nameJa = q.text(i + 1);
                   },
                   {});
    }
    // A value of an enum, stored as its code: Labels is its labels struct
    // (code and fromCode; an unknown code reads as its fallback).
    template <class Labels, class Access> RecordColumns& code(const QString& column, Access access)
    {
        return add(
            qualified(column), 1,
            [access](T& r, const Query& q, int i) {
                std::invoke(access, r) = Labels::fromCode(q.text(i));
            },
            [column, access](const T& r, RowValues& v) {
                v.set(column, Labels::code(std::invoke(access, r)));
            });
    }
    // The Japanese government the record names (prefecture_code,
    // municipality_code, organization_id), read with its names.
    template <class Access> RecordColumns& government(Access access)
    {
        m_governmentJoined = true;
        return add(
            sqlrefs::governmentColumns(m_alias, QStringLiteral("g")), 5,
            [access](T& r, const Query& q, int i) {
                std::invoke(access, r) = sqlrefs::governmentAt(q, i);
            },
            [access](const T& r, RowValues& v) { v.government(std::invoke(access, r)); });
    }
    // A table the SELECT joins (for personName(), say).
    RecordColumns& join(const QString& clause)
    {
        m_joins << clause;
        return *this;
    }
    // A person's own name, in the six name columns of the person table.
    template <class Access> RecordColumns& name(Access access)
    {
        return add(
            sqlrefs::personNameColumns(m_alias), 6,
            [access](T& r, const Query& q, int i) {
                std::invoke(access, r) = sqlrefs::personNameAt(q, i);
            },
            [access](const T& r, RowValues& v) {
                const QStringList parts = sqlrefs::personNameParts(std::invoke(access, r));
                const QStringList& names = sqlrefs::personNameColumnNames();
                for (qsizetype i = 0; i < names.size(); ++i)
                    v.text(names[i], parts[i]);
            });
    }
    // Read only: the name of a person of a table joined as `alias`.
    template <class Access> RecordColumns& personName(const QString& alias, Access access)
    {
        return add(sqlrefs::personNameColumns(alias), 6,
                   [access](T& r, const Query& q, int i) {
                       std::invoke(access, r) = sqlrefs::personNameAt(q, i);
                   },
                   {});
    }

    // A column read and written in a way of its own (`select` is the
    // expression read; `write` sets the column in the RowValues).
    RecordColumns& custom(const QString& select, std::function<void(T&, const Query&, int)> read,
                          std::function<void(const T&, RowValues&)> write)
    {
        return add(select, 1, std::move(read), std::move(write));
    }
    // Read only: anything else the SELECT computes (a joined table's
    // column, a count), one column read by `read`.
    RecordColumns& derived(const QString& expression,
                           std::function<void(T&, const Query&, int)> read)
    {
        return add(expression, 1, std::move(read), {});
    }
    // Read only: a text the SELECT computes (a joined table's column).
    template <class Access> RecordColumns& derivedText(const QString& expression, Access access)
    {
        return derived(expression, [access](T& r, const Query& q, int i) {
            std::invoke(access, r) = q.text(i);
        });
    }
    // Read only: `width` expressions (comma-separated), read together.
    RecordColumns& derived(const QString& expressions, int width,
                           std::function<void(T&, const Query&, int)> read)
    {
        return add(expressions, width, std::move(read), {});
    }

    // SELECT … FROM the table, with the tables joined and, when a
    // government is read, its names'.
    QString select() const
    {
        QString sql = QStringLiteral("SELECT %1.id, ").arg(m_alias) + m_select.join(u", ") +
                      QStringLiteral(", %1.row_version, %1.created_at, %1.updated_at FROM %2 %1")
                          .arg(m_alias, m_table);
        for (const QString& clause : m_joins)
            sql += QLatin1Char(' ') + clause;
        if (m_governmentJoined)
            sql += sqlrefs::governmentJoins(m_alias, QStringLiteral("g"));
        return sql;
    }
    // The record of the row the query stands on (a query of select()).
    T read(const Query& q) const
    {
        T r;
        r.id = q.id(0);
        int i = 1;
        for (const Column& c : m_columns) {
            c.read(r, q, i);
            i += c.width;
        }
        r.rowVersion = q.value(i).toInt();
        r.createdAt = sqlrefs::timestampAt(q, i + 1);
        r.updatedAt = sqlrefs::timestampAt(q, i + 2);
        return r;
    }
    // The columns a save writes.
    RowValues values(const T& r) const
    {
        RowValues v;
        for (const Column& c : m_columns)
            if (c.write)
                c.write(r, v);
        return v;
    }
    // The columns a save writes, by name.
    QStringList written() const
    {
        QStringList names;
        const RowValues row = values(T{});
        for (const auto& [name, value] : row.columns())
            names << name;
        return names;
    }
    const QString& table() const { return m_table; }

    // The record of that id as its columns read it (without the rows it
    // owns), or none.
    std::optional<T> find(Database& db, qint64 id) const
    {
        if (id <= 0)
            return std::nullopt;
        Query q(db, select() + QStringLiteral(" WHERE %1.id = :id").arg(m_alias));
        q.bind(QStringLiteral(":id"), id);
        return firstRowOf(q, [this](const Query& row) { return read(row); });
    }
    // Those of `ids` that exist, as their columns read them, in no
    // particular order, with one statement however many.
    QList<T> findMany(Database& db, const QList<qint64>& ids) const
    {
        if (ids.isEmpty())
            return {};
        Query q(db, select() +
                        QStringLiteral(" WHERE id IN (%1)").arg(idsIn(db, QStringLiteral(":ids"))));
        q.bind(QStringLiteral(":ids"), idListJson(ids)).exec();
        QList<T> result;
        result.reserve(ids.size());
        while (q.next())
            result << read(q);
        return result;
    }
    // The condition that selects the record of that id, for a repository's
    // own select (one that reads the rows its records own too).
    SqlConditions byId(qint64 id) const
    {
        SqlConditions c;
        c.add(QStringLiteral("%1.id = :id").arg(m_alias), {{QStringLiteral(":id"), id}});
        return c;
    }
    // The records that meet `where`, in the order of `orderBy` ("ORDER BY
    // …"), as their columns read them (without the rows they own).
    QList<T> list(Database& db, const SqlConditions& where, const QString& orderBy) const
    {
        Query q(db, select() + where.where() + orderBy);
        where.bindTo(q);
        return rowsOf(q, [this](const Query& row) { return read(row); });
    }
    // Writes a new record in one transaction (SaveSteps); returns its id.
    qint64 add(Database& db, const T& r, const SaveSteps<T>& steps = {}) const
    {
        return save(db, r, steps, [&] { return recordwrite::insert(db, m_table, values(r)); });
    }
    // Writes the record over the one it was read from, if nobody saved that
    // since (its rowVersion); throws StorageError NotFound or Conflict,
    // saying so in the words of the kind's description, otherwise.
    void update(Database& db, const T& r, const SaveSteps<T>& steps = {}) const
    {
        save(db, r, steps, [&] {
            recordwrite::update(db, m_table, r.id, r.rowVersion, values(r));
            return qint64(r.id);
        });
    }
    // Deletes the record, unless records of other kinds still name it
    // (StorageError Referenced).
    void remove(Database& db, qint64 id) const { recordwrite::remove(db, m_table, id); }

private:
    template <class Write>
    qint64 save(Database& db, const T& r, const SaveSteps<T>& steps, Write write) const
    {
        // A kind known by its description alone (DescribedRecord) has no
        // validate() of its own: its steps check it.
        if constexpr (requires { r.validate(); })
            if (!steps.check)
                throwIfAny(r.validate());
        return db.transaction([&] {
            if (steps.check)
                steps.check(r);
            const qint64 id = write();
            if (steps.then)
                steps.then(id, r);
            return id;
        });
    }

    struct Column {
        int width = 1;
        std::function<void(T&, const Query&, int)> read;
        std::function<void(const T&, RowValues&)> write; // empty: read only
    };
    QString qualified(const QString& column) const { return m_alias + QLatin1Char('.') + column; }
    QString coalesced(const QString& column, const QString& null) const
    {
        return QStringLiteral("coalesce(%1, %2)").arg(qualified(column), null);
    }
    RecordColumns& add(const QString& select, int width,
                       std::function<void(T&, const Query&, int)> read,
                       std::function<void(const T&, RowValues&)> write)
    {
        m_select << select;
        m_columns.append(Column{width, std::move(read), std::move(write)});
        return *this;
    }

    QString m_table;
    QString m_alias;
    QStringList m_select;
    QStringList m_joins;
    QList<Column> m_columns;
    bool m_governmentJoined = false;
};

// The first of the records, or none: a find by id through a repository's
// own select (RecordColumns::byId).
template <class T> std::optional<T> firstOf(const QList<T>& records)
{
    return records.isEmpty() ? std::nullopt : std::optional<T>(records.first());
}

} // namespace jlgc
