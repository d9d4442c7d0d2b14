#pragma once

#include "common/paintahead.h"
#include "domain/language.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <future>
#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace jlgc {

class Database;
class DataSafetyActions;
class ListReader;
struct ChangeSet;
class LanguageManager;
class Page;
class UserGuideWindow;

// The application window: navigation to each area of the office on the left,
// the chosen area's page on the right, and the menus.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager* language, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database; on failure tells the user why, keeps the
    // database that was open, and returns false.
    bool openDatabase(const QString& path);
    Database* database() const { return m_db.get(); }

    // Every page in the navigation's order, each made now if it was not yet.
    QList<Page*> pages();
    // The page of class T, or none (every page is made first, as pages()
    // does).
    template <class T> T* page()
    {
        for (Page* p : pages())
            if (auto* t = qobject_cast<T*>(p))
                return t;
        return nullptr;
    }
    // Whether every page is made and painted once (they are made ahead once
    // a database is open and the window shown, a page a turn, then painted
    // unseen a few strips a turn).
    bool allPagesReady() const;
    Page* currentPage() const;
    void showPage(Page* page);
    QListWidget* navigation() const { return m_nav; }
    QLabel* databaseLabel() const { return m_dbLabel; }
    QLabel* countLabel() const { return m_countLabel; }

    // Closes the database (pages let go of it first).
    void closeDatabase();

    // Re-reads the lists when another window or program has written to the
    // database since the last look (a timer calls it every few seconds).
    void checkForOutsideChanges();
    // What changed (the notifier): every page made so far, the counts.
    void followChanges(const ChangeSet& changes);

    // Shows a record found by global search on its page.
    bool openRecord(const QString& kind, const QVariant& id);

    // Window geometry and state from QSettings.
    void restoreWindowState();

    // Help → User Guide: opens the guide's window (or brings it to the front).
    void showUserGuide();
    UserGuideWindow* userGuide() const;
    DataSafetyActions* dataSafety() const { return m_dataSafety; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // A page of the navigation, made when first needed.
    struct PageSlot {
        std::function<Page*()> make;
        std::function<QString()> title;
        Page* page = nullptr;
    };
    template <class T> void addPage()
    {
        m_slots.push_back(PageSlot{[]() -> Page* { return new T; }, &T::pageTitle});
        addNavigationItem(T::standardIcon(T::PageIcon), T::pageTitle());
    }
    // The page of a simple kind, made from its description (DescribedPage).
    void addDescribedPage(const QString& kind);
    void addNavigationItem(const QIcon& icon, const QString& title);
    void fitOnScreen();
    Page* pageAt(int row); // makes the page if needed
    void makeNextPageAhead();
    int rowOf(const Page* page) const;
    void releaseFreedMemory();
    void afterStart();
    void finishBackgroundWork();
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void rememberDatabase(const QString& path);
    void updateCounts();
    bool maybeSaveAll();
    void newDatabase();
    void openDatabaseDialog();
    void backUpNow();
    // Office servers (mainwindowserver.cpp).
    bool openDatabaseAt(const QString& path, QString* serverProblem);
    bool openServer(QString address, QString problem, bool askFirst);
    void connectToServer();
    void moveToServer();
    // Settings → Users… and Access Log… (an office server's administrators).
    void showUsers();
    void showAccessLog();
    void backUpServer();
    QString databaseTitle() const;
    QString databaseDescription() const;
    void findAnything();
    void restoreBackup();
    void about();
    void exportReport(bool print);

    LanguageManager* m_language;
    std::unique_ptr<Database> m_db;
    // Long lists are read off the window's thread (none for a database in memory).
    std::unique_ptr<ListReader> m_listReader;
    QList<PageSlot> m_slots; // the navigation's pages, in its order
    QList<Page*> m_pages;    // the pages made so far
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QLabel* m_dbLabel;
    QLabel* m_countLabel;
    QTimer* m_watch;
    QTimer* m_startup;
    QTimer* m_ahead; // makes the pages not yet made and paints them, a turn every 25 ms
    QTimer* m_trim;  // gives freed memory back, a second after a page is shown
    bool m_fontsReady = false;
    PaintAhead m_paintAhead; // the pages made ahead, painted once unseen
    bool m_backupStarted = false;
    std::future<QString> m_backup; // the daily backup's message
    QPointer<UserGuideWindow> m_userGuide;
    DataSafetyActions* m_dataSafety = nullptr; // undo/redo, Trash

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QAction* m_usersAction = nullptr;
    QAction* m_accessLogAction = nullptr;
    QMenu* m_goMenu = nullptr;
    QList<QAction*> m_goActions;
    QAction* m_newDbAction = nullptr;
    QAction* m_openDbAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_printReportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_connectServerAction = nullptr;
    QAction* m_moveToServerAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_japaneseAction = nullptr;
    QAction* m_userGuideAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace jlgc
