// Research requests (調査依頼): questions from Japanese governments, their
// due dates and answers. The repository keeps its own SQL; the description
// gives the list and the labels.
#include "domain/datetext.h"
#include "domain/researchrequest.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"
#include "storage/researchrequestrepository.h"

namespace jlgc {

namespace {

// The day that decides what is overdue: the list's "today" filter (the
// page sets it), else the computer's date.
const QString Today = QStringLiteral("coalesce(:today, date('now', 'localtime'))");
const QString Open = QStringLiteral("r.status IN ('received', 'in_progress')");

// Days past its due date of a request still open; NULL when not overdue.
QString daysOverdue()
{
    return QStringLiteral("CASE WHEN %1 AND r.due_date < %2 THEN CAST(julianday(%2) - "
                          "julianday(r.due_date) AS INTEGER) END")
        .arg(Open, Today);
}

// "Overdue by 3 days", or the status in words. values: status, days overdue.
QString status(const QVariantList& v, Language)
{
    return RequestStatuses::text(RequestStatuses::fromCode(v.value(0).toString()),
                                 v.value(1).toInt());
}

// Every cell's tooltip while overdue.
QString overdueTip(const QVariantList& v, Language language)
{
    return v.value(1).toInt() > 0 ? status(v, language) : QString();
}

QString question(const QVariantList& v, Language language)
{
    return listformat::bilingual(v, language).simplified();
}

// The question in both languages (values: Japanese, English).
QString questionTip(const QVariantList& v, Language)
{
    return v.value(0).toString() + QStringLiteral("\n\n") + v.value(1).toString();
}

// The requesting government's name in each language.
const QString GovernmentEn = listformat::governmentSql(Language::English);
const QString GovernmentJa = listformat::governmentSql(Language::Japanese);

RecordType define()
{
    RecordType t = describedByColumns(
        "research_requests", QT_TRANSLATE_NOOP("RecordKinds", "Research requests"),
        QT_TRANSLATE_NOOP("RecordKinds", "research request"), ResearchRequestRepository::columns());
    t.dashboardOpens = QStringLiteral("research_request");
    t.searchSelect = QStringLiteral(
        "SELECT coalesce(question_en, question_ja), coalesce(question_ja, question_en), "
        "received_date, received_date, question_en, question_ja, answer_summary "
        "FROM research_request WHERE id = :id");
    t.owned = {
        {QStringLiteral("research_request_sources"), QStringLiteral("research_request_source"),
         QT_TRANSLATE_NOOP("RecordKinds", "Sources of research answers"),
         QStringLiteral("request_id")},
    };
    t.joins =
        QStringLiteral(
            "LEFT JOIN search_item i ON i.kind = 'research_request' AND i.record_id = +r.id ") +
        listformat::governmentAndStaffJoins(QStringLiteral("assigned_staff_id"));
    // Open requests by due date first (those without one after them), then
    // the others, the latest received first.
    t.listOrder = QStringLiteral("CASE WHEN %1 THEN '0 ' || coalesce(r.due_date, '9999-12-31') "
                                 "ELSE '1 ' || (99999999 - CAST(replace(r.received_date, '-', "
                                 "'') AS INTEGER)) END")
                      .arg(Open);
    const QString days = daysOverdue();
    t.listColumns = {
        {QT_TRANSLATE_NOOP("Lists", "Due"),
         {QStringLiteral("r.due_date")},
         QStringLiteral("CASE WHEN %1 THEN '0 ' ELSE '1 ' END || coalesce(r.due_date, '9999')")
             .arg(Open),
         &listformat::date,
         false,
         ListColumn::Use::Shown,
         -1,
         true},
        {QT_TRANSLATE_NOOP("Lists", "Question"),
         {QStringLiteral("r.question_en"), QStringLiteral("r.question_ja")},
         QStringLiteral("coalesce(i.sort_{lang}, '')"),
         &question},
        {QT_TRANSLATE_NOOP("Lists", "Requested by"),
         {GovernmentEn, GovernmentJa},
         QStringLiteral("CASE WHEN '{lang}' = 'ja' THEN coalesce(nullif(%2, ''), %1) ELSE "
                        "coalesce(nullif(%1, ''), %2) END")
             .arg(GovernmentEn, GovernmentJa),
         &listformat::bilingual},
        {QT_TRANSLATE_NOOP("Lists", "Assigned to"),
         listformat::personNameValues(QStringLiteral("sp")),
         QStringLiteral("coalesce(si.sort_{lang}, '')"), &listformat::personName},
        // Overdue first, the longest overdue first; then in the order of a
        // request's course.
        {QT_TRANSLATE_NOOP("Lists", "Status"),
         {QStringLiteral("r.status"), days},
         QStringLiteral("coalesce(-(%1), CASE r.status WHEN 'received' THEN 0 WHEN "
                        "'in_progress' THEN 1 WHEN 'answered' THEN 2 ELSE 3 END)")
             .arg(days),
         &status,
         false,
         ListColumn::Use::Shown,
         -1,
         true},
        {QT_TRANSLATE_NOOP("Lists", "Received"),
         {QStringLiteral("r.received_date")},
         QStringLiteral("coalesce(r.received_date, '')"),
         &listformat::date},
        // Overdue requests in red; their tooltips say by how long.
        {nullptr,
         {QStringLiteral("CASE WHEN (%1) IS NOT NULL THEN 'alert' END").arg(days)},
         {},
         nullptr,
         false,
         ListColumn::Use::RowState},
        {nullptr,
         {QStringLiteral("r.question_ja"), QStringLiteral("r.question_en")},
         {},
         &questionTip,
         false,
         ListColumn::Use::ToolTip,
         1},
        {nullptr,
         {QStringLiteral("r.status"), days},
         {},
         &overdueTip,
         false,
         ListColumn::Use::ToolTip},
    };
    t.listColumns[0].sortNote = QT_TRANSLATE_NOOP(
        "Lists", "Open requests first, by due date (those without one after them); then the "
                 "answered and closed ones.");
    t.listColumns[4].sortNote =
        QT_TRANSLATE_NOOP("Lists", "Overdue requests first, the longest overdue first; then "
                                   "received, in progress, answered and closed.");
    // The day that decides what is overdue; it narrows nothing.
    t.listFilters = {
        {QStringLiteral("today"), QStringLiteral("CAST(:today AS TEXT) IS NOT NULL")},
        {QStringLiteral("open"), Open + QStringLiteral(" AND :open")},
        {QStringLiteral("overdue"), QStringLiteral("%1 AND r.due_date < :overdue").arg(Open)},
    };
    return t;
}

} // namespace

const RecordType& researchRequestsType()
{
    static const RecordType t = define();
    return t;
}

} // namespace jlgc
