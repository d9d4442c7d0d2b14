#pragma once

#include "common/kindpage.h"
#include "domain/delegation.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace jlgc {

class DelegationRepository;
class DateField;
class FieldForm;
class DelegationItineraryView;
class SearchPicker;
template <typename T> class OwnedRows;

// Visits by Japanese governments, from the first inquiry to the thank-you
// letters: upcoming visits first; for the chosen one its members, its
// itinerary day by day and its protocol, and its calendar for Outlook and
// Google Calendar.
class DelegationsPage : public KindPage<DelegationsPage, DelegationRepository, Delegation> {
    Q_OBJECT
public:
    explicit DelegationsPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_DriveNetIcon;
    // The list's columns (RecordType "delegations").
    enum Column { Dates, Name, From, Status, Members, StaffInCharge };
    QTabWidget* tabs() const { return m_tabs; }
    DelegationItineraryView* itinerary() const { return m_itinerary; }
    QTableWidget* memberTable() const { return m_memberTable; }
    FieldForm* protocolForm() const { return m_protocolForm; }
    QPushButton* exportButton() const { return m_export; }
    // Adds a member to the form as the dialog would (for tests).
    void addMember(const DelegationMember& member);
    // Writes the chosen delegation's calendar to path; false (and a message)
    // on failure.
    bool exportCalendar(const QString& path);

protected:
    void showLoaded() override;
    void clearFields() override;
    Delegation formRecord() const override;
    void retranslate() override;
    void languageChanged() override;

private:
    QWidget* buildMembersTab();
    QWidget* buildProtocolTab();

    QLineEdit* m_nameJa;
    QLineEdit* m_nameEn;
    SearchPicker* m_government;
    SearchPicker* m_governmentOrg;
    QLineEdit* m_purposeJa;
    QLineEdit* m_purposeEn;
    DateField* m_arrival;
    DateField* m_departure;
    QComboBox* m_status;
    QSpinBox* m_memberCount;
    SearchPicker* m_staff;
    DateField* m_thankYou;
    QPlainTextEdit* m_followUp;
    QPushButton* m_export;
    QTabWidget* m_tabs;
    QTableWidget* m_memberTable;
    QPushButton* m_addMember;
    QPushButton* m_editMember;
    QPushButton* m_removeMember;
    DelegationItineraryView* m_itinerary;
    FieldForm* m_protocolForm;
    QPlainTextEdit* m_giftsGiven;
    QPlainTextEdit* m_giftsReceived;
    QPlainTextEdit* m_address;
    QPlainTextEdit* m_dietary;
    QPlainTextEdit* m_protocolNotes;
    QTableWidget* m_interpreterTable;
    QPushButton* m_addInterpreter;
    QPushButton* m_removeInterpreter;
    OwnedRows<DelegationMember>* m_members;
    OwnedRows<DelegationInterpreter>* m_interpreters;
};

} // namespace jlgc
