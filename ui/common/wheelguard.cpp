#include "common/wheelguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace jlgc {

namespace {

// The spin box or combo box a widget is (or is part of: a combo's line edit).
QWidget* valueWidget(QObject* o)
{
    auto* w = qobject_cast<QWidget*>(o);
    for (int depth = 0; w && depth < 2; ++depth, w = w->parentWidget())
        if (qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w))
            return w;
    return nullptr;
}

} // namespace

void WheelGuard::install()
{
    if (!qApp || qApp->findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new WheelGuard(qApp));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        // The wheel must not give them the focus either.
        if (QWidget* w = valueWidget(watched); w == watched && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel) {
        if (QWidget* w = valueWidget(watched); w && !w->hasFocus()) {
            // Ignored and filtered: the event goes on to the parents, and the
            // scroll area under the field scrolls.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jlgc
