#include "people/affiliationdialog.h"

#include "common/datefield.h"
#include "common/dialoglayout.h"
#include "common/searchpicker.h"

#include <QLabel>
#include <QLineEdit>

namespace jlgc {

AffiliationDialog::AffiliationDialog(DatabaseGetter db, const Affiliation& affiliation,
                                     QWidget* parent)
    : QDialog(parent), m_affiliation(affiliation), m_organization(new SearchPicker),
      m_role(new QLineEdit), m_start(new DateField), m_end(new DateField), m_error(new QLabel)
{
    setWindowTitle(affiliation.organizationId > 0 ? tr("Edit affiliation") : tr("Add affiliation"));
    m_organization->setProvider(pickers::organizations(db));
    m_organization->setPlaceholderText(tr("Type a name or abbreviation…"));
    if (affiliation.organizationId > 0)
        m_organization->setCurrent(affiliation.organizationId, affiliation.organizationName);
    m_role->setText(affiliation.role);
    m_role->setPlaceholderText(tr("e.g. Director of International Affairs"));
    m_start->setValue(affiliation.start);
    m_end->setValue(affiliation.end);

    layOutDialog(this, m_error,
                 {{tr("Organization"), m_organization},
                  {tr("Role"), m_role},
                  {tr("From"), m_start},
                  {tr("Until"), m_end}},
                 480);
}

Affiliation AffiliationDialog::affiliation() const
{
    Affiliation a = m_affiliation;
    a.organizationId = m_organization->currentKey().toLongLong();
    a.organizationName = m_organization->currentLabel();
    a.role = m_role->text().trimmed();
    a.start = m_start->value();
    a.end = m_end->value();
    return a;
}

void AffiliationDialog::accept()
{
    const Affiliation a = affiliation();
    QString problem;
    if (a.organizationId <= 0)
        problem = tr("Choose the organization from the list.");
    else if (a.start.isValid() && a.end.isValid() && a.end < a.start)
        problem = tr("The end date is before the start date.");
    acceptUnless(this, m_error, problem);
}

} // namespace jlgc
