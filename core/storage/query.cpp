// Query, and the prepared statements each Database keeps for reuse.
#include "storage/database.h"
#include "storage/server/serverroles.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <cmath>
#include <optional>

namespace jlgc {

namespace {

// Walks a statement: `text` gets each piece of SQL between placeholders,
// `placeholder` each :name or ? outside quoted text and names (a :: cast is
// not one); the walk stops when placeholder returns false (then false).
template <class Text, class Placeholder>
bool scanPlaceholders(const QString& sql, Text&& text, Placeholder&& placeholder)
{
    QChar quote;
    qsizetype from = 0; // the start of the SQL not yet handed to text
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
        if (c == QLatin1Char(':') && i + 1 < sql.size() && sql[i + 1] == QLatin1Char(':')) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (c == QLatin1Char(':')) {
            if (end >= sql.size() || !(sql[end].isLetter() || sql[end] == QLatin1Char('_')))
                continue;
            while (end < sql.size() &&
                   (sql[end].isLetterOrNumber() || sql[end] == QLatin1Char('_')))
                ++end;
        } else if (c != QLatin1Char('?')) {
            continue;
        }
        text(QStringView(sql).mid(from, i - from));
        if (!placeholder(sql.mid(i, end - i)))
            return false;
        from = end;
        i = end - 1;
    }
    text(QStringView(sql).mid(from));
    return true;
}

// The :name placeholders of a statement, each once.
QStringList placeholderNames(const QString& sql)
{
    QStringList names;
    scanPlaceholders(
        sql, [](QStringView) {},
        [&](const QString& name) {
            if (name != QLatin1String("?") && !names.contains(name))
                names << name;
            return true;
        });
    return names;
}

// A value as a literal of the server's SQL, quoted so that like a
// parameter its type is the one its place in the statement needs (a number
// compared with text). Text, bytes and dates are escaped by the driver as
// its EXECUTE would send them; numbers are digits. Nothing for a value of
// another type: the statement is then prepared as usual.
std::optional<QString> literal(const QSqlDriver* driver, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    case QMetaType::Double:
    case QMetaType::Float:
        if (!std::isfinite(value.toDouble()))
            return std::nullopt;
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::QDate: {
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        const QString text = driver->formatValue(field);
        if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) &&
            text.endsWith(QLatin1Char('\'')))
            return text;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

// The statement with its placeholders replaced by the literals of their
// values; one not bound is NULL, as the driver would send it. Nothing when
// a value has no literal.
std::optional<QString> withValues(const QString& sql, const QHash<QString, QVariant>& named,
                                  const QMap<int, QVariant>& positional, const QSqlDriver* driver)
{
    QString out;
    out.reserve(sql.size() + 16 * (named.size() + positional.size()));
    int position = 0;
    const bool complete = scanPlaceholders(
        sql, [&](QStringView text) { out += text; },
        [&](const QString& name) {
            const std::optional<QString> v =
                literal(driver, name == QLatin1String("?") ? positional.value(position++)
                                                           : named.value(name));
            if (v)
                out += *v;
            return v.has_value();
        });
    return complete ? std::optional<QString>(out) : std::nullopt;
}

} // namespace

QSqlQuery Database::takeStatement(const QString& sql) const
{
    reconnectServerIfLost();
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
    // A statement of a connection since closed (a server's, made again) is
    // not kept.
    if (statement.driver() != connection().driver())
        return;
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

QString Database::serverStatement(const QString& sql) const
{
    if (const auto it = m_serverStatements.constFind(sql); it != m_serverStatements.cend())
        return *it;
    static const QRegularExpression insert(
        QStringLiteral("^\\s*INSERT\\s+INTO\\s+\"?([A-Za-z_][A-Za-z0-9_]*)\"?"),
        QRegularExpression::CaseInsensitiveOption);
    // Columns the login may not read or write are left out (ServerRoles).
    QString result = m_hidesPersonalData ? ServerRoles::withheld(sql) : sql;
    const QRegularExpressionMatch m = insert.match(sql);
    if (m.hasMatch() && !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive)) {
        // Which tables' keys number themselves: read once, and again for a
        // table not seen before (the schema's own steps add tables).
        auto load = [this] {
            QHash<QString, QString> columns;
            QSqlQuery q(connection());
            if (q.exec(QStringLiteral("SELECT table_name, column_name FROM "
                                      "information_schema.columns WHERE table_schema = "
                                      "current_schema() AND is_identity = 'YES'")))
                while (q.next())
                    columns.insert(q.value(0).toString(), q.value(1).toString());
            m_identityColumns = columns;
        };
        if (!m_identityColumns || !m_identityColumns->contains(m.captured(1)))
            load();
        const QString key = m_identityColumns->value(m.captured(1));
        if (!key.isEmpty())
            result = result.trimmed() + QStringLiteral(" RETURNING \"%1\"").arg(key);
    }
    m_serverStatements.insert(sql, result);
    return result;
}

