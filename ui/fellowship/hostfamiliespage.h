#pragma once

#include "common/kindpage.h"
#include "domain/hostfamily.h"

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace jlgc {

class HostFamilyRepository;
class SearchPicker;

// The families in Japan who host fellows: their names, home, household and
// what they can provide, their members, and every fellow they have hosted.
class HostFamiliesPage : public KindPage<HostFamiliesPage, HostFamilyRepository, HostFamily> {
    Q_OBJECT
public:
    explicit HostFamiliesPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_DirHomeIcon;
    // The list's columns (RecordType "host_families").
    enum Column { Family, Names, Municipality, Capacity, Languages, Hosted };
    QTableWidget* historyTable() const { return m_history; }
    QTableWidget* memberTable() const { return m_members; }
    void setDatabase(Database* db) override;

protected:
    void showLoaded() override;
    void clearFields() override;
    QVariant saveForm() override;
    QString describeCurrent() const override;
    HostFamily formRecord() const override;
    void retranslate() override;
    void languageChanged() override;
    void showEvent(QShowEvent* event) override;

private:
    // The address, for a login whose role withholds it (ServerRoles).
    void showWhatIsWithheld();
    void showMembers(const QList<HostFamilyMember>& members);
    QList<HostFamilyMember> formMembers() const;
    void showHistory(HostFamilyId id);

    bool m_showingMembers = false;
    QLineEdit* m_kanji;
    QLineEdit* m_kana;
    QLineEdit* m_romaji;
    SearchPicker* m_municipality;
    QPlainTextEdit* m_address;
    QLineEdit* m_languages;
    QSpinBox* m_capacity;
    QCheckBox* m_smoking;
    QLineEdit* m_pets;
    QLineEdit* m_accessibility;
    QPlainTextEdit* m_dietary;
    QPlainTextEdit* m_availability;
    QPlainTextEdit* m_notes;
    QGroupBox* m_membersBox;
    QTableWidget* m_members;
    QPushButton* m_addMember;
    QPushButton* m_removeMember;
    QGroupBox* m_historyBox;
    QTableWidget* m_history;
};

} // namespace jlgc
