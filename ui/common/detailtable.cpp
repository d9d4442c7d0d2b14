#include "common/detailtable.h"

#include "common/columnfitter.h"
#include "common/listcelldelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

DetailTable::DetailTable(int columns, int buttons, QWidget* parent)
    : QGroupBox(parent), m_table(new QTableWidget(0, columns)), m_add(new QPushButton),
      m_edit(new QPushButton), m_remove(new QPushButton)
{
    auto* layout = new QVBoxLayout(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(100);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new ListCellDelegate(m_table));
    // The buttons above the table: Add is in sight however long the form.
    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_table);
    m_add->setVisible(buttons & Add);
    m_edit->setVisible(buttons & Edit);
    m_remove->setVisible(buttons & Remove);
    m_add->setObjectName(QStringLiteral("add"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove->setObjectName(QStringLiteral("remove"));

    ColumnFitter::install(m_table);
    connect(m_add, &QPushButton::clicked, this, &DetailTable::addClicked);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit removeClicked(currentRow());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit cellsEdited();
    });
    // Edit and Remove act on the chosen row: with none (an empty table, or
    // none chosen yet) they are greyed out, as the fellowship's tabs are.
    enableWhileChosen(m_table, {m_edit, m_remove});
    retranslate();
}

void DetailTable::setHeaders(const QStringList& headers)
{
    m_table->setHorizontalHeaderLabels(headers);
}

void DetailTable::setRows(const QList<QStringList>& rows)
{
    m_filling = true;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(c < rows[r].size() ? rows[r][c] : QString());
            if (!m_editable.contains(c))
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, c, item);
        }
    }
    // The columns share the table's width (it never scrolls sideways); with a
    // stretch column, the header's modes size them.
    if (m_stretchColumn < 0)
        ColumnFitter::fit(m_table);
    m_filling = false;
}

void DetailTable::setStretchColumn(int column)
{
    m_stretchColumn = column;
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c = 0; c < m_table->columnCount(); ++c)
        header->setSectionResizeMode(c, c == column ? QHeaderView::Stretch
                                                    : QHeaderView::ResizeToContents);
    // The header's modes size the columns from now on.
    if (auto* fitter = m_table->findChild<ColumnFitter*>(QString(), Qt::FindDirectChildrenOnly))
        delete fitter;
}

void DetailTable::appendEmptyRow()
{
    m_filling = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    for (int c = 0; c < m_table->columnCount(); ++c) {
        auto* item = new QTableWidgetItem;
        if (!m_editable.contains(c))
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(r, c, item);
    }
    m_filling = false;
    if (!m_editable.isEmpty()) {
        m_table->setCurrentCell(r, m_editable.first());
        m_table->editItem(m_table->item(r, m_editable.first()));
    }
}

void DetailTable::manageRowsInPlace()
{
    connect(this, &DetailTable::addClicked, this, [this] {
        appendEmptyRow();
        emit cellsEdited();
    });
    connect(this, &DetailTable::removeClicked, this, [this](int row) {
        m_table->removeRow(row);
        emit cellsEdited();
    });
}

QString DetailTable::cell(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

int DetailTable::rowCount() const
{
    return m_table->rowCount();
}

int DetailTable::currentRow() const
{
    return m_table->currentRow();
}

void DetailTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void DetailTable::retranslate()
{
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
}

std::function<void()> enableWhileChosen(QAbstractItemView* view,
                                        const QList<QAbstractButton*>& buttons,
                                        std::function<bool()> also)
{
    // The buttons may go before the view's model (children go in turn).
    QList<QPointer<QAbstractButton>> kept;
    for (QAbstractButton* b : buttons)
        if (b)
            kept << b;
    QPointer<QAbstractItemView> table = view;
    auto update = [table, kept, also] {
        const bool chosen = table && table->selectionModel() &&
                            table->selectionModel()->currentIndex().isValid() && (!also || also());
        for (const QPointer<QAbstractButton>& b : kept)
            if (b)
                b->setEnabled(chosen);
    };
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentChanged, view, update);
    QObject::connect(view->model(), &QAbstractItemModel::rowsRemoved, view, update);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, update);
    update();
    return update;
}

void makeCompact(QComboBox* combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    // What a narrow box cannot show in full can still be read.
    QObject::connect(combo, &QComboBox::currentTextChanged, combo,
                     [combo](const QString& text) { combo->setToolTip(text); });
    combo->setToolTip(combo->currentText());
}

} // namespace jlgc