Query::Query(const Database& db, const QString& sql)
    : m_sql(sql), m_query(db.takeStatement(sql)), m_owner(&db)
{
    const QString prepared = db.onServer() ? db.serverStatement(sql) : sql;
    m_returnsKey = db.onServer() &&
                   !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive) &&
                   prepared.contains(QLatin1String(" RETURNING \""));
    // A server prepares only statements that read or write rows; the
    // schema's (CREATE, DROP, ALTER) are sent as they are, with no values.
    static const QRegularExpression preparable(
        QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|VALUES)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (db.onServer() && !preparable.match(sql).hasMatch()) {
        m_direct = true;
        return;
    }
    if (!m_query.lastQuery().isEmpty())
        return; // prepared before, reset and kept
    // QPSQL reads a forward-only result a row at a time, and one statement
    // run while another is read would lose the other's rows: on a server a
    // result is read whole (lists read a page at a time anyway).
    m_query.setForwardOnly(!db.onServer());
    m_serverSql = prepared;
    if (db.onServer() && db.m_sentInline.value(sql) < Database::InlineUses) {
        m_inline = true;
        return;
    }
    prepareNow();
}

void Query::prepareNow()
{
    m_inline = false;
    if (!m_query.prepare(m_serverSql)) {
        const StorageError error = Database::errorFrom(m_query.lastError(), m_sql);
        if (m_owner)
            m_owner->noteServerError(m_query.lastError());
        m_owner = nullptr;
        throw error;
    }
    for (auto it = m_named.cbegin(); it != m_named.cend(); ++it)
        m_query.bindValue(it.key(), it.value());
    for (auto it = m_positional.cbegin(); it != m_positional.cend(); ++it)
        m_query.bindValue(it.key(), it.value());
    m_named.clear();
    m_positional.clear();
}

Query::Query(const QSqlDatabase& db, const QString& sql) : m_sql(sql), m_query(db)
{
    m_query.setForwardOnly(db.driverName() != QLatin1String("QPSQL")); // as above
    if (!m_query.prepare(sql))
        throw Database::errorFrom(m_query.lastError(), sql);
}

Query::Query(Query&& other) noexcept
    : m_sql(std::move(other.m_sql)), m_query(std::move(other.m_query)), m_owner(other.m_owner),
      m_returnsKey(other.m_returnsKey), m_direct(other.m_direct),
      m_insertedKey(std::move(other.m_insertedKey)), m_inline(other.m_inline),
      m_serverSql(std::move(other.m_serverSql)), m_named(std::move(other.m_named)),
      m_positional(std::move(other.m_positional))
{
    other.m_owner = nullptr;
}

Query::~Query()
{
    // One sent with its values has nothing prepared to keep.
    if (m_owner && !m_direct && !m_inline)
        m_owner->giveBackStatement(m_sql, std::move(m_query));
}

namespace {

// A QString is always text (the driver would write a null QString as NULL,
// and `:x = ''` would then never match); NULL is written with nullIf…().
// Truth values are numbers in either engine.
QVariant boundValue(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

} // namespace

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    if (m_inline)
        m_named.insert(placeholder, boundValue(value));
    else
        m_query.bindValue(placeholder, boundValue(value));
    return *this;
}

Query& Query::bind(int position, const QVariant& value)
{
    if (m_inline)
        m_positional.insert(position, boundValue(value));
    else
        m_query.bindValue(position, boundValue(value));
    return *this;
}

Query& Query::exec()
{
    if (m_owner)
        m_owner->requireTransactionAlive();
    bool sent = false;
    std::optional<QString> withLiterals;
    if (m_inline && m_owner && m_owner->m_sentInline.value(m_sql) < Database::InlineUses)
        withLiterals = withValues(m_serverSql, m_named, m_positional, m_query.driver());
    if (withLiterals) {
        // Its first uses: one round trip each. Counted at once, so that a
        // loop running this Query again soon prepares it.
        if (m_owner->m_sentInline.size() >= 4000) // many made for one use (a copy's)
            m_owner->m_sentInline.clear();
        ++m_owner->m_sentInline[m_sql];
        sent = m_query.exec(*withLiterals);
    } else {
        if (m_inline)
            prepareNow();
        sent = m_direct ? m_query.exec(m_sql) : m_query.exec();
    }
    if (!sent) {
        const StorageError error = Database::errorFrom(m_query.lastError(), m_sql);
        if (m_owner) {
            m_owner->noteServerError(m_query.lastError());
            m_owner->noteFailure(error);
        }
        throw error;
    }
    if (m_returnsKey) {
        m_insertedKey = QVariant();
        while (m_query.next())
            m_insertedKey = m_query.value(0);
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
    if (m_returnsKey)
        return m_insertedKey.toLongLong();
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
