#include "storage/fellowshipitineraryrepository.h"

#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"

namespace jlgc {

const RecordColumns<FellowshipItineraryItem>& FellowshipItineraryRepository::columns()
{
    using I = FellowshipItineraryItem;
    static const RecordColumns<I> c =
        RecordColumns<I>(QStringLiteral("fellowship_itinerary_item"), QStringLiteral("i"))
            .join(QStringLiteral("LEFT JOIN organization o ON o.id = i.host_organization_id"))
            .ref(QStringLiteral("cohort_id"), &I::cohortId)
            .date(QStringLiteral("item_date"), &I::date)
            .time(QStringLiteral("start_time"), &I::startTime)
            .time(QStringLiteral("end_time"), &I::endTime)
            .text(QStringLiteral("place"), &I::place)
            .ref(QStringLiteral("host_organization_id"), &I::hostOrganizationId)
            .derived(QStringLiteral("coalesce(o.name_en,'')"),
                     [](I& i, const Query& q, int n) { i.hostOrganizationNameEn = q.text(n); })
            .derived(QStringLiteral("coalesce(o.name_ja,'')"),
                     [](I& i, const Query& q, int n) { i.hostOrganizationNameJa = q.text(n); })
            .text(QStringLiteral("description_en"), &I::descriptionEn)
            .text(QStringLiteral("description_ja"), &I::descriptionJa)
            .code<FellowshipItemTypes>(QStringLiteral("kind"), &I::type)
            .text(QStringLiteral("notes"), &I::notes);
    return c;
}

QList<FellowshipItineraryItem> FellowshipItineraryRepository::list(CohortId cohortId) const
{
    SqlConditions c;
    c.add(QStringLiteral("i.cohort_id = :cohort"), {{QStringLiteral(":cohort"), cohortId}});
    return columns().list(
        m_db, c,
        QStringLiteral("ORDER BY i.item_date, i.start_time IS NOT NULL, i.start_time, i.id"));
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

SaveSteps<FellowshipItineraryItem> FellowshipItineraryRepository::saveSteps() const
{
    return {[this](const FellowshipItineraryItem& item) { throwIfAny(check(item)); }};
}

template class KindRepository<FellowshipItineraryRepository, FellowshipItineraryItem>;

} // namespace jlgc
