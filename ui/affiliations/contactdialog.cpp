#include "affiliations/contactdialog.h"

#include "common/dialoglayout.h"
#include "common/searchpicker.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace jlgc {

ContactDialog::ContactDialog(DatabaseGetter db, const AffiliationContact& contact, QWidget* parent)
    : QDialog(parent), m_contact(contact), m_person(new SearchPicker), m_side(new QComboBox),
      m_role(new QLineEdit), m_error(new QLabel)
{
    setWindowTitle(contact.personId > 0 ? tr("Edit contact") : tr("Add contact"));
    m_person->setProvider(pickers::people(db));
    m_person->setPlaceholderText(tr("Type a name in any script…"));
    if (contact.personId > 0)
        m_person->setCurrent(contact.personId, contact.personName);
    for (ContactSide s : {ContactSide::Japan, ContactSide::NorthAmerica})
        m_side->addItem(AffiliationLabels::label(s), AffiliationLabels::code(s));
    m_side->setCurrentIndex(contact.side == ContactSide::Japan ? 0 : 1);
    m_role->setText(contact.role);
    m_role->setPlaceholderText(tr("e.g. International Relations Division"));
    layOutDialog(this, m_error,
                 {{tr("Person"), m_person}, {tr("Side"), m_side}, {tr("Role"), m_role}}, 460);
}

AffiliationContact ContactDialog::contact() const
{
    AffiliationContact c = m_contact;
    c.personId = m_person->currentKey().toLongLong();
    c.personName = m_person->currentLabel();
    c.side = AffiliationLabels::sideFromCode(m_side->currentData().toString());
    c.role = m_role->text().trimmed();
    return c;
}

void ContactDialog::accept()
{
    acceptUnless(this, m_error,
                 contact().personId <= 0 ? tr("Choose the person from the list.") : QString());
}

} // namespace jlgc
