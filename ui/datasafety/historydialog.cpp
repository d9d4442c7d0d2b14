#include "datasafety/historydialog.h"

#include "common/dialoglayout.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "storage/database.h"
#include "storage/fieldlabels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

HistoryDialog::HistoryDialog(Database& db, const QString& table, qint64 recordId,
                             const QString& title, QWidget* parent)
    : QDialog(parent), m_db(db), m_tableName(table), m_recordId(recordId),
      m_table(new QTableWidget(this)), m_restore(new QPushButton(tr("&Restore this value"), this)),
      m_empty(new QLabel(tr("No changes are recorded for this record yet."), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of “%1”").arg(title));
    readOnlyTable(m_table, {tr("Date"), tr("Who"), tr("Field"), tr("Old value"), tr("New value")});
    m_restore->setObjectName(QStringLiteral("restoreValue"));
    m_restore->setToolTip(tr("Write the old value of the chosen change back into the record"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_restore->setEnabled(row >= 0 && row < m_rows.size() &&
                              m_rows.at(row).change.action == QLatin1String("update"));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 420);
    fill();
}

QString HistoryDialog::displayValue(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(empty)");
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == static_cast<qint64>(d) ? QString::number(static_cast<qint64>(d))
                                           : QString::number(d);
    }
    return value.toVariant().toString();
}

QString HistoryDialog::fieldLabel(const QString& table, const QString& column)
{
    return FieldLabels::label(table, column);
}

void HistoryDialog::fill()
{
    History history(m_db);
    m_version = history.currentRowVersion(m_tableName, m_recordId);
    m_rows.clear();
    for (const ChangeEntry& c : history.forRecord(m_tableName, m_recordId))
        for (const QString& f : c.changedFields())
            m_rows << Row{c, f};
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    const QLocale locale;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        QString when = DateText::dateTime(r.change.changedAt.toLocalTime(), uiLanguage());
        if (r.change.action == QLatin1String("insert"))
            when += QStringLiteral(" · ") + tr("created");
        else if (r.change.action == QLatin1String("delete"))
            when += QStringLiteral(" · ") + tr("deleted");
        const bool hasOld = r.change.action != QLatin1String("insert");
        const bool hasNew = r.change.action != QLatin1String("delete");
        const QStringList cells = {
            when, r.change.who(), fieldLabel(m_tableName, r.field),
            hasOld ? displayValue(r.change.oldValues.value(r.field)) : QString(),
            hasNew ? displayValue(r.change.newValues.value(r.field)) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_empty->setVisible(m_rows.isEmpty());
    m_restore->setEnabled(false);
}

bool HistoryDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row r = m_rows.at(row);
    try {
        History(m_db).restoreValue(r.change, r.field, true, m_version);
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Not restored"), e.message());
        fill();
        return false;
    }
    m_changed = true;
    fill();
    return true;
}

} // namespace jlgc
