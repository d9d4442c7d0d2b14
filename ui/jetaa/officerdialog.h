#pragma once

#include "common/pickers.h"
#include "domain/chapterofficer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace jlgc {

class DateField;
class SearchPicker;

// Adds or edits a chapter officer: the person, the office and the term.
class OfficerDialog : public QDialog {
    Q_OBJECT
public:
    OfficerDialog(DatabaseGetter db, const ChapterOfficer& officer, QWidget* parent = nullptr);

    ChapterOfficer officer() const;
    SearchPicker* personPicker() const { return m_person; }
    QComboBox* officeCombo() const { return m_office; }

    void accept() override;

private:
    ChapterOfficer m_officer;
    SearchPicker* m_person;
    QComboBox* m_office;
    QLineEdit* m_title;
    DateField* m_start;
    DateField* m_end;
    QLabel* m_error;
};

} // namespace jlgc
