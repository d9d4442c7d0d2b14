#pragma once

#include "domain/cohort.h"
#include "storage/storageerror.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace jlgc {

class Database;
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
    // A field of a few lines of text (notes): Tab leaves it.
    static QPlainTextEdit* notesEdit(int height);
    void showFieldErrors(const FieldErrors& errors);
    // Validation: beside the fields. Anything else: a message box.
    void showError(const StorageError& error);
    void clearErrors();
    void setNote(const QString& text); // a warning line above the buttons (empty: hidden)
    // Runs save and closes the dialog; a save refused (a StorageError) is
    // shown and the dialog stays open.
    void saveAndClose(const std::function<void()>& save);

private:
    QList<FieldForm*> m_forms;
    QLabel* m_message;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

// A fellowship dialog that edits one record of a cohort (a fellow, an
// itinerary item, a homestay): the record as it came, and as stored.
template <typename Record> class CohortRecordDialog : public FellowshipDialog {
public:
    // The record as stored after OK.
    const Record& saved() const { return m_saved; }

protected:
    CohortRecordDialog(Database* db, const Cohort& cohort, const Record& original, QWidget* parent)
        : FellowshipDialog(parent), m_db(db), m_cohort(cohort), m_original(original)
    {
    }

    Database* m_db;
    Cohort m_cohort;
    Record m_original;
    Record m_saved;
};

} // namespace jlgc
