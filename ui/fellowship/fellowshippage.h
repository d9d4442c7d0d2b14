#pragma once

#include "common/recordpage.h"
#include "domain/cohort.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace jlgc {

class CohortTableModel;
class DateRangeField;
class FellowsTab;
class HomestaysTab;
class ItineraryTab;
class SearchPicker;

// The CLAIR Fellowship Programme, one cohort a year: the list of cohorts with
// their fellows counted by status, the chosen cohort's dates, host and theme,
// and under them its fellows, day-by-day itinerary and homestays.
class FellowshipPage : public RecordPage {
    Q_OBJECT
public:
    explicit FellowshipPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QString searchKind() const override { return QStringLiteral("cohort"); }
    CohortTableModel* model() const { return m_model; }
    QTabWidget* tabs() const { return m_tabs; }
    FellowsTab* fellowsTab() const { return m_fellows; }
    ItineraryTab* itineraryTab() const { return m_itinerary; }
    HomestaysTab* homestaysTab() const { return m_homestays; }
    DateRangeField* programmeField() const { return m_programme; }
    SearchPicker* hostPicker() const { return m_host; }

protected:
    void reload() override;
    void loadRecord(const QVariant& id) override;
    void clearForm() override;
    QVariant saveForm() override;
    void removeRecord(const QVariant& id) override;
    QString describeCurrent() const override;
    void retranslate() override;
    void languageChanged() override;
    void showEvent(QShowEvent* event) override;

private:
    Cohort formCohort() const;
    void showCohort(const Cohort& cohort);
    void refreshTabs();
    void contentsChanged();
    void updateTabTitles();
    int suggestedYear() const;

    CohortTableModel* m_model;
    Cohort m_loaded;
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
