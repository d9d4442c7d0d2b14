#include "storage/chapterfundingrepository.h"

#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"

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

    QList<ChapterFunding> result = columns().list(m_db, v, order);
    if (result.isEmpty())
        return result;

    // The rows of `table` the records own: the record's id, the row's and
    // `selected`, in the order of `orderBy` within a record, read by `read`.
    const QString from = QStringLiteral(" FROM %1 x JOIN chapter_funding f ON f.id = "
                                        "x.funding_id JOIN jetaa_chapter c ON c.id = "
                                        "f.chapter_id") +
                         v.where();
    const auto owned = [&](const char* selected, const char* table, const char* orderBy,
                           auto read) {
        Query q(m_db, QStringLiteral("SELECT x.funding_id, x.id, ") + QLatin1String(selected) +
                          from.arg(QLatin1String(table)) +
                          QStringLiteral(" ORDER BY x.funding_id, ") + QLatin1String(orderBy));
        v.bindTo(q);
        return childRowsByParent(q, read);
    };
    const auto allLines =
        owned("x.purpose, x.amount", "funding_line", "x.position, x.id", [](const Query& row) {
            return FundingLine{row.id(1), row.text(2), row.value(3).toLongLong()};
        });
    const auto disbursements =
        owned("x.paid_on, x.amount, coalesce(x.reference,'')", "funding_disbursement",
              "x.paid_on, x.id", [](const Query& row) {
                  return Disbursement{row.id(1), QDate::fromString(row.text(2), Qt::ISODate),
                                      row.value(3).toLongLong(), row.text(4)};
              });
    const auto overrides =
        owned("x.approved_by, x.approved_at, x.reason, x.covers", "funding_override",
              "x.approved_at, x.id", [](const Query& row) {
                  return DisbursementOverride{row.id(1), row.text(2),
                                              QDateTime::fromString(row.text(3), Qt::ISODate),
                                              row.text(4), row.value(5).toLongLong()};
              });
    setById(result, &ChapterFunding::lines, allLines);
    setById(result, &ChapterFunding::disbursements, disbursements);
    setById(result, &ChapterFunding::overrides, overrides);
    return result;
}

std::optional<ChapterFunding> ChapterFundingRepository::find(FundingId id) const
{
    if (id <= 0)
        return std::nullopt;
    return firstOf(select({}, {}, id, 0, 0));
}

std::optional<ChapterFunding> ChapterFundingRepository::findFor(ChapterId chapter,
                                                                FiscalYear year) const
{
    if (chapter <= 0 || year.isNull())
        return std::nullopt;
    return firstOf(select({}, {}, 0, chapter, year.year()));
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

FundingId ChapterFundingRepository::insert(const ChapterFunding& funding)
{
    ChapterFunding f = funding;
    f.id = 0;
    return columns().add(m_db, f, saveSteps());
}

template class KindRepository<ChapterFundingRepository, ChapterFunding>;

} // namespace jlgc
