#pragma once

#include "domain/cohort.h"
#include "domain/fellow.h"
#include "fellowship/fellowshipdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jlgc {

class DateField;
class SearchPicker;

// Adds a fellow to a cohort or edits one: the person, home government, state
// or province, status and its date, travel, the sensitive notes and the
// follow-up. Saves on OK; changing the status to Withdrawn asks what happens
// to the fellow's homestays.
class FellowDialog : public CohortRecordDialog<Fellow> {
    Q_OBJECT
public:
    FellowDialog(Database* db, const Cohort& cohort, const Fellow& fellow,
                 QWidget* parent = nullptr);

    Fellow fellow() const;

    SearchPicker* personPicker() const { return m_person; }
    SearchPicker* organizationPicker() const { return m_organization; }
    SearchPicker* subdivisionPicker() const { return m_subdivision; }
    QComboBox* statusBox() const { return m_status; }

    void accept() override;

private:
    void personChosen();
    void organizationChosen();
    void statusChosen();

    SearchPicker* m_person;
    SearchPicker* m_organization;
    SearchPicker* m_subdivision;
    QLineEdit* m_title;
    QComboBox* m_status;
    DateField* m_statusDate;
    DateField* m_arrival;
    DateField* m_departure;
    QPlainTextEdit* m_dietary;
    QPlainTextEdit* m_medical;
    QLineEdit* m_contactName;
    QLineEdit* m_contactRelation;
    QLineEdit* m_contactPhone;
    QPlainTextEdit* m_followUp;
    QPlainTextEdit* m_notes;
};

} // namespace jlgc
