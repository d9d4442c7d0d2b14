#pragma once

#include <QImage>
#include <QList>
#include <QPointer>

class QWidget;

namespace jlgc {

// Paints hidden widgets (the pages made ahead) once, a strip at a time, into
// a scratch image nobody sees. What a first painting costs and a second does
// not (glyphs drawn for the first time, the style's cached frames, each
// widget's first resize and layout of its text) is then paid while the user
// is not waiting, in slices short enough that a click is answered between
// two of them; showing the page later paints it as if it were shown before.
class PaintAhead {
public:
    void add(QWidget* widget);
    // Whether every widget added is painted (or shown or gone meanwhile).
    bool done() const { return m_queue.isEmpty(); }
    // Paints strips of the widgets in turn until about budgetMs has passed
    // (one strip at least).
    void step(double budgetMs);

private:
    QList<QPointer<QWidget>> m_queue;
    int m_nextY = 0; // the first line of the next strip of m_queue's first
    // One strip, reused; small enough (under 128 kB) that the C library
    // serves it apart from the heap and gives it back at once.
    QImage m_strip;
};

} // namespace jlgc
