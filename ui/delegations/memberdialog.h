#pragma once

#include "common/pickers.h"
#include "domain/delegation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace jlgc {

// Adds or edits a delegation member (person, role, title in both languages),
// or an interpreter (person and a note).
class MemberDialog : public QDialog {
    Q_OBJECT
public:
    MemberDialog(DatabaseGetter db, const DelegationMember& member, QWidget* parent = nullptr);
    MemberDialog(DatabaseGetter db, const DelegationInterpreter& interpreter,
                 QWidget* parent = nullptr);

    DelegationMember member() const;
    DelegationInterpreter interpreter() const;
    void accept() override;

private:
    void build(DatabaseGetter db, bool interpreter);
    PersonRef chosen() const;

    DelegationMember m_member;
    DelegationInterpreter m_interpreter;
    bool m_isInterpreter = false;
    SearchPicker* m_person = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_titleJa = nullptr;
    QLineEdit* m_titleEn = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace jlgc
