#include "storage/fellowshipitineraryrepository.h"

#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/recordwrite.h"

namespace jlgc {

namespace {

const char* const Select =
    "SELECT i.id, i.cohort_id, i.item_date, coalesce(i.start_time,''), "
    "coalesce(i.end_time,''), coalesce(i.place,''), coalesce(i.host_organization_id, 0), "
    "coalesce(i.description_en,''), coalesce(i.description_ja,''), i.kind, "
    "coalesce(i.notes,''), i.row_version, i.created_at, i.updated_at, coalesce(o.name_en,''), "
    "coalesce(o.name_ja,'') FROM fellowship_itinerary_item i "
    "LEFT JOIN organization o ON o.id = i.host_organization_id ";

QTime timeAt(const Query& q, int i)
{
    return QTime::fromString(q.text(i), QStringLiteral("HH:mm"));
}

QVariant timeOrNull(const QTime& t)
{
    // An invalid QVariant is NULL (Query::bind writes a null QString as '').
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant();
}

FellowshipItineraryItem fromRow(const Query& q)
{
    FellowshipItineraryItem i;
    i.id = q.id(0);
    i.cohortId = q.id(1);
    i.date = QDate::fromString(q.text(2), Qt::ISODate);
    i.startTime = timeAt(q, 3);
    i.endTime = timeAt(q, 4);
    i.place = q.text(5);
    i.hostOrganizationId = q.id(6);
    i.descriptionEn = q.text(7);
    i.descriptionJa = q.text(8);
    i.type = FellowshipItemTypes::fromCode(q.text(9));
    i.notes = q.text(10);
    i.rowVersion = q.value(11).toInt();
    i.createdAt = QDateTime::fromString(q.text(12), Qt::ISODate);
    i.updatedAt = QDateTime::fromString(q.text(13), Qt::ISODate);
    i.hostOrganizationNameEn = q.text(14);
    i.hostOrganizationNameJa = q.text(15);
    return i;
}

RowValues valuesOf(const FellowshipItineraryItem& i)
{
    // Times are stored to the minute, the precision the form offers.
    return RowValues()
        .set(QStringLiteral("cohort_id"), i.cohortId)
        .date(QStringLiteral("item_date"), i.date)
        .set(QStringLiteral("start_time"), timeOrNull(i.startTime))
        .set(QStringLiteral("end_time"), timeOrNull(i.endTime))
        .text(QStringLiteral("place"), i.place)
        .ref(QStringLiteral("host_organization_id"), i.hostOrganizationId)
        .text(QStringLiteral("description_en"), i.descriptionEn)
        .text(QStringLiteral("description_ja"), i.descriptionJa)
        .set(QStringLiteral("kind"), FellowshipItemTypes::code(i.type))
        .text(QStringLiteral("notes"), i.notes);
}

} // namespace

std::optional<FellowshipItineraryItem>
FellowshipItineraryRepository::find(FellowshipItineraryItemId id) const
{
    Query q(m_db, QString::fromLatin1(Select) + QStringLiteral("WHERE i.id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<FellowshipItineraryItem> FellowshipItineraryRepository::list(CohortId cohortId) const
{
    Query q(m_db, QString::fromLatin1(Select) +
                      QStringLiteral("WHERE i.cohort_id = :cohort ORDER BY i.item_date, "
                                     "i.start_time IS NOT NULL, i.start_time, i.id"));
    q.bind(QStringLiteral(":cohort"), cohortId).exec();
    QList<FellowshipItineraryItem> result;
    while (q.next())
        result << fromRow(q);
    return result;
}

FieldErrors FellowshipItineraryRepository::check(const FellowshipItineraryItem& item) const
{
    const std::optional<Cohort> cohort = CohortRepository(m_db).find(item.cohortId);
    if (!cohort) {
        FieldErrors errors = item.validate();
        if (item.cohortId > 0)
            errors.append({QStringLiteral("cohortId"),
                           tr("This cohort no longer exists; it was removed elsewhere.")});
        return errors;
    }
    return item.validate(*cohort);
}

FellowshipItineraryItem FellowshipItineraryRepository::add(const FellowshipItineraryItem& item)
{
    const qint64 id = m_db.transaction([&] {
        if (const FieldErrors errors = check(item); !errors.isEmpty())
            throw StorageError(errors);
        return recordwrite::insert(m_db, QStringLiteral("fellowship_itinerary_item"),
                                   valuesOf(item));
    });
    return *find(id);
}

FellowshipItineraryItem FellowshipItineraryRepository::update(const FellowshipItineraryItem& item)
{
    m_db.transaction([&] {
        if (const FieldErrors errors = check(item); !errors.isEmpty())
            throw StorageError(errors);
        recordwrite::update(m_db, QStringLiteral("fellowship_itinerary_item"), item.id,
                            item.rowVersion, valuesOf(item),
                            tr("This itinerary item no longer exists; it was removed "
                               "elsewhere."),
                            tr("Someone else saved this itinerary item after you opened "
                               "it."));
    });
    return *find(item.id);
}

void FellowshipItineraryRepository::remove(FellowshipItineraryItemId id)
{
    Query q(m_db, QStringLiteral("DELETE FROM fellowship_itinerary_item WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace jlgc
