#pragma once

#include "domain/fellowshipitineraryitem.h"
#include "fellowship/fellowshipdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jlgc {

class DateField;
class SearchPicker;

// Adds or edits an item of a cohort's itinerary. The core's rules (the date
// within the programme, times in order, a description) are shown beside the
// fields, and nothing is saved while one is broken.
class ItineraryItemDialog : public CohortRecordDialog<FellowshipItineraryItem> {
    Q_OBJECT
public:
    ItineraryItemDialog(Database* db, const Cohort& cohort, const FellowshipItineraryItem& item,
                        QWidget* parent = nullptr);

    FellowshipItineraryItem item() const;

    DateField* dateField() const { return m_date; }
    QLineEdit* startEdit() const { return m_start; }
    QLineEdit* endEdit() const { return m_end; }
    QLineEdit* descriptionEnEdit() const { return m_descriptionEn; }

    void accept() override;

private:
    FieldErrors timeErrors() const;

    DateField* m_date;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QComboBox* m_type;
    QLineEdit* m_place;
    SearchPicker* m_host;
    QLineEdit* m_descriptionEn;
    QLineEdit* m_descriptionJa;
    QPlainTextEdit* m_notes;
};

} // namespace jlgc
