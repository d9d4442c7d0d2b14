#pragma once

#include <QObject>
#include <functional>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QTimer;

namespace jlgc {

class Database;
class UndoStack;

// The main window's data-safety actions: Edit → Undo and Redo (of saved
// edits, Ctrl+Z / Ctrl+Shift+Z when no text field takes them), View → Trash,
// and telling the database who is at work (the official chosen in My
// research, kept in the settings) for the history.
class DataSafetyActions : public QObject {
    Q_OBJECT
public:
    DataSafetyActions(QMainWindow* window, QMenu* editMenu, QMenu* viewMenu);
    ~DataSafetyActions() override;

    void setDatabase(Database* db);
    void retranslate();
    // Reads the chosen official from the settings and names them to the database.
    void updateStaffName();

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* trashAction() const { return m_trash; }
    QAction* eraseAction() const { return m_erase; }

    // The person chosen in the window (id and name), if any.
    struct ChosenPerson {
        qint64 id = 0;
        QString name;
    };
    void setPersonProvider(std::function<ChosenPerson()> provider)
    {
        m_person = std::move(provider);
    }
    // Edit → Erase personal data…: asks first unless `ask` is false (tests).
    bool erasePersonalData(bool ask = true);

    void undo();
    void redo();
    void showTrash();
    // Takes in edits saved since (after a page saved).
    void sync();

    // A damaged database at start: tells the user and offers the newest
    // backup that is sound. Returns true when one was restored (the caller
    // opens the file again); the damaged file is kept in the backups folder.
    static bool offerNewestGoodBackup(QWidget* parent, const QString& databasePath);

signals:
    // Records were written: pages re-read their lists.
    void recordsChanged();
    void statusMessage(const QString& text);

private:
    // Takes back (undo) or does again the last saved edit, saying so in the
    // status bar; nothing to do, or a refusal, is said too.
    void undoOrRedo(bool undo);
    void updateActions();

    QMainWindow* m_window;
    Database* m_db = nullptr;
    std::unique_ptr<UndoStack> m_stack;
    qint64 m_staffId = -1;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_trash;
    QAction* m_erase;
    std::function<ChosenPerson()> m_person;
    QTimer* m_timer;
};

} // namespace jlgc
