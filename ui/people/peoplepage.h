#pragma once

#include "common/kindpage.h"
#include "domain/person.h"

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QGroupBox;

namespace jlgc {

class DetailTable;
class PersonRepository;
template <typename T> class OwnedRows;

// Everyone the office deals with, in both scripts; every role a person plays
// elsewhere points at the record kept here.
class PeoplePage : public KindPage<PeoplePage, PersonRepository, Person> {
    Q_OBJECT
public:
    explicit PeoplePage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_DirHomeIcon;
    QTableWidget* affiliationTable() const;
    QListWidget* fellowshipList() const { return m_fellowship; }
    // Adds an affiliation to the form as the dialog would (for tests).
    void addAffiliation(const Affiliation& a);

protected:
    void showLoaded() override;
    void clearFields() override;
    Person formRecord() const override;
    void retranslate() override;
    void languageChanged() override;

private:
    void showFellowship(PersonId id);

    QLineEdit* m_familyKanji;
    QLineEdit* m_givenKanji;
    QLineEdit* m_familyKana;
    QLineEdit* m_givenKana;
    QLineEdit* m_family;
    QLineEdit* m_given;
    QLineEdit* m_title;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_languages;
    QPlainTextEdit* m_notes;
    DetailTable* m_affiliationBox;
    OwnedRows<Affiliation>* m_affiliations;
    QGroupBox* m_fellowshipBox;
    QListWidget* m_fellowship;
};

} // namespace jlgc
