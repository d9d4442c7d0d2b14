#include "fellowship/fellowshipdialog.h"

#include "common/alertcolor.h"
#include "common/fieldform.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jlgc {

FellowshipDialog::FellowshipDialog(QWidget* parent)
    : QDialog(parent), m_message(new QLabel), m_note(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    showAsAlert(m_message);
    m_message->hide();
    m_note->setObjectName(QStringLiteral("dialogNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px;"));
    m_note->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPlainTextEdit* FellowshipDialog::notesEdit(int height)
{
    auto* e = new QPlainTextEdit;
    e->setTabChangesFocus(true);
    e->setFixedHeight(height);
    return e;
}

void FellowshipDialog::setForms(const QList<FieldForm*>& forms)
{
    m_forms = forms;
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    for (FieldForm* f : forms)
        row->addWidget(f, 1, Qt::AlignTop);
    layout->addLayout(row);
    layout->addStretch(1);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

FieldForm* FellowshipDialog::formOf(const QString& field) const
{
    for (FieldForm* f : m_forms)
        if (f->field(field))
            return f;
    return nullptr;
}

QString FellowshipDialog::errorText(const QString& field) const
{
    const FieldForm* f = formOf(field);
    return f ? f->errorText(field) : QString();
}

QString FellowshipDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void FellowshipDialog::clearErrors()
{
    for (FieldForm* f : std::as_const(m_forms))
        f->clearErrors();
    m_message->clear();
    m_message->hide();
}

void FellowshipDialog::showFieldErrors(const FieldErrors& errors)
{
    clearErrors();
    QHash<FieldForm*, FieldErrors> byForm;
    QStringList rest;
    for (const auto& e : errors) {
        if (FieldForm* f = formOf(e.field))
            byForm[f].append(e);
        else
            rest << e.message;
    }
    // Last form first: the first form's wrong field ends up with the focus.
    for (auto it = m_forms.crbegin(); it != m_forms.crend(); ++it)
        if (byForm.contains(*it))
            rest += (*it)->showErrors(byForm.value(*it));
    if (!rest.isEmpty()) {
        m_message->setText(rest.join(QLatin1Char('\n')));
        m_message->show();
    }
}

void FellowshipDialog::showError(const StorageError& error)
{
    if (error.kind() == StorageError::Kind::Validation) {
        showFieldErrors(error.fieldErrors());
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Not saved"), error.message(), QMessageBox::Ok, this);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

void FellowshipDialog::saveAndClose(const std::function<void()>& save)
{
    try {
        save();
    } catch (const StorageError& e) {
        showError(e);
        return;
    }
    QDialog::accept();
}

void FellowshipDialog::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

} // namespace jlgc
