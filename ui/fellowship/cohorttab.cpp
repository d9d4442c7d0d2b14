#include "fellowship/cohorttab.h"

#include "storage/storageerror.h"

#include <QDialog>
#include <QEvent>
#include <QMessageBox>

namespace jlgc {

void CohortTab::setCohort(Database* db, const Cohort& cohort)
{
    m_db = db;
    m_cohort = cohort;
    refresh();
}

void CohortTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CohortTab::runDialog(QDialog& dialog, const std::function<void()>& thenSelect)
{
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    if (thenSelect)
        thenSelect();
    emit changed();
}

void CohortTab::removeAfterAsking(const QString& title, const QString& question,
                                  const std::function<void()>& remove)
{
    if (QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        remove();
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Not removed"), e.message());
        return;
    }
    refresh();
    emit changed();
}

} // namespace jlgc
