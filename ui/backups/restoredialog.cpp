#include "backups/restoredialog.h"

#include "common/columnfitter.h"
#include "common/dialoglayout.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/recordkinds.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

RestoreDialog::RestoreDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, 5)), m_restore(nullptr)
{
    setWindowTitle(tr("Restore from a Backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Choose the backup to go back to. The database as it is now is kept as a backup "
           "of its own first, so a restore can itself be undone.\nBackups are kept in %1.")
            .arg(QDir::toNativeSeparators(Backups(databasePath).folder())));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    readOnlyTable(m_table, {tr("Made"), tr("Kind"), tr("People"), tr("Organizations"), tr("Size")});
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!chosenBackup().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!chosenBackup().isEmpty())
            accept();
    });
    layout->addWidget(buttons);
    fill(databasePath);
    resize(720, 420);
}

void RestoreDialog::fill(const QString& databasePath)
{
    const QLocale locale;
    const QList<Backups::Entry> entries = Backups(databasePath).list();
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const Backups::Entry& e = entries[r];
        m_paths << e.path;
        QString people = tr("cannot be read");
        QString orgs;
        try {
            Database::Options opts;
            opts.readOnly = true;
            opts.integrityCheck = false;
            Database db(e.path, opts);
            for (const RecordKind& k : RecordKinds::all()) {
                if (k.key == QLatin1String("people"))
                    people = locale.toString(RecordKinds::count(db, k));
                if (k.key == QLatin1String("organizations"))
                    orgs = locale.toString(RecordKinds::count(db, k));
            }
        } catch (const StorageError&) {
            // Shown as "cannot be read".
        }
        const QStringList cells = {DateText::dateTime(e.created.toLocalTime(), uiLanguage()),
                                   Backups::kindLabel(e.kind), people, orgs,
                                   locale.formattedDataSize(e.size)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    fitColumnsToContents(m_table);
}

QString RestoreDialog::chosenBackup() const
{
    const int r = m_table->currentRow();
    return r >= 0 && r < m_paths.size() && !m_table->selectedItems().isEmpty() ? m_paths[r]
                                                                               : QString();
}

} // namespace jlgc
