#include "dashboard/dashboardqueries.h"

#include "domain/jetaarules.h"
#include "domain/researchrequest.h"
#include "reference/jurisdiction.h"
#include "storage/chapterfundingrepository.h"
#include "storage/dashboardrepository.h"
#include "storage/fellowrepository.h"
#include "storage/homestayrepository.h"
#include "storage/recordkinds.h"
#include "storage/records/recordtype.h"

#include <algorithm>

namespace jlgc {

namespace {

QList<CategoryCount> categories(const QList<CodeCount>& counts)
{
    QList<CategoryCount> result;
    for (const CodeCount& c : counts)
        result << CategoryCount{c.code, c.nameEn, c.nameJa, c.count};
    return result;
}

} // namespace

QString AttentionItem::name(Language language) const
{
    if (language == Language::Japanese)
        return nameJa.isEmpty() ? nameEn : nameJa;
    return nameEn.isEmpty() ? nameJa : nameEn;
}

QList<AreaCount> DashboardQueries::counts() const
{
    // A tile for each kind whose description asks for one, in the window's order.
    QList<const RecordType*> types;
    QList<RecordKind> kinds;
    for (const RecordType* t : RecordTypes::all())
        if (!t->dashboardOpens.isEmpty())
            if (const RecordKind* k = RecordKinds::find(t->name)) {
                types << t;
                kinds << *k;
            }
    const QHash<QString, qint64> n = RecordKinds::counts(m_db, kinds);
    QList<AreaCount> result;
    for (qsizetype i = 0; i < types.size(); ++i)
        result << AreaCount{types[i]->name, types[i]->dashboardOpens, n.value(kinds[i].key)};
    return result;
}

QList<AttentionItem> DashboardQueries::attention(const QDate& today) const
{
    QList<AttentionItem> result = overdueRequests(today);
    result << overdueFundingReports(today);
    result << delegationsArriving(today);
    result << eventsComing(today);
    result << cohortAttention(today);
    return result;
}

QList<AttentionItem> DashboardQueries::overdueRequests(const QDate& today) const
{
    // The candidates from storage; the rule itself is ResearchRequest::isOverdue.
    QList<AttentionItem> result;
    for (const ResearchRequest& r : DashboardRepository(m_db).openRequestsDueBefore(today)) {
        if (!r.isOverdue(today))
            continue;
        AttentionItem item;
        item.reason = AttentionItem::Reason::OverdueRequest;
        item.kind = QStringLiteral("research_request");
        item.id = r.id;
        item.date = r.due;
        item.days = r.daysOverdue(today);
        item.nameEn = r.question(Language::English);
        item.nameJa = r.question(Language::Japanese);
        result << item;
    }
    return result;
}

QList<AttentionItem> DashboardQueries::overdueFundingReports(const QDate& today) const
{
    QList<AttentionItem> result;
    for (const ChapterFunding& f : fundings()) {
        if (!JetaaRules::isReportOverdue(f, today))
            continue;
        AttentionItem item;
        item.reason = AttentionItem::Reason::OverdueFundingReport;
        item.kind = QStringLiteral("chapter_funding");
        item.id = f.id;
        item.date = f.reportDue;
        item.days = int(f.reportDue.daysTo(today));
        item.nameEn = f.chapterName;
        item.nameJa = f.chapterName;
        item.fiscalYear = f.fiscalYear.year();
        result << item;
    }
    std::stable_sort(
        result.begin(), result.end(),
        [](const AttentionItem& a, const AttentionItem& b) { return a.days > b.days; });
    return result;
}

namespace {
// The records of the coming days as items that need attention.
QList<AttentionItem> comingItems(const QList<DatedRecord>& records, const QDate& today,
                                 AttentionItem::Reason reason, const QString& kind)
{
    QList<AttentionItem> result;
    for (const DatedRecord& r : records) {
        AttentionItem item;
        item.reason = reason;
        item.kind = kind;
        item.id = r.id;
        item.nameEn = r.nameEn;
        item.nameJa = r.nameJa;
        item.date = r.date;
        item.days = int(today.daysTo(item.date));
        result << item;
    }
    return result;
}
} // namespace

QList<AttentionItem> DashboardQueries::delegationsArriving(const QDate& today) const
{
    return comingItems(
        DashboardRepository(m_db).delegationsArriving(today, today.addDays(ComingDays)), today,
        AttentionItem::Reason::DelegationArriving, QStringLiteral("delegation"));
}

QList<AttentionItem> DashboardQueries::eventsComing(const QDate& today) const
{
    return comingItems(DashboardRepository(m_db).eventsBetween(today, today.addDays(ComingDays)),
                       today, AttentionItem::Reason::EventComing, QStringLiteral("office_event"));
}

CohortId DashboardQueries::currentCohort(const QDate& today) const
{
    return DashboardRepository(m_db).currentCohort(today);
}

QList<AttentionItem> DashboardQueries::cohortAttention(const QDate& today) const
{
    const CohortId cohort = currentCohort(today);
    if (!cohort)
        return {};
    const HomestayGrid grid = HomestayRepository(m_db).grid(cohort);
    QList<AttentionItem> unconfirmed;
    QList<AttentionItem> unplaced;
    for (const Fellow& f : grid.fellows) {
        AttentionItem item;
        item.kind = QStringLiteral("cohort");
        item.id = cohort;
        item.date = grid.nights.isEmpty() ? QDate() : grid.nights.front();
        item.days = item.date.isValid() ? int(today.daysTo(item.date)) : 0;
        item.nameEn = f.display(Language::English);
        item.nameJa = f.display(Language::Japanese);
        item.cohortYear = f.cohortYear;
        item.fellowStatus = f.status;
        if (FellowStatuses::isUnconfirmed(f.status)) {
            item.reason = AttentionItem::Reason::UnconfirmedFellow;
            unconfirmed << item;
        }
        if (!f.takesPart())
            continue;
        item.reason = AttentionItem::Reason::UnplacedFellow;
        item.withoutAnyFamily = grid.fellowsWithoutPlacement.contains(f.id);
        for (const FellowNight& n : grid.unplaced)
            if (n.fellowId == f.id)
                item.nights << n.night;
        if (item.withoutAnyFamily || !item.nights.isEmpty())
            unplaced << item;
    }
    return unconfirmed + unplaced;
}

QList<FellowsInYear> DashboardQueries::fellowsPerYear() const
{
    QList<FellowsInYear> result;
    for (const FellowCountryCount& c : DashboardRepository(m_db).fellowsTakingPart()) {
        if (result.isEmpty() || result.back().year != c.year)
            result << FellowsInYear{c.year, 0, 0};
        if (c.country == QLatin1String("US"))
            result.back().unitedStates += c.count;
        else if (c.country == QLatin1String("CA"))
            result.back().canada += c.count;
    }
    return result;
}

QList<CategoryCount> DashboardQueries::affiliationsBySubdivision(int top) const
{
    QList<CategoryCount> counts =
        categories(DashboardRepository(m_db).activeAffiliationsBySubdivision(top));
    for (CategoryCount& c : counts)
        c.nameJa = Subdivision::japaneseName(c.code, c.nameEn);
    return counts;
}

QList<CategoryCount> DashboardQueries::affiliationsByPrefecture(int top) const
{
    return categories(DashboardRepository(m_db).activeAffiliationsByPrefecture(top));
}

QList<FundingTotal> DashboardQueries::fundingPerYear() const
{
    return FundingTotals::byFiscalYearAndCurrency(fundings());
}

const QList<ChapterFunding>& DashboardQueries::fundings() const
{
    if (!m_fundings)
        m_fundings = ChapterFundingRepository(m_db).list();
    return *m_fundings;
}

} // namespace jlgc
