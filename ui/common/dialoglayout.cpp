#include "common/dialoglayout.h"

#include "common/alertcolor.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jlgc {

void alignFormLabels(QFormLayout* form)
{
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void acceptUnless(QDialog* dialog, QLabel* error, const QString& problem)
{
    if (problem.isEmpty()) {
        dialog->QDialog::accept();
        return;
    }
    error->setText(problem);
    error->show();
}

QFormLayout* layOutDialog(QDialog* dialog, QLabel* error)
{
    auto* form = new QFormLayout;
    alignFormLabels(form);
    showAsAlert(error);
    error->setWordWrap(true);
    error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    return form;
}

} // namespace jlgc
