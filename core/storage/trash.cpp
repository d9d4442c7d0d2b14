#include "storage/trash.h"

#include "storage/database.h"
#include "storage/queryrows.h"
#include "storage/recordkinds.h"
#include "storage/schemainfo.h"
#include "storage/sqlrefs.h"

#include <QJsonDocument>

namespace jlgc {

QString TrashEntry::who() const
{
    if (staffName.isEmpty())
        return osUser;
    if (osUser.isEmpty())
        return staffName;
    return QStringLiteral("%1 (%2)").arg(staffName, osUser);
}

QString TrashEntry::title() const
{
    auto text = [&](const char* field) {
        return record.value(QLatin1String(field)).toVariant().toString().trimmed();
    };
    // Names in both scripts where the record has them.
    const QString family = text("family_name");
    const QString given = text("given_name");
    if (!family.isEmpty() || !given.isEmpty())
        return QStringList{given, family}.join(QLatin1Char(' ')).trimmed();
    for (const char* field : {"name_en", "name", "name_ja", "family_name_romaji",
                              "family_name_kanji", "title_en", "title", "title_ja", "subject_en",
                              "subject", "question", "theme_en", "description_en", "place"}) {
        const QString t = text(field);
        if (!t.isEmpty())
            return t.left(80);
    }
    if (const QString year = text("year"); !year.isEmpty())
        return year;
    return QStringLiteral("#%1").arg(recordId);
}

QList<TrashEntry> Trash::list() const
{
    Query q(m_db, QStringLiteral(
                      "SELECT e.id, e.deleted_at, e.os_user, e.staff_name, "
                      "e.table_name, e.record_id, (SELECT data FROM trash_row r WHERE "
                      "r.entry_id = e.id ORDER BY r.id LIMIT 1), (SELECT CASE WHEN count(*) > 0 "
                      "THEN count(*) - 1 ELSE 0 END FROM trash_row r WHERE r.entry_id = "
                      "e.id) FROM trash_entry e "
                      "ORDER BY e.id DESC"));
    return rowsOf(q, [](const Query& row) {
        TrashEntry e;
        e.id = row.id(0);
        e.deletedAt = sqlrefs::utcAt(row, 1);
        e.osUser = row.text(2);
        e.staffName = row.text(3);
        e.table = row.text(4);
        e.recordId = row.id(5);
        e.record = QJsonDocument::fromJson(row.text(6).toUtf8()).object();
        e.ownedRows = row.value(7).toInt();
        return e;
    });
}

qint64 Trash::count() const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM trash_entry"))
        .exec()
        .scalar()
        .toLongLong();
}

void Trash::restore(qint64 entryId)
{
    m_db.transaction([&] {
        struct Row {
            QString table;
            QString data;
        };
        QList<Row> rows;
        {
            Query q(m_db, QStringLiteral("SELECT table_name, data FROM trash_row WHERE entry_id = "
                                         ":id ORDER BY id"));
            q.bind(QStringLiteral(":id"), entryId).exec();
            while (q.next())
                rows << Row{q.text(0), q.text(1)};
        }
        if (rows.isEmpty()) {
            // An entry whose rows this login may not read says so.
            if (m_db.hidesPersonalData() &&
                Query(m_db, QStringLiteral("SELECT count(*) FROM trash_entry WHERE id = :id"))
                        .bind(QStringLiteral(":id"), entryId)
                        .exec()
                        .scalar()
                        .toInt() > 0)
                takeEntry(entryId);
            throw StorageError(StorageError::Kind::NotFound,
                               tr("This record is no longer in the Trash."));
        }
        for (const Row& row : rows) {
            // Columns the table has now (a later version may have added some,
            // which take their defaults); names from the schema, data bound.
            const QStringList columns = SchemaInfo::columns(m_db, row.table);
            const QJsonObject data = QJsonDocument::fromJson(row.data.toUtf8()).object();
            QStringList names;
            QStringList values;
            for (const QString& c : columns) {
                if (!data.contains(c))
                    continue;
                names << SchemaInfo::quoted(c);
                values << SchemaInfo::valueFromJson(m_db, row.table, c, QStringLiteral(":data"));
            }
            if (names.isEmpty())
                continue;
            try {
                Query(m_db,
                      QStringLiteral("INSERT INTO %1 (%2) SELECT %3")
                          .arg(SchemaInfo::quoted(row.table), names.join(QStringLiteral(", ")),
                               values.join(QStringLiteral(", "))))
                    .bind(QStringLiteral(":data"), row.data)
                    .exec();
            } catch (const StorageError& e) {
                if (e.kind() == StorageError::Kind::Referenced)
                    throw StorageError(StorageError::Kind::Referenced,
                                       tr("This record refers to a record that has since "
                                          "been deleted (%1). Restore that one first.")
                                           .arg(RecordKinds::labelForTable(row.table)),
                                       e.detail());
                if (e.kind() == StorageError::Kind::Constraint)
                    throw StorageError(StorageError::Kind::Conflict,
                                       tr("This record cannot be restored as it was: a record "
                                          "with the same number or the same unique values was "
                                          "created since. Nothing was changed."),
                                       e.detail());
                throw;
            }
        }
        takeEntry(entryId);
    });
}

void Trash::takeEntry(qint64 entryId)
{
    Query q(m_db, QStringLiteral("DELETE FROM trash_entry WHERE id = :id"));
    q.bind(QStringLiteral(":id"), entryId).exec();
    // On an office server an entry holding rows the login may not read is
    // left to one who may (its policy lets the delete pass over it).
    if (q.numRowsAffected() == 0 && m_db.hidesPersonalData())
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("This entry of the Trash holds personal data of fellows or host "
                              "families, which your login's role does not give access to: only "
                              "the fellowship coordinator or an administrator may restore or "
                              "remove it. Nothing was changed."));
}

void Trash::remove(qint64 entryId)
{
    m_db.transaction([&] {
        takeEntry(entryId);
        Query(m_db, QStringLiteral("DELETE FROM trash_row WHERE entry_id = :id"))
            .bind(QStringLiteral(":id"), entryId)
            .exec();
    });
}

void Trash::empty()
{
    m_db.transaction([&] {
        Query(m_db, QStringLiteral("DELETE FROM trash_row")).exec();
        Query(m_db, QStringLiteral("DELETE FROM trash_entry")).exec();
    });
}

} // namespace jlgc
