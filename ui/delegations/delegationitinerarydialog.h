#pragma once

#include "common/pickers.h"
#include "domain/delegationitineraryitem.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace jlgc {

class DateField;

// Adds or edits one itinerary item. The rules (within the visit's dates, no
// overlap unless parallel) are checked as the user types and shown under the
// fields; OK saves the item at once.
class DelegationItineraryDialog : public QDialog {
    Q_OBJECT
public:
    DelegationItineraryDialog(DatabaseGetter db, const Delegation& delegation,
                              const DelegationItineraryItem& item, QWidget* parent = nullptr);

    DelegationItineraryItem item() const;
    // What is wrong now, in the user's language (empty when all is well).
    QStringList problems() const;
    DelegationItineraryItem saved() const { return m_saved; }
    void accept() override;

    // For tests: the fields by name.
    QWidget* field(const QString& name) const;

private:
    void check();

    DatabaseGetter m_db;
    Delegation m_delegation;
    DelegationItineraryItem m_item;
    DelegationItineraryItem m_saved;
    QList<DelegationItineraryItem> m_others;
    DateField* m_date;
    QCheckBox* m_allDay;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QComboBox* m_zone;
    QLineEdit* m_topicJa;
    QLineEdit* m_topicEn;
    QLineEdit* m_placeJa;
    QLineEdit* m_placeEn;
    QLineEdit* m_address;
    SearchPicker* m_organization;
    SearchPicker* m_contact;
    QLineEdit* m_transportJa;
    QLineEdit* m_transportEn;
    QPlainTextEdit* m_notesJa;
    QPlainTextEdit* m_notesEn;
    QCheckBox* m_parallel;
    QLabel* m_problems;
    bool m_endTouched = false;
    bool m_settingEnd = false;
};

} // namespace jlgc
