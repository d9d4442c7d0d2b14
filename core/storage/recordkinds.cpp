#include "storage/recordkinds.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <optional>

namespace jlgc {

const QList<RecordKind>& RecordKinds::all()
{
    static const QList<RecordKind> kinds = {
        {"prefectures", "prefecture"},
        {"municipalities", "municipality"},
        {"designated_city_wards", "designated_ward"},
        {"states_and_provinces", "subdivision"},
        {"organizations", "organization"},
        {"people", "person"},
        {"person_affiliations", "person_affiliation"},
        {"fellowship_cohorts", "cohort"},
        {"fellows", "fellow"},
        {"fellow_status_changes", "fellow_status_change"},
        {"fellowship_itinerary_items", "fellowship_itinerary_item"},
        {"host_families", "host_family"},
        {"host_family_members", "host_family_member"},
        {"homestays", "homestay_placement"},
        {"jetaa_chapters", "jetaa_chapter"},
        {"chapter_officers", "jetaa_officer"},
        {"chapter_funding", "chapter_funding"},
        {"sister_affiliations", "sister_affiliation"},
        {"sister_affiliation_contacts", "sister_affiliation_contact"},
        {"events", "office_event"},
        {"event_organizations", "office_event_organization"},
        {"event_attendees", "office_event_attendee"},
        {"staff_members", "staff_member"},
        {"delegations", "delegation"},
        {"delegation_members", "delegation_member"},
        {"delegation_interpreters", "delegation_interpreter"},
        {"delegation_itinerary_items", "delegation_itinerary_item"},
        {"research_requests", "research_request"},
        {"research_request_sources", "research_request_source"},
        {"research_topics", "research_topic"},
        {"research_topic_tags", "research_topic_tag"},
        {"research_deliverables", "research_deliverable"},
        {"research_log_entries", "research_log_entry"},
        {"research_log_organizations", "research_log_organization"},
        {"research_log_people", "research_log_person"},
    };
    return kinds;
}

QString RecordKinds::label(const QString& key)
{
    if (key == QLatin1String("prefectures"))
        return tr("Prefectures");
    if (key == QLatin1String("municipalities"))
        return tr("Municipalities");
    if (key == QLatin1String("designated_city_wards"))
        return tr("Wards of designated cities");
    if (key == QLatin1String("states_and_provinces"))
        return tr("States and provinces");
    if (key == QLatin1String("organizations"))
        return tr("Organizations");
    if (key == QLatin1String("people"))
        return tr("People");
    if (key == QLatin1String("person_affiliations"))
        return tr("People's affiliations");
    if (key == QLatin1String("fellowship_cohorts"))
        return tr("Fellowship cohorts");
    if (key == QLatin1String("fellows"))
        return tr("Fellows");
    if (key == QLatin1String("fellow_status_changes"))
        return tr("Fellow status changes");
    if (key == QLatin1String("fellowship_itinerary_items"))
        return tr("Fellowship itinerary items");
    if (key == QLatin1String("host_families"))
        return tr("Host families");
    if (key == QLatin1String("host_family_members"))
        return tr("Host family members");
    if (key == QLatin1String("homestays"))
        return tr("Homestays");
    if (key == QLatin1String("jetaa_chapters"))
        return tr("JETAA chapters");
    if (key == QLatin1String("chapter_officers"))
        return tr("JETAA chapter officers");
    if (key == QLatin1String("chapter_funding"))
        return tr("CLAIR funding of chapters");
    if (key == QLatin1String("sister_affiliations"))
        return tr("Sister city and state affiliations");
    if (key == QLatin1String("sister_affiliation_contacts"))
        return tr("Contacts of sister affiliations");
    if (key == QLatin1String("events"))
        return tr("Events");
    if (key == QLatin1String("event_organizations"))
        return tr("Organizations taking part in events");
    if (key == QLatin1String("event_attendees"))
        return tr("People attending events");
    if (key == QLatin1String("staff_members"))
        return tr("Staff members");
    if (key == QLatin1String("delegations"))
        return tr("Delegations");
    if (key == QLatin1String("delegation_members"))
        return tr("Delegation members");
    if (key == QLatin1String("delegation_interpreters"))
        return tr("Delegation interpreters");
    if (key == QLatin1String("delegation_itinerary_items"))
        return tr("Delegation itinerary items");
    if (key == QLatin1String("research_requests"))
        return tr("Research requests");
    if (key == QLatin1String("research_request_sources"))
        return tr("Sources of research answers");
    if (key == QLatin1String("research_topics"))
        return tr("Research topics");
    if (key == QLatin1String("research_topic_tags"))
        return tr("Research topic tags");
    if (key == QLatin1String("research_deliverables"))
        return tr("Research reports");
    if (key == QLatin1String("research_log_entries"))
        return tr("Research log entries");
    if (key == QLatin1String("research_log_organizations"))
        return tr("Organizations in research logs");
    if (key == QLatin1String("research_log_people"))
        return tr("People in research logs");
    return key;
}

QString RecordKinds::labelForTable(const QString& table)
{
    for (const RecordKind& k : all())
        if (table == QLatin1String(k.table))
            return label(QLatin1String(k.key));
    return table;
}

namespace {
// The count record_count keeps under `name`; none in a file from before it
// (an old backup) or for a kind with no row yet.
std::optional<qint64> keptCount(const Database& db, const QString& name)
{
    try {
        Query kept(db, QStringLiteral("SELECT n FROM record_count WHERE table_name = :t"));
        kept.bind(QStringLiteral(":t"), name).exec();
        if (kept.next())
            return kept.value(0).toLongLong();
    } catch (const StorageError&) {
        // No record_count table.
    }
    return std::nullopt;
}
} // namespace

qint64 RecordKinds::count(const Database& db, const RecordKind& kind)
{
    // Counting a table of a million rows reads every page of it: the counts
    // kept by installCounters() answer at once, else it is counted.
    if (const auto kept = keptCount(db, QLatin1String(kind.table)))
        return *kept;
    // Table names come from the list above, never from the user.
    return Query(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(kind.table)))
        .exec()
        .scalar()
        .toLongLong();
}

