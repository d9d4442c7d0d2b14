#include "datasafety/datasafetyactions.h"

#include "common/uilanguage.h"
#include "datasafety/trashdialog.h"
#include "domain/datetext.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/personaldata.h"
#include "storage/staffrepository.h"
#include "storage/undostack.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace jlgc {

namespace {
// The official chosen in My research (ui/research/myresearchpage.cpp).
const char* const OfficialKey = "research/me";
} // namespace

DataSafetyActions::DataSafetyActions(QMainWindow* window, QMenu* editMenu, QMenu* viewMenu)
    : QObject(window), m_window(window), m_undo(new QAction(this)), m_redo(new QAction(this)),
      m_trash(new QAction(this)), m_erase(new QAction(this)), m_timer(new QTimer(this))
{
    m_erase->setObjectName(QStringLiteral("eraseAction"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_trash->setObjectName(QStringLiteral("trashAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    QAction* first = editMenu->actions().value(0);
    editMenu->insertAction(first, m_undo);
    editMenu->insertAction(first, m_redo);
    editMenu->insertSeparator(first);
    editMenu->addSeparator();
    editMenu->addAction(m_erase);
    viewMenu->addSeparator();
    viewMenu->addAction(m_trash);
    connect(m_erase, &QAction::triggered, this, [this] { erasePersonalData(); });
    connect(m_undo, &QAction::triggered, this, &DataSafetyActions::undo);
    connect(m_redo, &QAction::triggered, this, &DataSafetyActions::redo);
    connect(m_trash, &QAction::triggered, this, &DataSafetyActions::showTrash);
    connect(editMenu, &QMenu::aboutToShow, this, &DataSafetyActions::sync);
    // The chosen official may change at any time on the My research page.
    m_timer->setObjectName(QStringLiteral("staffNameTimer"));
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &DataSafetyActions::updateStaffName);
    m_timer->start();
    retranslate();
}

DataSafetyActions::~DataSafetyActions() = default;

void DataSafetyActions::setDatabase(Database* db)
{
    m_stack.reset();
    m_db = db;
    m_staffId = -1;
    if (m_db) {
        try {
            m_stack = std::make_unique<UndoStack>(*m_db);
        } catch (const StorageError&) {
            // A file without history (opened read-only): no undo.
        }
        updateStaffName();
    }
    updateActions();
}

void DataSafetyActions::updateStaffName()
{
    if (!m_db)
        return;
    const qint64 id = QSettings().value(QLatin1String(OfficialKey)).toLongLong();
    if (id == m_staffId)
        return;
    m_staffId = id;
    QString name;
    try {
        if (id > 0)
            if (const auto staff = StaffRepository(*m_db).find(id))
                name = staff->display(Language::English);
    } catch (const StorageError&) {
        m_staffId = -1; // look again later
    }
    m_db->setStaffName(name);
}

void DataSafetyActions::retranslate()
{
    m_trash->setText(tr("&Trash…"));
    m_trash->setToolTip(tr("Deleted records, which can be restored"));
    m_erase->setText(tr("&Erase Personal Data…"));
    m_erase->setToolTip(tr("On a person's request: erase their names, contact details and "
                           "sensitive notes, keeping the statistics that counted them"));
    updateActions();
}

void DataSafetyActions::sync()
{
    if (!m_stack)
        return;
    try {
        m_stack->sync();
    } catch (const StorageError&) {
        // Busy: look again next time.
    }
    updateActions();
}

void DataSafetyActions::updateActions()
{
    const bool undo = m_stack && m_stack->canUndo();
    const bool redo = m_stack && m_stack->canRedo();
    m_undo->setText(undo ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(redo ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
    // Enabled whenever a database is open, so that the shortcut always
    // reaches undo(), which looks for edits saved since the menu was shown.
    m_undo->setEnabled(m_stack != nullptr);
    m_redo->setEnabled(m_stack != nullptr);
    m_trash->setEnabled(m_db != nullptr);
    m_erase->setEnabled(m_db != nullptr);
}

bool DataSafetyActions::erasePersonalData(bool ask)
{
    if (!m_db)
        return false;
    const ChosenPerson person = m_person ? m_person() : ChosenPerson{};
    if (person.id <= 0) {
        QMessageBox::information(m_window, tr("Erase Personal Data"),
                                 tr("Choose the person on the People page first."));
        return false;
    }
    if (ask) {
        QMessageBox box(QMessageBox::Warning, tr("Erase Personal Data"),
                        tr("Erase the personal data of “%1”?").arg(person.name),
                        QMessageBox::NoButton, m_window);
        box.setInformativeText(
            tr("Their names become “%1”; their contact details and sensitive notes are cleared "
               "in every record about them, and their history is scrubbed. The records stay, so "
               "counts and statistics stay right. This cannot be undone (backups made before "
               "still hold the data).")
                .arg(PersonalData::placeholderName(person.id)));
        QPushButton* erase = box.addButton(tr("Erase"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != erase)
            return false;
    }
    try {
        PersonalData::erase(*m_db, person.id);
    } catch (const StorageError& e) {
        QMessageBox::warning(m_window, tr("Not erased"), e.message());
        return false;
    }
    emit recordsChanged();
    emit statusMessage(tr("The personal data was erased."));
    return true;
}

void DataSafetyActions::undo()
{
    undoOrRedo(true);
}

void DataSafetyActions::redo()
{
    undoOrRedo(false);
}

void DataSafetyActions::undoOrRedo(bool undo)
{
    if (!m_stack)
        return;
    sync();
    if (!(undo ? m_stack->canUndo() : m_stack->canRedo())) {
        emit statusMessage(undo ? tr("Nothing to undo: no saved edit in this session.")
                                : tr("Nothing to redo."));
        return;
    }
    try {
        if (undo)
            m_stack->undo();
        else
            m_stack->redo();
    } catch (const StorageError& e) {
        QMessageBox::warning(m_window, undo ? tr("Not undone") : tr("Not redone"), e.message());
        return;
    }
    updateActions();
    emit recordsChanged();
    emit statusMessage(undo ? tr("Undone.") : tr("Redone."));
}

void DataSafetyActions::showTrash()
{
    if (!m_db)
        return;
    TrashDialog dialog(*m_db, m_window);
    connect(&dialog, &TrashDialog::recordsChanged, this, &DataSafetyActions::recordsChanged);
    dialog.exec();
}

bool DataSafetyActions::offerNewestGoodBackup(QWidget* parent, const QString& databasePath)
{
    Backups backups(databasePath);
    for (const Backups::Entry& entry : backups.list()) {
        if (entry.kind == Backups::Kind::Damaged)
            continue;
        try {
            Backups::checkRestorable(entry.path); // sound in full, readable by this version
        } catch (const StorageError&) {
            continue;
        }
        QMessageBox box(QMessageBox::Warning, tr("The database is damaged"),
                        tr("%1 is damaged and was not opened, so that nothing more is lost.")
                            .arg(QDir::toNativeSeparators(databasePath)),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(
            tr("The newest good backup is from %1. Restore it? Changes made after it are not "
               "in it. The damaged file is kept in the backups folder.")
                .arg(DateText::dateTime(entry.created.toLocalTime(), uiLanguage())));
        QPushButton* restore = box.addButton(tr("Restore the Backup"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() != restore)
            return false;
        try {
            backups.restore(entry.path);
        } catch (const StorageError& e) {
            QMessageBox::warning(parent, tr("Not restored"), e.message());
            return false;
        }
        return true;
    }
    return false;
}

} // namespace jlgc
