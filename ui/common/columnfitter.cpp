#include "common/columnfitter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <algorithm>
#include <numeric>

namespace jlgc {

namespace {
// The application's style, but for a header's labels: one too long for its
// section ends in "…" instead of being clipped at both ends.
class ElidingHeaderStyle : public QProxyStyle {
public:
    // One for every header, kept as long as the application.
    static ElidingHeaderStyle* shared()
    {
        static QPointer<ElidingHeaderStyle> style;
        if (!style) {
            style = new ElidingHeaderStyle;
            style->setParent(QCoreApplication::instance());
        }
        return style;
    }
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override
    {
        if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option);
            header && element == CE_HeaderLabel) {
            QStyleOptionHeader label = *header;
            label.text =
                header->fontMetrics.elidedText(header->text, Qt::ElideRight, header->rect.width());
            QProxyStyle::drawControl(element, &label, painter, widget);
            return;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

// The last column shown (-1: none).
int lastShown(const QHeaderView* header)
{
    for (int c = header->count() - 1; c >= 0; --c)
        if (!header->isSectionHidden(c))
            return c;
    return -1;
}

// Whether a column shows nothing in any of its rows (an Outcome not written
// yet): its heading may then be cut short ("Organiz…") rather than the text
// of the others.
bool showsNothing(const QTableView* view, int column)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return true;
    const int rows = std::min(model->rowCount(view->rootIndex()), 500);
    for (int r = 0; r < rows; ++r)
        if (!model->index(r, column, view->rootIndex()).data().toString().isEmpty())
            return false;
    return true;
}

// The narrowest a column may be: its heading's width, or a few letters of
// it for a column that shows nothing.
int leastWidth(const QTableView* view, int column, bool empty)
{
    const QHeaderView* header = view->horizontalHeader();
    const int heading = header->sectionSizeHint(column);
    if (!empty)
        return heading;
    return std::min(heading, header->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
}
} // namespace

ColumnFitter::ColumnFitter(QTableView* view) : QObject(view), m_view(view)
{
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The last column takes the rest of the width (fit()): not stretched
    // by the header, which kept its earlier width after the others were
    // set, past the table's edge ("Unt").
    view->horizontalHeader()->setStretchLastSection(false);
    // A heading cut short ends in "…" (Qt's would be clipped at both sides).
    view->horizontalHeader()->setStyle(ElidingHeaderStyle::shared());
    view->viewport()->installEventFilter(this);
    // A column dragged wider or narrower by the user: the last one takes
    // what is left, so that the table still ends at its edge.
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_fitting)
            return;
        m_fitting = true;
        fillWithLast(m_view);
        m_fitting = false;
    });
    auto later = [this] { QTimer::singleShot(0, this, [this] { fit(m_view); }); };
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
        connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    }
}

void ColumnFitter::install(QTableView* view)
{
    if (!view->findChild<ColumnFitter*>(QString(), Qt::FindDirectChildrenOnly))
        new ColumnFitter(view);
    fit(view);
}

void ColumnFitter::fit(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    const int columns = header->count();
    if (columns == 0)
        return;
    const int available = view->viewport()->width();
    if (available <= 0)
        return;
    QList<int> wanted(columns, 0);
    QList<int> least(columns, 0);
    // An empty table shares its width between its columns, rather than
    // squeezing all but the last to their headings.
    const bool empty = !view->model() || view->model()->rowCount(view->rootIndex()) == 0;
    const int shown = columns - header->hiddenSectionCount();
    for (int c = 0; c < columns; ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int contents = empty ? available / std::max(shown, 1)
                                   : static_cast<QAbstractItemView*>(view)->sizeHintForColumn(c);
        wanted[c] = std::max(header->sectionSizeHint(c), std::min(contents, 480));
        least[c] = leastWidth(view, c, !empty && showsNothing(view, c));
    }
    const int total = std::accumulate(wanted.cbegin(), wanted.cend(), 0);
    QList<int> widths = wanted;
    if (total > available) {
        // First every column gets a few words' width (the longest date, a
        // kind), then the room left goes to the longer texts in proportion
        // to what they lack. Without room for that, no column is wider than
        // a cap chosen so that all fit: short texts still stay whole and
        // the longest are cut short. No column goes below its least width.
        const int few = view->fontMetrics().horizontalAdvance(QStringLiteral("September 30, 2026"));
        QList<int> base(columns, 0);
        for (int c = 0; c < columns; ++c)
            base[c] = std::min(wanted[c], std::max(least[c], few));
        const int floor = std::accumulate(base.cbegin(), base.cend(), 0);
        if (floor <= available) {
            const int room = available - floor;
            const int extra = total - floor;
            for (int c = 0; c < columns; ++c)
                widths[c] = base[c] + (extra > 0 ? (wanted[c] - base[c]) * room / extra : 0);
        } else {
            const auto used = [&](int cap) {
                int sum = 0;
                for (int c = 0; c < columns; ++c)
                    sum += std::min(wanted[c], std::max(cap, least[c]));
                return sum;
            };
            int low = 0;
            int high = *std::max_element(wanted.cbegin(), wanted.cend());
            while (low < high) {
                const int cap = (low + high + 1) / 2;
                if (used(cap) <= available)
                    low = cap;
                else
                    high = cap - 1;
            }
            for (int c = 0; c < columns; ++c)
                widths[c] = std::min(wanted[c], std::max(low, least[c]));
        }
    }
    // A heading cut short reads in full when pointed at.
    if (auto* table = qobject_cast<QTableWidget*>(view))
        for (int c = 0; c < columns; ++c)
            if (QTableWidgetItem* item = table->horizontalHeaderItem(c);
                item && item->toolTip() != item->text())
                item->setToolTip(item->text());
    const int last = lastShown(header);
    for (int c = 0; c < last; ++c)
        if (!header->isSectionHidden(c))
            header->resizeSection(c, widths[c]);
    if (last >= 0)
        header->resizeSection(last, widths[last]);
    fillWithLast(view);
}

