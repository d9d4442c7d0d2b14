#include "common/dialoglayout.h"

#include "common/alertcolor.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {

// OK and Cancel exist before the dialog's fields are added to the form, and
// Qt chains a widget into the tab order when it joins the dialog: the
// fields come after the buttons, so Qt would give OK the focus when the
// dialog opens. When it is shown with nothing focused, the first field
// takes the focus; Tab then goes through the fields, then OK and Cancel.
class FirstFieldFocused : public QObject {
public:
    FirstFieldFocused(QDialog* dialog, QDialogButtonBox* buttons)
        : QObject(dialog), m_buttons(buttons)
    {
        dialog->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            focusFirstField(static_cast<QWidget*>(watched));
        return false;
    }

private:
    void focusFirstField(QWidget* dialog) const
    {
        if (dialog->focusWidget())
            return; // shown again: the focus stays where the user left it
        for (QWidget* w = dialog->nextInFocusChain(); w && w != dialog; w = w->nextInFocusChain())
            if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(dialog) &&
                !m_buttons->isAncestorOf(w)) {
                w->setFocus(Qt::TabFocusReason);
                return;
            }
    }

    QDialogButtonBox* m_buttons;
};

} // namespace

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
    new FirstFieldFocused(dialog, buttons);
    return form;
}

QFormLayout* layOutDialog(QDialog* dialog, QLabel* error, const QList<DialogRow>& rows, int width)
{
    QFormLayout* form = layOutDialog(dialog, error);
    for (const DialogRow& row : rows)
        form->addRow(row.label, row.field);
    dialog->resize(width, dialog->sizeHint().height());
    return form;
}

void readOnlyTable(QTableWidget* table, const QStringList& headings)
{
    table->setColumnCount(int(headings.size()));
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace jlgc
