#pragma once

#include "common/kindpage.h"
#include "domain/staffmember.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jlgc {

class StaffRepository;
class DateField;
class SearchPicker;
class StaffTableModel;

// The office's staff: dispatched officials (派遣職員) with their sending
// government and term, and local staff.
class StaffPage : public KindPage<StaffPage, StaffRepository, StaffMember, StaffTableModel> {
    Q_OBJECT
public:
    explicit StaffPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_FileDialogContentsView;

protected:
    void reload() override;
    void showLoaded() override;
    void clearFields() override;
    QString describeCurrent() const override;
    QString historyTableName() const override { return QStringLiteral("staff_member"); }
    StaffMember formRecord() const override;
    void retranslate() override;
    void languageChanged() override;

private:
    void updateKind();

    SearchPicker* m_person;
    QComboBox* m_kind;
    SearchPicker* m_government;
    SearchPicker* m_governmentOrg;
    QLineEdit* m_positionJa;
    QLineEdit* m_positionEn;
    DateField* m_termStart;
    DateField* m_termEnd;
    QPlainTextEdit* m_notes;
};

} // namespace jlgc
