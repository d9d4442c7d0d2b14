#pragma once

#include "common/searchpicker.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace jlgc {

// Adds or changes an organization taking part in an event, or a person
// attending it: the record, picked from the list, and the role it plays.
class ParticipantDialog : public QDialog {
    Q_OBJECT
public:
    ParticipantDialog(const QString& title, const QString& what, SearchPicker::Provider provider,
                      QWidget* parent = nullptr);

    // The line being changed: its record and role.
    void setChosen(qint64 id, const QString& label, const QString& role);
    qint64 chosenId() const;
    QString chosenLabel() const;
    QString role() const;
    SearchPicker* picker() const { return m_picker; }
    void accept() override;

private:
    SearchPicker* m_picker;
    QLineEdit* m_role;
    QLabel* m_error;
};

} // namespace jlgc
