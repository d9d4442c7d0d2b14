#pragma once

#include "common/pickers.h"
#include "domain/researchlogentry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace jlgc {

class DateField;

// Writes one entry of a research log: when, what kind, whom it involved,
// what happened and what came of it. Saved as soon as it is accepted.
class LogEntryDialog : public QDialog {
    Q_OBJECT
public:
    LogEntryDialog(DatabaseGetter db, const ResearchLogEntry& entry, QWidget* parent = nullptr);

    ResearchLogEntry entry() const;
    void accept() override;

private:
    void showRefs();

    DatabaseGetter m_db;
    ResearchLogEntry m_entry;
    DateField* m_date;
    QComboBox* m_kind;
    SearchPicker* m_orgPicker;
    SearchPicker* m_personPicker;
    QListWidget* m_involved;
    QPlainTextEdit* m_notes;
    QPlainTextEdit* m_outcome;
    QLabel* m_error;
};

} // namespace jlgc
