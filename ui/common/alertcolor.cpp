#include "common/alertcolor.h"

#include <QPalette>
#include <QWidget>

namespace jlgc {

void showAsAlert(QWidget* widget, bool alert)
{
    if (!alert) {
        widget->setPalette(QPalette()); // every colour inherited again
        return;
    }
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, alertColor());
    palette.setColor(QPalette::Text, alertColor());
    widget->setPalette(palette);
}

} // namespace jlgc
