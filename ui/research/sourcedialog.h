#pragma once

#include "common/pickers.h"
#include "domain/researchrequest.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace jlgc {

// Adds one source of an answer: an organization, a person or a web page.
class SourceDialog : public QDialog {
    Q_OBJECT
public:
    SourceDialog(DatabaseGetter db, const ResearchSource& source, QWidget* parent = nullptr);

    ResearchSource source() const;
    void accept() override;

private:
    void updateKind();

    ResearchSource m_source;
    QComboBox* m_kind;
    SearchPicker* m_organization;
    SearchPicker* m_person;
    QLineEdit* m_url;
    QLineEdit* m_note;
    QLabel* m_error;
};

} // namespace jlgc
