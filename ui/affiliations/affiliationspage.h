#pragma once

#include "common/kindpage.h"
#include "domain/sisteraffiliation.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace jlgc {

class SisterAffiliationRepository;
class DetailTable;
template <typename T> class OwnedRows;
class SearchPicker;
struct AffiliationFilter;

// The registry of sister-city, sister-state/province and friendship ties
// between Japan and the US and Canada, filterable by prefecture, state or
// province, country, type and decade, with counts of what is listed.
class AffiliationsPage
    : public KindPage<AffiliationsPage, SisterAffiliationRepository, SisterAffiliation> {
    Q_OBJECT
public:
    explicit AffiliationsPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_DriveNetIcon;
    // The list's columns (RecordType "sister_affiliations").
    enum Column {
        JapaneseSide,
        NorthAmericanSide,
        StateOrProvince,
        Country,
        Type,
        Established,
        Status
    };
    void followChanges(const ChangeSet& changes) override;
    QComboBox* countryFilter() const { return m_countryFilter; }
    QComboBox* typeFilter() const { return m_typeFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* prefectureFilter() const { return m_prefectureFilter; }
    QComboBox* subdivisionFilter() const { return m_subdivisionFilter; }
    QComboBox* decadeFilter() const { return m_decadeFilter; }
    QTableWidget* countryCounts() const { return m_byCountry; }
    QTableWidget* subdivisionCounts() const { return m_bySubdivision; }
    QTableWidget* prefectureCounts() const { return m_byPrefecture; }
    DetailTable* contactTable() const { return m_contacts; }
    DetailTable* activityTable() const { return m_activities; }
    void addContact(const AffiliationContact& contact);
    void addActivity(const AffiliationActivity& activity);

protected:
    void reload() override;
    QString describe(const SisterAffiliation& affiliation) const override;
    void showLoaded() override;
    void clearFields() override;
    QVariant saveForm() override;
    QString describeCurrent() const override;
    SisterAffiliation formRecord() const override;
    void retranslate() override;
    void languageChanged() override;

private:
    AffiliationFilter currentFilter() const;
    void fillCombos();
    void fillReferenceFilters();
    void showCounts(const AffiliationFilter& filter);

    QComboBox* m_countryFilter;
    QComboBox* m_typeFilter;
    QComboBox* m_statusFilter;
    QComboBox* m_prefectureFilter;
    QComboBox* m_subdivisionFilter;
    QComboBox* m_decadeFilter;
    QTabWidget* m_counts;
    QTableWidget* m_byCountry;
    QTableWidget* m_bySubdivision;
    QTableWidget* m_byPrefecture;
    SearchPicker* m_japan;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_country;
    SearchPicker* m_subdivision;
    QComboBox* m_type;
    QLineEdit* m_established;
    QComboBox* m_status;
    QPlainTextEdit* m_notes;
    DetailTable* m_contacts;
    DetailTable* m_activities;
    OwnedRows<AffiliationContact>* m_contactRows;
    OwnedRows<AffiliationActivity>* m_activityRows;
};

} // namespace jlgc
