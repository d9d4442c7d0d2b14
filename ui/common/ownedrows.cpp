#include "common/ownedrows.h"

#include "common/columnfitter.h"
#include "common/detailtable.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>

namespace jlgc {

OwnedRowsBase::Controls OwnedRowsBase::controlsOf(const DetailTable* table)
{
    const auto button = [table](const char* name) -> QAbstractButton* {
        auto* b = table->findChild<QPushButton*>(QLatin1String(name));
        return b && !b->isHidden() ? b : nullptr;
    };
    return {table->table(), button("add"), button("edit"), button("remove")};
}

OwnedRowsBase::OwnedRowsBase(Controls controls, bool editable, QObject* parent)
    : QObject(parent), m_controls(controls), m_editable(editable)
{
    QTableWidget* t = m_controls.table;
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->installEventFilter(this);
    if (m_controls.add)
        connect(m_controls.add, &QAbstractButton::clicked, this, [this] { addRow(); });
    if (m_controls.edit)
        connect(m_controls.edit, &QAbstractButton::clicked, this,
                [this] { editRow(table()->currentRow()); });
    if (m_controls.remove)
        connect(m_controls.remove, &QAbstractButton::clicked, this,
                [this] { removeRow(table()->currentRow()); });
    // Edit and Remove act on the chosen row: greyed out while none is.
    enableWhileChosen(t, {m_controls.edit, m_controls.remove});
    if (m_editable)
        connect(t, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
            if (m_controls.edit->isEnabled())
                editRow(row);
        });
}

void OwnedRowsBase::showCells(const QList<QStringList>& rows, int current)
{
    QTableWidget* t = m_controls.table;
    {
        // Filled, not typed into: no itemChanged (DetailTable's cellsEdited).
        const QSignalBlocker filling(t);
        t->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < t->columnCount(); ++c) {
                auto* item = new QTableWidgetItem(rows[r].value(c));
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                t->setItem(r, c, item);
            }
    }
    if (current >= 0 && current < rows.size())
        t->setCurrentCell(current, 0);
    if (t->findChild<ColumnFitter*>(QString(), Qt::FindDirectChildrenOnly))
        ColumnFitter::fit(t);
    emit shown(int(rows.size()));
}

void OwnedRowsBase::forgetChoice()
{
    m_controls.table->clearSelection();
    m_controls.table->setCurrentIndex(QModelIndex());
}

bool OwnedRowsBase::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_controls.table && event->type() == QEvent::KeyPress) {
        const int row = m_controls.table->currentRow();
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Delete:
            if (m_controls.remove && m_controls.remove->isEnabled() && row >= 0) {
                removeRow(row);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_editable && m_controls.edit->isEnabled() && row >= 0) {
                editRow(row);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jlgc
