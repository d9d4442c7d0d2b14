#include "paintahead.h"

#include <QElapsedTimer>
#include <QRegion>
#include <QWidget>
#include <algorithm>

namespace jlgc {

namespace {
// Under glibc's threshold for memory mapped apart (128 kB): a larger block
// would raise that threshold for good, and the window's later buffers of
// that size would stay in the heap.
constexpr qsizetype StripBytes = 120 * 1024;
} // namespace

void PaintAhead::add(QWidget* widget)
{
    m_queue << widget;
}

void PaintAhead::step(double budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    // At least one strip a step, however short the budget.
    bool painted = false;
    const auto goOn = [&] { return !painted || double(clock.nsecsElapsed()) / 1e6 < budgetMs; };
    while (!m_queue.isEmpty() && goOn()) {
        QWidget* widget = m_queue.first();
        // A widget shown meanwhile is painted by its window; one with no
        // width (never laid out) has nothing to paint.
        if (widget && !widget->isVisible() && widget->width() > 0) {
            const qreal ratio = widget->devicePixelRatioF();
            const int width = widget->width();
            const int lines =
                std::max(1, int(StripBytes / (qsizetype(4 * width * ratio * ratio) + 1) / ratio));
            const QSize pixels = QSize(width, lines) * ratio;
            if (m_strip.size() != pixels || m_strip.devicePixelRatio() != ratio) {
                m_strip = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
                m_strip.setDevicePixelRatio(ratio);
            }
            // A page waiting hidden has its updates off (see MainWindow), and
            // a widget with updates off paints nothing: they are on while it
            // is painted here.
            const bool updates = widget->updatesEnabled();
            widget->setUpdatesEnabled(true);
            while (m_nextY < widget->height() && goOn()) {
                widget->render(&m_strip, QPoint(), QRegion(0, m_nextY, width, lines));
                m_nextY += lines;
                painted = true;
            }
            widget->setUpdatesEnabled(updates);
            if (m_nextY < widget->height())
                return;
        }
        m_queue.removeFirst();
        m_nextY = 0;
    }
    if (m_queue.isEmpty())
        m_strip = QImage();
}

} // namespace jlgc
