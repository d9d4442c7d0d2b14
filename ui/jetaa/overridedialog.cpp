#include "jetaa/overridedialog.h"

#include "common/alertcolor.h"
#include "common/uilanguage.h"
#include "domain/jetaarules.h"
#include "domain/money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jlgc {

OverrideDialog::OverrideDialog(const ChapterFunding& funding, QWidget* parent)
    : QDialog(parent), m_funding(funding), m_by(new QLineEdit), m_reason(new QPlainTextEdit),
      m_error(new QLabel)
{
    setWindowTitle(tr("Pay more than approved?"));
    const QString currency = funding.effectiveApprovedCurrency();
    auto* explanation = new QLabel(
        tr("The disbursements to %1 for %2 come to %3, more than the %4 approved. To save them, "
           "record who allowed paying more and why; the record is kept with the funding.")
            .arg(funding.chapterName.isEmpty() ? tr("this chapter") : funding.chapterName,
                 funding.fiscalYear.label(uiLanguage()),
                 Money::format(funding.disbursed(), currency),
                 Money::format(funding.approved.value_or(0), currency)));
    explanation->setWordWrap(true);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    showAsAlert(m_error);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Allowed by"), m_by);
    form->addRow(tr("Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

DisbursementOverride OverrideDialog::result() const
{
    return JetaaRules::overrideFor(m_funding, m_by->text(), m_reason->toPlainText(),
                                   QDateTime::currentDateTimeUtc());
}

void OverrideDialog::accept()
{
    if (m_by->text().trimmed().isEmpty() || m_reason->toPlainText().trimmed().isEmpty()) {
        m_error->setText(tr("Say who allowed it and why."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace jlgc
