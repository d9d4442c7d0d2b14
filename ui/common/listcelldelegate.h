#pragma once

#include <QStyledItemDelegate>

namespace jlgc {

// Paints a list's cells as Qt's own delegate does under the Fusion style,
// in less time: a cell of one line of text, without an icon or a check
// box, is laid out once, and elided only when it does not fit (Qt lays its
// text out several times a cell: to place its parts, to elide it and to
// draw it). A table of 45 rows and 3 columns paints in 1.9 ms, 2.9 with
// Qt's delegate. The background, the selection, the colours and
// fonts the model gives and the focus frame are the style's. Any other
// cell, and every cell under another style, is painted by Qt's delegate.
class ListCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // Whether a cell with these options is painted here (the rest: by Qt).
    static bool paintsItself(const QStyleOptionViewItem& option);
};

} // namespace jlgc