void ColumnFitter::fillWithLast(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    const int last = lastShown(header);
    if (last < 0)
        return;
    int used = 0;
    for (int c = 0; c < last; ++c)
        if (!header->isSectionHidden(c))
            used += header->sectionSize(c);
    const int rest = view->viewport()->width() - used;
    const bool empty = !view->model() || view->model()->rowCount(view->rootIndex()) == 0;
    header->resizeSection(
        last, std::max(leastWidth(view, last, !empty && showsNothing(view, last)), rest));
}

namespace {
// How wide a text looks, from its characters alone (no font is asked: a
// glyph's first measure loads it, thousands of kanji would): wide ones
// (kanji, kana) count four, capitals and m/w three, narrow ones one, the
// rest two. Enough to find the few texts worth measuring.
int looksWide(const QString& text)
{
    int width = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0x1100 &&
            (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
             (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60) || ch.isSurrogate()))
            width += 4;
        else if (ch.isUpper() || u == u'm' || u == u'w')
            width += 3;
        else if (QStringView(u"ijlftr.,:;'|! ").contains(ch))
            width += 1;
        else
            width += 2;
    }
    return width;
}
} // namespace

void fitColumnsToWidestText(QTableView* view, bool neverNarrow, int firstRows, int widest)
{
    const QAbstractItemModel* model = view->model();
    QHeaderView* header = view->horizontalHeader();
    if (!model)
        return;
    constexpr int Candidates = 8;
    const int all = model->rowCount(view->rootIndex());
    const int rows = firstRows >= 0 ? std::min(all, firstRows) : all;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        QList<QPair<int, int>> candidates; // (estimate, row), widest first
        for (int r = 0; r < rows; ++r) {
            const int w = looksWide(model->index(r, c, view->rootIndex()).data().toString());
            if (candidates.size() == Candidates && w <= candidates.last().first)
                continue;
            auto at = std::find_if(candidates.begin(), candidates.end(),
                                   [w](const QPair<int, int>& p) { return w > p.first; });
            candidates.insert(at, {w, r});
            if (candidates.size() > Candidates)
                candidates.removeLast();
        }
        const int heading = header->sectionSizeHint(c);
        int width = heading;
        for (const auto& [w, r] : std::as_const(candidates))
            width = std::max(width,
                             view->sizeHintForIndex(model->index(r, c, view->rootIndex())).width() +
                                 (view->showGrid() ? 1 : 0));
        if (widest > 0)
            width = std::max(heading, std::min(width, widest));
        if (!neverNarrow || width > header->sectionSize(c))
            header->resizeSection(c, width);
    }
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_fitting) {
        m_fitting = true;
        fit(m_view);
        m_fitting = false;
    }
    return QObject::eventFilter(watched, event);
}

void fitColumnsToContents(QTableView* view, int widest)
{
    QHeaderView* header = view->horizontalHeader();
    const int last = lastShown(header);
    if (last < 0)
        return;
    int used = 0;
    for (int c = 0; c < last; ++c) {
        if (header->isSectionHidden(c))
            continue;
        view->resizeColumnToContents(c);
        view->setColumnWidth(c, std::min(view->columnWidth(c), widest));
        used += view->columnWidth(c);
    }
    // The last: the rest of the width, or what its contents need if more
    // (the list then scrolls sideways, as before).
    const int need =
        std::min(std::max(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(last),
                          header->sectionSizeHint(last)),
                 widest);
    view->setColumnWidth(last, std::max(need, view->viewport()->width() - used));
}

} // namespace jlgc
