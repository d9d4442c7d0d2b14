#include "fellowship/fellowwithdrawal.h"

#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"
#include "storage/fellowrepository.h"

#include <QMessageBox>
#include <QPushButton>

namespace jlgc {

std::optional<PlacementAction> FellowWithdrawal::ask(QWidget* parent, const Fellow& fellow,
                                                     const QList<HomestayPlacement>& placements,
                                                     const QDate& asOf)
{
    const Language lang = uiLanguage();
    const QString name = fellow.display(lang);
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Withdraw fellow"));
    box.setText(tr("Withdraw %1 from the %2 cohort?").arg(name).arg(fellow.cohortYear));
    if (placements.isEmpty()) {
        box.setInformativeText(
            asOf == QDate::currentDate()
                ? tr("The status becomes Withdrawn as of today. The record and its history are "
                     "kept.")
                : tr("The status becomes Withdrawn as of %1. The record and its history are kept.")
                      .arg(FellowshipFormat::date(asOf)));
        box.setStandardButtons(QMessageBox::Yes | QMessageBox::Cancel);
        box.button(QMessageBox::Yes)->setText(tr("Withdraw"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return std::nullopt;
        return PlacementAction::Keep;
    }
    QStringList stays;
    for (const HomestayPlacement& p : placements)
        stays << tr("%1, nights of %2")
                     .arg(p.familyDisplay(lang),
                          FellowshipFormat::dateRange(p.firstNight, p.lastNight));
    box.setInformativeText(
        tr("%1 has homestays:\n%2\n\nKeep them (the family stays booked until you change "
           "it), or remove them and free the family's nights?")
            .arg(name, QStringLiteral("• ") + stays.join(QStringLiteral("\n• "))));
    box.setStandardButtons(QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Keep homestays"));
    box.button(QMessageBox::No)->setText(tr("Remove homestays"));
    box.setDefaultButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Yes:
        return PlacementAction::Keep;
    case QMessageBox::No:
        return PlacementAction::Remove;
    default:
        return std::nullopt;
    }
}

bool FellowWithdrawal::run(QWidget* parent, Database& db, const Fellow& fellow)
{
    FellowRepository repo(db);
    const auto action = ask(parent, fellow, repo.placementsAffectedByWithdrawal(fellow.id));
    if (!action)
        return false;
    repo.withdraw(fellow.id, *action);
    return true;
}

} // namespace jlgc
