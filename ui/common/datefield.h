#pragma once

#include <QDateEdit>

namespace jlgc {

// A date that may be left empty: the lowest date of the range stands for
// "none" and shows as a dash. The calendar pops up for picking.
class DateField : public QDateEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    // Invalid when empty.
    QDate value() const;
    void setValue(const QDate& date);
    void clearValue() { setValue(QDate()); }
};

} // namespace jlgc
