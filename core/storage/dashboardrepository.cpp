#include "storage/dashboardrepository.h"

#include "storage/database.h"
#include "storage/queryrows.h"

namespace jlgc {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// What `q` (id, name in English, in Japanese, date) finds between the days.
QList<DatedRecord> datedRecords(Query& q, const QDate& from, const QDate& to)
{
    q.bind(QStringLiteral(":from"), iso(from)).bind(QStringLiteral(":to"), iso(to));
    return rowsOf(q, [](const Query& row) {
        return DatedRecord{row.id(0), row.text(1), row.text(2),
                           QDate::fromString(row.text(3), Qt::ISODate)};
    });
}

// The `top` codes with the most rows: code, name in English, in Japanese, count.
QList<CodeCount> topCounts(const Database& db, const QString& sql, int top)
{
    Query q(db, sql);
    q.bind(QStringLiteral(":top"), top);
    return rowsOf(q, [](const Query& row) {
        return CodeCount{row.text(0), row.text(1), row.text(2), row.value(3).toInt()};
    });
}

} // namespace

QList<ResearchRequest> DashboardRepository::openRequestsDueBefore(const QDate& day) const
{
    // The index on (status, due_date) finds them. (The repository's list
    // would read every request's sources too.)
    Query q(m_db,
            QStringLiteral("SELECT id, coalesce(question_en, ''), coalesce(question_ja, ''), "
                           "due_date, status FROM research_request "
                           "WHERE status IN ('received', 'in_progress') AND due_date < :today "
                           "ORDER BY due_date, id"));
    q.bind(QStringLiteral(":today"), iso(day));
    return rowsOf(q, [](const Query& row) {
        ResearchRequest r;
        r.id = row.id(0);
        r.questionEn = row.text(1);
        r.questionJa = row.text(2);
        r.due = QDate::fromString(row.text(3), Qt::ISODate);
        r.status = RequestStatuses::fromCode(row.text(4));
        return r;
    });
}

QList<DatedRecord> DashboardRepository::delegationsArriving(const QDate& from,
                                                            const QDate& to) const
{
    Query q(m_db, QStringLiteral("SELECT id, coalesce(name_en, ''), coalesce(name_ja, ''), "
                                 "arrival_date FROM delegation WHERE arrival_date BETWEEN :from "
                                 "AND :to AND status NOT IN ('completed', 'cancelled') "
                                 "ORDER BY arrival_date, id"));
    return datedRecords(q, from, to);
}

QList<DatedRecord> DashboardRepository::eventsBetween(const QDate& from, const QDate& to) const
{
    Query q(m_db, QStringLiteral("SELECT id, coalesce(title_en, ''), coalesce(title_ja, ''), "
                                 "event_date FROM office_event WHERE event_date BETWEEN :from "
                                 "AND :to ORDER BY event_date, start_time, id"));
    return datedRecords(q, from, to);
}

CohortId DashboardRepository::currentCohort(const QDate& day) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM cohort WHERE programme_end >= :today OR "
                                 "(programme_end IS NULL AND year >= :year) "
                                 "ORDER BY year LIMIT 1"));
    q.bind(QStringLiteral(":today"), iso(day)).bind(QStringLiteral(":year"), day.year()).exec();
    return q.next() ? q.id(0) : 0;
}

QList<FellowCountryCount> DashboardRepository::fellowsTakingPart() const
{
    // The fellow's state or province, or else their government's country.
    Query q(m_db,
            QStringLiteral("SELECT c.year, coalesce(nullif(substr(f.subdivision_code, 1, 2), ''), "
                           "o.country) AS home_country, count(*) FROM fellow f "
                           "JOIN cohort c ON c.id = f.cohort_id "
                           "LEFT JOIN organization o ON o.id = f.organization_id "
                           "WHERE f.status IN ('selected', 'confirmed', 'attended') "
                           "GROUP BY c.year, home_country ORDER BY c.year"));
    return rowsOf(q, [](const Query& row) {
        return FellowCountryCount{row.value(0).toInt(), row.text(1), row.value(2).toInt()};
    });
}

QList<CodeCount> DashboardRepository::activeAffiliationsBySubdivision(int top) const
{
    return topCounts(m_db,
                     QStringLiteral("SELECT a.subdivision_code, s.name, s.name, count(*) AS n "
                                    "FROM sister_affiliation a "
                                    "JOIN subdivision s ON s.code = a.subdivision_code "
                                    "WHERE a.status = 'active' GROUP BY a.subdivision_code, s.name "
                                    "ORDER BY n DESC, a.subdivision_code LIMIT :top"),
                     top);
}

QList<CodeCount> DashboardRepository::activeAffiliationsByPrefecture(int top) const
{
    return topCounts(
        m_db,
        QStringLiteral("SELECT a.prefecture_code, p.name_en, p.name_ja, count(*) AS n "
                       "FROM sister_affiliation a "
                       "JOIN prefecture p ON p.code = a.prefecture_code "
                       "WHERE a.status = 'active' GROUP BY a.prefecture_code, p.name_en, p.name_ja "
                       "ORDER BY n DESC, a.prefecture_code LIMIT :top"),
        top);
}

} // namespace jlgc
