#include "storage/cohortrepository.h"

#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"

#include <QHash>

namespace jlgc {

const RecordColumns<Cohort>& CohortRepository::columns()
{
    using C = Cohort;
    static const RecordColumns<C> c =
        RecordColumns<C>(QStringLiteral("cohort"), QStringLiteral("c"))
            .number(QStringLiteral("year"), &C::year)
            .date(QStringLiteral("programme_start"), &C::programmeStart)
            .date(QStringLiteral("programme_end"), &C::programmeEnd)
            .date(QStringLiteral("tokyo_start"), &C::tokyoStart)
            .date(QStringLiteral("tokyo_end"), &C::tokyoEnd)
            .date(QStringLiteral("host_start"), &C::hostStart)
            .date(QStringLiteral("host_end"), &C::hostEnd)
            .text(QStringLiteral("host_prefecture_code"), &C::hostPrefectureCode)
            .text(QStringLiteral("host_municipality_code"), &C::hostMunicipalityCode)
            .text(QStringLiteral("theme_en"), &C::themeEn)
            .text(QStringLiteral("theme_ja"), &C::themeJa)
            .text(QStringLiteral("notes"), &C::notes);
    return c;
}

int CohortSummary::unconfirmed() const
{
    int n = 0;
    for (auto it = fellowsByStatus.cbegin(); it != fellowsByStatus.cend(); ++it)
        if (FellowStatuses::isUnconfirmed(it.key()))
            n += it.value();
    return n;
}

std::optional<Cohort> CohortRepository::findByYear(int year) const
{
    Query q(m_db, columns().select() + QStringLiteral(" WHERE year = :year"));
    q.bind(QStringLiteral(":year"), year);
    return firstRowOf(q, [](const Query& row) { return columns().read(row); });
}

QList<Cohort> CohortRepository::list() const
{
    return columns().list(m_db, {}, QStringLiteral("ORDER BY year DESC"));
}

QList<CohortSummary> CohortRepository::summariesWhere(CohortId onlyId) const
{
    QList<CohortSummary> result;
    QHash<CohortId, int> index;
    {
        Query q(m_db, columns().select() + onlyWhere(onlyId, QStringLiteral("id")) +
                          QStringLiteral("ORDER BY year DESC"));
        bindOnly(q, onlyId).exec();
        while (q.next()) {
            index.insert(q.id(0), int(result.size()));
            result << CohortSummary{columns().read(q), {}, 0, 0, 0, 0};
        }
    }
    {
        Query q(m_db, QStringLiteral("SELECT cohort_id, status, count(*) FROM fellow ") +
                          onlyWhere(onlyId, QStringLiteral("cohort_id")) +
                          QStringLiteral("GROUP BY cohort_id, status"));
        bindOnly(q, onlyId).exec();
        while (q.next()) {
            if (!index.contains(q.id(0)))
                continue;
            CohortSummary& s = result[index.value(q.id(0))];
            const int n = q.value(2).toInt();
            s.fellowsByStatus[FellowStatuses::fromCode(q.text(1))] += n;
            s.fellows += n;
        }
    }
    // A count by cohort (cohort id, count) of `sql` into `member`.
    const auto countInto = [&](const QString& sql, int CohortSummary::*member) {
        Query q(m_db, sql);
        bindOnly(q, onlyId).exec();
        while (q.next())
            if (index.contains(q.id(0)))
                result[index.value(q.id(0))].*member = q.value(1).toInt();
    };
    countInto(QStringLiteral("SELECT cohort_id, count(*) FROM fellowship_itinerary_item ") +
                  onlyWhere(onlyId, QStringLiteral("cohort_id")) +
                  QStringLiteral("GROUP BY cohort_id"),
              &CohortSummary::itineraryItems);
    countInto(QStringLiteral("SELECT f.cohort_id, count(*) FROM homestay_placement p "
                             "JOIN fellow f ON f.id = p.fellow_id ") +
                  onlyWhere(onlyId, QStringLiteral("f.cohort_id")) +
                  QStringLiteral("GROUP BY f.cohort_id"),
              &CohortSummary::placements);
    countInto(QStringLiteral("SELECT f.cohort_id, count(*) FROM fellow f WHERE ") +
                  (onlyId > 0 ? QStringLiteral("f.cohort_id = :only AND ") : QString()) +
                  QStringLiteral("f.status IN ('selected', 'confirmed', 'attended') "
                                 "AND NOT EXISTS (SELECT 1 FROM homestay_placement p "
                                 "WHERE p.fellow_id = f.id) GROUP BY f.cohort_id"),
              &CohortSummary::fellowsWithoutPlacement);
    return result;
}

QList<CohortSummary> CohortRepository::summaries() const
{
    return summariesWhere(0);
}

std::optional<CohortSummary> CohortRepository::summary(CohortId id) const
{
    const QList<CohortSummary> list = summariesWhere(id);
    if (list.isEmpty() || id <= 0)
        return std::nullopt;
    return list.first();
}

void CohortRepository::check(const Cohort& cohort) const
{
    throwIfAny(cohort.validate());
    checkYearFree(cohort);
    if (cohort.id > 0)
        checkContentsFit(cohort);
}

void CohortRepository::checkYearFree(const Cohort& cohort) const
{
    const auto existing = findByYear(cohort.year);
    if (existing && existing->id != cohort.id)
        throw StorageError(
            {{QStringLiteral("year"), tr("There is already a cohort for %1.").arg(cohort.year)}});
}

void CohortRepository::checkContentsFit(const Cohort& cohort) const
{
    // Rows of the cohort dated outside the programme; with no programme
    // dates, every row is.
    const bool dated = cohort.hasProgrammeDates();
    const auto countOutside = [&](const QString& from, const QString& first, const QString& last) {
        QString sql = QStringLiteral("SELECT count(*) FROM ") + from;
        if (dated)
            sql += QStringLiteral(" AND (%1 < :start OR %2 > :end)").arg(first, last);
        Query q(m_db, sql);
        q.bind(QStringLiteral(":id"), cohort.id);
        if (dated)
            q.bind(QStringLiteral(":start"), cohort.programmeStart.toString(Qt::ISODate))
                .bind(QStringLiteral(":end"), cohort.programmeEnd.toString(Qt::ISODate));
        return q.exec().scalar().toInt();
    };
    const int outsideItems =
        countOutside(QStringLiteral("fellowship_itinerary_item WHERE cohort_id = :id"),
                     QStringLiteral("item_date"), QStringLiteral("item_date"));
    const int outsideStays = countOutside(
        QStringLiteral("homestay_placement p JOIN fellow f ON f.id = p.fellow_id WHERE "
                       "f.cohort_id = :id"),
        QStringLiteral("p.first_night"), QStringLiteral("p.last_night"));
    if (outsideItems > 0 || outsideStays > 0)
        throw StorageError({{QStringLiteral("programme"),
                             tr("With these dates, %1 itinerary items and %2 homestays would "
                                "fall outside the programme. Move them first.")
                                 .arg(outsideItems)
                                 .arg(outsideStays)}});
}

SaveSteps<Cohort> CohortRepository::saveSteps()
{
    return {[this](const Cohort& c) { check(c); }};
}

void CohortRepository::remove(CohortId id)
{
    recordwrite::remove(m_db, columns().table(), id,
                        tr("This cohort still has records (%1). Remove those first."));
}

template class KindRepository<CohortRepository, Cohort>;

} // namespace jlgc
