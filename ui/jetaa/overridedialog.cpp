#include "jetaa/overridedialog.h"

#include "common/dialoglayout.h"
#include "common/fieldform.h"
#include "common/uilanguage.h"
#include "domain/jetaarules.h"
#include "domain/money.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jlgc {

OverrideDialog::OverrideDialog(const ChapterFunding& funding, QWidget* parent)
    : QDialog(parent), m_funding(funding), m_by(new QLineEdit), m_reason(shortTextEdit(90)),
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
    QFormLayout* form = layOutDialog(this, m_error);
    form->addRow(tr("Allowed by"), m_by);
    form->addRow(tr("Reason"), m_reason);
    qobject_cast<QVBoxLayout*>(layout())->insertWidget(0, explanation); // above the form
    resize(520, sizeHint().height());
}

DisbursementOverride OverrideDialog::result() const
{
    return JetaaRules::overrideFor(m_funding, m_by->text(), m_reason->toPlainText(),
                                   QDateTime::currentDateTimeUtc());
}

void OverrideDialog::accept()
{
    acceptUnless(this, m_error,
                 m_by->text().trimmed().isEmpty() || m_reason->toPlainText().trimmed().isEmpty()
                     ? tr("Say who allowed it and why.")
                     : QString());
}

} // namespace jlgc
