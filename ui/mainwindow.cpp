#include "mainwindow.h"

#include "aboutdialog.h"
#include "affiliations/affiliationspage.h"
#include "common/page.h"
#include "common/recordpage.h"
#include "common/uilanguage.h"
#include "common/wheelguard.h"
#include "dashboard/dashboardpage.h"
#include "datasafety/datasafetyactions.h"
#include "delegations/delegationspage.h"
#include "events/eventspage.h"
#include "fellowship/allfellowspage.h"
#include "fellowship/fellowshippage.h"
#include "fellowship/hostfamiliespage.h"
#include "help/userguidewindow.h"
#include "importexport/importexportactions.h"
#include "jetaa/chapterspage.h"
#include "jetaa/fundingpage.h"
#include "organizations/organizationspage.h"
#include "people/peoplepage.h"
#include "reference/referencepage.h"
#include "reports/reportdialog.h"
#include "research/handoverpage.h"
#include "research/myresearchpage.h"
#include "research/researchrequestspage.h"
#include "research/staffpage.h"
#include "search/searchdialog.h"
#include "storage/database.h"
#include "storage/recordkinds.h"
#include "storage/records/listreader.h"
#include "storage/server/serveraddress.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace jlgc {

namespace {
constexpr int MaxRecentFiles = 8;
const char* const RecentKey = "database/recent";
const char* const LastKey = "database/last";
} // namespace

MainWindow::MainWindow(LanguageManager* language, QWidget* parent)
    : QMainWindow(parent), m_language(language), m_nav(new QListWidget),
      m_stack(new QStackedWidget), m_dbLabel(new QLabel), m_countLabel(new QLabel),
      m_watch(new QTimer(this)), m_startup(new QTimer(this)), m_ahead(new QTimer(this)),
      m_trim(new QTimer(this))
{
    // After a database opens: the verdict of its integrity check, then the
    // daily backup, both off the user's way.
    m_startup->setInterval(100);
    connect(m_startup, &QTimer::timeout, this, &MainWindow::afterStart);
    // Once a database is open, the pages not yet visited are made while the
    // window waits for the user (not while a dialog or a menu is open), a
    // page a turn (each a few milliseconds), so that a click in the
    // navigation only has the page to show.
    // Named for the bench's account of what held the window up (JLGC_BENCH_WHY).
    m_watch->setObjectName(QStringLiteral("outsideChangesTimer"));
    m_startup->setObjectName(QStringLiteral("startupTimer"));
    m_ahead->setObjectName(QStringLiteral("pagesAheadTimer"));
    m_trim->setObjectName(QStringLiteral("trimTimer"));
    m_ahead->setInterval(25);
    connect(m_ahead, &QTimer::timeout, this, &MainWindow::makeNextPageAhead);
    m_trim->setSingleShot(true);
    m_trim->setInterval(1000);
#ifdef __GLIBC__
    connect(m_trim, &QTimer::timeout, this, [] { malloc_trim(0); });
#endif
    // Other windows and programs may write to the same file: look every few
    // seconds whether they did, and refresh the lists if so.
    m_watch->setInterval(3000);
    connect(m_watch, &QTimer::timeout, this, &MainWindow::checkForOutsideChanges);
    setObjectName(QStringLiteral("mainWindow"));
    WheelGuard::install();
    setWindowIcon(QIcon(QStringLiteral(":/icons/jlgc-desk.svg")));
    auto* central = new QWidget;
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(190);
    m_nav->setSpacing(2);
    centralLayout->addWidget(m_nav);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // The home page comes first and is shown at start. The other pages are
    // made when first shown (or asked for), or ahead, a page a turn, once a
    // database is open: not all at start-up.
    addPage<DashboardPage>();
    addPage<PeoplePage>();
    addPage<OrganizationsPage>();
    addPage<FellowshipPage>();
    addPage<AllFellowsPage>();
    addPage<HostFamiliesPage>();
    addPage<ChaptersPage>();
    addPage<FundingPage>();
    addPage<AffiliationsPage>();
    addPage<EventsPage>();
    addPage<DelegationsPage>();
    addPage<ResearchRequestsPage>();
    addPage<MyResearchPage>();
    addPage<StaffPage>();
    addPage<HandoverPage>();
    addPage<ReferencePage>();
    auto* dashboard = static_cast<DashboardPage*>(pageAt(0));
    connect(dashboard, &DashboardPage::guideRequested, this, &MainWindow::showUserGuide);
    connect(dashboard, &DashboardPage::areaRequested, this, [this](const QString& kind) {
        for (int row = 0; row < m_slots.size(); ++row)
            if (auto* rp = qobject_cast<RecordPage*>(pageAt(row)); rp && rp->searchKind() == kind)
                return showPage(rp);
    });

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_slots.size())
            return;
        Page* target = pageAt(row);
        if (m_stack->currentWidget() == target)
            return;
        Page* leaving = currentPage();
        if (leaving && !leaving->maybeSave()) {
            const QSignalBlocker block(m_nav);
            m_nav->setCurrentRow(rowOf(leaving));
            return;
        }
        // Only the page shown takes updates: the stack's switch turns them
        // off and on again for every widget that does (of every page made
        // ahead, a few thousand: 2-3 ms a switch), and skips the rest.
        target->setUpdatesEnabled(true);
        m_stack->setCurrentWidget(target);
        if (leaving)
            leaving->setUpdatesEnabled(false);
        releaseFreedMemory();
    });

    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
    createMenus();
    retranslate();
    m_nav->setCurrentRow(0);
    resize(1280, 800);
}

