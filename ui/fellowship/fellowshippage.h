#pragma once

#include "common/kindpage.h"
#include "domain/cohort.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace jlgc {

class CohortRepository;
class CohortTableModel;
class DateRangeField;
class FellowsTab;
class HomestaysTab;
class ItineraryTab;
class SearchPicker;

// The CLAIR Fellowship Programme, one cohort a year: the list of cohorts with
// their fellows counted by status, the chosen cohort's dates, host and theme,
// and under them its fellows, day-by-day itinerary and homestays.
class FellowshipPage : public KindPage<FellowshipPage, CohortRepository, Cohort, CohortTableModel> {
    Q_OBJECT
public:
    explicit FellowshipPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_FileDialogDetailedView;
    QTabWidget* tabs() const { return m_tabs; }
    FellowsTab* fellowsTab() const { return m_fellows; }
    ItineraryTab* itineraryTab() const { return m_itinerary; }
    HomestaysTab* homestaysTab() const { return m_homestays; }
    DateRangeField* programmeField() const { return m_programme; }
    SearchPicker* hostPicker() const { return m_host; }

protected:
    void reload() override;
    // "2026 cohort — hosted by 兵庫県", the host as the form shows it.
    QString describe(const Cohort& cohort) const override;
    void showLoaded() override;
    void clearFields() override;
    Cohort formRecord() const override;
    QString describeCurrent() const override;
    void retranslate() override;
    void languageChanged() override;
    void showEvent(QShowEvent* event) override;

private:
    void refreshTabs();
    void contentsChanged();
    void updateTabTitles();
    int suggestedYear() const;

    QSpinBox* m_year;
    DateRangeField* m_programme;
    DateRangeField* m_tokyo;
    DateRangeField* m_hostPortion;
    SearchPicker* m_host;
    QLineEdit* m_themeEn;
    QLineEdit* m_themeJa;
    QPlainTextEdit* m_notes;
    QTabWidget* m_tabs;
    FellowsTab* m_fellows;
    ItineraryTab* m_itinerary;
    HomestaysTab* m_homestays;
};

} // namespace jlgc
