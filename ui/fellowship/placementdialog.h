#pragma once

#include "domain/homestayplacement.h"
#include "fellowship/fellowshipdialog.h"

class QComboBox;
class QPlainTextEdit;

namespace jlgc {

class DateField;
class SearchPicker;

// Places a fellow of the cohort with a host family for a run of nights, or
// changes a placement. Errors (nights outside the programme, a full family,
// a fellow already placed that night) stop the save; warnings (a family
// outside the host area, a dietary need) are shown as the user chooses and
// asked about once more on OK: the user may accept them.
class PlacementDialog : public CohortRecordDialog<HomestayPlacement> {
    Q_OBJECT
public:
    PlacementDialog(Database* db, const Cohort& cohort, const QList<Fellow>& fellows,
                    const HomestayPlacement& placement, QWidget* parent = nullptr);

    HomestayPlacement placement() const;

    QComboBox* fellowBox() const { return m_fellow; }
    SearchPicker* familyPicker() const { return m_family; }
    DateField* firstNightField() const { return m_first; }
    DateField* lastNightField() const { return m_last; }

    void accept() override;

private:
    void updateWarnings();

    QComboBox* m_fellow;
    SearchPicker* m_family;
    DateField* m_first;
    DateField* m_last;
    QPlainTextEdit* m_notes;
};

} // namespace jlgc
