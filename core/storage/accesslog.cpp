#include "storage/accesslog.h"

#include "io/csvexport.h"
#include "storage/database.h"
#include "storage/queryrows.h"
#include "storage/server/serverschema.h"
#include "storage/sqlrefs.h"

namespace jlgc {

void AccessLog::record(const QString& what, const QString& detail, int records)
{
    if (!m_db.hasOfficeRoles())
        return;
    m_db.transaction([&] {
        Query(m_db, QStringLiteral("INSERT INTO access_log (at, login, what, detail, records) "
                                   "VALUES (:at, :login, :what, :detail, :records)"))
            .bind(QStringLiteral(":at"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .bind(QStringLiteral(":login"), m_db.historyUser())
            .bind(QStringLiteral(":what"), what)
            .bind(QStringLiteral(":detail"), detail)
            .bind(QStringLiteral(":records"), records)
            .exec();
    });
}

void AccessLog::createTable(Database& server)
{
    Query(server, ServerSchema::translate(QStringLiteral("CREATE TABLE access_log (id INTEGER "
                                                         "PRIMARY KEY, at TEXT NOT NULL, login "
                                                         "TEXT NOT NULL, what TEXT NOT NULL, "
                                                         "detail TEXT, records INTEGER NOT NULL "
                                                         "DEFAULT 0)")))
        .exec();
}

QList<AccessEntry> AccessLog::list() const
{
    if (!m_db.hasOfficeRoles())
        return {};
    Query q(m_db, QStringLiteral("SELECT id, at, login, what, coalesce(detail, ''), records FROM "
                                 "access_log ORDER BY id DESC"));
    return rowsOf(q, [](const Query& row) {
        AccessEntry e;
        e.id = row.id(0);
        e.at = sqlrefs::utcAt(row, 1);
        e.login = row.text(2);
        e.what = row.text(3);
        e.detail = row.text(4);
        e.records = row.value(5).toInt();
        return e;
    });
}

QByteArray AccessLog::toCsv(const QList<AccessEntry>& entries)
{
    QList<QStringList> rows;
    for (const AccessEntry& e : entries)
        rows << QStringList{e.at.toString(Qt::ISODate), e.login, e.what, e.detail,
                            QString::number(e.records)};
    return CsvExport::toCsv(
        {tr("When (UTC)"), tr("Login"), tr("What"), tr("Detail"), tr("Records")}, rows);
}

} // namespace jlgc
