#pragma once

#include <QObject>

class QTableView;

namespace jlgc {

// Keeps a small table's columns within its width, so that it never scrolls
// sideways: each column gets the width of its contents and heading when
// they all fit (the last takes the rest), else no column is wider than a
// cap chosen so that they fit: the longest texts are cut short first, short
// ones (a date, a kind) stay whole, and no column goes below its heading's
// width, but one that shows nothing in any row, whose heading is cut short
// instead. An empty table shares its width between its columns. Long cells
// show their end as "…" and read in full in their tooltip. Follows the
// table's resizes, its changes of rows and the user's drags of a column's
// edge.
class ColumnFitter : public QObject {
    Q_OBJECT
public:
    static void install(QTableView* view);
    static void fit(QTableView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ColumnFitter(QTableView* view);
    // The last column shown takes the width the others leave (at least its
    // heading's).
    static void fillWithLast(QTableView* view);
    QTableView* m_view;
    bool m_fitting = false;
};

// Sets each column of a long list as wide as its heading and its widest
// text (neverNarrow: only ever wider, as a filter is typed), measuring only
// the few texts whose characters add up widest: laying out every cell of
// 1,788 rows would hold the window up.
// rows: only the first ones (-1: all); widest: no column wider (0: none).
void fitColumnsToWidestText(QTableView* view, bool neverNarrow, int rows = -1, int widest = 0);

// Sets each column as wide as its contents (at most `widest` pixels), but
// the last, which takes the rest of the table's width if its contents need
// no more. (Sized to its contents, as resizeColumnsToContents() does, it
// stops short of the table's edge: the header stretches it again only when
// the table is resized.)
void fitColumnsToContents(QTableView* view, int widest = 100000);

} // namespace jlgc
