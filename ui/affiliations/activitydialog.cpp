#include "affiliations/activitydialog.h"

#include "common/datefield.h"
#include "common/dialoglayout.h"
#include "common/fieldform.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>

namespace jlgc {

ActivityDialog::ActivityDialog(const AffiliationActivity& activity, QWidget* parent)
    : QDialog(parent), m_activity(activity), m_date(new DateField), m_kind(new QComboBox),
      m_description(shortTextEdit(100)), m_error(new QLabel)
{
    setWindowTitle(activity.id > 0 || !activity.description.isEmpty() ? tr("Edit activity")
                                                                      : tr("Add activity"));
    m_date->setValue(activity.date.isValid() ? activity.date : QDate::currentDate());
    for (ActivityKind k : AffiliationLabels::activityKinds())
        m_kind->addItem(AffiliationLabels::label(k), AffiliationLabels::code(k));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(AffiliationLabels::code(activity.kind))));
    m_description->setPlainText(activity.description);
    layOutDialog(this, m_error,
                 {{tr("Date"), m_date}, {tr("Kind"), m_kind}, {tr("What happened"), m_description}},
                 480);
}

AffiliationActivity ActivityDialog::activity() const
{
    AffiliationActivity a = m_activity;
    a.date = m_date->value();
    a.kind = AffiliationLabels::activityKindFromCode(m_kind->currentData().toString());
    a.description = m_description->toPlainText().trimmed();
    return a;
}

void ActivityDialog::accept()
{
    const AffiliationActivity a = activity();
    acceptUnless(this, m_error,
                 !a.date.isValid() || a.description.isEmpty()
                     ? tr("Give the date and say what happened.")
                     : QString());
}

} // namespace jlgc
