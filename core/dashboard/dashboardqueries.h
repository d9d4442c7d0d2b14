#pragma once

#include "domain/chapterfunding.h"
#include "domain/fellow.h"
#include "domain/fundingtotals.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace jlgc {

class Database;

// How many records one area holds. key is the RecordKinds key (its label is
// RecordKinds::label(key)); kind is the record kind of the page that shows
// them (as SearchIndex::sources and Page::showRecord name it).
struct AreaCount {
    QString key;
    QString kind;
    qint64 count = 0;
    bool operator==(const AreaCount&) const = default;
};

// Something that needs attention now, with the record that opens it.
struct AttentionItem {
    enum class Reason {
        OverdueRequest,       // a research request past its due date and still open
        OverdueFundingReport, // a chapter's report on its CLAIR funding not received in time
        DelegationArriving,   // a delegation arriving within the coming days
        EventComing,          // an event within the coming days
        UnconfirmedFellow,    // a fellow of the current or next cohort not yet confirmed
        UnplacedFellow,       // a fellow of that cohort without a family on homestay nights
    };
    Reason reason = Reason::OverdueRequest;
    QString kind; // record kind to open
    QVariant id;  // its id
    // The due date, the arrival, the event's day or the programme's start.
    QDate date;
    // Days overdue (overdue items) or days until the date (coming items).
    int days = 0;
    QString nameEn; // what it is: question, chapter, delegation, event, fellow
    QString nameJa;
    int fiscalYear = 0;            // funding reports
    int cohortYear = 0;            // fellows
    FellowStatus fellowStatus{};   // unconfirmed fellows
    QList<QDate> nights;           // unplaced fellows: the homestay nights without a family
    bool withoutAnyFamily = false; // unplaced fellows: no family at all yet

    QString name(Language language) const;
};

// One bar of a chart.
struct CategoryCount {
    QString code;
    QString nameEn;
    QString nameJa;
    int count = 0;

    QString name(Language language) const
    {
        return language == Language::Japanese && !nameJa.isEmpty() ? nameJa : nameEn;
    }
    bool operator==(const CategoryCount&) const = default;
};

// Fellows of one programme year by home country.
struct FellowsInYear {
    int year = 0;
    int unitedStates = 0;
    int canada = 0;
    bool operator==(const FellowsInYear&) const = default;
};

// The figures of the home dashboard: read with a few aggregate queries, so
// that the first page is quick at any size of database. `today` is given,
// never read from the clock, so that tests and screens agree.
class DashboardQueries {
public:
    // Delegations and events this many days ahead (today and the day
    // exactly this many days away included) need attention.
    static constexpr int ComingDays = 30;
    static constexpr int TopCount = 15;

    explicit DashboardQueries(Database& db) : m_db(db) {}

    QList<AreaCount> counts() const;

    // Overdue first (most overdue first), then what is coming (soonest
    // first), then the fellowship cohort.
    QList<AttentionItem> attention(const QDate& today) const;
    QList<AttentionItem> overdueRequests(const QDate& today) const;
    QList<AttentionItem> overdueFundingReports(const QDate& today) const;
    QList<AttentionItem> delegationsArriving(const QDate& today) const;
    QList<AttentionItem> eventsComing(const QDate& today) const;
    // The cohort whose programme has not ended yet (or, without dates, of
    // this year or later), the earliest such; 0 when none.
    CohortId currentCohort(const QDate& today) const;
    QList<AttentionItem> cohortAttention(const QDate& today) const;

    // Fellows who take part (selected, confirmed, attended), per programme year.
    QList<FellowsInYear> fellowsPerYear() const;
    // Active sister affiliations: the states and provinces, and the
    // prefectures, with the most ties (ties by count, then by code).
    QList<CategoryCount> affiliationsBySubdivision(int top = TopCount) const;
    QList<CategoryCount> affiliationsByPrefecture(int top = TopCount) const;
    // CLAIR funding per fiscal year and currency; amounts in USD and CAD are
    // never added together.
    QList<FundingTotal> fundingPerYear() const;

private:
    // Every funding application, read once for the attention list and the
    // chart.
    const QList<ChapterFunding>& fundings() const;

    Database& m_db;
    mutable std::optional<QList<ChapterFunding>> m_fundings;
};

} // namespace jlgc
