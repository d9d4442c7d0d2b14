// MainWindow and the office server: File → Connect to Office Server… (and
// an address from File → Open Recent or the command line), File → Move to
// Office Server… (this file's records copied onto an empty server
// database), a server's Back Up to a File…, and how the window names the
// database it shows.
#include "mainwindow.h"
#include "server/accesslogdialog.h"
#include "server/backgroundcopy.h"
#include "server/connectserverdialog.h"
#include "server/serverpasswords.h"
#include "server/usersdialog.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/server/serveraddress.h"
#include "storage/server/serverroles.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace jlgc {

namespace {

// The server most recently used, to fill the dialog with.
QString lastServer()
{
    for (const QString& path : QSettings().value(QStringLiteral("database/recent")).toStringList())
        if (ServerAddress::isServerAddress(path))
            return path;
    return {};
}

// The password for an address from the system's keychain, once per
// session, unless one was given already (typed, or PGPASSWORD).
void lookUpPassword(const QString& address)
{
    if (!ServerAddress::rememberedPassword(address).isEmpty())
        return;
    const QString kept = ServerPasswords::read(address);
    if (!kept.isEmpty())
        ServerAddress::rememberPassword(address, kept);
}

// The password typed for the address, or (none typed) the one kept.
void usePassword(const QString& address, const ConnectServerDialog& dialog)
{
    if (dialog.password().isEmpty())
        lookUpPassword(address);
    else
        ServerAddress::rememberPassword(address, dialog.password());
}

// Into the keychain, or out of it when the box is not ticked; true when
// it was to be kept and could not be.
bool keepPassword(const QString& address, const ConnectServerDialog& dialog)
{
    if (!dialog.rememberPassword()) {
        ServerPasswords::forget(address);
        return false;
    }
    return !dialog.password().isEmpty() && !ServerPasswords::write(address, dialog.password());
}

} // namespace

bool MainWindow::openServer(QString address, QString problem, bool askFirst)
{
    if (const auto parsed = ServerAddress::parse(address))
        address = parsed->shown();
    if (!askFirst && problem.isEmpty()) {
        lookUpPassword(address);
        if (openDatabaseAt(address, &problem))
            return true;
        if (problem.isEmpty())
            return false; // told already (a newer version, not a JLGC Desk database)
    }
    for (;;) {
        ConnectServerDialog dialog(this);
        if (!address.isEmpty())
            dialog.setAddress(address);
        dialog.setProblem(problem);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        address = dialog.address();
        usePassword(address, dialog);
        problem.clear();
        if (openDatabaseAt(address, &problem)) {
            if (keepPassword(address, dialog))
                statusBar()->showMessage(tr("The password could not be kept: this computer has "
                                            "no keychain. It will be asked for next time."),
                                         8000);
            return true;
        }
        if (problem.isEmpty())
            return false;
    }
}

void MainWindow::connectToServer()
{
    openServer(m_db && m_db->onServer() ? m_db->path() : lastServer(), {}, true);
}

void MainWindow::moveToServer()
{
    if (!m_db || m_db->isInMemory() || m_db->onServer() || !maybeSaveAll())
        return;
    const QString file = m_db->path();
    ConnectServerDialog dialog(this);
    dialog.setWindowTitle(tr("Move to Office Server"));
    dialog.setActionText(tr("Move"));
    if (const QString last = lastServer(); !last.isEmpty())
        dialog.setAddress(last);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString address = dialog.address();
        usePassword(address, dialog);
        qint64 rows = 0;
        const auto failure = runCopyWithProgress(
            this, tr("Move to Office Server"),
            tr("Copying the records of %1 onto the office server…").arg(QFileInfo(file).fileName()),
            [&](const CopyProgress& progress) {
                Database from(file, Database::forReading());
                Database to(address, Database::forWriting());
                for (const DatabaseCopy::TableRows& t : DatabaseCopy::copy(from, to, progress))
                    rows += t.rows;
            });
        if (failure) {
            // The dialog again, with the reason, for another server or login.
            dialog.setProblem(failure->message());
            continue;
        }
        keepPassword(address, dialog);
        const auto answer = QMessageBox::question(
            this, tr("Move to Office Server"),
            tr("The records of %1 are on the office server now (%2 rows; every table was counted "
               "on both sides). "
               "The file itself is left as it was; from now on, work on the server, so that "
               "colleagues see each other's changes.\n\nOpen the office server now?")
                .arg(QDir::toNativeSeparators(file), QLocale().toString(rows)));
        if (answer == QMessageBox::Yes)
            openServer(address, {}, false);
        return;
    }
}

void MainWindow::backUpServer()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder.isEmpty() ? QDir::homePath() : folder)
            .filePath(tr("JLGC office %1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(this, tr("Back Up to a File"), suggested,
                                                      tr("JLGC Desk databases (*.sqlite *.db)"));
    if (file.isEmpty())
        return;
    const QString address = m_db->path();
    const auto failure = runCopyWithProgress(
        this, tr("Back Up to a File"),
        tr("Copying the office server's records into %1…").arg(QFileInfo(file).fileName()),
        [&](const CopyProgress&) {
            Database server(address, Database::forReading());
            Backups::copyTo(server, file);
        });
    if (failure) {
        QMessageBox::warning(this, tr("Back Up to a File"), failure->message());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)), 8000);
}

QString MainWindow::databaseTitle() const
{
    if (const auto a = m_db->onServer() ? ServerAddress::parse(m_db->path()) : std::nullopt)
        return tr("%1 on %2").arg(a->database, a->host);
    return QFileInfo(m_db->path()).fileName();
}

void MainWindow::showUsers()
{
    if (!m_db || !m_db->onServer())
        return;
    UsersDialog dialog(m_db.get(), this);
    dialog.exec();
}

void MainWindow::showAccessLog()
{
    if (!m_db || !m_db->onServer())
        return;
    AccessLogDialog dialog(m_db.get(), this);
    dialog.exec();
}

QString MainWindow::databaseDescription() const
{
    if (const auto a = m_db->onServer() ? ServerAddress::parse(m_db->path()) : std::nullopt) {
        if (const auto role = ServerRoles::fromCode(m_db->officeRole()))
            return tr("Office server %1/%2 · signed in as %3 (%4)")
                .arg(a->host, a->database, m_db->historyUser(), ServerRoles::label(*role));
        return tr("Office server %1/%2 · signed in as %3")
            .arg(a->host, a->database, m_db->historyUser());
    }
    return QDir::toNativeSeparators(m_db->path());
}

} // namespace jlgc
