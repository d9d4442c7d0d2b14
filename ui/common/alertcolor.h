#pragma once

#include <QColor>

class QWidget;

namespace jlgc {

// The red of what needs the user's attention: an error under a field, a
// conflict, an overdue request, a row of a list that needs action.
inline QColor alertColor()
{
    return QColor(0xb0, 0x00, 0x20);
}

// Shows a widget's text in that red (alert false: in the usual colour
// again), through its palette. A style sheet would do the same, but gives
// each widget a style of its own, slow to make: a form has dozens of error
// labels, made with their page.
void showAsAlert(QWidget* widget, bool alert = true);

} // namespace jlgc
