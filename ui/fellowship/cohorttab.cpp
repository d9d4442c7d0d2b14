#include "fellowship/cohorttab.h"

#include "storage/storageerror.h"

#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

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

void CohortTab::enableButtons(QPushButton* add, QPushButton* edit, QPushButton* remove,
                              bool rowChosen) const
{
    const bool cohort = m_db && m_cohort.id > 0;
    add->setEnabled(cohort && m_cohort.hasProgrammeDates());
    edit->setEnabled(cohort && rowChosen);
    remove->setEnabled(cohort && rowChosen);
}

QHBoxLayout* CohortTab::buttonRow(const QList<QPushButton*>& buttons)
{
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    return row;
}

void CohortTab::layOut(QWidget* summary, QWidget* list, const QList<QPushButton*>& buttons)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->insertLayout(layout->indexOf(list), buttonRow(buttons));
}

} // namespace jlgc
