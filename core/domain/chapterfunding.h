#pragma once

#include "domain/enumtable.h"
#include "domain/fielderror.h"
#include "domain/fiscalyear.h"
#include "domain/jetaachapter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace jlgc {

using FundingId = qint64;

enum class FundingStatus { Applied, Approved, Disbursed, Reported, Closed };

// Its values, codes and labels (enumtable.h).
const EnumTable<FundingStatus>& enumTable(FundingStatus);

struct FundingStatuses : EnumLabels<FundingStatus> {
    Q_DECLARE_TR_FUNCTIONS(FundingStatuses)
public:
};

// One purpose of an application and the amount asked for it, in the
// application's currency.
struct FundingLine {
    qint64 id = 0;
    QString purpose;
    qint64 amount = 0; // minor units (cents)
    bool operator==(const FundingLine&) const = default;
};

// A payment to the chapter, in the currency of the approval.
struct Disbursement {
    qint64 id = 0;
    QDate date;
    qint64 amount = 0; // minor units (cents)
    QString reference; // transfer or cheque number
    bool operator==(const Disbursement&) const = default;
};

// The explicit, recorded decision that a chapter may be paid more than was
// approved, up to `covers` in total. Overrides are only ever added: once
// saved, the repository keeps them whatever the caller sends back.
struct DisbursementOverride {
    qint64 id = 0;
    QString approvedBy; // who allowed it (name of the staff member)
    QDateTime approvedAt;
    QString reason;
    qint64 covers = 0; // the disbursed total it allows, minor units
    bool operator==(const DisbursementOverride&) const = default;
};

// CLAIR funding of one chapter for one Japanese fiscal year: the application,
// the approval, the payments and the report the chapter owes afterwards.
struct ChapterFunding {
    FundingId id = 0;
    ChapterId chapterId = 0;
    QString chapterName;    // filled in when read
    QString chapterCountry; // filled in when read: US or CA
    FiscalYear fiscalYear;
    QDate applicationDate;
    QString currency = QStringLiteral("USD"); // of the application
    QList<FundingLine> lines;
    std::optional<qint64> approved;  // minor units; none until decided
    QString approvedCurrency;        // empty: the application's currency
    std::optional<qint64> budgetJpy; // the JPY figure in CLAIR's budget
    QList<Disbursement> disbursements;
    QDate reportDue;
    QDate reportReceived;
    FundingStatus status = FundingStatus::Applied;
    QList<DisbursementOverride> overrides;
    QString notes;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    qint64 requested() const;
    qint64 disbursed() const;
    QString effectiveApprovedCurrency() const
    {
        return approvedCurrency.isEmpty() ? currency : approvedCurrency;
    }
    // Every check that needs no database, the rules of JetaaRules included.
    FieldErrors validate() const;

    bool operator==(const ChapterFunding&) const = default;
};

} // namespace jlgc
