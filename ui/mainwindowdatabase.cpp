// MainWindow and its database: opening a file (a damaged one offers the
// newest good backup), the start-up work behind the window (integrity check,
// daily backup), closing, noticing other programs' changes, and File → Back
// Up Now / Restore. mainwindow.cpp holds the pages, menus and settings.
#include "backups/restoredialog.h"
#include "common/page.h"
#include "datasafety/datasafetyactions.h"
#include "mainwindow.h"
#include "storage/backups.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/records/listreader.h"
#include "storage/server/serveraddress.h"

#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace jlgc {

bool MainWindow::openDatabase(const QString& path)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, {}, false);
    return openDatabaseAt(path, nullptr);
}

bool MainWindow::openDatabaseAt(const QString& path, QString* serverProblem)
{
    std::unique_ptr<Database> db;
    try {
        // The integrity check of a large file takes seconds: it runs in the
        // background while the window is used, and writes wait for it (see
        // Database::Options::deferIntegrityCheck); afterStart() reports it.
        Database::Options options;
        options.deferIntegrityCheck = true;
        db = std::make_unique<Database>(path, options);
    } catch (const StorageError& e) {
        // A damaged file: the newest good backup is offered instead.
        if (e.kind() == StorageError::Kind::Corrupt &&
            DataSafetyActions::offerNewestGoodBackup(this, path))
            return openDatabase(path);
        // A server that cannot be reached or refuses the login: asked
        // again in the dialog, with the reason.
        if (serverProblem && e.kind() == StorageError::Kind::Open) {
            *serverProblem = e.message();
            return false;
        }
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"), e.message(),
                        QMessageBox::Ok, this);
        if (!e.detail().isEmpty())
            box.setDetailedText(e.detail());
        box.exec();
        return false;
    }
    if (m_db && !maybeSaveAll())
        return false;
    finishBackgroundWork();
    // Long lists are read on a thread of their own, with a connection of
    // their own (a database in memory has only the window's).
    std::unique_ptr<ListReader> reader =
        db->isInMemory() ? nullptr : std::make_unique<ListReader>(db->path());
    // Pages let go of the old database (and its reader) before it closes.
    for (Page* p : std::as_const(m_pages)) {
        p->setListReader(reader.get());
        p->setDatabase(db.get());
    }
    m_listReader = std::move(reader);
    m_db = std::move(db);
    // Every change, whoever made it, reaches every page and the counts.
    connect(&m_db->notifier(), &ChangeNotifier::changed, this, &MainWindow::followChanges);
    // On a server, colleagues' saves are heard as they commit; the watch
    // below still looks every few seconds (and connects again if cut).
    m_db->notifier().listen();
    m_dataSafety->setDatabase(m_db.get());
    m_watch->start();
    rememberDatabase(m_db->path());
    retranslate();
    if (m_db->isReadOnly())
        statusBar()->showMessage(tr("%1 is open read-only: the file or its folder cannot be "
                                    "written to, so nothing can be saved.")
                                     .arg(QDir::toNativeSeparators(m_db->path())));
    else
        statusBar()->showMessage(
            tr("Opened %1")
                .arg(m_db->onServer() ? m_db->path() : QDir::toNativeSeparators(m_db->path())),
            8000);
    m_startup->start();
    m_ahead->start();
    return true;
}

