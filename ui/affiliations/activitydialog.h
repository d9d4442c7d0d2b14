#pragma once

#include "domain/sisteraffiliation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace jlgc {

class DateField;

// One entry of an affiliation's activity log: when, what kind, what happened.
class ActivityDialog : public QDialog {
    Q_OBJECT
public:
    explicit ActivityDialog(const AffiliationActivity& activity, QWidget* parent = nullptr);

    AffiliationActivity activity() const;
    void accept() override;

private:
    AffiliationActivity m_activity;
    DateField* m_date;
    QComboBox* m_kind;
    QPlainTextEdit* m_description;
    QLabel* m_error;
};

} // namespace jlgc
