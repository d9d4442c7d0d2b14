#pragma once

#include "common/kindpage.h"
#include "domain/chapterfunding.h"

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace jlgc {

class ChapterFundingRepository;
class DateField;
class DetailTable;
class FundingTotalsBox;
class SearchPicker;

// CLAIR funding of the chapters, per Japanese fiscal year: applications,
// approvals, disbursements and the reports the chapters owe; with totals by
// country and currency and what is due or overdue.
class FundingPage : public KindPage<FundingPage, ChapterFundingRepository, ChapterFunding> {
    Q_OBJECT
public:
    // Asked when a save would pay more than approved: the override to
    // record, or nothing to leave the record unsaved.
    using OverrideAsker = std::function<std::optional<DisbursementOverride>(const ChapterFunding&)>;

    explicit FundingPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_DialogApplyButton;
    // The list's columns (the "chapter_funding" kind's list columns).
    enum Column {
        Chapter,
        Country,
        FiscalYearColumn,
        Status,
        Requested,
        Approved,
        Disbursed,
        ReportDue,
        Report
    };
    QComboBox* yearFilter() const { return m_yearFilter; }
    QComboBox* reportFilter() const { return m_reportFilter; }
    QTableWidget* totalsTable() const;
    QLabel* outstandingLabel() const;
    DetailTable* lineTable() const { return m_lines; }
    DetailTable* disbursementTable() const { return m_disbursements; }
    DetailTable* overrideTable() const { return m_overrides; }
    void setToday(const QDate& today) { m_today = today; }
    void setOverrideAsker(OverrideAsker asker) { m_askOverride = std::move(asker); }
    // Shows one fiscal year (null: every year).
    void showFiscalYear(FiscalYear year);
    // Shows a funding record (kind "chapter_funding", as the dashboard opens
    // an overdue report) in its fiscal year.
    bool showRecord(const QString& kind, const QVariant& id) override;
    void followChanges(const ChangeSet& changes) override;

protected:
    QString historyTableName() const override { return QStringLiteral("chapter_funding"); }
    void reload() override;
    QString describe(const ChapterFunding& funding) const override;
    void showLoaded() override;
    void clearFields() override;
    QVariant saveForm() override;
    QString describeCurrent() const override;
    ChapterFunding formRecord() const override;
    void retranslate() override;
    void languageChanged() override;
    void resetFilters() override;

private:
    void fillCombos();
    void fillYearFilter();
    void updateYearSpan();
    void showLines(const QList<FundingLine>& lines, const QString& currency);
    void showDisbursements(const QList<Disbursement>& list, const QString& currency);
    void showOverrides(const QList<DisbursementOverride>& list, const QString& currency);

    QDate m_today;
    OverrideAsker m_askOverride;
    bool m_yearChosen = false; // the user picked a year (0: all): keep it
    int m_chosenYear = 0;
    QComboBox* m_yearFilter;
    QComboBox* m_countryFilter;
    QComboBox* m_reportFilter;
    FundingTotalsBox* m_totals;
    SearchPicker* m_chapter;
    QSpinBox* m_fiscalYear;
    QLabel* m_yearSpan;
    DateField* m_applicationDate;
    QComboBox* m_currency;
    QLineEdit* m_approved;
    QComboBox* m_approvedCurrency;
    QLineEdit* m_budgetJpy;
    QComboBox* m_status;
    DateField* m_reportDue;
    DateField* m_reportReceived;
    QPlainTextEdit* m_notes;
    DetailTable* m_lines;
    DetailTable* m_disbursements;
    DetailTable* m_overrides;
};

} // namespace jlgc