void MainWindow::afterStart()
{
    if (!m_db) {
        m_startup->stop();
        return;
    }
    if (!m_db->integrityCheckDone())
        return; // look again at the next tick
    // Nothing to copy into a file: in memory, read-only, or an office
    // server (backed up by its own means, pg_dump; see the README).
    if (m_db->isInMemory() || m_db->isReadOnly() || m_db->onServer()) {
        m_startup->stop();
        return;
    }
    // After the quick check, the full one (what it misses: an index out of
    // step with its table) at low priority; the daily backup waits for its
    // verdict, so that a damaged file is never copied over good backups.
    m_db->startFullCheck();
    if (!m_backupStarted && !m_db->fullCheckDone())
        return;
    if (!m_backupStarted) {
        try {
            m_db->requireIntact();
        } catch (const StorageError& e) {
            m_startup->stop();
            const QString path = m_db->path();
            closeDatabase();
            // Damage found by a background check: as at open, the newest
            // good backup is offered (nothing was written to the file).
            if (e.kind() == StorageError::Kind::Corrupt &&
                DataSafetyActions::offerNewestGoodBackup(this, path)) {
                openDatabase(path);
                return;
            }
            QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"), e.message(),
                            QMessageBox::Ok, this);
            box.setDetailedText(e.detail());
            box.exec();
            return;
        }
        // The first start of each day keeps a copy, made on a connection of
        // its own in the background (VACUUM INTO of a large file takes
        // seconds); a failure must not stop the work.
        m_backupStarted = true;
        const QString path = m_db->path();
        m_backup = std::async(std::launch::async, [path]() -> QString {
            try {
                Database::Options options;
                options.readOnly = true;        // a copy only reads
                options.integrityCheck = false; // just checked in full
                Database copy(path, options);
                return Backups(path).makeDailyIfDue(copy) ? tr("Today's backup was made.")
                                                          : QString();
            } catch (const StorageError& e) {
                return tr("No backup could be made: %1").arg(e.message());
            }
        });
        return;
    }
    if (m_backup.valid() &&
        m_backup.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        const QString message = m_backup.get();
        if (!message.isEmpty())
            statusBar()->showMessage(message, 8000);
    }
    if (!m_backup.valid())
        m_startup->stop();
}

void MainWindow::finishBackgroundWork()
{
    m_startup->stop();
    if (m_backup.valid())
        m_backup.wait();
    m_backup = {};
    m_backupStarted = false;
}

void MainWindow::closeDatabase()
{
    m_ahead->stop();
    finishBackgroundWork();
    for (Page* p : std::as_const(m_pages)) {
        p->setDatabase(nullptr);
        p->setListReader(nullptr);
    }
    m_dataSafety->setDatabase(nullptr);
    m_listReader.reset();
    m_db.reset();
    retranslate();
}

void MainWindow::checkForOutsideChanges()
{
    // Another window or program: its commits are read from the change log
    // and announced like this window's own (followChanges).
    if (m_db)
        m_db->notifier().poll();
}

void MainWindow::followChanges(const ChangeSet& changes)
{
    for (Page* p : std::as_const(m_pages))
        p->followChanges(changes);
    updateCounts();
    if (changes.fromElsewhere)
        statusBar()->showMessage(m_db && m_db->onServer()
                                     ? tr("A colleague (or another window) changed the records; "
                                          "the lists are up to date.")
                                     : tr("The records were changed in another window; the lists "
                                          "are up to date."),
                                 5000);
}

void MainWindow::backUpNow()
{
    if (!m_db || m_db->isInMemory())
        return;
    if (m_db->onServer()) {
        backUpServer();
        return;
    }
    try {
        const Backups::Entry e = Backups(m_db->path()).create(*m_db, Backups::Kind::Manual);
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(e.path)), 8000);
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Back Up Now"), e.message());
    }
}

void MainWindow::restoreBackup()
{
    if (!m_db || m_db->isInMemory() || m_db->onServer() || !maybeSaveAll())
        return;
    const QString path = m_db->path();
    RestoreDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    const QString backup = dialog.chosenBackup();
    const auto answer = QMessageBox::question(
        this, tr("Restore from a Backup"),
        tr("Replace the database with the backup of %1?\n\nThe database as it is now is kept "
           "as a backup first.")
            .arg(QFileInfo(backup).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    closeDatabase();
    try {
        Backups(path).restore(backup);
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Restore from a Backup"), e.message());
    }
    openDatabase(path);
}

} // namespace jlgc
