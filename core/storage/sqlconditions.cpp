#include "storage/sqlconditions.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jlgc {

SqlConditions& SqlConditions::add(const QString& condition, const Values& values)
{
    m_conditions << QLatin1Char('(') + condition + QLatin1Char(')');
    m_values << values;
    return *this;
}

namespace {

SqlConditions& addEqual(SqlConditions& c, const QString& column, const QVariant& value)
{
    QString name = QLatin1Char(':') + column;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return c.add(column + QStringLiteral(" = ") + name, {{name, value}});
}

} // namespace

SqlConditions& SqlConditions::equalIfSet(const QString& column, qint64 value)
{
    return value != 0 ? addEqual(*this, column, value) : *this;
}

SqlConditions& SqlConditions::equalIfSet(const QString& column, const QString& value)
{
    return !value.isEmpty() ? addEqual(*this, column, value) : *this;
}

QString SqlConditions::sql() const
{
    return m_conditions.isEmpty() ? QStringLiteral("1 = 1")
                                  : m_conditions.join(QStringLiteral(" AND "));
}

QString SqlConditions::where() const
{
    return m_conditions.isEmpty() ? QStringLiteral(" ")
                                  : QStringLiteral(" WHERE ") + sql() + QLatin1Char(' ');
}

QVariantMap SqlConditions::values() const
{
    QVariantMap map;
    for (const auto& [name, value] : m_values)
        map.insert(name, value);
    return map;
}

void SqlConditions::bindTo(Query& q) const
{
    for (const auto& [name, value] : m_values)
        q.bind(name, value);
}

QString onlyWhere(qint64 only, const QString& column)
{
    return only > 0 ? QStringLiteral(" WHERE ") + column + QStringLiteral(" = :only ")
                    : QStringLiteral(" ");
}

Query& bindOnly(Query& q, qint64 only)
{
    if (only > 0)
        q.bind(QStringLiteral(":only"), only);
    return q;
}

QString idsIn(const Database& db, const QString& placeholder)
{
    return db.onServer()
               ? QStringLiteral("SELECT CAST(jsonb_array_elements_text(CAST(%1 AS jsonb)) AS "
                                "BIGINT)")
                     .arg(placeholder)
               : QStringLiteral("SELECT value FROM json_each(%1)").arg(placeholder);
}

QString idListJson(const QList<qint64>& ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString codeListJson(const QStringList& codes)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact));
}

QString codesIn(const Database& db, const QString& placeholder)
{
    return db.onServer() ? QStringLiteral("SELECT jsonb_array_elements_text(CAST(%1 AS jsonb))")
                               .arg(placeholder)
                         : QStringLiteral("SELECT value FROM json_each(%1)").arg(placeholder);
}

} // namespace jlgc
