#include "dashboard/dashboardqueries.h"

#include "domain/jetaarules.h"
#include "domain/researchrequest.h"
#include "reference/jurisdiction.h"
#include "storage/chapterfundingrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/homestayrepository.h"
#include "storage/recordkinds.h"

#include <QHash>
#include <algorithm>

namespace jlgc {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// The areas of the dashboard's tiles: RecordKinds key and the kind of
// record whose page opens.
struct Area {
    const char* key;
    const char* kind;
};

constexpr Area Areas[] = {
    {"people", "person"},
    {"organizations", "organization"},
    {"delegations", "delegation"},
    {"research_requests", "research_request"},
    {"research_topics", "research_topic"},
    {"fellows", "cohort"},
    {"host_families", "host_family"},
    {"jetaa_chapters", "jetaa_chapter"},
    {"chapter_funding", "chapter_funding"},
    {"sister_affiliations", "sister_affiliation"},
    {"events", "office_event"},
};

QList<CategoryCount> readCounts(Query& q)
{
    QList<CategoryCount> result;
    while (q.next())
        result << CategoryCount{q.text(0), q.text(1), q.text(2), q.value(3).toInt()};
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
    QHash<QString, const RecordKind*> byKey;
    for (const RecordKind& k : RecordKinds::all())
        byKey.insert(QLatin1String(k.key), &k);
    QList<AreaCount> result;
    for (const Area& a : Areas) {
        const RecordKind* k = byKey.value(QLatin1String(a.key));
        if (!k)
            continue;
        result << AreaCount{QLatin1String(a.key), QLatin1String(a.kind),
                            RecordKinds::count(m_db, *k)};
    }
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
    // The index on (status, due_date) finds the candidates; the rule itself
    // is ResearchRequest::isOverdue. (The repository's list would read every
    // request's sources too.)
    Query q(m_db,
            QStringLiteral("SELECT id, coalesce(question_en, ''), coalesce(question_ja, ''), "
                           "due_date, status FROM research_request "
                           "WHERE status IN ('received', 'in_progress') AND due_date < :today "
                           "ORDER BY due_date, id"));
    q.bind(QStringLiteral(":today"), iso(today)).exec();
    QList<AttentionItem> result;
    while (q.next()) {
        ResearchRequest r;
        r.id = q.id(0);
        r.questionEn = q.text(1);
        r.questionJa = q.text(2);
        r.due = QDate::fromString(q.text(3), Qt::ISODate);
        r.status = RequestStatuses::fromCode(q.text(4));
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
// What `q` (id, name in English, in Japanese, date) finds for the coming days.
QList<AttentionItem> comingItems(Query& q, const QDate& today, AttentionItem::Reason reason,
                                 const QString& kind)
{
    q.bind(QStringLiteral(":from"), iso(today))
        .bind(QStringLiteral(":to"), iso(today.addDays(DashboardQueries::ComingDays)))
        .exec();
    QList<AttentionItem> result;
    while (q.next()) {
        AttentionItem item;
        item.reason = reason;
        item.kind = kind;
        item.id = q.id(0);
        item.nameEn = q.text(1);
        item.nameJa = q.text(2);
        item.date = QDate::fromString(q.text(3), Qt::ISODate);
        item.days = int(today.daysTo(item.date));
        result << item;
    }
    return result;
}
} // namespace

QList<AttentionItem> DashboardQueries::delegationsArriving(const QDate& today) const
{
    Query q(m_db, QStringLiteral("SELECT id, coalesce(name_en, ''), coalesce(name_ja, ''), "
                                 "arrival_date FROM delegation WHERE arrival_date BETWEEN :from "
                                 "AND :to AND status NOT IN ('completed', 'cancelled') "
                                 "ORDER BY arrival_date, id"));
    return comingItems(q, today, AttentionItem::Reason::DelegationArriving,
                       QStringLiteral("delegation"));
}

QList<AttentionItem> DashboardQueries::eventsComing(const QDate& today) const
{
    Query q(m_db, QStringLiteral("SELECT id, coalesce(title_en, ''), coalesce(title_ja, ''), "
                                 "event_date FROM office_event WHERE event_date BETWEEN :from "
                                 "AND :to ORDER BY event_date, start_time, id"));
    return comingItems(q, today, AttentionItem::Reason::EventComing,
                       QStringLiteral("office_event"));
}

CohortId DashboardQueries::currentCohort(const QDate& today) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM cohort WHERE programme_end >= :today OR "
                                 "(programme_end IS NULL AND year >= :year) "
                                 "ORDER BY year LIMIT 1"));
    q.bind(QStringLiteral(":today"), iso(today)).bind(QStringLiteral(":year"), today.year()).exec();
    return q.next() ? q.id(0) : 0;
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
    // The fellow's state or province, or else their government's country.
    Query q(m_db,
            QStringLiteral("SELECT c.year, coalesce(nullif(substr(f.subdivision_code, 1, 2), ''), "
                           "o.country) AS home_country, count(*) FROM fellow f "
                           "JOIN cohort c ON c.id = f.cohort_id "
                           "LEFT JOIN organization o ON o.id = f.organization_id "
                           "WHERE f.status IN ('selected', 'confirmed', 'attended') "
                           "GROUP BY c.year, home_country ORDER BY c.year"));
    q.exec();
    QList<FellowsInYear> result;
    while (q.next()) {
        const int year = q.value(0).toInt();
        if (result.isEmpty() || result.back().year != year)
            result << FellowsInYear{year, 0, 0};
        const QString country = q.text(1);
        if (country == QLatin1String("US"))
            result.back().unitedStates += q.value(2).toInt();
        else if (country == QLatin1String("CA"))
            result.back().canada += q.value(2).toInt();
    }
    return result;
}

QList<CategoryCount> DashboardQueries::affiliationsBySubdivision(int top) const
{
    Query q(m_db, QStringLiteral("SELECT a.subdivision_code, s.name, s.name, count(*) AS n "
                                 "FROM sister_affiliation a "
                                 "JOIN subdivision s ON s.code = a.subdivision_code "
                                 "WHERE a.status = 'active' GROUP BY a.subdivision_code "
                                 "ORDER BY n DESC, a.subdivision_code LIMIT :top"));
    q.bind(QStringLiteral(":top"), top).exec();
    QList<CategoryCount> counts = readCounts(q);
    for (CategoryCount& c : counts)
        c.nameJa = Subdivision::japaneseName(c.code, c.nameEn);
    return counts;
}

QList<CategoryCount> DashboardQueries::affiliationsByPrefecture(int top) const
{
    Query q(m_db, QStringLiteral("SELECT a.prefecture_code, p.name_en, p.name_ja, count(*) AS n "
                                 "FROM sister_affiliation a "
                                 "JOIN prefecture p ON p.code = a.prefecture_code "
                                 "WHERE a.status = 'active' GROUP BY a.prefecture_code "
                                 "ORDER BY n DESC, a.prefecture_code LIMIT :top"));
    q.bind(QStringLiteral(":top"), top).exec();
    return readCounts(q);
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
