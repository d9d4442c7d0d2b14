#pragma once

#include "domain/chapterfunding.h"
#include "domain/jetaarules.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

struct FundingFilter {
    FiscalYear fiscalYear; // null: every year
    ChapterId chapterId = 0;
    QString country; // of the chapter: US or CA; empty: both
    std::optional<FundingStatus> status;
};

class ChapterFundingRepository : public KindRepository<ChapterFundingRepository, ChapterFunding> {
    Q_DECLARE_TR_FUNCTIONS(ChapterFundingRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<ChapterFunding>& columns();

    std::optional<ChapterFunding> find(FundingId id) const;
    std::optional<ChapterFunding> findFor(ChapterId chapter, FiscalYear year) const;
    // Newest fiscal year first, then by chapter name.
    QList<ChapterFunding> list(const FundingFilter& filter = {}) const;
    // The fiscal years that have a funding record, newest first.
    QList<int> fiscalYears() const;
    // Fundings whose report is due or overdue on `today` (JetaaRules::reportState),
    // the overdue first, then by due date.
    QList<ChapterFunding> reportsOutstanding(const QDate& today,
                                             const FundingFilter& filter = {}) const;

    // Validates (one record per chapter and fiscal year; disbursed never above
    // approved without an override) and inserts. A new override without a
    // time is stamped with the time it is saved (add() too).
    FundingId insert(const ChapterFunding& funding);
    // update() checks as add() does; overrides already saved are kept
    // whatever the record holds, so that the record of who allowed an
    // overpayment cannot be lost.

private:
    friend KindRepository;
    ChapterFunding prepared(const ChapterFunding& funding) const;
    void check(const ChapterFunding& funding) const;
    void writeChildren(FundingId id, const ChapterFunding& funding);
    SaveSteps<ChapterFunding> saveSteps();
    QList<ChapterFunding> select(const QString& order, const FundingFilter& filter, FundingId id,
                                 ChapterId chapter, int year) const;
};

extern template class KindRepository<ChapterFundingRepository, ChapterFunding>;

} // namespace jlgc
