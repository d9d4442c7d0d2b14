#pragma once

#include "common/page.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QPointer>
#include <QVariant>
#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QKeyEvent;
class QLabel;
class QModelIndex;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QScrollBar;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace jlgc {

class FieldForm;
class RecordFilterProxy;
class RecordListModel;

// A page of records: a filterable, sortable list on the left and the chosen
// record's form on the right, with New, Save, Revert and Delete. Unsaved
// edits are never dropped without asking.
class RecordPage : public Page {
    Q_OBJECT
public:
    // settingsKey names the page in QSettings (column widths, sort order).
    RecordPage(const QString& settingsKey, QWidget* parent = nullptr);
    ~RecordPage() override;

    void setDatabase(Database* db) override;
    bool canEdit() const override { return m_db != nullptr; }
    bool hasUnsavedChanges() const override { return m_dirty; }
    bool maybeSave() override;
    void newRecord() override;
    bool save() override;
    void revert() override;
    void deleteCurrent() override;
    void focusFilter() override;
    void refreshFromDatabase() override;
    // The list follows changes of its kind; the record shown is read again
    // when it changed, unless it is being edited.
    void followChanges(const ChangeSet& changes) override;
    // Shows a record found by global search when its kind is searchKind().
    bool showRecord(const QString& kind, const QVariant& id) override;
    QString listKind() const override { return searchKind(); }
    QList<qint64> visibleIds() const override;
    // The kind of record this page holds, as SearchIndex::sources() names it
    // (the dashboard opens a page by it too).
    virtual QString searchKind() const { return {}; }

    // For tests and the main window.
    QTableView* table() const { return m_table; }
    // The scroll bar that moves along the whole list: the page's own for a
    // list longer than its model's window, else the table's.
    QScrollBar* listScrollBar() const;
    RecordFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    FieldForm* form() const { return m_form; }
    QVariant currentId() const { return m_currentId; }
    bool selectRecord(const QVariant& id);
    // Shows a record that may have been added since the list was read (by
    // another window, an import): clears the filter and re-reads if needed.
    bool revealRecord(const QVariant& id);
    QPushButton* saveButton() const { return m_save; }
    // "1,000 records", "12 of 1,000 shown" under the list.
    QLabel* listCountLabel() const { return m_countLabel; }
    // The chosen record's history (data safety): date, who, field, old and
    // new value, with "Restore this value".
    void showHistory();
    QPushButton* historyButton() const { return m_history; }
    // The table of the chosen record ("person", …) and its description, for
    // window actions on it (Edit → Erase personal data…).
    QString currentRecordTable() const { return historyTableName(); }
    // On an office server: "asato has been editing this record since 10:42."
    // above the form while a colleague edits the record shown (hidden
    // otherwise).
    QLabel* editingBanner() const { return m_editingBanner; }
    QString currentRecordDescription() const { return describeCurrent(); }
    // Read the list only when the page is first shown (the main window's
    // pages); otherwise when the database is set.
    void setLoadWhenShown(bool on) { m_loadWhenShown = on; }
    // Reads the list now if it was left for later.
    void ensureLoaded();

    // The list of a page whose kind is described (RecordTypes): read by the
    // database a screen at a time, off the window's thread. Null for pages
    // whose lists are their own model.
    RecordListModel* listModel() const { return m_list; }

protected:
    Database* database() const { return m_db; }
    void setSourceModel(QAbstractItemModel* model);
    // The page's list is the kind's list (see listModel()).
    void setListModel(RecordListModel* model);
    // Reads something the page shows beside its list (a summary) off the
    // window's thread when it can, then calls done with it; a newer call
    // makes an older one's result be dropped. read must only read.
    void readBeside(std::function<QVariant(Database&)> read,
                    std::function<void(const QVariant&)> done);
    // A short list kept in memory (setSourceModel): read off the window's
    // thread, then shown (show fills the model), the record shown staying
    // selected.
    void readShortList(std::function<QVariant(Database&)> read,
                       std::function<void(const QVariant&)> show);
    // Controls that narrow the list, shown beside the text filter.
    QHBoxLayout* filterBar() const { return m_filterBar; }
    // Extra widgets under the form (lists of related records).
    QVBoxLayout* detailArea() const { return m_detailArea; }
    // Extra rows between the filter and the list (a second row of filters)
    // and under the list's record count (totals, counts).
    QVBoxLayout* aboveList() const { return m_aboveList; }
    QVBoxLayout* belowList() const { return m_belowList; }
    void setDirty(bool dirty);
    void setFormEnabled(bool enabled);
    // Re-reads the list, keeping the current record selected.
    void refreshList();

