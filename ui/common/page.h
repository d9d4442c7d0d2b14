#pragma once

#include <QHash>
#include <QIcon>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QStyle>
#include <QVariant>
#include <QWidget>
#include <functional>

namespace jlgc {

class Database;
class ListReader;
struct ChangeSet;

// One area of the office in the main window's navigation.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // One of the style's standard icons: a page's icon in the navigation
    // (its PageIcon, shown before the page is made).
    static QIcon standardIcon(QStyle::StandardPixmap pixmap);
    // A new database was opened (or none: nullptr). Pages reload from it.
    virtual void setDatabase(Database* db) = 0;

    // Edit actions, for pages that edit records.
    virtual bool canEdit() const { return false; }
    virtual bool hasUnsavedChanges() const { return false; }
    // Asks the user about unsaved changes; false if they chose to stay.
    virtual bool maybeSave() { return true; }
    virtual void newRecord() {}
    virtual bool save() { return true; }
    virtual void revert() {}
    virtual void deleteCurrent() {}
    virtual void focusFilter() {}
    // Another window or program changed the database: re-read the lists
    // (never the form being edited).
    virtual void refreshFromDatabase() {}
    // A page of the window that another page covers (its stack shows
    // another): pages that read again whenever shown skip reading meanwhile.
    bool coveredInStack() const { return parentWidget() && isHidden(); }
    // What changed, from the database's notifier (a save here or on another
    // page, an import, undo, another program): a page brings what it shows
    // up to date, never the form being edited. By default the whole page
    // reads again when its kind of record changed.
    virtual void followChanges(const ChangeSet& changes);
    // Where long lists are read off the window's thread (null: read at once,
    // a database in memory). Set before setDatabase().
    void setListReader(ListReader* reader) { m_listReader = reader; }
    ListReader* listReader() const { return m_listReader; }
    // Shows the record of that kind (see SearchIndex::sources) if this page
    // holds such records; returns whether it did.
    virtual bool showRecord(const QString& kind, const QVariant& id)
    {
        Q_UNUSED(kind);
        Q_UNUSED(id);
        return false;
    }

    // The kind of record the list holds (as SearchIndex::sources() names it)
    // and the ids it shows, in its order and as filtered (File → Export List).
    virtual QString listKind() const { return {}; }
    virtual QList<qint64> visibleIds() const { return {}; }

protected:
    // Reads what the page shows from db off the window's thread when it can
    // (the list reader's connection), then calls done with it on the
    // window's thread; a newer call makes an older one's result be dropped.
    // read must only read. Without a reader it reads at once.
    // A page reads more than one thing aside on slots of their own (a
    // newer read drops only an older one of its slot).
    // A read that fails is told in the status bar, and failed (if any) is
    // called instead of done.
    void readAside(Database* db, std::function<QVariant(Database&)> read,
                   std::function<void(const QVariant&)> done, int slot = 0,
                   std::function<void()> failed = {});

signals:
    void statusMessage(const QString& text);
    // Records were added, changed or removed (counts and other pages refresh).
    void dataChanged();
    // Show this record on its page (a double click on a line that names it).
    void recordRequested(const QString& kind, const QVariant& id);
    void titleChanged();

private:
    struct Aside {
        quint64 epoch = 0;
        std::function<void(const QVariant&)> done;
        std::function<void()> failed;
    };
    quintptr asideKey(int slot) const
    {
        return reinterpret_cast<quintptr>(&m_aside) + quintptr(slot);
    }
    ListReader* m_listReader = nullptr;
    QPointer<QObject> m_asideReader;
    QMetaObject::Connection m_asideConnection;
    QMetaObject::Connection m_asideFailure;
    QHash<int, Aside> m_aside; // by slot
};

} // namespace jlgc
