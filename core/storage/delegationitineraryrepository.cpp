#include "storage/delegationitineraryrepository.h"

#include "storage/database.h"
#include "storage/delegationrepository.h"
#include "storage/recordwrite.h"
#include "storage/sqlrefs.h"

#include <QUuid>

namespace jlgc {

namespace {

QString selectSql()
{
    return QStringLiteral(
               "SELECT i.id, i.uid, i.delegation_id, i.item_date, coalesce(i.start_time,''), "
               "coalesce(i.end_time,''), i.time_zone, coalesce(i.place_en,''), "
               "coalesce(i.place_ja,''), coalesce(i.address,''), coalesce(i.organization_id,0), "
               "coalesce(o.name_en,''), coalesce(o.name_ja,''), "
               "coalesce(i.contact_person_id,0), ") +
           sqlrefs::personNameColumns(QStringLiteral("p")) +
           QStringLiteral(
               ", coalesce(i.topic_en,''), coalesce(i.topic_ja,''), "
               "coalesce(i.transport_en,''), coalesce(i.transport_ja,''), "
               "coalesce(i.notes_en,''), coalesce(i.notes_ja,''), i.parallel, "
               "i.row_version, i.created_at, i.updated_at FROM delegation_itinerary_item i "
               "LEFT JOIN organization o ON o.id = i.organization_id "
               "LEFT JOIN person p ON p.id = i.contact_person_id ");
}

QTime timeAt(const Query& q, int index)
{
    return QTime::fromString(q.text(index), QStringLiteral("HH:mm"));
}

DelegationItineraryItem fromRow(const Query& q)
{
    DelegationItineraryItem i;
    i.id = q.id(0);
    i.uid = q.text(1);
    i.delegationId = q.id(2);
    i.date = sqlrefs::dateAt(q, 3);
    i.start = timeAt(q, 4);
    i.end = timeAt(q, 5);
    i.timeZone = q.text(6).toLatin1();
    i.placeEn = q.text(7);
    i.placeJa = q.text(8);
    i.address = q.text(9);
    i.organization = {q.id(10), q.text(11), q.text(12)};
    i.contact = {q.id(13), sqlrefs::personNameAt(q, 14)};
    i.topicEn = q.text(20);
    i.topicJa = q.text(21);
    i.transportEn = q.text(22);
    i.transportJa = q.text(23);
    i.notesEn = q.text(24);
    i.notesJa = q.text(25);
    i.parallel = q.value(26).toInt() != 0;
    i.rowVersion = q.value(27).toInt();
    i.createdAt = sqlrefs::timestampAt(q, 28);
    i.updatedAt = sqlrefs::timestampAt(q, 29);
    return i;
}

QVariant timeValue(const QTime& t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant();
}

// Every column but the uid, which is written once (calendars know the event by it).
RowValues valuesOf(const DelegationItineraryItem& i)
{
    return RowValues()
        .set(QStringLiteral("delegation_id"), i.delegationId)
        .date(QStringLiteral("item_date"), i.date)
        .set(QStringLiteral("start_time"), timeValue(i.start))
        .set(QStringLiteral("end_time"), timeValue(i.end))
        .set(QStringLiteral("time_zone"), QString::fromLatin1(i.timeZone))
        .text(QStringLiteral("place_en"), i.placeEn)
        .text(QStringLiteral("place_ja"), i.placeJa)
        .text(QStringLiteral("address"), i.address)
        .ref(QStringLiteral("organization_id"), i.organization.id)
        .ref(QStringLiteral("contact_person_id"), i.contact.id)
        .text(QStringLiteral("topic_en"), i.topicEn)
        .text(QStringLiteral("topic_ja"), i.topicJa)
        .text(QStringLiteral("transport_en"), i.transportEn)
        .text(QStringLiteral("transport_ja"), i.transportJa)
        .text(QStringLiteral("notes_en"), i.notesEn)
        .text(QStringLiteral("notes_ja"), i.notesJa)
        .set(QStringLiteral("parallel"), i.parallel ? 1 : 0);
}

} // namespace

QList<DelegationItineraryItem> DelegationItineraryRepository::select(const QString& where,
                                                                     qint64 id) const
{
    Query q(m_db, selectSql() + where);
    q.bind(QStringLiteral(":id"), id).exec();
    QList<DelegationItineraryItem> result;
    while (q.next())
        result << fromRow(q);
    return result;
}

std::optional<DelegationItineraryItem>
DelegationItineraryRepository::find(DelegationItineraryItemId id) const
{
    const QList<DelegationItineraryItem> found = select(QStringLiteral("WHERE i.id = :id"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<DelegationItineraryItem> DelegationItineraryRepository::items(DelegationId delegation) const
{
    return select(QStringLiteral("WHERE i.delegation_id = :id ORDER BY i.item_date, "
                                 "i.start_time IS NOT NULL, i.start_time, i.end_time, i.id"),
                  delegation);
}

void DelegationItineraryRepository::check(const DelegationItineraryItem& item) const
{
    FieldErrors errors = item.validate();
    if (errors.isEmpty()) {
        const std::optional<Delegation> delegation =
            DelegationRepository(m_db).find(item.delegationId);
        if (!delegation)
            throw StorageError(StorageError::Kind::NotFound,
                               tr("The delegation of this itinerary item no longer exists."));
        errors = DelegationItineraryRules::check(item, *delegation, items(item.delegationId));
    }
    if (!errors.isEmpty())
        throw StorageError(errors);
}

DelegationItineraryItem DelegationItineraryRepository::add(const DelegationItineraryItem& item)
{
    const qint64 id = m_db.transaction([&] {
        check(item);
        const QString uid =
            item.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : item.uid;
        return recordwrite::insert(m_db, QStringLiteral("delegation_itinerary_item"),
                                   valuesOf(item).set(QStringLiteral("uid"), uid));
    });
    return *find(id);
}

DelegationItineraryItem DelegationItineraryRepository::update(const DelegationItineraryItem& item)
{
    m_db.transaction([&] {
        check(item);
        // The uid is never rewritten: calendars know the event by it.
        recordwrite::update(m_db, QStringLiteral("delegation_itinerary_item"), item.id,
                            item.rowVersion, valuesOf(item),
                            tr("This itinerary item no longer exists; it was removed "
                               "elsewhere."),
                            tr("Someone else saved this itinerary item after you opened "
                               "it."));
    });
    return *find(item.id);
}

void DelegationItineraryRepository::remove(DelegationItineraryItemId id)
{
    m_db.transaction([&] {
        Query q(m_db, QStringLiteral("DELETE FROM delegation_itinerary_item WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id).exec();
    });
}

} // namespace jlgc
