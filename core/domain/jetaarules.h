#pragma once

#include "domain/chapterfunding.h"
#include "domain/fielderror.h"
#include "domain/jetaachapter.h"
#include "domain/sisteraffiliation.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

namespace jlgc {

// The rules of chapters, CLAIR funding and affiliations, as pure functions:
// forms call them while the user types, and the repositories call the same
// functions before writing, so that the two can never disagree. (The fiscal
// year boundary itself is FiscalYear::containing.)
class JetaaRules {
    Q_DECLARE_TR_FUNCTIONS(JetaaRules)
public:
    // --- Funding ----------------------------------------------------------
    // More has been paid than approved (nothing approved counts as zero).
    static bool exceedsApproval(const ChapterFunding& funding);
    // A recorded override allows the whole disbursed total.
    static bool overrideCovers(const ChapterFunding& funding);
    // Disbursed never exceeds approved without an override that names who
    // allowed it, when and why; and every override is complete.
    static FieldErrors checkDisbursements(const ChapterFunding& funding);
    // The override a form records when the user confirms paying more than
    // approved: it allows exactly the disbursed total, no more.
    static DisbursementOverride overrideFor(const ChapterFunding& funding,
                                            const QString& approvedBy, const QString& reason,
                                            const QDateTime& at);

    enum class ReportState {
        None,     // no report asked for (no due date), or the funding is closed
        Due,      // asked for, not received, the due date not yet passed
        Overdue,  // the due date has passed and it has not been received
        Received, // received
    };
    // `today` is given, never read from the clock, so that a screen, a
    // report and a test agree on what "overdue" meant on a given day. A
    // report due on March 31 is due that day and overdue from April 1. A
    // closed funding owes nothing any more.
    static ReportState reportState(const ChapterFunding& funding, const QDate& today);
    static bool isReportOverdue(const ChapterFunding& funding, const QDate& today)
    {
        return reportState(funding, today) == ReportState::Overdue;
    }
    static QString label(ReportState state);

    // --- Chapters ---------------------------------------------------------
    // Whether making `parent` the parent of `chapter` would make the chapter
    // its own ancestor. parentOf maps each chapter to its parent (0: none);
    // a chain that already loops is treated as a cycle.
    static bool wouldCreateCycle(ChapterId chapter, ChapterId parent,
                                 const QHash<ChapterId, ChapterId>& parentOf);
    static FieldErrors checkParent(const JetaaChapter& chapter,
                                   const QHash<ChapterId, ChapterId>& parentOf);

    // --- Affiliations -----------------------------------------------------
    // The pair of jurisdictions as compared for duplicates: the Japanese code,
    // and the North American kind, name (through placeNameKey, so that
    // "St. Paul", "ST PAUL" and "Saint Paul" are one) and state or province.
    static QString pairKey(const SisterAffiliation& affiliation);
    // An active affiliation in `existing` (other than the candidate itself)
    // for the same pair, when the candidate is active too.
    static std::optional<SisterAffiliation>
    activeDuplicate(const SisterAffiliation& candidate, const QList<SisterAffiliation>& existing);
    static FieldErrors checkDuplicatePair(const SisterAffiliation& candidate,
                                          const QList<SisterAffiliation>& existing,
                                          Language language);
    // The Japanese side must be a prefecture or municipality of the
    // reference data; existsInReference answers for a code.
    static FieldErrors
    checkJapaneseSide(const SisterAffiliation& affiliation,
                      const std::function<bool(const QString&)>& existsInReference);
};

} // namespace jlgc
