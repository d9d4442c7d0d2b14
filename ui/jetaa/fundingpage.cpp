#include "jetaa/fundingpage.h"

#include "common/comboboxes.h"
#include "common/datefield.h"
#include "common/detailtable.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "domain/jetaarules.h"
#include "domain/money.h"
#include "jetaa/chapterpicker.h"
#include "jetaa/fundingtotalsbox.h"
#include "jetaa/overridedialog.h"
#include "reference/jurisdiction.h"
#include "storage/changenotifier.h"
#include "storage/chapterfundingrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace jlgc {

namespace {

enum ReportFilter { AllReports, DueOrOverdue, OverdueOnly };

} // namespace

FundingPage::FundingPage(QWidget* parent)
    : KindPage(QStringLiteral("jetaaFunding"), QStringLiteral("chapter_funding"),
               QStringLiteral("chapter_funding"), QT_TR_NOOP("New funding year"), parent),
      m_today(QDate::currentDate()), m_yearFilter(new QComboBox), m_countryFilter(new QComboBox),
      m_reportFilter(new QComboBox), m_totals(new FundingTotalsBox), m_chapter(new SearchPicker),
      m_fiscalYear(new QSpinBox), m_yearSpan(new QLabel), m_applicationDate(new DateField),
      m_currency(new QComboBox), m_approved(new QLineEdit), m_approvedCurrency(new QComboBox),
      m_budgetJpy(new QLineEdit), m_status(new QComboBox), m_reportDue(new DateField),
      m_reportReceived(new DateField), m_notes(new QPlainTextEdit),
      m_lines(new DetailTable(2, DetailTable::Add | DetailTable::Remove)),
      m_disbursements(new DetailTable(3, DetailTable::Add | DetailTable::Remove)),
      m_overrides(new DetailTable(4, DetailTable::NoButtons))
{
    setObjectName(QStringLiteral("fundingPage"));
    m_model->setAlsoFollows({QStringLiteral("jetaa_chapters")}); // the Chapter column
    filterBar()->addWidget(m_yearFilter);
    filterBar()->addWidget(m_countryFilter);
    filterBar()->addWidget(m_reportFilter);
    // Changes made while the list is filled are blocked: any that arrive are the user's.
    connect(m_yearFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_yearChosen = true;
        m_chosenYear = m_yearFilter->currentData().toInt();
    });
    for (QComboBox* c : {m_yearFilter, m_countryFilter, m_reportFilter}) {
        makeCompact(c);
        connect(c, &QComboBox::currentIndexChanged, this, [this] { refreshList(); });
    }

    // Totals of what is listed, and the reports outstanding, under the list.
    belowList()->addWidget(m_totals);

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("application"), nullptr, QT_TR_NOOP("Application")},
        {QStringLiteral("chapterId"), m_chapter, QT_TR_NOOP("Chapter")},
        {QStringLiteral("fiscalYear"), m_fiscalYear, QT_TR_NOOP("Fiscal year")},
        {QStringLiteral("fiscalYearSpan"), m_yearSpan, nullptr},
        {QStringLiteral("applicationDate"), m_applicationDate, QT_TR_NOOP("Applied on")},
        {QStringLiteral("currency"), m_currency, QT_TR_NOOP("Currency")},
        {QStringLiteral("lines"), m_lines, nullptr},
        {QStringLiteral("approval"), nullptr, QT_TR_NOOP("Approval and payment")},
        {QStringLiteral("status"), m_status, QT_TR_NOOP("Status")},
        {QStringLiteral("approved"), m_approved, QT_TR_NOOP("Amount approved")},
        {QStringLiteral("approvedCurrency"), m_approvedCurrency, QT_TR_NOOP("Approved in")},
        {QStringLiteral("budgetJpy"), m_budgetJpy, QT_TR_NOOP("Budget (JPY)")},
        {QStringLiteral("disbursements"), m_disbursements, nullptr},
        {QStringLiteral("overrides"), m_overrides, nullptr},
        {QStringLiteral("report"), nullptr, QT_TR_NOOP("Report")},
        {QStringLiteral("reportDue"), m_reportDue, QT_TR_NOOP("Report due")},
        {QStringLiteral("reportReceived"), m_reportReceived, QT_TR_NOOP("Report received")},
        {QStringLiteral("notes"), m_notes, QT_TR_NOOP("Notes")},
    });
    m_notes->setMaximumHeight(80);
    m_notes->setTabChangesFocus(true);
    m_fiscalYear->setRange(1987, 2200);
    m_yearSpan->setWordWrap(true);
    m_fiscalYear->setValue(FiscalYear::containing(m_today).year());
    m_approved->setObjectName(QStringLiteral("approved"));
    m_lines->setEditableColumns({0, 1});
    m_lines->setStretchColumn(0);
    m_disbursements->setEditableColumns({0, 1, 2});
    m_overrides->setMinimumHeight(60);
    m_overrides->table()->setMinimumHeight(60);

    DatabaseGetter getDb = [this] { return database(); };
    m_chapter->setProvider(pickers::chapters(getDb));
    connect(m_fiscalYear, &QSpinBox::valueChanged, this, &FundingPage::updateYearSpan);
    for (DetailTable* t : {m_lines, m_disbursements}) {
        t->manageRowsInPlace();
        connect(t, &DetailTable::cellsEdited, this, [this] { setDirty(true); });
    }

    m_askOverride = [this](const ChapterFunding& funding) -> std::optional<DisbursementOverride> {
        OverrideDialog dialog(funding, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.result();
    };

    fillCombos();
    retranslate();
}

