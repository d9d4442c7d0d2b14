#include "domain/chapterfunding.h"

#include "domain/jetaarules.h"
#include "domain/money.h"
#include "domain/validation.h"

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ChapterFunding)
};
} // namespace

const EnumTable<FundingStatus>& enumTable(FundingStatus)
{
    static const EnumEntry<FundingStatus> entries[] = {
        {FundingStatus::Applied, "applied", QT_TRANSLATE_NOOP("FundingStatuses", "Applied")},
        {FundingStatus::Approved, "approved", QT_TRANSLATE_NOOP("FundingStatuses", "Approved")},
        {FundingStatus::Disbursed, "disbursed", QT_TRANSLATE_NOOP("FundingStatuses", "Disbursed")},
        {FundingStatus::Reported, "reported", QT_TRANSLATE_NOOP("FundingStatuses", "Reported")},
        {FundingStatus::Closed, "closed", QT_TRANSLATE_NOOP("FundingStatuses", "Closed")},
    };
    static const EnumTable<FundingStatus> table("FundingStatuses", FundingStatus::Applied, entries);
    return table;
}

qint64 ChapterFunding::requested() const
{
    qint64 sum = 0;
    for (const FundingLine& l : lines)
        sum += l.amount;
    return sum;
}

qint64 ChapterFunding::disbursed() const
{
    qint64 sum = 0;
    for (const Disbursement& d : disbursements)
        sum += d.amount;
    return sum;
}

FieldErrors ChapterFunding::validate() const
{
    FieldErrors errors;
    if (chapterId <= 0)
        errors.append({QStringLiteral("chapterId"), Messages::tr("Choose the chapter.")});
    if (fiscalYear.isNull() || fiscalYear.year() < 1987 || fiscalYear.year() > 2200)
        errors.append({QStringLiteral("fiscalYear"),
                       Messages::tr("Give the fiscal year the funding is for.")});
    if (!Money::isFundingCurrency(currency))
        errors.append({QStringLiteral("currency"),
                       Messages::tr("A chapter applies in US or Canadian dollars.")});
    if (!approvedCurrency.isEmpty() && !Money::isFundingCurrency(approvedCurrency))
        errors.append({QStringLiteral("approvedCurrency"),
                       Messages::tr("Funding is approved in US or Canadian dollars.")});
    for (const FundingLine& l : lines) {
        if (l.purpose.trimmed().isEmpty())
            errors.append({QStringLiteral("lines"),
                           Messages::tr("Each line of the application needs its purpose.")});
        if (l.amount < 0)
            errors.append(
                {QStringLiteral("lines"), Messages::tr("An amount asked for cannot be negative.")});
    }
    if (approved && *approved < 0)
        errors.append(
            {QStringLiteral("approved"), Messages::tr("The amount approved cannot be negative.")});
    if (budgetJpy && *budgetJpy < 0)
        errors.append(
            {QStringLiteral("budgetJpy"), Messages::tr("The budget in yen cannot be negative.")});
    for (const Disbursement& d : disbursements) {
        if (!d.date.isValid())
            errors.append({QStringLiteral("disbursements"),
                           Messages::tr("Each disbursement needs the date it was paid.")});
        if (d.amount <= 0)
            errors.append({QStringLiteral("disbursements"),
                           Messages::tr("Each disbursement needs an amount above zero.")});
    }
    validate::order(errors, QStringLiteral("reportReceived"), applicationDate, reportReceived,
                    Messages::tr("The report cannot arrive before the application was made."));

    // What a stage needs before the status may say it was reached. Closed
    // needs only a decision: an application turned down (approved 0) or
    // wound up without a report is closed too.
    const bool pastApproval = status != FundingStatus::Applied;
    const bool paidStage = status == FundingStatus::Disbursed || status == FundingStatus::Reported;
    if (pastApproval && !approved)
        errors.append({QStringLiteral("approved"),
                       Messages::tr("Enter the amount approved before marking the funding "
                                    "approved.")});
    if (paidStage && disbursements.isEmpty() && approved.value_or(0) > 0)
        errors.append({QStringLiteral("disbursements"),
                       Messages::tr("Record the disbursement before marking the funding "
                                    "disbursed.")});
    if (status == FundingStatus::Reported && !reportReceived.isValid())
        errors.append({QStringLiteral("reportReceived"),
                       Messages::tr("Enter the date the report was received before marking the "
                                    "funding reported.")});

    errors.append(JetaaRules::checkDisbursements(*this));
    return errors;
}

} // namespace jlgc
