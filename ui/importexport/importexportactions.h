#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace jlgc {

class MainWindow;

// File → Import… and File → Export List to CSV…, kept out of the main
// window's own code: the main window only creates this.
class ImportExportActions : public QObject {
    Q_OBJECT
public:
    // Inserts the actions into menu before `before`.
    ImportExportActions(MainWindow* window, QMenu* menu, QAction* before);

    QAction* importAction() const { return m_import; }
    QAction* exportListAction() const { return m_exportList; }

    // Opens the wizard (for the kind of the current page when it has one).
    void importFile();
    // Writes the current page's list, as filtered, to `path` (asks when empty).
    // Returns the number of records written, or -1.
    int exportList(const QString& path = {});

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();
    QString currentKind() const;

    MainWindow* m_window;
    QAction* m_import;
    QAction* m_exportList;
};

} // namespace jlgc