QString FundingPage::pageTitle()
{
    return tr("CLAIR funding");
}

void FundingPage::fillCombos()
{
    {
        const KeepChoice country(m_countryFilter), currency(m_currency),
            approvedCurrency(m_approvedCurrency), status(m_status);
        m_countryFilter->addItem(tr("US and Canada"), QString());
        for (const QString& c : {QStringLiteral("US"), QStringLiteral("CA")})
            m_countryFilter->addItem(JurisdictionLabels::country(c), c);
        // Chosen by its place: its items have no data.
        const int report = std::max(0, m_reportFilter->currentIndex());
        const QSignalBlocker block(m_reportFilter);
        m_reportFilter->clear();
        m_reportFilter->addItem(tr("All reports"));
        m_reportFilter->addItem(tr("Reports due or overdue"));
        m_reportFilter->addItem(tr("Reports overdue"));
        m_reportFilter->setCurrentIndex(report);
        for (const QString& c : Money::fundingCurrencies()) {
            const QString label =
                c == QLatin1String("USD") ? tr("US dollars (USD)") : tr("Canadian dollars (CAD)");
            m_currency->addItem(label, c);
            m_approvedCurrency->addItem(label, c);
        }
        for (FundingStatus s : FundingStatuses::all())
            m_status->addItem(FundingStatuses::label(s), FundingStatuses::code(s));
    }
    fillYearFilter();
}

void FundingPage::fillYearFilter()
{
    QSet<int> withRecords;
    if (database())
        for (const int year : ChapterFundingRepository(*database()).fiscalYears())
            withRecords.insert(year);
    QSet<int> years = withRecords;
    years.insert(FiscalYear::containing(m_today).year());
    if (m_yearChosen && m_chosenYear > 0)
        years.insert(m_chosenYear);
    const QSignalBlocker block(m_yearFilter);
    m_yearFilter->clear();
    m_yearFilter->addItem(tr("All fiscal years"), 0);
    const QList<int> sorted = addFiscalYears(m_yearFilter, years);
    int at = m_yearChosen ? m_yearFilter->findData(m_chosenYear) : -1;
    if (at < 0) {
        // A new page opens on the current fiscal year, or, when it has no
        // funding yet, on the newest year before it that has.
        const int current = FiscalYear::containing(m_today).year();
        int open = current;
        if (!withRecords.contains(current))
            for (int y : sorted)
                if (y < current && withRecords.contains(y)) {
                    open = y;
                    break;
                }
        at = std::max(0, m_yearFilter->findData(open));
    }
    m_yearFilter->setCurrentIndex(at);
}

