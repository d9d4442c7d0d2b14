#include "delegations/memberdialog.h"

#include "common/dialoglayout.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace jlgc {

MemberDialog::MemberDialog(DatabaseGetter db, const DelegationMember& member, QWidget* parent)
    : QDialog(parent), m_member(member)
{
    build(db, false);
    setWindowTitle(member.person.id > 0 ? tr("Edit member") : tr("Add member"));
    if (member.person.id > 0)
        m_person->setCurrent(member.person.id, member.person.display(uiLanguage()));
    m_role->setCurrentIndex(m_role->findData(DelegationRoles::code(member.role)));
    m_titleJa->setText(member.titleJa);
    m_titleEn->setText(member.titleEn);
}

MemberDialog::MemberDialog(DatabaseGetter db, const DelegationInterpreter& interpreter,
                           QWidget* parent)
    : QDialog(parent), m_interpreter(interpreter), m_isInterpreter(true)
{
    build(db, true);
    setWindowTitle(interpreter.person.id > 0 ? tr("Edit interpreter") : tr("Add interpreter"));
    if (interpreter.person.id > 0)
        m_person->setCurrent(interpreter.person.id, interpreter.person.display(uiLanguage()));
    m_note->setText(interpreter.note);
}

void MemberDialog::build(DatabaseGetter db, bool interpreter)
{
    m_person = new SearchPicker;
    m_person->setProvider(pickers::people(db));
    m_person->setPlaceholderText(tr("Type a name in any script…"));
    m_error = new QLabel;
    QFormLayout* form = layOutDialog(this, m_error);
    form->addRow(tr("Person"), m_person);
    if (interpreter) {
        m_note = new QLineEdit;
        m_note->setPlaceholderText(tr("e.g. consecutive, Japanese–English, agency"));
        form->addRow(tr("Note"), m_note);
    } else {
        m_role = new QComboBox;
        for (DelegationRole r : DelegationRoles::all())
            m_role->addItem(DelegationRoles::label(r), DelegationRoles::code(r));
        m_titleJa = new QLineEdit;
        m_titleJa->setPlaceholderText(tr("e.g. 兵庫県副知事"));
        m_titleEn = new QLineEdit;
        m_titleEn->setPlaceholderText(tr("e.g. Vice-Governor of Hyogo Prefecture"));
        form->addRow(tr("Role"), m_role);
        form->addRow(tr("Title (Japanese)"), m_titleJa);
        form->addRow(tr("Title (English)"), m_titleEn);
    }
    resize(480, sizeHint().height());
}

PersonRef MemberDialog::chosen() const
{
    PersonRef p{m_person->currentKey().toLongLong(), {}};
    p.name.family = m_person->currentLabel(); // shown until the delegation is saved
    return p;
}

DelegationMember MemberDialog::member() const
{
    DelegationMember m = m_member;
    if (m_person->currentKey().toLongLong() != m.person.id)
        m.person = chosen();
    if (m_role) {
        m.role = DelegationRoles::fromCode(m_role->currentData().toString());
        m.titleJa = m_titleJa->text().trimmed();
        m.titleEn = m_titleEn->text().trimmed();
    }
    return m;
}

DelegationInterpreter MemberDialog::interpreter() const
{
    DelegationInterpreter i = m_interpreter;
    if (m_person->currentKey().toLongLong() != i.person.id)
        i.person = chosen();
    if (m_note)
        i.note = m_note->text().trimmed();
    return i;
}

void MemberDialog::accept()
{
    acceptUnless(this, m_error,
                 !m_person->hasCurrent() ? tr("Choose the person from the list.") : QString());
}

} // namespace jlgc
