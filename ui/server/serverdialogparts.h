#pragma once

#include "common/alertcolor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace jlgc::serverdialogs {

// A list of rows to read and choose from, not to edit (Users…, Access Log…).
inline void readOnlyTable(QTableWidget* table, const QStringList& headers)
{
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

// Why the last action failed, in red under the list (hidden until then).
inline void problemLabel(QLabel* label)
{
    label->setWordWrap(true);
    showAsAlert(label);
    label->hide();
}

} // namespace jlgc::serverdialogs