void MainWindow::fitOnScreen()
{
    // 1280×800 is the size the pages are made for; on a smaller screen (a
    // laptop at 150 % scaling has 1280×720 or less) the window takes what
    // the screen has, frame included, and stays on it.
    const QScreen* s = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!s)
        return;
    const QRect avail = s->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize room = avail.size() - frameExtra.expandedTo(QSize(0, 0));
    if (width() > room.width() || height() > room.height())
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
    if (!avail.contains(frameGeometry()))
        move(avail.topLeft());
}

MainWindow::~MainWindow()
{
    finishBackgroundWork();
    // Pages save their column layout while the database is still open.
    for (Page* p : std::as_const(m_pages))
        delete p;
    m_pages.clear();
    for (PageSlot& slot : m_slots)
        slot.page = nullptr;
}

void MainWindow::releaseFreedMemory()
{
    // Reading a list allocates and frees much more than it keeps (query
    // results, records of pages scrolled past); glibc keeps what was freed
    // for later unless told to give it back. Once the page is shown, it is:
    // a second later (m_trim), not at once, since walking the allocator's
    // heap takes milliseconds that would hold up the page's first paint.
    m_trim->start();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newDbAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDatabase);
    m_openDbAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabaseDialog);
    m_openDbAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_connectServerAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_moveToServerAction = m_fileMenu->addAction(QString(), this, &MainWindow::moveToServer);
    m_fileMenu->addSeparator();
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::backUpNow);
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreBackup);
    m_exportReportAction = m_fileMenu->addAction(QString(), this, [this] { exportReport(false); });
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printReportAction = m_fileMenu->addAction(QString(), this, [this] { exportReport(true); });
    m_printReportAction->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    new ImportExportActions(this, m_fileMenu, m_backupAction);
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    auto onPage = [this](void (Page::*fn)()) {
        return [this, fn] {
            if (Page* p = currentPage())
                (p->*fn)();
        };
    };
    m_newAction = m_editMenu->addAction(QString(), this, onPage(&Page::newRecord));
    m_newAction->setShortcut(QKeySequence::New);
    m_saveAction = m_editMenu->addAction(QString(), this, [this] {
        if (Page* p = currentPage())
            p->save();
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_revertAction = m_editMenu->addAction(QString(), this, onPage(&Page::revert));
    m_deleteAction = m_editMenu->addAction(QString(), this, onPage(&Page::deleteCurrent));
    m_deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), this, onPage(&Page::focusFilter));
    m_findAction->setShortcut(QKeySequence::Find);
    m_searchAction = m_editMenu->addAction(QString(), this, &MainWindow::findAnything);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* group = new QActionGroup(this);
    // Each language is named in itself, so anyone can find their own.
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_japaneseAction = m_languageMenu->addAction(QStringLiteral("日本語"));
    for (QAction* a : {m_englishAction, m_japaneseAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(m_englishAction, &QAction::triggered, this, [this] {
        m_language->setLanguage(Language::English);
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    });
    connect(m_japaneseAction, &QAction::triggered, this, [this] {
        m_language->setLanguage(Language::Japanese);
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ja"));
    });

    m_dataSafety = new DataSafetyActions(this, m_editMenu, m_viewMenu);
    connect(m_dataSafety, &DataSafetyActions::recordsChanged, this, [this] {
        // Undo, redo and the Trash write through the database: its notifier
        // tells every page what changed.
        updateCounts();
    });
    m_dataSafety->setPersonProvider([this] {
        DataSafetyActions::ChosenPerson chosen;
        auto* page = qobject_cast<RecordPage*>(currentPage());
        if (page && page->currentRecordTable() == QLatin1String("person") &&
            page->currentId().isValid()) {
            chosen.id = page->currentId().toLongLong();
            chosen.name = page->currentRecordDescription();
        }
        return chosen;
    });
    connect(m_dataSafety, &DataSafetyActions::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });

    // Ctrl+1 … Ctrl+9 go to the first nine pages of the navigation.
    m_goMenu = m_viewMenu->addMenu(QString());
    for (int row = 0; row < m_slots.size(); ++row) {
        QAction* a = m_goMenu->addAction(QString(), this, [this, row] {
            if (m_nav->currentRow() != row)
                m_nav->setCurrentRow(row);
        });
        if (row < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        m_goActions << a;
    }

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setToolTipsVisible(true);
    m_usersAction = m_settingsMenu->addAction(QString(), this, &MainWindow::showUsers);
    m_accessLogAction = m_settingsMenu->addAction(QString(), this, &MainWindow::showAccessLog);

    m_helpMenu = menuBar()->addMenu(QString());
    m_userGuideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showUserGuide);
    m_userGuideAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newDbAction->setText(tr("&New Database…"));
    m_openDbAction->setText(tr("&Open Database…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_connectServerAction->setText(tr("Connect to O&ffice Server…"));
    m_moveToServerAction->setText(tr("&Move to Office Server…"));
    m_moveToServerAction->setEnabled(m_db && !m_db->isInMemory() && !m_db->onServer());
    m_backupAction->setText(m_db && m_db->onServer() ? tr("&Back Up to a File…")
                                                     : tr("&Back Up Now"));
    m_restoreAction->setText(tr("Restore from a Bac&kup…"));
    m_backupAction->setEnabled(m_db && !m_db->isInMemory());
    m_restoreAction->setEnabled(m_db && !m_db->isInMemory() && !m_db->onServer());
    m_exportReportAction->setText(tr("&Export Report…"));
    m_printReportAction->setText(tr("&Print Report…"));
    m_exportReportAction->setEnabled(m_db != nullptr);
    m_printReportAction->setEnabled(m_db != nullptr);
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_newAction->setText(tr("&New Record"));
    m_saveAction->setText(tr("&Save"));
    m_revertAction->setText(tr("Re&vert Changes"));
    m_deleteAction->setText(tr("&Delete Record…"));
    m_findAction->setText(tr("&Find in List"));
    m_searchAction->setText(tr("Find &Anything…"));
    m_searchAction->setEnabled(m_db != nullptr);
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_dataSafety->retranslate();
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_usersAction->setText(tr("&Users…"));
    m_accessLogAction->setText(tr("&Access Log…"));
    {
        // An office server's administrators manage logins and read the log.
        const bool administrator =
            m_db && m_db->onServer() && m_db->officeRole() == QLatin1String("administrator");
        const QString why = administrator ? QString()
                            : !m_db || !m_db->onServer()
                                ? tr("Logins and the access log belong to an office server.")
                                : tr("Only an administrator of the office server may do this.");
        for (QAction* a : {m_usersAction, m_accessLogAction}) {
            a->setEnabled(administrator);
            a->setToolTip(why);
        }
    }
    m_userGuideAction->setText(tr("&User Guide"));
    m_aboutAction->setText(tr("&About JLGC Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_englishAction->setChecked(m_language->language() == Language::English);
    m_japaneseAction->setChecked(m_language->language() == Language::Japanese);
    m_goMenu->setTitle(tr("&Go to Page"));
    for (int i = 0; i < m_slots.size(); ++i) {
        m_nav->item(i)->setText(m_slots[i].title());
        m_nav->item(i)->setToolTip(i < 9 ? tr("%1 (Ctrl+%2)").arg(m_slots[i].title()).arg(i + 1)
                                         : m_slots[i].title());
        if (i < m_goActions.size())
            m_goActions[i]->setText(m_slots[i].title());
    }
    setWindowTitle(tr("JLGC Desk — %1").arg(m_db ? databaseTitle() : tr("no database")));
    m_dbLabel->setText(!m_db                ? tr("No database open")
                       : m_db->isReadOnly() ? tr("%1 (read-only)").arg(databaseDescription())
                                            : databaseDescription());
    updateCounts();
    updateRecentMenu();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::findAnything()
{
    if (!m_db)
        return;
    SearchDialog dialog(m_db.get(), this);
    connect(&dialog, &SearchDialog::recordChosen, this, &MainWindow::openRecord);
    dialog.exec();
}

bool MainWindow::openRecord(const QString& kind, const QVariant& id)
{
    Page* current = currentPage();
    if (current && !current->maybeSave())
        return false;
    // Pages not made yet are made to ask them.
    for (int row = 0; row < m_slots.size(); ++row) {
        if (pageAt(row)->showRecord(kind, id)) {
            m_nav->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::rememberDatabase(const QString& path)
{
    if (path == QLatin1String(":memory:"))
        return;
    QSettings s;
    // A server's address as it is (never with a password: see ServerAddress).
    const QString abs =
        ServerAddress::isAnyAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    s.setValue(QLatin1String(LastKey), abs);
    QStringList recent = s.value(QLatin1String(RecentKey)).toStringList();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    s.setValue(QLatin1String(RecentKey), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(RecentKey)).toStringList();
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(ServerAddress::isServerAddress(path)
                                                 ? tr("%1 (office server)").arg(path)
                                                 : QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateCounts()
{
    if (!m_db) {
        m_countLabel->clear();
        return;
    }
    QStringList parts;
    try {
        QList<RecordKind> kinds;
        for (const RecordKind& k : RecordKinds::all())
            if (k.key == QLatin1String("people") || k.key == QLatin1String("organizations"))
                kinds << k;
        const QHash<QString, qint64> n = RecordKinds::counts(*m_db, kinds);
        for (const RecordKind& k : std::as_const(kinds))
            parts << tr("%1: %2", "a kind of record and how many there are")
                         .arg(RecordKinds::label(k.key), QLocale().toString(n.value(k.key)));
    } catch (const StorageError&) {
        // Counts are a convenience; a busy database must not stop the window.
    }
    m_countLabel->setText(joinSummary(parts));
}

bool MainWindow::maybeSaveAll()
{
    for (Page* p : std::as_const(m_pages)) {
        if (!p->hasUnsavedChanges())
            continue;
        showPage(p);
        if (!p->maybeSave())
            return false;
    }
    return true;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir::homePath() + QStringLiteral("/jlgc-desk.sqlite"),
        tr("JLGC Desk databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose another name, or open it with "
                                "File → Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), dir, tr("JLGC Desk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showUserGuide()
{
    // One window, kept open beside this one while the user works.
    if (!m_userGuide)
        m_userGuide = new UserGuideWindow(this);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

UserGuideWindow* MainWindow::userGuide() const
{
    return m_userGuide.data();
}

void MainWindow::exportReport(bool print)
{
    if (!m_db)
        return;
    ReportDialog dialog(m_db.get(), this);
    // The report of the page it was opened from, about the record shown.
    if (auto* page = qobject_cast<RecordPage*>(currentPage()))
        dialog.selectReportFor(page->currentRecordTable(), page->currentId());
    if (print)
        dialog.preferPrinting();
    dialog.exec();
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreWindowState()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    fitOnScreen();
    // Every start shows the dashboard first.
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace jlgc
