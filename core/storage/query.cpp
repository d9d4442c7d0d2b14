// Query, and the prepared statements each Database keeps for reuse.
#include "storage/database.h"

#include <QSqlError>
#include <QSqlRecord>

namespace jlgc {

namespace {

// The :name placeholders of a statement (outside quoted text and names).
QStringList placeholderNames(const QString& sql)
{
    QStringList names;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            continue;
        }
        if (c != QLatin1Char(':') || i + 1 >= sql.size() ||
            !(sql[i + 1].isLetter() || sql[i + 1] == QLatin1Char('_')))
            continue;
        qsizetype end = i + 1;
        while (end < sql.size() && (sql[end].isLetterOrNumber() || sql[end] == QLatin1Char('_')))
            ++end;
        const QString name = sql.mid(i, end - i);
        if (!names.contains(name))
            names << name;
        i = end - 1;
    }
    return names;
}

} // namespace

QSqlQuery Database::takeStatement(const QString& sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end() || it->free.isEmpty())
        return QSqlQuery(connection());
    return it->free.takeLast();
}

void Database::giveBackStatement(const QString& sql, QSqlQuery&& statement) const
{
    constexpr qsizetype MaxStatements = 400;
    // Full: start over rather than refuse every new statement for good (a
    // new file's migration alone prepares hundreds that never run again,
    // which left an import preparing its INSERT, and compiling the table's
    // triggers, for every row). Those in use come back at once.
    if (m_statements.size() >= MaxStatements && !m_statements.contains(sql))
        m_statements.clear();
    statement.finish();
    // Values left bound would stand in for ones a later use does not bind.
    // Reset by name: binding by position would make the statement's named
    // placeholders positional, and one used twice (:data in the Trash's
    // restore) would no longer match its values.
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, KeptStatements{placeholderNames(sql), {}});
    for (const QString& name : std::as_const(it->placeholders))
        statement.bindValue(name, QVariant());
    it->free.append(std::move(statement));
}

void Database::dropStatements() const
{
    m_statements.clear();
    m_connection = QSqlDatabase();
}

Query::Query(const Database& db, const QString& sql)
    : m_sql(sql), m_query(db.takeStatement(sql)), m_owner(&db)
{
    if (!m_query.lastQuery().isEmpty())
        return; // prepared before, reset and kept
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        m_owner = nullptr;
        throw Database::errorFrom(m_query.lastError(), sql);
    }
}

Query::Query(const QSqlDatabase& db, const QString& sql) : m_sql(sql), m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw Database::errorFrom(m_query.lastError(), sql);
}

Query::Query(Query&& other) noexcept
    : m_sql(std::move(other.m_sql)), m_query(std::move(other.m_query)), m_owner(other.m_owner)
{
    other.m_owner = nullptr;
}

Query::~Query()
{
    if (m_owner)
        m_owner->giveBackStatement(m_sql, std::move(m_query));
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    // A QString is always text (the driver would write a null QString as NULL,
    // and `:x = ''` would then never match); NULL is written with nullIf…().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Query& Query::exec()
{
    if (m_owner)
        m_owner->requireTransactionAlive();
    if (!m_query.exec()) {
        const StorageError error = Database::errorFrom(m_query.lastError(), m_sql);
        if (m_owner)
            m_owner->noteFailure(error);
        throw error;
    }
    return *this;
}

bool Query::next()
{
    return m_query.next();
}

QVariant Query::value(int index) const
{
    return m_query.value(index);
}

QVariant Query::value(const QString& name) const
{
    return m_query.value(name);
}

qint64 Query::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

int Query::columnCount() const
{
    return m_query.record().count();
}

int Query::numRowsAffected() const
{
    return m_query.numRowsAffected();
}

void Query::finish()
{
    m_query.finish();
}

QVariant Query::scalar()
{
    const QVariant v = m_query.next() ? m_query.value(0) : QVariant();
    m_query.finish();
    return v;
}

QVariant nullIfEmpty(const QString& s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

QVariant nullIfInvalid(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant nullIfZero(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace jlgc
