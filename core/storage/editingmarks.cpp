#include "storage/editingmarks.h"

#include "storage/database.h"
#include "storage/server/serverschema.h"

#include <QLocale>

namespace jlgc {

void EditingMarks::createTable(Database& server)
{
    Query(server, QStringLiteral("CREATE TABLE editing_mark (table_name TEXT NOT NULL, record_id "
                                 "BIGINT NOT NULL, session TEXT NOT NULL, login TEXT NOT NULL "
                                 "DEFAULT session_user, who TEXT NOT NULL, since TEXT NOT NULL, "
                                 "backend INTEGER NOT NULL DEFAULT pg_backend_pid(), PRIMARY KEY "
                                 "(table_name, record_id, session))"))
        .exec();
}

bool EditingMarks::available() const
{
    return m_db.hasOfficeRoles() && !m_db.isReadOnly();
}

void EditingMarks::changeAndTell(const QString& change, const QString& table, qint64 id,
                                 const QList<std::pair<QString, QVariant>>& more)
{
    // One statement (one round trip, committed on its own): the marks
    // changed, and the colleagues told.
    Query q(m_db, QStringLiteral("WITH %1 SELECT pg_notify(:channel, CAST(json_build_object("
                                 "'editing', CAST(:t AS text), 'id', CAST(:id AS bigint), "
                                 "'session', CAST(:s AS text)) AS text))")
                      .arg(change));
    q.bind(QStringLiteral(":channel"), QLatin1String(ServerSchema::ChangesChannel))
        .bind(QStringLiteral(":t"), table)
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":s"), m_db.session());
    for (const auto& [name, value] : more)
        q.bind(name, value);
    q.exec();
}

void EditingMarks::claim(const QString& table, qint64 id)
{
    if (!available() || id <= 0)
        return;
    // Marks of connections that have ended are cleared as another is made.
    changeAndTell(
        QStringLiteral("ended AS (DELETE FROM editing_mark m WHERE table_name = :t AND "
                       "record_id = :id AND NOT EXISTS (SELECT 1 FROM pg_stat_activity "
                       "a WHERE a.pid = m.backend)), made AS (INSERT INTO editing_mark "
                       "(table_name, record_id, session, who, since) VALUES (:t, :id, "
                       ":s, :who, :since) ON CONFLICT DO NOTHING)"),
        table, id,
        {{QStringLiteral(":who"),
          m_db.staffName().isEmpty() ? m_db.historyUser() : m_db.staffName()},
         {QStringLiteral(":since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}

void EditingMarks::release(const QString& table, qint64 id)
{
    if (!available() || id <= 0)
        return;
    changeAndTell(QStringLiteral("gone AS (DELETE FROM editing_mark WHERE table_name = :t AND "
                                 "record_id = :id AND session = :s)"),
                  table, id);
}

std::optional<EditingMark> EditingMarks::otherEditor(const QString& table, qint64 id) const
{
    if (!m_db.hasOfficeRoles() || id <= 0)
        return std::nullopt;
    // A mark of a connection that has ended counts for nothing.
    Query q(m_db, QStringLiteral("SELECT who, since FROM editing_mark m WHERE table_name = :t AND "
                                 "record_id = :id AND session <> :s AND EXISTS (SELECT 1 FROM "
                                 "pg_stat_activity a WHERE a.pid = m.backend) ORDER BY since "
                                 "LIMIT 1"));
    q.bind(QStringLiteral(":t"), table)
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":s"), m_db.session())
        .exec();
    if (!q.next())
        return std::nullopt;
    EditingMark mark{q.text(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs)};
    mark.since.setTimeSpec(Qt::UTC);
    return mark;
}

QString EditingMarks::describe(const EditingMark& mark)
{
    return tr("%1 has been editing this record since %2.")
        .arg(mark.who, QLocale().toString(mark.since.toLocalTime().time(), QLocale::ShortFormat));
}

} // namespace jlgc