QTableWidget* FundingPage::totalsTable() const
{
    return m_totals->table();
}

QLabel* FundingPage::outstandingLabel() const
{
    return m_totals->outstanding();
}

void FundingPage::followChanges(const ChangeSet& changes)
{
    RecordPage::followChanges(changes);
    // The years, the totals and the reports outstanding (a chapter's name too).
    if (database() && (changes.touches(QStringLiteral("chapter_funding")) ||
                       changes.touches(QStringLiteral("jetaa_chapters"))))
        reload();
}

void FundingPage::showFiscalYear(FiscalYear year)
{
    m_yearChosen = true;
    m_chosenYear = year.year();
    refreshList();
}

bool FundingPage::showRecord(const QString& kind, const QVariant& id)
{
    if (kind != searchKind())
        return false;
    if (database())
        if (const auto funding = ChapterFundingRepository(*database()).find(id.toLongLong())) {
            m_yearChosen = true;
            m_chosenYear = funding->fiscalYear.year();
            if (m_yearFilter->currentData().toInt() != m_chosenYear)
                refreshList();
        }
    return RecordPage::showRecord(kind, id);
}

void FundingPage::resetFilters()
{
    m_countryFilter->setCurrentIndex(0);
    m_reportFilter->setCurrentIndex(0);
}

void FundingPage::updateYearSpan()
{
    const FiscalYear fy(m_fiscalYear->value());
    const Language lang = uiLanguage();
    m_yearSpan->setText(tr("%1: %2 to %3")
                            .arg(fy.label(lang, FiscalYear::EraStyle::Both),
                                 DateText::date(fy.start(), uiLanguage()),
                                 DateText::date(fy.end(), uiLanguage())));
}

void FundingPage::reload()
{
    if (!database()) {
        m_totals->setFundings({}, m_today);
        return;
    }
    fillYearFilter();
    // The list: read by the database a screen at a time ("chapter_funding").
    const QString today = m_today.toString(Qt::ISODate);
    QVariantMap filters{{QStringLiteral("today"), today}};
    FundingFilter filter;
    filter.fiscalYear = FiscalYear(m_yearFilter->currentData().toInt());
    filter.country = m_countryFilter->currentData().toString();
    if (filter.fiscalYear.year() > 0)
        filters.insert(QStringLiteral("year"), filter.fiscalYear.year());
    if (!filter.country.isEmpty())
        filters.insert(QStringLiteral("country"), filter.country);
    const int report = m_reportFilter->currentIndex();
    if (report == DueOrOverdue)
        filters.insert(QStringLiteral("report"), QStringLiteral("outstanding"));
    if (report == OverdueOnly)
        filters.insert(QStringLiteral("report"), QStringLiteral("overdue"));
    m_model->setFilters(filters);

    // The totals and the reports outstanding of what the filters show, read
    // beside the list.
    const QDate day = m_today;
    readBeside(
        [filter, report, day](Database& db) {
            const ChapterFundingRepository repo(db);
            QList<ChapterFunding> list =
                report == AllReports ? repo.list(filter) : repo.reportsOutstanding(day, filter);
            if (report == OverdueOnly)
                list.removeIf([&day](const ChapterFunding& f) {
                    return !JetaaRules::isReportOverdue(f, day);
                });
            return QVariant::fromValue(list);
        },
        [this](const QVariant& result) {
            m_totals->setFundings(result.value<QList<ChapterFunding>>(), m_today);
        });
}

QString FundingPage::describe(const ChapterFunding& funding) const
{
    return funding.chapterName + QStringLiteral(" — ") + funding.fiscalYear.label(uiLanguage());
}

