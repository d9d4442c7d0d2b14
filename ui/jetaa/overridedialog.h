#pragma once

#include "domain/chapterfunding.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jlgc {

// Asked when a chapter is to be paid more than was approved: who allows it
// and why. The answer is kept with the funding record for good.
class OverrideDialog : public QDialog {
    Q_OBJECT
public:
    explicit OverrideDialog(const ChapterFunding& funding, QWidget* parent = nullptr);

    DisbursementOverride result() const;
    void accept() override;

private:
    ChapterFunding m_funding;
    QLineEdit* m_by;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
};

} // namespace jlgc
