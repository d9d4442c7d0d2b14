#include "common/columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <numeric>

namespace jlgc {

ColumnFitter::ColumnFitter(QTableView* view) : QObject(view), m_view(view)
{
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->viewport()->installEventFilter(this);
    auto later = [this] { QTimer::singleShot(0, this, [this] { fit(m_view); }); };
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
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
    for (int c = 0; c < columns; ++c) {
        if (header->isSectionHidden(c))
            continue;
        least[c] = header->sectionSizeHint(c);
        wanted[c] = std::max(
            least[c], std::min(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(c), 480));
    }
    const int total = std::accumulate(wanted.cbegin(), wanted.cend(), 0);
    QList<int> widths = wanted;
    if (total > available) {
        // Shrink the columns that want more than their heading, in proportion.
        const int floor = std::accumulate(least.cbegin(), least.cend(), 0);
        const int room = std::max(0, available - floor);
        const int extra = total - floor;
        for (int c = 0; c < columns; ++c)
            widths[c] = least[c] + (extra > 0 ? (wanted[c] - least[c]) * room / extra : 0);
    }
    for (int c = 0; c < columns - 1; ++c)
        if (!header->isSectionHidden(c))
            header->resizeSection(c, widths[c]);
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

} // namespace jlgc
