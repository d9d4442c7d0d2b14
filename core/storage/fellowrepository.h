#pragma once

#include "domain/fellow.h"
#include "domain/homestayplacement.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <optional>

namespace jlgc {

struct FellowFilter {
    CohortId cohortId = 0;      // 0: every year
    PersonId personId = 0;      // 0: everyone
    QString subdivisionCode;    // home state or province; empty: all
    QString hostPrefectureCode; // the cohort's host prefecture; empty: all
    std::optional<FellowStatus> status;
    int fromYear = 0; // cohort years, inclusive; 0: no bound
    int toYear = 0;
};

class FellowRepository : public KindRepository<FellowRepository, Fellow> {
    Q_DECLARE_TR_FUNCTIONS(FellowRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<Fellow>& columns();

    // With the status history.
    std::optional<Fellow> find(FellowId id) const;
    // Newest cohort first, then by name; without the status history (statusDate is filled).
    QList<Fellow> list(const FellowFilter& filter = {}) const;
    // A person's fellowships, oldest first: the fellowship history on a person's page.
    QList<Fellow> historyOfPerson(PersonId personId) const;

    // Validates, inserts and starts the status history with the status and
    // its date (today when not given). Fills the state or province from the
    // home organization when it is left empty (add() too).
    FellowId insert(const Fellow& fellow);
    // Validates and saves; a new status (or a corrected date of the current
    // one) goes into the history. Withdrawing a fellow who has homestays is
    // refused here: use withdraw(), which says what happens to them.
    Fellow update(const Fellow& fellow);
    // remove() is refused (Referenced) while homestays name the fellow.

    // The homestays to ask about before withdrawing (empty: nothing to ask).
    QList<HomestayPlacement> placementsAffectedByWithdrawal(FellowId id) const;
    // Sets the status to withdrawn (dated `date`, today when invalid) and
    // keeps or removes the fellow's homestays. Returns the homestays concerned.
    QList<HomestayPlacement> withdraw(FellowId id, PlacementAction action, const QDate& date = {},
                                      const QString& note = {});

private:
    QList<FellowStatusChange> history(FellowId id) const;
    void appendStatus(FellowId id, FellowStatus status, const QDate& date, const QString& note);
    void writeStatusChange(const Fellow& before, const Fellow& after, const QString& note);
    QString subdivisionOfOrganization(OrganizationId id) const;
    void checkPersonFree(const Fellow& fellow) const;
};

extern template class KindRepository<FellowRepository, Fellow>;

} // namespace jlgc
