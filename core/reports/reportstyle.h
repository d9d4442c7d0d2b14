#pragma once

#include <QColor>

namespace jlgc {

// Sizes and colours of every report, in one place. Text sizes are in points;
// QTextDocument measures margins, borders and padding in pixels of a 96 dpi
// screen and scales them to the page, so px() converts points to those.
struct ReportStyle {
    static constexpr qreal TitlePoints = 17;
    static constexpr qreal SubtitlePoints = 12;
    static constexpr qreal HeadingPoints = 12;
    static constexpr qreal CaptionPoints = 9.5;
    static constexpr qreal BodyPoints = 9;
    static constexpr qreal CellPoints = 8.5;
    static constexpr qreal SmallPoints = 7.5;
    static constexpr qreal PageTextPoints = 7.5; // running header and footer

    static constexpr qreal px(qreal points) { return points * 96.0 / 72.0; }

    static QColor text() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor muted() { return QColor(0x55, 0x5b, 0x63); }
    static QColor accent() { return QColor(0x1f, 0x3a, 0x5f); } // dark navy
    static QColor headerFill() { return QColor(0xe6, 0xeb, 0xf1); }
    static QColor rule() { return QColor(0xa8, 0xb0, 0xba); }
    static QColor notice() { return QColor(0xa0, 0x1c, 0x1c); }
};

} // namespace jlgc