void RecordKinds::installCounters(Database& db)
{
    Query(db, QStringLiteral("CREATE TABLE IF NOT EXISTS record_count (table_name TEXT PRIMARY "
                             "KEY, n INTEGER NOT NULL) WITHOUT ROWID"))
        .exec();
    Query(db, QStringLiteral("DELETE FROM record_count")).exec();
    // Table names come from the list above, never from the user.
    for (const RecordKind& k : all()) {
        const QString table = QLatin1String(k.table);
        for (const char* op : {"insert", "delete"})
            Query(db, QStringLiteral("DROP TRIGGER IF EXISTS \"count_%1_%2\"")
                          .arg(table, QLatin1String(op)))
                .exec();
        Query(db, QStringLiteral("INSERT INTO record_count (table_name, n) SELECT '%1', count(*) "
                                 "FROM \"%1\"")
                      .arg(table))
            .exec();
        Query(db, QStringLiteral("CREATE TRIGGER \"count_%1_insert\" AFTER INSERT ON \"%1\" BEGIN "
                                 "UPDATE record_count SET n = n + 1 WHERE table_name = '%1'; END")
                      .arg(table))
            .exec();
        Query(db, QStringLiteral("CREATE TRIGGER \"count_%1_delete\" AFTER DELETE ON \"%1\" BEGIN "
                                 "UPDATE record_count SET n = n - 1 WHERE table_name = '%1'; END")
                      .arg(table))
            .exec();
    }
    // The global search index's entries per kind, which long lists count
    // (SearchIndex keeps it; see the `search_item:` rows).
    for (const char* op : {"insert", "delete"})
        Query(db, QStringLiteral("DROP TRIGGER IF EXISTS \"count_search_item_%1\"")
                      .arg(QLatin1String(op)))
            .exec();
    Query(db, QStringLiteral("INSERT INTO record_count (table_name, n) SELECT 'search_item:' || "
                             "kind, count(*) FROM search_item GROUP BY kind"))
        .exec();
    Query(db, QStringLiteral("CREATE TRIGGER count_search_item_insert AFTER INSERT ON search_item "
                             "BEGIN INSERT INTO record_count (table_name, n) VALUES "
                             "('search_item:' || NEW.kind, 1) ON CONFLICT (table_name) DO UPDATE "
                             "SET n = n + 1; END"))
        .exec();
    Query(db, QStringLiteral("CREATE TRIGGER count_search_item_delete AFTER DELETE ON search_item "
                             "BEGIN UPDATE record_count SET n = n - 1 WHERE table_name = "
                             "'search_item:' || OLD.kind; END"))
        .exec();
}

qint64 RecordKinds::indexedCount(const Database& db, const QString& kind)
{
    if (const auto kept = keptCount(db, QStringLiteral("search_item:") + kind))
        return *kept;
    return Query(db, QStringLiteral("SELECT count(*) FROM search_item WHERE kind = :k"))
        .bind(QStringLiteral(":k"), kind)
        .exec()
        .scalar()
        .toLongLong();
}

QList<RecordUsage> blockingUsages(const Database& db, const QString& table, qint64 id)
{
    struct Ref {
        QString table;
        QString column;
    };
    QList<Ref> refs;
    {
        Query q(db,
                QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_master m, "
                               "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                               "AND f.\"table\" = :table AND upper(f.on_delete) NOT IN ('CASCADE', "
                               "'SET NULL')"));
        q.bind(QStringLiteral(":table"), table).exec();
        while (q.next())
            refs << Ref{q.text(0), q.text(1)};
    }
    QList<RecordUsage> usages;
    for (const Ref& r : refs) {
        // Names read from the schema; the id is bound.
        Query q(db, QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = :id")
                        .arg(r.table, r.column));
        const qint64 n = q.bind(QStringLiteral(":id"), id).exec().scalar().toLongLong();
        if (n > 0)
            usages << RecordUsage{r.table, n};
    }
    return usages;
}

QString describeUsages(const QList<RecordUsage>& usages)
{
    QStringList parts;
    for (const RecordUsage& u : usages)
        parts << QStringLiteral("%1: %2").arg(RecordKinds::labelForTable(u.table)).arg(u.count);
    return parts.join(QStringLiteral(", "));
}

} // namespace jlgc