void FundingPage::showLoaded()
{
    m_chapter->setCurrent(m_loaded.chapterId, m_loaded.chapterName);
    m_fiscalYear->setValue(m_loaded.fiscalYear.year());
    m_applicationDate->setValue(m_loaded.applicationDate);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(m_loaded.currency)));
    const QString approvedIn = m_loaded.effectiveApprovedCurrency();
    m_approved->setText(m_loaded.approved ? Money::formatAmount(*m_loaded.approved, approvedIn)
                                          : QString());
    m_approvedCurrency->setCurrentIndex(std::max(0, m_approvedCurrency->findData(approvedIn)));
    m_budgetJpy->setText(m_loaded.budgetJpy
                             ? Money::formatAmount(*m_loaded.budgetJpy, QStringLiteral("JPY"))
                             : QString());
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(FundingStatuses::code(m_loaded.status))));
    m_reportDue->setValue(m_loaded.reportDue);
    m_reportReceived->setValue(m_loaded.reportReceived);
    m_notes->setPlainText(m_loaded.notes);
    showLines(m_loaded.lines, m_loaded.currency);
    showDisbursements(m_loaded.disbursements, approvedIn);
    showOverrides(m_loaded.overrides, approvedIn);
    updateYearSpan();
}

void FundingPage::clearFields()
{
    m_chapter->clear();
    const int shown = m_yearFilter->currentData().toInt();
    m_fiscalYear->setValue(shown > 0 ? shown : FiscalYear::containing(m_today).year());
    m_applicationDate->clearValue();
    m_currency->setCurrentIndex(0);
    m_approved->clear();
    m_approvedCurrency->setCurrentIndex(0);
    m_budgetJpy->clear();
    m_status->setCurrentIndex(0);
    m_reportDue->clearValue();
    m_reportReceived->clearValue();
    m_notes->clear();
    showLines({}, QStringLiteral("USD"));
    showDisbursements({}, QStringLiteral("USD"));
    showOverrides({}, QStringLiteral("USD"));
    updateYearSpan();
}

void FundingPage::showLines(const QList<FundingLine>& lines, const QString& currency)
{
    QList<QStringList> rows;
    for (const FundingLine& l : lines)
        rows << QStringList{l.purpose, Money::formatAmount(l.amount, currency)};
    m_lines->setRows(rows);
}

void FundingPage::showDisbursements(const QList<Disbursement>& list, const QString& currency)
{
    QList<QStringList> rows;
    for (const Disbursement& d : list)
        rows << QStringList{DateText::date(d.date, uiLanguage()),
                            Money::formatAmount(d.amount, currency), d.reference};
    m_disbursements->setRows(rows);
}

void FundingPage::showOverrides(const QList<DisbursementOverride>& list, const QString& currency)
{
    QList<QStringList> rows;
    for (const DisbursementOverride& o : list)
        rows << QStringList{DateText::dateTime(o.approvedAt.toLocalTime(), uiLanguage()),
                            o.approvedBy, Money::format(o.covers, currency), o.reason};
    m_overrides->setRows(rows);
    m_overrides->setVisible(!list.isEmpty());
}

