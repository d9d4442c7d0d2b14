#include "storage/personaldata.h"

#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/schemainfo.h"

namespace jlgc {

using SchemaInfo::quoted;

bool PersonalData::isSensitiveColumn(const QString& column)
{
    for (const char* part :
         {"medical", "dietary", "emergency", "passport", "address", "birth", "allerg", "health"})
        if (column.contains(QLatin1String(part)))
            return true;
    return false;
}

bool PersonalData::isContactColumn(const QString& column)
{
    return column == QLatin1String("email") || column == QLatin1String("phone") ||
           column == QLatin1String("mobile") || column == QLatin1String("notes") ||
           column == QLatin1String("follow_up_notes") || column == QLatin1String("name");
}

QString PersonalData::placeholderName(PersonId id)
{
    return tr("Erased person #%1").arg(id);
}

void PersonalData::erase(Database& db, PersonId id)
{
    db.transaction([&] {
        const bool exists = Query(db, QStringLiteral("SELECT count(*) FROM person WHERE id = :id"))
                                .bind(QStringLiteral(":id"), id)
                                .exec()
                                .scalar()
                                .toInt() > 0;
        if (!exists)
            throw StorageError(StorageError::Kind::NotFound, tr("This person no longer exists."));
        Query(db, QStringLiteral("UPDATE person SET family_name = :name, given_name = NULL, "
                                 "family_name_kanji = NULL, given_name_kanji = NULL, "
                                 "family_name_kana = NULL, given_name_kana = NULL, title = NULL, "
                                 "email = NULL, phone = NULL, languages = NULL, notes = NULL, "
                                 "row_version = row_version + 1, updated_at = "
                                 "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = :id"))
            .bind(QStringLiteral(":name"), placeholderName(id))
            .bind(QStringLiteral(":id"), id)
            .exec();

        // Every row that points at the person (found from the schema): its
        // sensitive and contact columns are cleared, the row itself stays.
        struct Ref {
            QString table;
            QString column;
        };
        QList<Ref> refs;
        for (const SchemaInfo::ForeignKey& fk :
             SchemaInfo::referencing(db, QStringLiteral("person")))
            refs << Ref{fk.table, fk.column};
        for (const Ref& r : refs) {
            const QStringList columns = SchemaInfo::columns(db, r.table);
            QStringList clear;
            QStringList paths; // the same columns in the Trash's JSON copies
            for (const QString& c : columns) {
                if (!isSensitiveColumn(c) && !isContactColumn(c))
                    continue;
                // A NOT NULL column cannot be cleared; it holds no personal data here.
                if (!SchemaInfo::isNotNull(db, r.table, c)) {
                    clear << QStringLiteral("%1 = NULL").arg(quoted(c));
                    paths << (db.onServer() ? QStringLiteral("'%1', NULL").arg(c)
                                            : QStringLiteral("'$.%1', NULL").arg(quoted(c)));
                }
            }
            if (columns.contains(QStringLiteral("row_version")) && !clear.isEmpty())
                clear << QStringLiteral("row_version = row_version + 1");
            if (!clear.isEmpty())
                Query(db,
                      QStringLiteral("UPDATE %1 SET %2 WHERE %3 = :id")
                          .arg(quoted(r.table), clear.join(QStringLiteral(", ")), quoted(r.column)))
                    .bind(QStringLiteral(":id"), id)
                    .exec();

            // Their history: the values are scrubbed, the fact of a change stays.
            if (columns.contains(QStringLiteral("id")))
                Query(db, QStringLiteral("UPDATE change_log SET old_values = NULL, new_values = "
                                         "NULL WHERE table_name = :t AND record_id IN (SELECT id "
                                         "FROM %1 WHERE %2 = :id)")
                              .arg(quoted(r.table), quoted(r.column)))
                    .bind(QStringLiteral(":t"), r.table)
                    .bind(QStringLiteral(":id"), id)
                    .exec();
            // Copies in the Trash of rows about them (kept, so that a restored
            // record still counts them, without their personal data).
            if (!paths.isEmpty() && db.onServer())
                Query(db, QStringLiteral("UPDATE trash_row SET data = CAST(CAST(data AS jsonb) || "
                                         "jsonb_build_object(%1) AS TEXT) WHERE table_name = :t "
                                         "AND CAST(data AS jsonb) ->> :column = :id")
                              .arg(paths.join(QStringLiteral(", "))))
                    .bind(QStringLiteral(":t"), r.table)
                    .bind(QStringLiteral(":column"), r.column)
                    .bind(QStringLiteral(":id"), QString::number(id))
                    .exec();
            else if (!paths.isEmpty())
                Query(db, QStringLiteral("UPDATE trash_row SET data = json_set(data, %1) WHERE "
                                         "table_name = :t AND json_extract(data, :path) = :id")
                              .arg(paths.join(QStringLiteral(", "))))
                    .bind(QStringLiteral(":t"), r.table)
                    .bind(QStringLiteral(":path"), QStringLiteral("$.%1").arg(quoted(r.column)))
                    .bind(QStringLiteral(":id"), id)
                    .exec();
        }
        Query(db, QStringLiteral("UPDATE change_log SET old_values = NULL, new_values = NULL "
                                 "WHERE table_name = 'person' AND record_id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
        // The search index must not find the old names.
        SearchIndex(db).refresh();
    });
}

} // namespace jlgc
