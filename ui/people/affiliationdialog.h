#pragma once

#include "common/pickers.h"
#include "domain/person.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace jlgc {

class DateField;
class SearchPicker;

// Adds or edits one of a person's affiliations: organization, role, dates.
class AffiliationDialog : public QDialog {
    Q_OBJECT
public:
    AffiliationDialog(DatabaseGetter db, const Affiliation& affiliation, QWidget* parent = nullptr);

    Affiliation affiliation() const;
    SearchPicker* organizationPicker() const { return m_organization; }

    void accept() override;

private:
    Affiliation m_affiliation;
    SearchPicker* m_organization;
    QLineEdit* m_role;
    DateField* m_start;
    DateField* m_end;
    QLabel* m_error;
};

} // namespace jlgc