    // Widens filters of the page's own (beyond the text filter) so that any
    // record can be shown.
    virtual void resetFilters() {}
    // The table whose history the History button shows (by default the
    // table of searchKind()); empty: no history button.
    virtual QString historyTableName() const;

    // Sets the filters of the page's own on its list (a page with none
    // beside the text filter leaves it as it is: the database reads it).
    virtual void reload() {}
    virtual void loadRecord(const QVariant& id) = 0;
    virtual void clearForm() = 0;
    // Validates and stores the form; returns the record's id. Throws StorageError.
    virtual QVariant saveForm() = 0;
    virtual void removeRecord(const QVariant& id) = 0;
    virtual QString describeCurrent() const = 0;
    virtual void retranslate();
    // After a language switch: the list's cells and headings, and the record
    // in the form (unless it is being edited), in the new language.
    virtual void languageChanged();
    // The record in the form read again, unless it is new or being edited;
    // false when it was not.
    bool readRecordAgain();

    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void keepFormWhole();
    void showWholeHeadings();
    // Until the user sets a column's width, a list's columns take the width
    // of their texts in the first rows read: when first shown, and again in
    // another language.
    void fitColumnsOnce();
    void onCurrentRowChanged();
    // The list: its database set when first read, then the page's reload().
    void readList();
    void onListCounted();
    void onLocated(qint64 id, int row);
    // A list longer than its model's window: the page's scroll bar stands
    // for the whole list, and the window follows the table's scrolling.
    void updateRowsBar();
    void onTableScrolled();
    void onRowsBarMoved(int firstRow);
    void moveWindow(int first);
    // The view's index of the list's row `row`, the window moved to hold it.
    QModelIndex bringIntoView(int row, int column);
    // The keys that mean the list, not the window the table holds: true
    // when the key was taken.
    bool keyInLongList(const QKeyEvent* key);
    // The view's first row shown, and how many rows it shows.
    int topShownRow() const;
    int rowsInView() const;
    // Shows the record in the form (an invalid id: none), not asking first.
    void showInForm(const QVariant& id);
    void showError(const StorageError& error, const QString& title);
    void saveViewState() const;
    void restoreViewState();
    void updateButtons();
    // Editing marks (recordpageediting.cpp): this page's own edit marked
    // while the form has unsaved changes, and a colleague's shown.
    void updateEditingMark();
    void showOtherEditor();
    void colleagueEditing(const QString& table, qint64 id);
    QLabel* m_editingBanner = nullptr;
    QString m_markedTable;
    qint64 m_markedId = 0;

    QString m_settingsKey;
    Database* m_db = nullptr;
    QVariant m_currentId;
    bool m_dirty = false;
    bool m_readAgainLater = false; // a dialog was open: read again when it closes
    bool m_isNew = false;
    bool m_switching = false;
    bool m_shortListPending = false; // readShortList() is reading
    bool m_viewRestored = false;
    bool m_columnsFitted = false; // the user's widths, or fitted to this language's texts
    bool m_userWidths = false;    // the user has dragged a column's edge
    bool m_fittingColumns = false;
    bool m_loadWhenShown = false;
    bool m_loadPending = false;

    QSplitter* m_splitter;
    QLineEdit* m_filter;
    QHBoxLayout* m_filterBar;
    QTableView* m_table;
    QScrollBar* m_rowsBar = nullptr;
    bool m_syncingRows = false;
    int m_currentListRow = -1; // the list's row of the record shown (a windowed list)
    RecordFilterProxy* m_proxy;
    QLabel* m_formTitle;
    FieldForm* m_form;
    QVBoxLayout* m_detailArea;
    QVBoxLayout* m_aboveList;
    QVBoxLayout* m_belowList;
    QWidget* m_formPanel;
    QScrollArea* m_formScroll = nullptr;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_delete;
    QLabel* m_countLabel;
    RecordListModel* m_list = nullptr;

    // Data safety: the History button, and the newest change of the record
    // when it was loaded (what someone else changed since, on a conflict).
    QPushButton* m_history = nullptr;
    qint64 m_loadedChangeId = 0;
    void noteLoaded();
    QString describeOtherChanges() const;
    // The values in the form's fields, to merge the user's edits onto
    // another user's version ("Keep my changes" on a conflict).
    QHash<QObject*, QVariant> fieldValues() const;
    bool keepMyChanges();
    QHash<QObject*, QVariant> m_loadedValues;

protected:
    FieldForm* formFields() const { return m_form; }
    void setFormTitle(const QString& text);
};

} // namespace jlgc
