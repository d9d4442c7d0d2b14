#include "importexport/importexportactions.h"

#include "common/page.h"
#include "importexport/importwizard.h"
#include "io/csvexport.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace jlgc {

ImportExportActions::ImportExportActions(MainWindow* window, QMenu* menu, QAction* before)
    : QObject(window), m_window(window)
{
    m_import = new QAction(this);
    m_exportList = new QAction(this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_exportList->setObjectName(QStringLiteral("exportListAction"));
    menu->insertAction(before, m_import);
    menu->insertAction(before, m_exportList);
    menu->insertSeparator(before);
    connect(m_import, &QAction::triggered, this, &ImportExportActions::importFile);
    connect(m_exportList, &QAction::triggered, this, [this] { exportList(); });
    connect(menu, &QMenu::aboutToShow, this, &ImportExportActions::updateEnabled);
    // The title names the database: it changes when one is opened or closed.
    connect(window, &QWidget::windowTitleChanged, this, &ImportExportActions::updateEnabled);
    window->installEventFilter(this);
    retranslate();
    updateEnabled();
}

bool ImportExportActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ImportExportActions::retranslate()
{
    m_import->setText(tr("&Import…"));
    m_exportList->setText(tr("Export &List to CSV…"));
    m_exportList->setStatusTip(tr("Write the records the list shows, as filtered, to a CSV "
                                  "file that Excel opens"));
}

QString ImportExportActions::currentKind() const
{
    Page* page = m_window->currentPage();
    const CsvFormat* format = page ? CsvFormat::forSearchKind(page->listKind()) : nullptr;
    return format ? format->kind() : QString();
}

void ImportExportActions::updateEnabled()
{
    m_import->setEnabled(m_window->database() != nullptr);
    m_exportList->setEnabled(m_window->database() != nullptr && !currentKind().isEmpty());
}

void ImportExportActions::importFile()
{
    Database* db = m_window->database();
    if (!db)
        return;
    for (Page* p : m_window->pages())
        if (!p->maybeSave())
            return;
    ImportWizard wizard(*db, currentKind(), m_window);
    wizard.exec();
    if (wizard.imported()) {
        for (Page* p : m_window->pages())
            p->refreshFromDatabase();
        m_window->checkForOutsideChanges();
    }
}

int ImportExportActions::exportList(const QString& chosenPath)
{
    Database* db = m_window->database();
    Page* page = m_window->currentPage();
    const CsvFormat* format = page ? CsvFormat::forSearchKind(page->listKind()) : nullptr;
    if (!db || !format)
        return -1;
    QString path = chosenPath;
    if (path.isEmpty()) {
        QSettings settings;
        const QString folder =
            settings
                .value(QStringLiteral("export/folder"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .toString();
        path = QFileDialog::getSaveFileName(
            m_window, tr("Export List to CSV"),
            QDir(folder).filePath(format->kind() + QStringLiteral(".csv")),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return -1;
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    }
    try {
        // Personal data (dietary, medical, home addresses) stays out of a list export.
        const int n = CsvExport::writeFile(*db, *format, page->visibleIds(), path, false);
        emit page->statusMessage(
            tr("%n record(s) written to %1", nullptr, n).arg(QDir::toNativeSeparators(path)));
        return n;
    } catch (const StorageError& e) {
        QMessageBox::warning(m_window, tr("Export List to CSV"), e.message());
        return -1;
    }
}

} // namespace jlgc
