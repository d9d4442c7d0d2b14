#include "common/datefield.h"

namespace jlgc {

namespace {
const QDate NoDate(1900, 1, 1);
}

DateField::DateField(QWidget* parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(NoDate);
    setMaximumDate(QDate(2199, 12, 31));
    setSpecialValueText(QStringLiteral("—"));
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setDate(NoDate);
}

QDate DateField::value() const
{
    return date() == NoDate ? QDate() : date();
}

void DateField::setValue(const QDate& d)
{
    setDate(d.isValid() ? d : NoDate);
}

} // namespace jlgc
