#pragma once

#include "common/pickers.h"
#include "domain/sisteraffiliation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace jlgc {

class SearchPicker;

// Adds a contact of an affiliation: a person, on the Japanese or the North
// American side, and their role.
class ContactDialog : public QDialog {
    Q_OBJECT
public:
    ContactDialog(DatabaseGetter db, const AffiliationContact& contact, QWidget* parent = nullptr);

    AffiliationContact contact() const;
    void accept() override;

private:
    AffiliationContact m_contact;
    SearchPicker* m_person;
    QComboBox* m_side;
    QLineEdit* m_role;
    QLabel* m_error;
};

} // namespace jlgc
