// A list's cells, painted by ListCellDelegate, look as Qt's own delegate
// paints them: the same pixels for text in Latin letters and in Japanese,
// cut short with an ellipsis, set to the right, chosen, coloured and bold.
#include "common/listcelldelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace jlgc;

namespace {

struct Cells {
    QStandardItemModel model{0, 3};
    std::unique_ptr<QStyle> fusion{QStyleFactory::create(QStringLiteral("Fusion"))};

    Cells()
    {
        const auto row = [this](const QString& a, const QString& b, const QString& n) {
            QList<QStandardItem*> items{new QStandardItem(a), new QStandardItem(b),
                                        new QStandardItem(n)};
            items[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model.appendRow(items);
            return items;
        };
        row(QStringLiteral("Suzuki Hanako"), QStringLiteral("鈴木 花子"), QStringLiteral("12"));
        // Longer than the column: cut short with an ellipsis.
        row(QStringLiteral("Japan Local Government Center (CLAIR New York), Exchange Programs"),
            QStringLiteral(
                "一般財団法人自治体国際化協会ニューヨーク事務所（ジェイ・エル・ジー・シー）"),
            QStringLiteral("1,234,567"));
        // Coloured and bold, as an overdue record's cells are.
        const QList<QStandardItem*> alert =
            row(QStringLiteral("Overdue"), QStringLiteral("𠮷野家の報告"), QStringLiteral("3"));
        QFont bold;
        bold.setBold(true);
        for (QStandardItem* i : alert) {
            i->setForeground(QColor(0xb0, 0x00, 0x20));
            i->setFont(bold);
        }
        row(QString(), QStringLiteral("ｶﾀｶﾅ and ｈａｌｆ"), QString());
        row(QStringLiteral("O'Brien-Nakamura"), QStringLiteral("北茨城市"), QStringLiteral("0"));
    }

    // The table as painted with `delegate` (null: Qt's own), the second
    // row chosen, at a size that cuts the long texts.
    QImage paint(QAbstractItemDelegate* delegate)
    {
        QTableView view;
        view.setStyle(fusion.get());
        view.setModel(&model);
        if (delegate)
            view.setItemDelegate(delegate);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->hide();
        view.resize(520, 220);
        view.setColumnWidth(0, 200);
        view.setColumnWidth(1, 180);
        view.selectRow(1);
        view.show();
        (void)QTest::qWaitForWindowExposed(&view);
        return view.grab().toImage();
    }
};

} // namespace

TEST_CASE("A list's cells look as Qt's delegate paints them, text cut short, chosen, coloured "
          "and bold included",
          "[ui][listcells]")
{
    Cells cells;
    QStyleOptionViewItem plain;
    plain.text = QStringLiteral("鈴木 花子");
    plain.textElideMode = Qt::ElideRight; // as a view's options have it
    QTableView styled;
    styled.setStyle(cells.fusion.get());
    plain.widget = &styled;
    // The cells of this test are painted by ListCellDelegate itself, not
    // handed back to Qt's.
    REQUIRE(ListCellDelegate::paintsItself(plain));

    const QImage qt = cells.paint(nullptr);
    ListCellDelegate ours;
    const QImage painted = cells.paint(&ours);
    REQUIRE(qt.size() == painted.size());
    int differing = 0;
    for (int y = 0; y < qt.height(); ++y)
        for (int x = 0; x < qt.width(); ++x)
            differing += qt.pixel(x, y) != painted.pixel(x, y) ? 1 : 0;
    if (differing != 0 && qEnvironmentVariableIsSet("JLGC_LOOK_DIR")) {
        qt.save(qEnvironmentVariable("JLGC_LOOK_DIR") + QStringLiteral("/listcells-qt.png"));
        painted.save(qEnvironmentVariable("JLGC_LOOK_DIR") + QStringLiteral("/listcells-ours.png"));
    }
    CHECK(differing == 0);
}

TEST_CASE("Cells with an icon, a check box, lines or wrapping are left to Qt's delegate",
          "[ui][listcells]")
{
    Cells cells;
    QTableView styled;
    styled.setStyle(cells.fusion.get());
    QStyleOptionViewItem option;
    option.widget = &styled;
    option.text = QStringLiteral("Suzuki");
    option.textElideMode = Qt::ElideRight; // as a view's options have it
    CHECK(ListCellDelegate::paintsItself(option));

    QStyleOptionViewItem icon = option;
    icon.features |= QStyleOptionViewItem::HasDecoration;
    CHECK_FALSE(ListCellDelegate::paintsItself(icon));
    QStyleOptionViewItem check = option;
    check.features |= QStyleOptionViewItem::HasCheckIndicator;
    CHECK_FALSE(ListCellDelegate::paintsItself(check));
    QStyleOptionViewItem wrapped = option;
    wrapped.features |= QStyleOptionViewItem::WrapText;
    CHECK_FALSE(ListCellDelegate::paintsItself(wrapped));
    QStyleOptionViewItem lines = option;
    lines.text = QStringLiteral("first") + QChar(QChar::LineSeparator) + QStringLiteral("second");
    CHECK_FALSE(ListCellDelegate::paintsItself(lines));
    QStyleOptionViewItem variants = option;
    variants.text = QStringLiteral("short") + QChar(0x9c) + QStringLiteral("a longer variant");
    CHECK_FALSE(ListCellDelegate::paintsItself(variants));
    QStyleOptionViewItem middle = option;
    middle.textElideMode = Qt::ElideMiddle;
    CHECK_FALSE(ListCellDelegate::paintsItself(middle));

    // Under another style, every cell is Qt's.
    std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
    REQUIRE(windows);
    QTableView other;
    other.setStyle(windows.get());
    QStyleOptionViewItem elsewhere = option;
    elsewhere.widget = &other;
    CHECK_FALSE(ListCellDelegate::paintsItself(elsewhere));
}
