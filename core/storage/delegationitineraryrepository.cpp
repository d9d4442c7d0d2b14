#include "storage/delegationitineraryrepository.h"

#include "storage/database.h"
#include "storage/delegationrepository.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlrefs.h"

#include <QUuid>

namespace jlgc {

const RecordColumns<DelegationItineraryItem>& DelegationItineraryRepository::columns()
{
    using I = DelegationItineraryItem;
    // Every column but the uid is written by a save; the uid is written once,
    // when the item is added (calendars know the event by it).
    static const RecordColumns<I> c =
        RecordColumns<I>(QStringLiteral("delegation_itinerary_item"), QStringLiteral("i"))
            .join(QStringLiteral("LEFT JOIN organization o ON o.id = i.organization_id "
                                 "LEFT JOIN person p ON p.id = i.contact_person_id"))
            .derived(QStringLiteral("i.uid"),
                     [](I& i, const Query& q, int n) { i.uid = q.text(n); })
            .ref(QStringLiteral("delegation_id"), &I::delegationId)
            .date(QStringLiteral("item_date"), &I::date)
            .time(QStringLiteral("start_time"), &I::start)
            .time(QStringLiteral("end_time"), &I::end)
            .custom(
                QStringLiteral("i.time_zone"),
                [](I& i, const Query& q, int n) { i.timeZone = q.text(n).toLatin1(); },
                [](const I& i, RowValues& v) {
                    v.set(QStringLiteral("time_zone"), QString::fromLatin1(i.timeZone));
                })
            .text(QStringLiteral("place_en"), &I::placeEn)
            .text(QStringLiteral("place_ja"), &I::placeJa)
            .text(QStringLiteral("address"), &I::address)
            .organization(QStringLiteral("organization_id"), QStringLiteral("o"), &I::organization)
            .person(QStringLiteral("contact_person_id"), QStringLiteral("p"), &I::contact)
            .text(QStringLiteral("topic_en"), &I::topicEn)
            .text(QStringLiteral("topic_ja"), &I::topicJa)
            .text(QStringLiteral("transport_en"), &I::transportEn)
            .text(QStringLiteral("transport_ja"), &I::transportJa)
            .text(QStringLiteral("notes_en"), &I::notesEn)
            .text(QStringLiteral("notes_ja"), &I::notesJa)
            .flag(QStringLiteral("parallel"), &I::parallel);
    return c;
}

QList<DelegationItineraryItem> DelegationItineraryRepository::select(const QString& where,
                                                                     qint64 id) const
{
    Query q(m_db, columns().select() + QLatin1Char(' ') + where);
    q.bind(QStringLiteral(":id"), id);
    return rowsOf(q, [](const Query& row) { return columns().read(row); });
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

DelegationItineraryItemId DelegationItineraryRepository::insert(const DelegationItineraryItem& item)
{
    return m_db.transaction([&] {
        check(item);
        const QString uid =
            item.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : item.uid;
        return recordwrite::insert(m_db, columns().table(),
                                   columns().values(item).set(QStringLiteral("uid"), uid));
    });
}

SaveSteps<DelegationItineraryItem> DelegationItineraryRepository::saveSteps() const
{
    return {[this](const DelegationItineraryItem& i) { check(i); }};
}

template class KindRepository<DelegationItineraryRepository, DelegationItineraryItem>;

} // namespace jlgc
