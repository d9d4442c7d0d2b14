#include "storage/chapterfundingrepository.h"

#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"

#include <QHash>
#include <algorithm>

namespace jlgc {

const RecordColumns<ChapterFunding>& ChapterFundingRepository::columns()
{
    using F = ChapterFunding;
    static const RecordColumns<F> c =
        RecordColumns<F>(QStringLiteral("chapter_funding"), QStringLiteral("f"))
            .join(QStringLiteral("JOIN jetaa_chapter c ON c.id = f.chapter_id"))
            .ref(QStringLiteral("chapter_id"), &F::chapterId)
            .derivedText(QStringLiteral("c.name"), &F::chapterName)
            .derivedText(QStringLiteral("c.country"), &F::chapterCountry)
            .custom(
                QStringLiteral("f.fiscal_year"),
                [](F& f, const Query& q, int i) { f.fiscalYear = FiscalYear(q.value(i).toInt()); },
                [](const F& f, RowValues& v) {
                    v.set(QStringLiteral("fiscal_year"), f.fiscalYear.year());
                })
            .date(QStringLiteral("application_date"), &F::applicationDate)
            .required(QStringLiteral("currency"), &F::currency)
            .optionalNumber(QStringLiteral("approved_amount"), &F::approved)
            .text(QStringLiteral("approved_currency"), &F::approvedCurrency)
            .optionalNumber(QStringLiteral("budget_jpy"), &F::budgetJpy)
            .date(QStringLiteral("report_due"), &F::reportDue)
            .date(QStringLiteral("report_received"), &F::reportReceived)
            .code<FundingStatuses>(QStringLiteral("status"), &F::status)
            .text(QStringLiteral("notes"), &F::notes);
    return c;
}

QList<ChapterFunding> ChapterFundingRepository::select(const QString& order,
                                                       const FundingFilter& filter, FundingId id,
                                                       ChapterId chapter, int year) const
{
    // One filter for the records and their child rows (f, and its chapter c).
    SqlConditions v;
    v.equalIfSet(QStringLiteral("f.id"), id);
    v.equalIfSet(QStringLiteral("f.chapter_id"), chapter > 0 ? chapter : filter.chapterId);
    v.equalIfSet(QStringLiteral("f.fiscal_year"), year > 0 ? year : filter.fiscalYear.year());
    v.equalIfSet(QStringLiteral("c.country"), filter.country);
    v.equalIfSet<FundingStatuses>(QStringLiteral("f.status"), filter.status);

    Query q(m_db, columns().select() + v.where() + order);
    v.bindTo(q);
    q.exec();
    QList<ChapterFunding> result;
    QHash<FundingId, qsizetype> index;
    while (q.next()) {
        index.insert(q.id(0), result.size());
        result << columns().read(q);
    }
    if (result.isEmpty())
        return result;

    const QString owned = QStringLiteral(" FROM %1 x JOIN chapter_funding f ON f.id = "
                                         "x.funding_id JOIN jetaa_chapter c ON c.id = "
                                         "f.chapter_id") +
                          v.where();
    {
        Query lines(m_db, QStringLiteral("SELECT x.funding_id, x.id, x.purpose, x.amount") +
                              owned.arg(QStringLiteral("funding_line")) +
                              QStringLiteral(" ORDER BY x.funding_id, x.position, x.id"));
        v.bindTo(lines);
        lines.exec();
        while (lines.next())
            result[index.value(lines.id(0))].lines
                << FundingLine{lines.id(1), lines.text(2), lines.value(3).toLongLong()};
    }
    {
        Query paid(m_db, QStringLiteral("SELECT x.funding_id, x.id, x.paid_on, x.amount, "
                                        "coalesce(x.reference,'')") +
                             owned.arg(QStringLiteral("funding_disbursement")) +
                             QStringLiteral(" ORDER BY x.funding_id, x.paid_on, x.id"));
        v.bindTo(paid);
        paid.exec();
        while (paid.next())
            result[index.value(paid.id(0))].disbursements
                << Disbursement{paid.id(1), QDate::fromString(paid.text(2), Qt::ISODate),
                                paid.value(3).toLongLong(), paid.text(4)};
    }
    {
        Query over(m_db, QStringLiteral("SELECT x.funding_id, x.id, x.approved_by, "
                                        "x.approved_at, x.reason, x.covers") +
                             owned.arg(QStringLiteral("funding_override")) +
                             QStringLiteral(" ORDER BY x.funding_id, x.approved_at, x.id"));
        v.bindTo(over);
        over.exec();
        while (over.next())
            result[index.value(over.id(0))].overrides << DisbursementOverride{
                over.id(1), over.text(2), QDateTime::fromString(over.text(3), Qt::ISODate),
                over.text(4), over.value(5).toLongLong()};
    }
    return result;
}

std::optional<ChapterFunding> ChapterFundingRepository::find(FundingId id) const
{
    if (id <= 0)
        return std::nullopt;
    const auto found = select({}, {}, id, 0, 0);
    return found.isEmpty() ? std::nullopt : std::optional<ChapterFunding>(found.first());
}

std::optional<ChapterFunding> ChapterFundingRepository::findFor(ChapterId chapter,
                                                                FiscalYear year) const
{
    if (chapter <= 0 || year.isNull())
        return std::nullopt;
    const auto found = select({}, {}, 0, chapter, year.year());
    return found.isEmpty() ? std::nullopt : std::optional<ChapterFunding>(found.first());
}

QList<ChapterFunding> ChapterFundingRepository::list(const FundingFilter& filter) const
{
    return select(QStringLiteral(" ORDER BY f.fiscal_year DESC, c.name, f.id"), filter, 0, 0, 0);
}

QList<int> ChapterFundingRepository::fiscalYears() const
{
    Query q(m_db, QStringLiteral("SELECT DISTINCT fiscal_year FROM chapter_funding ORDER BY "
                                 "fiscal_year DESC"));
    q.exec();
    QList<int> years;
    while (q.next())
        years << q.value(0).toInt();
    return years;
}

QList<ChapterFunding>
ChapterFundingRepository::reportsOutstanding(const QDate& today, const FundingFilter& filter) const
{
    QList<ChapterFunding> result;
    for (const ChapterFunding& f : list(filter)) {
        const auto state = JetaaRules::reportState(f, today);
        if (state == JetaaRules::ReportState::Due || state == JetaaRules::ReportState::Overdue)
            result << f;
    }
    std::stable_sort(result.begin(), result.end(),
                     [&](const ChapterFunding& a, const ChapterFunding& b) {
                         const bool ao = JetaaRules::isReportOverdue(a, today);
                         const bool bo = JetaaRules::isReportOverdue(b, today);
                         if (ao != bo)
                             return ao;
                         return a.reportDue < b.reportDue;
                     });
    return result;
}

ChapterFunding ChapterFundingRepository::prepared(const ChapterFunding& funding) const
{
    ChapterFunding f = funding;
    // Saved overrides are kept as saved; only new ones are taken from the caller.
    QList<DisbursementOverride> overrides;
    if (f.id > 0)
        if (const auto stored = find(f.id))
            overrides = stored->overrides;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (DisbursementOverride o : funding.overrides) {
        if (o.id > 0)
            continue;
        if (!o.approvedAt.isValid())
            o.approvedAt = now;
        overrides << o;
    }
    f.overrides = overrides;
    return f;
}

void ChapterFundingRepository::check(const ChapterFunding& f) const
{
    FieldErrors errors = f.validate();
    if (f.chapterId > 0) {
        Query chapter(m_db, QStringLiteral("SELECT name FROM jetaa_chapter WHERE id = :id"));
        const QVariant name = chapter.bind(QStringLiteral(":id"), f.chapterId).exec().scalar();
        if (!name.isValid()) {
            errors.append({QStringLiteral("chapterId"), tr("The chapter no longer exists.")});
        } else if (!f.fiscalYear.isNull()) {
            Query dup(m_db, QStringLiteral("SELECT count(*) FROM chapter_funding WHERE "
                                           "chapter_id = :chapter AND fiscal_year = :year AND "
                                           "id <> :id"));
            dup.bind(QStringLiteral(":chapter"), f.chapterId)
                .bind(QStringLiteral(":year"), f.fiscalYear.year())
                .bind(QStringLiteral(":id"), f.id);
            if (dup.exec().scalar().toInt() > 0)
                errors.append({QStringLiteral("fiscalYear"),
                               tr("%1 already has a funding record for FY%2; open that one "
                                  "instead.")
                                   .arg(name.toString())
                                   .arg(f.fiscalYear.year())});
        }
    }
    if (!errors.isEmpty())
        throw StorageError(errors);
}

void ChapterFundingRepository::writeChildren(FundingId id, const ChapterFunding& f)
{
    recordwrite::replaceOwned(
        m_db, QStringLiteral("funding_line"), QStringLiteral("funding_id"), id,
        {QStringLiteral("position"), QStringLiteral("purpose"), QStringLiteral("amount")}, f.lines,
        [](const FundingLine& l, int position) {
            return QVariantList{position, l.purpose.trimmed(), l.amount};
        });
    recordwrite::replaceOwned(
        m_db, QStringLiteral("funding_disbursement"), QStringLiteral("funding_id"), id,
        {QStringLiteral("paid_on"), QStringLiteral("amount"), QStringLiteral("reference")},
        f.disbursements, [](const Disbursement& d, int) {
            return QVariantList{nullIfInvalid(d.date), d.amount, nullIfEmpty(d.reference)};
        });

    // Overrides are only ever added.
    Query over(m_db, QStringLiteral("INSERT INTO funding_override (funding_id, approved_by, "
                                    "approved_at, reason, covers) VALUES (:funding, :by, :at, "
                                    ":reason, :covers)"));
    for (const DisbursementOverride& o : f.overrides) {
        if (o.id > 0)
            continue;
        over.bind(QStringLiteral(":funding"), id)
            .bind(QStringLiteral(":by"), o.approvedBy.trimmed())
            .bind(QStringLiteral(":at"), o.approvedAt.toUTC().toString(Qt::ISODateWithMs))
            .bind(QStringLiteral(":reason"), o.reason.trimmed())
            .bind(QStringLiteral(":covers"), o.covers)
            .exec();
    }
}

SaveSteps<ChapterFunding> ChapterFundingRepository::saveSteps()
{
    return {[this](const ChapterFunding& f) { check(prepared(f)); },
            [this](qint64 id, const ChapterFunding& f) { writeChildren(id, prepared(f)); }};
}

ChapterFunding ChapterFundingRepository::add(const ChapterFunding& funding)
{
    ChapterFunding f = funding;
    f.id = 0;
    return *find(columns().add(m_db, f, saveSteps()));
}

template class KindRepository<ChapterFundingRepository, ChapterFunding>;

} // namespace jlgc
