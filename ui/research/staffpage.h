#pragma once

#include "common/recordpage.h"
#include "domain/staffmember.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jlgc {

class DateField;
class SearchPicker;
class StaffTableModel;

// The office's staff: dispatched officials (派遣職員) with their sending
// government and term, and local staff.
class StaffPage : public RecordPage {
    Q_OBJECT
public:
    explicit StaffPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    StaffTableModel* model() const { return m_model; }

protected:
    void reload() override;
    void loadRecord(const QVariant& id) override;
    void clearForm() override;
    QVariant saveForm() override;
    void removeRecord(const QVariant& id) override;
    QString describeCurrent() const override;
    QString historyTableName() const override { return QStringLiteral("staff_member"); }
    void retranslate() override;
    void languageChanged() override;

private:
    StaffMember formStaff() const;
    void updateKind();

    StaffTableModel* m_model;
    StaffMember m_loaded;
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
