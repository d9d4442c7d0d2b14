// JETAA chapters and CLAIR's funding of them. Their repositories keep their
// own SQL; the descriptions give the labels, the owners and the owned rows.
#include "domain/chapterfunding.h"
#include "domain/fiscalyear.h"
#include "domain/jetaarules.h"
#include "domain/money.h"
#include "reference/jurisdiction.h"
#include "storage/chapterfundingrepository.h"
#include "storage/jetaachapterrepository.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"
#include "storage/records/recordtypelist.h"

namespace jlgc::recordtypes {

namespace {

// The day that decides what is overdue: the list's "today" filter (the page
// sets it), else the computer's date.
const QString Today = QStringLiteral("coalesce(:today, date('now', 'localtime'))");

// The state of the report a chapter owes, as JetaaRules::reportState.
QString reportStateSql()
{
    return QStringLiteral("CASE WHEN coalesce(r.report_received, '') <> '' THEN 'received' "
                          "WHEN coalesce(r.report_due, '') = '' OR r.status = 'closed' THEN '' "
                          "WHEN %1 > r.report_due THEN 'overdue' ELSE 'due' END")
        .arg(Today);
}

JetaaRules::ReportState reportState(const QString& code)
{
    if (code == QLatin1String("received"))
        return JetaaRules::ReportState::Received;
    if (code == QLatin1String("overdue"))
        return JetaaRules::ReportState::Overdue;
    if (code == QLatin1String("due"))
        return JetaaRules::ReportState::Due;
    return JetaaRules::ReportState::None;
}

QString report(const QVariantList& v, Language)
{
    return JetaaRules::label(reportState(v.value(0).toString()));
}

QString country(const QVariantList& v, Language)
{
    return JurisdictionLabels::country(v.value(0).toString());
}

QString fiscalYear(const QVariantList& v, Language language)
{
    return v.value(0).isNull() ? QString() : FiscalYear(v.value(0).toInt()).label(language);
}

QString fundingStatus(const QVariantList& v, Language)
{
    return FundingStatuses::label(FundingStatuses::fromCode(v.value(0).toString()));
}

// An amount in minor units and its currency; empty when there is none.
QString money(const QVariantList& v, Language)
{
    return v.value(0).isNull() ? QString()
                               : Money::format(v.value(0).toLongLong(), v.value(1).toString());
}

// The statuses in their course.
QString fundingStatusOrder()
{
    QString sql = QStringLiteral("CASE r.status");
    int n = 0;
    for (FundingStatus s : FundingStatuses::all())
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(FundingStatuses::code(s)).arg(n++);
    return sql + QStringLiteral(" END");
}

// CLAIR's funding of the chapters, a row per chapter and fiscal year, with
// the state of the report each chapter owes as of the list's "today".
void describeFundingList(RecordType& f)
{
    f.joins = QStringLiteral("JOIN jetaa_chapter ch ON ch.id = r.chapter_id");
    const QString approvedIn =
        QStringLiteral("coalesce(nullif(r.approved_currency, ''), r.currency)");
    const QString requested =
        QStringLiteral("(SELECT sum(fl.amount) FROM funding_line fl WHERE fl.funding_id = r.id)");
    const QString disbursed = QStringLiteral(
        "(SELECT sum(fd.amount) FROM funding_disbursement fd WHERE fd.funding_id = r.id)");
    const QString state = reportStateSql();
    f.listColumns = {
        {QT_TRANSLATE_NOOP("Lists", "Chapter"),
         {QStringLiteral("ch.name")},
         QStringLiteral("lower(ch.name)")},
        {QT_TRANSLATE_NOOP("Lists", "Country"), {QStringLiteral("ch.country")}, {}, &country},
        {QT_TRANSLATE_NOOP("Lists", "Fiscal year"),
         {QStringLiteral("r.fiscal_year")},
         {},
         &fiscalYear},
        {QT_TRANSLATE_NOOP3("Lists", "Status", "of a funding application"),
         {QStringLiteral("r.status")},
         fundingStatusOrder(),
         &fundingStatus},
        {QT_TRANSLATE_NOOP("Lists", "Requested"),
         {QStringLiteral("coalesce(%1, 0)").arg(requested), QStringLiteral("r.currency")},
         {},
         &money,
         true},
        {QT_TRANSLATE_NOOP("Lists", "Approved"),
         {QStringLiteral("r.approved_amount"), approvedIn},
         QStringLiteral("coalesce(r.approved_amount, -1)"),
         &money,
         true},
        {QT_TRANSLATE_NOOP("Lists", "Disbursed"),
         {disbursed, approvedIn},
         QStringLiteral("coalesce(%1, 0)").arg(disbursed),
         &money,
         true},
        {QT_TRANSLATE_NOOP("Lists", "Report due"),
         {QStringLiteral("r.report_due")},
         QStringLiteral("coalesce(r.report_due, '')"),
         &listformat::date},
        {QT_TRANSLATE_NOOP("Lists", "Report"),
         {state},
         QStringLiteral("CASE %1 WHEN '' THEN 0 WHEN 'due' THEN 1 WHEN 'overdue' THEN 2 ELSE 3 "
                        "END")
             .arg(state),
         &report},
    };
    // A report overdue shows its row in red.
    ListColumn overdue;
    overdue.values = {QStringLiteral("CASE %1 WHEN 'overdue' THEN 'alert' END").arg(state)};
    overdue.use = ListColumn::Use::RowState;
    f.listColumns << overdue;
    // The latest year first, its chapters by name.
    f.listOrder = QStringLiteral("printf('%04d', 9999 - r.fiscal_year) || lower(ch.name)");
    f.listFilters = {
        // The day that decides what is overdue; it narrows nothing.
        {QStringLiteral("today"), QStringLiteral("CAST(:today AS TEXT) IS NOT NULL")},
        {QStringLiteral("year"), QStringLiteral("r.fiscal_year = :year")},
        {QStringLiteral("country"), QStringLiteral("ch.country = :country")},
        // "overdue": reports overdue; "outstanding": due or overdue.
        {QStringLiteral("report"),
         QStringLiteral("CASE :report WHEN 'overdue' THEN %1 = 'overdue' ELSE %1 IN ('due', "
                        "'overdue') END")
             .arg(state)},
    };
    // Found by the chapter's name, city and short name.
    f.textThrough = {{QStringLiteral("r.chapter_id"), QStringLiteral("jetaa_chapter")}};
}

} // namespace

const RecordType& jetaaChapters()
{
    static const RecordType t = [] {
        RecordType c = describedByColumns(
            "jetaa_chapters", QT_TRANSLATE_NOOP("RecordKinds", "JETAA chapters"),
            QT_TRANSLATE_NOOP("RecordKinds", "JETAA chapter"), JetaaChapterRepository::columns());
        c.dashboardOpens = QStringLiteral("jetaa_chapter");
        c.searchSelect = QStringLiteral(
            "SELECT name, name, coalesce(city,'') || ' ' || coalesce(short_name,''), "
            "coalesce(city,'') || ' ' || coalesce(short_name,''), name, short_name, city, notes "
            "FROM jetaa_chapter WHERE id = :id");
        c.owned = {
            {QStringLiteral("chapter_officers"), QStringLiteral("jetaa_officer"),
             QT_TRANSLATE_NOOP("RecordKinds", "JETAA chapter officers"),
             QStringLiteral("chapter_id")},
            {QStringLiteral("chapter_memberships"), QStringLiteral("jetaa_membership"),
             QT_TRANSLATE_NOOP("RecordKinds", "Members of chapters by fiscal year"),
             QStringLiteral("chapter_id")},
        };
        return c;
    }();
    return t;
}

const RecordType& chapterFunding()
{
    static const RecordType t = [] {
        RecordType f = describedByColumns(
            "chapter_funding", QT_TRANSLATE_NOOP("RecordKinds", "CLAIR funding of chapters"),
            QT_TRANSLATE_NOOP("RecordKinds", "funding record"),
            ChapterFundingRepository::columns());
        describeFundingList(f);
        f.dashboardOpens = QStringLiteral("chapter_funding");
        f.ownerKind = QStringLiteral("jetaa_chapters");
        f.ownerColumn = QStringLiteral("chapter_id");
        f.owned = {
            {QStringLiteral("funding_lines"), QStringLiteral("funding_line"),
             QT_TRANSLATE_NOOP("RecordKinds", "Lines of funding applications"),
             QStringLiteral("funding_id")},
            {QStringLiteral("funding_disbursements"), QStringLiteral("funding_disbursement"),
             QT_TRANSLATE_NOOP("RecordKinds", "Funding disbursements"),
             QStringLiteral("funding_id")},
            {QStringLiteral("funding_overrides"), QStringLiteral("funding_override"),
             QT_TRANSLATE_NOOP("RecordKinds", "Approved exceptions to funding rules"),
             QStringLiteral("funding_id")},
        };
        return f;
    }();
    return t;
}

} // namespace jlgc::recordtypes
