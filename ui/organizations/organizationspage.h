#pragma once

#include "common/kindpage.h"
#include "domain/organization.h"

class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace jlgc {

class OrganizationRepository;
class SearchPicker;

// Partner associations, governments on both sides of the Pacific,
// consulates: every organization the office deals with.
class OrganizationsPage : public KindPage<OrganizationsPage, OrganizationRepository, Organization> {
    Q_OBJECT
public:
    explicit OrganizationsPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_DirIcon;
    QComboBox* kindFilter() const { return m_kindFilter; }
    QListWidget* peopleList() const { return m_people; }

protected:
    void reload() override;
    void resetFilters() override;
    void showLoaded() override;
    void clearFields() override;
    Organization formRecord() const override;
    void retranslate() override;

private:
    void fillCombos();
    void updateLocationFields();
    void showPeople(OrganizationId id);

    QComboBox* m_kindFilter;
    QLineEdit* m_nameEn;
    QLineEdit* m_nameJa;
    QLineEdit* m_nameKana;
    QLineEdit* m_shortName;
    QComboBox* m_kind;
    QComboBox* m_country;
    SearchPicker* m_subdivision;
    SearchPicker* m_jurisdiction;
    QLineEdit* m_city;
    QPlainTextEdit* m_address;
    QLineEdit* m_website;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QPlainTextEdit* m_notes;
    QGroupBox* m_peopleBox;
    QListWidget* m_people;
};

} // namespace jlgc
