#pragma once

#include <QObject>

namespace jlgc {

// The mouse wheel scrolls the form under it: a spin box, a combo box or a
// date field takes the wheel only once it has the focus (clicked or reached
// with Tab), so scrolling a long form never changes a value on the way.
// Installed once on the application.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace jlgc
