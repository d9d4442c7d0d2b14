#include "jetaa/fundingtotalsbox.h"

#include "common/columnfitter.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "domain/fundingtotals.h"
#include "domain/jetaarules.h"
#include "domain/money.h"
#include "reference/jurisdiction.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

FundingTotalsBox::FundingTotalsBox(QWidget* parent)
    : QGroupBox(parent), m_table(new QTableWidget(0, 8)), m_outstanding(new QLabel)
{
    setObjectName(QStringLiteral("totalsBox"));
    auto* layout = new QVBoxLayout(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(150);
    m_outstanding->setWordWrap(true);
    m_outstanding->setTextFormat(Qt::PlainText);
    layout->addWidget(m_table);
    layout->addWidget(m_outstanding);
    retranslate();
}

void FundingTotalsBox::setFundings(QList<ChapterFunding> listed, const QDate& today)
{
    m_listed = std::move(listed);
    m_today = today;
    showTotals();
    showOutstanding();
}

void FundingTotalsBox::retranslate()
{
    setTitle(tr("Totals by country and currency"));
    m_table->setHorizontalHeaderLabels({tr("Fiscal year"), tr("Country"), tr("Currency"),
                                        tr("Applications"), tr("Requested"), tr("Approved"),
                                        tr("Disbursed"), tr("Budget (JPY)")});
    showTotals();
    showOutstanding();
}

void FundingTotalsBox::showTotals()
{
    // By country and currency, then the total of each currency.
    const QList<FundingTotal> rows = FundingTotals::byCountryAndCurrency(m_listed);
    const QList<FundingTotal> sums = FundingTotals::byFiscalYearAndCurrency(m_listed);
    const Language lang = uiLanguage();
    m_table->setRowCount(int(rows.size() + sums.size()));
    int r = 0;
    auto put = [&](const FundingTotal& t, const QString& country, bool total) {
        const QStringList cells = {t.fiscalYear.label(lang),
                                   country,
                                   t.currency,
                                   QLocale().toString(t.fundings),
                                   Money::formatAmount(t.requested, t.currency),
                                   Money::formatAmount(t.approved, t.currency),
                                   Money::formatAmount(t.disbursed, t.currency),
                                   t.budgetJpy ? Money::format(t.budgetJpy, QStringLiteral("JPY"))
                                               : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(r, c, item);
        }
        ++r;
    };
    for (const FundingTotal& t : rows)
        put(t, JurisdictionLabels::country(t.country), false);
    for (const FundingTotal& t : sums)
        put(t, tr("Total"), true);
    fitColumnsToContents(m_table);
}

void FundingTotalsBox::showOutstanding()
{
    const Language lang = uiLanguage();
    QStringList overdue;
    QStringList due;
    for (const ChapterFunding& f : std::as_const(m_listed)) {
        const auto state = JetaaRules::reportState(f, m_today);
        const QString item =
            tr("%1 (%2, due %3)")
                .arg(f.chapterName, f.fiscalYear.label(lang), DateText::date(f.reportDue, lang));
        if (state == JetaaRules::ReportState::Overdue)
            overdue << item;
        else if (state == JetaaRules::ReportState::Due)
            due << item;
    }
    QStringList lines;
    lines << (overdue.isEmpty()
                  ? tr("No report is overdue.")
                  : tr("Reports overdue: %1").arg(overdue.join(QStringLiteral("; "))));
    if (!due.isEmpty())
        lines << tr("Reports due: %1").arg(due.join(QStringLiteral("; ")));
    m_outstanding->setText(lines.join(QLatin1Char('\n')));
}

} // namespace jlgc
