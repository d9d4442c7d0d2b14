#pragma once

#include "storage/records/listquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

namespace jlgc {

class Database;
class ListReader;
struct ChangeSet;
struct RecordType;

// The list of one kind of record, whatever its length: its columns are the
// kind's description (RecordType::listColumns), and the database counts,
// filters, sorts and reads it a screen (PageSize rows) at a time. With a
// ListReader the reading happens on the reader's thread: the model answers
// at once with what it has (rows read before, or empty cells) and fills the
// rows in when they arrive, so the window never waits. Without one (a
// database in memory), it reads at once on the window's thread.
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit RecordListModel(const QString& kind, QObject* parent = nullptr);
    ~RecordListModel() override;

    const RecordType& type() const { return *m_type; }
    // reader: null to read on the calling thread.
    void setDatabase(Database* db, ListReader* reader);
    Database* database() const { return m_db; }
    bool isAsynchronous() const;

    // What the list reads now, in the window's language.
    ListQuery query() const;
    void setText(const QString& text);
    QString text() const { return m_query.text; }
    // A filter of the kind (ListFilter) and its value; a null value unsets it.
    void setFilter(const QString& name, const QVariant& value);
    void setFilters(const QVariantMap& filters);
    const QVariantMap& filters() const { return m_query.filters; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_query.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

    // Reads the list again (the count, then the rows shown); rows read
    // before stay shown until their new version arrives.
    void reload();
    // Reloads when the changes touch this kind (or the kinds given).
    void follow(const ChangeSet& changes);
    void setAlsoFollows(const QStringList& kinds) { m_alsoFollows = kinds; }
    // The cells in the window's language again (after a switch).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Rows without the text filter (for "12 of 1,000 shown").
    int unfilteredCount() const { return m_withoutText; }
    // Every row of the list. A list longer than windowRows() is shown a
    // window of that many rows at a time (rowCount()): a view keeps a record
    // for every row it is given (QHeaderView), so a million rows cost tens of
    // milliseconds and megabytes at each change of their count. The view's
    // row r is the list's row firstShown() + r; the page scrolls the window
    // along the list (RecordPage's own scroll bar).
    int totalCount() const { return m_count; }
    int firstShown() const { return m_offset; }
    bool isWindowed() const { return m_count > m_window; }
    int windowRows() const { return m_window; }
    void setWindowRows(int rows);
    // Moves the window to start at the list's row `first` (kept within the
    // list); rows the view holds (the current one) keep their records.
    void moveWindow(int first);
    // The view's row of the list's row `row`, the window moved (centred on
    // it) if it was outside; -1 for a row not in the list.
    int bringIntoWindow(int row);
    static constexpr int DefaultWindowRows = 20000;
    // Whether the count has arrived since the last change of query.
    bool isCounted() const { return m_counted; }
    // The id of the view's row (0: not read yet).
    qint64 recordId(int row) const;
    // Finds the list's row of a record; located() says where (-1: not listed).
    // Reading at once, located() is emitted before this returns.
    void locate(qint64 id);
    // Every id in the list's order (File → Export List): read at once.
    QList<qint64> allIds() const;
    // Reads every page now (tests, and lists small enough to show whole).
    void fetchAll();
    // Forgets the pages read but the `pages` last shown and the one of the
    // view's row `keepRow` (a list whose page is hidden keeps its screen and
    // its current record's row); the others are read again if shown.
    void keepRecentPages(int pages, int keepRow = -1);
    int pagesHeld() const { return int(m_pages.size()); }

    static constexpr int PageSize = 100;
    static constexpr int MaxPages = 12;

signals:
    void located(qint64 id, int row);
    // The count arrived (the list's length may have changed).
    void counted();
    // The window moved `by` rows along the list (negative: back).
    void windowMoved(int by);
    void failed(const QString& message);

private:
    struct Page {
        QList<ListRow> rows;
        quint64 epoch = 0; // of the query it was read with
    };
    void restart();
    void requestPage(int page) const;
    void storePage(int page, const QList<ListRow>& rows);
    void applyCount(int count, int withoutText);
    void onCounted(quintptr requester, quint64 epoch, int count, int withoutText);
    void onPageRead(quintptr requester, quint64 epoch, int first, const QList<ListRow>& rows);
    void onLocated(quintptr requester, quint64 epoch, qint64 id, int row);
    // dataChanged for the rows of the list from first to last that are shown.
    void listRowsChanged(int first, int last);
    int shownRows() const { return qMin(m_count, m_window); }
    quintptr key() const { return reinterpret_cast<quintptr>(this); }

    const RecordType* m_type;
    int m_shown = 0;     // columns shown: the kind's list columns before those below
    QList<int> m_states; // columns that give a row's look (ListColumn::Use::RowState)
    QList<int> m_tips;   // columns that give tooltips (ListColumn::Use::ToolTip)
    Database* m_db = nullptr;
    QPointer<ListReader> m_reader;
    ListQuery m_query;
    QStringList m_alsoFollows;
    quint64 m_epoch = 0;
    int m_count = 0;
    int m_withoutText = 0;
    int m_offset = 0; // the list's row shown first
    int m_window = DefaultWindowRows;
    bool m_counted = false;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recent;   // pages, least recently used first
    mutable QSet<int> m_requested; // pages asked for in this epoch
};

} // namespace jlgc
