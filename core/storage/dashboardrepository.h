#pragma once

#include "domain/cohort.h"
#include "domain/researchrequest.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jlgc {

class Database;

// A record named in both languages on a day: a delegation's arrival, an event.
struct DatedRecord {
    qint64 id = 0;
    QString nameEn;
    QString nameJa;
    QDate date;
};

// How many records one code has (a state or province, a prefecture), with
// the code's names.
struct CodeCount {
    QString code;
    QString nameEn;
    QString nameJa;
    int count = 0;
};

// How many fellows of one programme year come from one country ("US", "CA").
struct FellowCountryCount {
    int year = 0;
    QString country;
    int count = 0;
};

// The reads of the home dashboard (core/dashboard shapes them): a few
// aggregate queries, so that the first page is quick at any size of database.
class DashboardRepository {
public:
    explicit DashboardRepository(const Database& db) : m_db(db) {}

    // Requests still open (received, in progress) whose due date is before
    // the day, the earliest due first: id, questions, due date and status.
    QList<ResearchRequest> openRequestsDueBefore(const QDate& day) const;
    // Delegations arriving between the days (both included) that are not
    // completed or cancelled, by arrival.
    QList<DatedRecord> delegationsArriving(const QDate& from, const QDate& to) const;
    // Events between the days (both included), by day and time.
    QList<DatedRecord> eventsBetween(const QDate& from, const QDate& to) const;
    // The cohort whose programme has not ended on the day (or, without
    // dates, of that year or later), the earliest such; 0 when none.
    CohortId currentCohort(const QDate& day) const;
    // Fellows who take part (selected, confirmed, attended) per programme
    // year and home country (their state's or province's, else their
    // government's), by year.
    QList<FellowCountryCount> fellowsTakingPart() const;
    // Active sister affiliations per state or province, and per prefecture:
    // the `top` with the most (ties by code).
    QList<CodeCount> activeAffiliationsBySubdivision(int top) const;
    QList<CodeCount> activeAffiliationsByPrefecture(int top) const;

private:
    const Database& m_db;
};

} // namespace jlgc
