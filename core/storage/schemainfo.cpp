#include "storage/schemainfo.h"

#include "storage/database.h"

namespace jlgc::SchemaInfo {

QString quoted(const QString& identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QStringList columns(const Database& db, const QString& table)
{
    Query q(db, QStringLiteral("SELECT name FROM pragma_table_info(:t) ORDER BY cid"));
    q.bind(QStringLiteral(":t"), table).exec();
    QStringList result;
    while (q.next())
        result << q.text(0);
    return result;
}

QStringList recordTables(const Database& db)
{
    Query q(db, QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' "
                               "AND m.name NOT LIKE 'sqlite_%' "
                               "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c "
                               "WHERE c.name = 'row_version') "
                               "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c "
                               "WHERE c.name = 'id' AND c.pk = 1) ORDER BY m.name"));
    q.exec();
    QStringList result;
    while (q.next())
        result << q.text(0);
    return result;
}

static QList<ForeignKey> foreignKeys(const Database& db, const QString& where, const QString& name)
{
    Query q(db,
            QStringLiteral("SELECT m.name, f.\"from\", f.\"table\", f.\"to\" FROM sqlite_master "
                           "m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                           "AND upper(f.on_delete) = 'CASCADE' AND %1 ORDER BY m.name, f.id")
                .arg(where));
    q.bind(QStringLiteral(":name"), name).exec();
    QList<ForeignKey> result;
    while (q.next()) {
        ForeignKey fk{q.text(0), q.text(1), q.text(2), q.text(3)};
        if (fk.parentColumn.isEmpty())
            fk.parentColumn = QStringLiteral("id");
        result << fk;
    }
    return result;
}

QList<ForeignKey> cascadingChildren(const Database& db, const QString& table)
{
    return foreignKeys(db, QStringLiteral("f.\"table\" = :name"), table);
}

QList<ForeignKey> cascadingParents(const Database& db, const QString& table)
{
    return foreignKeys(db, QStringLiteral("m.name = :name"), table);
}

QString jsonObjectOf(const QStringList& columns, const QString& prefix)
{
    QStringList parts;
    for (const QString& c : columns)
        parts << QStringLiteral("'%1', %2.%3").arg(c, prefix, quoted(c));
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

} // namespace jlgc::SchemaInfo
