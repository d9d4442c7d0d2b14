#pragma once

#include "domain/homestayplacement.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

class QWidget;

namespace jlgc {

class Database;

// Withdrawing a fellow: a fellow with homestays is asked about first (keep
// the family booked, or free the nights), as the programme's rules require.
struct FellowWithdrawal {
    Q_DECLARE_TR_FUNCTIONS(FellowWithdrawal)
public:
    // Asks the user; nullopt when they cancel. Keep and Remove are the Yes
    // and No buttons of the question (relabelled), Cancel cancels. asOf is
    // the date the withdrawal will carry (named in the question).
    static std::optional<PlacementAction> ask(QWidget* parent, const Fellow& fellow,
                                              const QList<HomestayPlacement>& placements,
                                              const QDate& asOf = QDate::currentDate());
    // Asks, then withdraws (dated today). True when the fellow was withdrawn.
    // Throws StorageError.
    static bool run(QWidget* parent, Database& db, const Fellow& fellow);
};

} // namespace jlgc
