#include "datasafety/trashdialog.h"

#include "common/dialoglayout.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "storage/database.h"
#include "storage/recordkinds.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

TrashDialog::TrashDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(this)),
      m_restore(new QPushButton(tr("&Restore"), this)),
      m_empty(new QPushButton(tr("&Empty Trash…"), this))
{
    setObjectName(QStringLiteral("trashDialog"));
    setWindowTitle(tr("Trash"));
    readOnlyTable(m_table, {tr("Kind"), tr("Name"), tr("Deleted"), tr("By")});
    m_restore->setObjectName(QStringLiteral("restore"));
    m_empty->setObjectName(QStringLiteral("emptyTrash"));
    m_restore->setToolTip(tr("Put the chosen record back, with everything it held"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_empty, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_empty, &QPushButton::clicked, this, [this] { emptyTrash(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(m_table->currentRow() >= 0); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { restoreSelected(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 400);
    fill();
}

void TrashDialog::fill()
{
    m_entries = Trash(m_db).list();
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    const QLocale locale;
    for (int i = 0; i < m_entries.size(); ++i) {
        const TrashEntry& e = m_entries.at(i);
        QString name = e.title();
        if (e.ownedRows > 0)
            name += QStringLiteral(" ") + tr("(with %n part(s))", nullptr, e.ownedRows);
        const QStringList cells = {RecordKinds::labelForTable(e.table), name,
                                   DateText::dateTime(e.deletedAt.toLocalTime(), uiLanguage()),
                                   e.who()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_restore->setEnabled(false);
    m_empty->setEnabled(!m_entries.isEmpty());
}

bool TrashDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return false;
    try {
        Trash(m_db).restore(m_entries.at(row).id);
    } catch (const StorageError& e) {
        QMessageBox box(QMessageBox::Warning, tr("Not restored"), e.message(), QMessageBox::Ok,
                        this);
        if (!e.detail().isEmpty())
            box.setDetailedText(e.detail());
        box.exec();
        return false;
    }
    m_changed = true;
    fill();
    emit recordsChanged();
    return true;
}

bool TrashDialog::emptyTrash(bool ask)
{
    if (m_entries.isEmpty())
        return false;
    if (ask && QMessageBox::question(
                   this, tr("Empty Trash"),
                   tr("Delete the %n record(s) in the Trash for good? They cannot be "
                      "restored afterwards (backups still hold them).",
                      nullptr, static_cast<int>(m_entries.size())),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    try {
        Trash(m_db).empty();
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Trash not emptied"), e.message());
        return false;
    }
    fill();
    return true;
}

} // namespace jlgc
