#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <optional>
#include <utility>

namespace jlgc {

class Database;
class Query;

// The conditions of a WHERE clause, built from the filters actually set.
// A condition is fixed SQL written in the code with its own placeholders;
// values (user text included) are only ever bound. Leaving an unset filter
// out of the SQL, rather than writing `:x = 0 OR col = :x2`, lets SQLite use
// the index on the column.
class SqlConditions {
public:
    using Values = QList<std::pair<QString, QVariant>>;

    SqlConditions& add(const QString& condition, const Values& values = {});
    // "column = value" when the filter is set, else nothing: an id other
    // than 0, a text other than empty, an enum's value (its code, from its
    // labels struct Labels). The value is bound under a name made from the
    // column.
    SqlConditions& equalIfSet(const QString& column, qint64 value);
    SqlConditions& equalIfSet(const QString& column, const QString& value);
    template <class Labels, class E>
    SqlConditions& equalIfSet(const QString& column, const std::optional<E>& value)
    {
        return value ? equalIfSet(column, Labels::code(*value)) : *this;
    }
    bool isEmpty() const { return m_conditions.isEmpty(); }
    // "a AND b", or "1 = 1" when no condition is set.
    QString sql() const;
    // " WHERE a AND b ", or " " when no condition is set.
    QString where() const;
    void bindTo(Query& q) const;
    // The values bound, by placeholder (what bindTo binds).
    QVariantMap values() const;

private:
    QStringList m_conditions;
    Values m_values;
};

// For loaders of one record's rows or of every record's: " WHERE column = :only "
// when `only` is set, else " " (then bindOnly binds nothing).
QString onlyWhere(qint64 only, const QString& column);
// Ids as a JSON array ("[3,1,2]"), bound as one value and read with
// `IN (idsIn(db, ":ids"))`: one statement for any number.
QString idListJson(const QList<qint64>& ids);
// The ids of such an array bound to `placeholder`, as a SELECT of the engine.
QString idsIn(const Database& db, const QString& placeholder);
// The same for codes (text: a town's "011002" keeps its leading zero).
QString codeListJson(const QStringList& codes);
QString codesIn(const Database& db, const QString& placeholder);
Query& bindOnly(Query& q, qint64 only);

} // namespace jlgc