ChapterFunding FundingPage::formRecord() const
{
    ChapterFunding f = m_loaded;
    FieldErrors errors;
    f.chapterId = m_chapter->currentKey().toLongLong();
    f.chapterName = m_chapter->currentLabel();
    f.fiscalYear = FiscalYear(m_fiscalYear->value());
    f.applicationDate = m_applicationDate->value();
    f.currency = m_currency->currentData().toString();
    f.approvedCurrency = m_approvedCurrency->currentData().toString();
    if (f.approvedCurrency == f.currency)
        f.approvedCurrency.clear();
    const QString approvedIn = f.effectiveApprovedCurrency();
    const QLocale locale;
    if (m_approved->text().trimmed().isEmpty()) {
        f.approved.reset();
    } else if (const auto v = Money::parse(m_approved->text(), approvedIn, locale)) {
        f.approved = *v;
    } else {
        errors.append({QStringLiteral("approved"),
                       tr("“%1” is not an amount (e.g. 2,500.00).").arg(m_approved->text())});
    }
    if (m_budgetJpy->text().trimmed().isEmpty()) {
        f.budgetJpy.reset();
    } else if (const auto v = Money::parse(m_budgetJpy->text(), QStringLiteral("JPY"), locale)) {
        f.budgetJpy = *v;
    } else {
        errors.append(
            {QStringLiteral("budgetJpy"),
             tr("“%1” is not an amount in yen (e.g. 350,000).").arg(m_budgetJpy->text())});
    }
    f.status = FundingStatuses::fromCode(m_status->currentData().toString());
    f.reportDue = m_reportDue->value();
    f.reportReceived = m_reportReceived->value();
    f.notes = m_notes->toPlainText();

    f.lines.clear();
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const QString purpose = m_lines->cell(r, 0);
        const QString amount = m_lines->cell(r, 1);
        if (purpose.isEmpty() && amount.isEmpty())
            continue;
        const auto v = Money::parse(amount, f.currency, locale);
        if (!v)
            errors.append({QStringLiteral("lines"),
                           tr("Line %1: “%2” is not an amount.").arg(r + 1).arg(amount)});
        f.lines << FundingLine{0, purpose, v.value_or(0)};
    }
    f.disbursements.clear();
    for (int r = 0; r < m_disbursements->rowCount(); ++r) {
        const QString dateCell = m_disbursements->cell(r, 0);
        const QString amount = m_disbursements->cell(r, 1);
        if (dateCell.isEmpty() && amount.isEmpty())
            continue;
        const QDate date = DateText::parse(dateCell);
        const auto v = Money::parse(amount, approvedIn, locale);
        if (!date.isValid() || !v)
            errors.append({QStringLiteral("disbursements"),
                           tr("Disbursement %1: give the date (e.g. 2025-06-30) and the amount.")
                               .arg(r + 1)});
        f.disbursements << Disbursement{0, date, v.value_or(0), m_disbursements->cell(r, 2)};
    }
    if (!errors.isEmpty())
        throw StorageError(errors);
    return f;
}

QVariant FundingPage::saveForm()
{
    ChapterFunding f = formRecord();
    f.chapterCountry = m_loaded.chapterCountry;
    // Paying more than approved is allowed only with a recorded decision. The
    // question comes after every other rule passes, so that a save refused for
    // another reason does not ask it (and lose the answer) first.
    if (JetaaRules::exceedsApproval(f) && !JetaaRules::overrideCovers(f) && m_askOverride) {
        const FieldErrors overLimit = JetaaRules::checkDisbursements(f);
        FieldErrors others;
        for (const StorageError::FieldError& e : f.validate())
            if (std::none_of(overLimit.begin(), overLimit.end(), [&](const auto& o) {
                    return o.field == e.field && o.message == e.message;
                }))
                others << e;
        if (!others.isEmpty())
            throw StorageError(others);
        if (const auto o = m_askOverride(f))
            f.overrides << *o;
    }
    return saveRecord(f);
}

QString FundingPage::describeCurrent() const
{
    const QString chapter = m_chapter->currentLabel();
    if (chapter.isEmpty())
        return newRecordTitle();
    return chapter + QStringLiteral(" — ") + FiscalYear(m_fiscalYear->value()).label(uiLanguage());
}

void FundingPage::retranslate()
{
    KindPage::retranslate();
    fillCombos();
    m_chapter->setPlaceholderText(tr("Type a chapter's name…"));
    m_approved->setPlaceholderText(tr("empty until decided"));
    m_budgetJpy->setPlaceholderText(tr("e.g. 350,000"));
    m_lines->setTitle(tr("Purposes and amounts asked for"));
    m_lines->setHeaders({tr("Purpose"), tr("Amount")});
    m_disbursements->setTitle(tr("Disbursements"));
    m_disbursements->setHeaders({tr("Date"), tr("Amount"), tr("Reference")});
    m_overrides->setTitle(tr("Payments above the approval, and who allowed them"));
    m_overrides->setHeaders({tr("When"), tr("Allowed by"), tr("Up to"), tr("Reason")});
    m_totals->retranslate();
    updateYearSpan();
}

void FundingPage::languageChanged()
{
    m_model->retranslate();
    refreshList();
    readRecordAgain();
}

template class KindPage<FundingPage, ChapterFundingRepository, ChapterFunding>;

} // namespace jlgc
