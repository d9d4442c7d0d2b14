#pragma once

#include "domain/language.h"

#include <QMainWindow>
#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace jlgc {

class Database;
class LanguageManager;
class Page;

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

    QList<Page*> pages() const { return m_pages; }
    Page* currentPage() const;
    void showPage(Page* page);
    QListWidget* navigation() const { return m_nav; }
    QLabel* databaseLabel() const { return m_dbLabel; }

    // Window geometry and state from QSettings.
    void restoreWindowState();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addPage(Page* page);
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void rememberDatabase(const QString& path);
    void updateCounts();
    bool maybeSaveAll();
    void newDatabase();
    void openDatabaseDialog();
    void about();
    void exportReport(bool print);

    LanguageManager* m_language;
    std::unique_ptr<Database> m_db;
    QList<Page*> m_pages;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QLabel* m_dbLabel;
    QLabel* m_countLabel;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newDbAction = nullptr;
    QAction* m_openDbAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_printReportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_japaneseAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace jlgc
