#include "events/participantdialog.h"

#include "common/dialoglayout.h"

#include <QFormLayout>
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
    QFormLayout* form = layOutDialog(this, m_error);
    form->addRow(what, m_picker);
    form->addRow(tr("Role"), m_role);
    resize(460, sizeHint().height());
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
