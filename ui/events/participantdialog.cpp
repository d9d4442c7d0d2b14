#include "events/participantdialog.h"

#include "common/dialoglayout.h"

#include <QLabel>
#include <QLineEdit>

namespace jlgc {

ParticipantDialog::ParticipantDialog(const QString& title, const QString& what,
                                     SearchPicker::Provider provider, QWidget* parent)
    : QDialog(parent), m_picker(new SearchPicker), m_role(new QLineEdit), m_error(new QLabel)
{
    setWindowTitle(title);
    m_picker->setProvider(std::move(provider));
    m_picker->setPlaceholderText(tr("Type any part of the name…"));
    m_role->setPlaceholderText(tr("e.g. co-host, booth staff, speaker"));
    layOutDialog(this, m_error, {{what, m_picker}, {tr("Role"), m_role}}, 460);
}

void ParticipantDialog::setChosen(qint64 id, const QString& label, const QString& role)
{
    m_picker->setCurrent(id, label);
    m_role->setText(role);
}

qint64 ParticipantDialog::chosenId() const
{
    return m_picker->currentKey().toLongLong();
}

QString ParticipantDialog::chosenLabel() const
{
    return m_picker->currentLabel();
}

QString ParticipantDialog::role() const
{
    return m_role->text().trimmed();
}

void ParticipantDialog::accept()
{
    acceptUnless(this, m_error, chosenId() <= 0 ? tr("Choose from the list.") : QString());
}

} // namespace jlgc
