#include "common/listcelldelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace jlgc {

namespace {

// One line of `text` laid out in `width` (aligned in it as the option says).
QTextLine layOut(QTextLayout& layout, const QStyleOptionViewItem& option, int width)
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    return line;
}

} // namespace

bool ListCellDelegate::paintsItself(const QStyleOptionViewItem& option)
{
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    constexpr auto other = QStyleOptionViewItem::HasCheckIndicator |
                           QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    // U+009C separates a text's variants for QFontMetrics::elidedText, not
    // for Qt's cells: a text with one is left to Qt.
    return style && style->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0 &&
           !(option.features & other) && !(option.state & QStyle::State_Editing) &&
           option.textElideMode == Qt::ElideRight && !option.text.contains(QChar::LineSeparator) &&
           !option.text.contains(QChar(0x9c));
}

void ListCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!paintsItself(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    painter->save();
    painter->setClipRect(opt.rect);
    // The background: alternate rows, the selection, the model's brush.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected
                                                     ? QPalette::HighlightedText
                                                     : QPalette::Text));
        // The text keeps the style's margin on either side of the cell.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect room = opt.rect.adjusted(margin, 0, -margin, 0);
        QTextLayout layout(opt.text, opt.font);
        QTextLine line = layOut(layout, opt, room.width());
        if (line.naturalTextWidth() > room.width()) {
            layout.setText(
                QFontMetrics(opt.font).elidedText(opt.text, Qt::ElideRight, room.width()));
            line = layOut(layout, opt, room.width());
        }
        const QRect lines =
            QStyle::alignedRect(opt.direction, opt.displayAlignment & Qt::AlignVertical_Mask,
                                QSize(int(line.naturalTextWidth()), int(line.height())), room);
        layout.draw(painter, QPointF(room.x(), lines.y()));
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace jlgc
