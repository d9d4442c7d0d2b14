#pragma once

#include "storage/storageerror.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace jlgc {

class FieldForm;

// The frame of the fellowship's small editing dialogs: one or more forms
// side by side, a line for messages that belong to no field, OK and Cancel.
// A dialog saves in accept() and stays open while the save is refused, with
// the core's messages beside the fields.
class FellowshipDialog : public QDialog {
    Q_OBJECT
public:
    explicit FellowshipDialog(QWidget* parent = nullptr);

    // The form that holds the field (for tests and messages), or nullptr.
    FieldForm* formOf(const QString& field) const;
    QString errorText(const QString& field) const;
    QString message() const;

protected:
    void setForms(const QList<FieldForm*>& forms);
    void showFieldErrors(const FieldErrors& errors);
    // Validation: beside the fields. Anything else: a message box.
    void showError(const StorageError& error);
    void clearErrors();
    void setNote(const QString& text); // a warning line above the buttons (empty: hidden)

private:
    QList<FieldForm*> m_forms;
    QLabel* m_message;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace jlgc
