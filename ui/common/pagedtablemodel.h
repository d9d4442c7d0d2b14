#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariantMap>

namespace jlgc {

class Database;
class Query;

// A table over records of one kind that may number a million: it reads the
// ids of one page of rows at a time, in the order and with the filter the
// database applies (the search index's sort keys give the order by name —
// by reading in Japanese — from an index; the text filter is a search index
// query), and keeps a bounded number of pages. A subclass reads the records
// of a page (loadRecords) and shows them. RecordFilterProxy passes sorting
// and filtering through to it.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // kind: the search index's kind; table: the records' table (alias r).
    PagedTableModel(const QString& kind, const QString& table, QObject* parent = nullptr);

    void setDatabase(Database* db);
    Database* database() const { return m_db; }
    // Reads the number of rows again and forgets the pages read.
    void reload();

    // Keeps the records matching the text (as global search finds them).
    void setFilterText(const QString& text);
    // A condition of the page's own on the records (alias r), with its
    // values; placeholders must not clash with :kind, :match, :limit, :offset.
    void setCondition(const QString& sql, const QVariantMap& values = {});

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    // Rows without the text filter (for "12 of 1,000 shown").
    int unfilteredCount() const;

    // The record id of a row (reads its page if needed); 0 when out of range.
    qint64 recordId(int row) const;
    // The row of a record in the current order and filter; -1 if not listed.
    int rowOf(qint64 id) const;

    static constexpr int PageSize = 128;
    static constexpr int MaxPages = 16;

protected:
    // The SQL expression (over r and i = search_item) a column sorts by;
    // empty for the sort key of the interface language (from an index).
    // Expressions must not be NULL (use coalesce).
    virtual QString orderExpression(int column) const;
    // Reads the records of a page just read, and forgets those of a page
    // dropped from memory.
    virtual void loadRecords(const QList<qint64>& ids) const = 0;
    virtual void dropRecords(const QList<qint64>& ids) const = 0;

private:
    struct Where {
        QString sql;
        QVariantMap values;
    };
    Where where(bool withFilter, bool joinRecords) const;
    QString order(bool reversed) const;
    void bindAll(Query& q, const QVariantMap& values) const;
    void readPage(int page) const;
    int count(bool withFilter) const;

    QString m_kind;
    QString m_table;
    Database* m_db = nullptr;
    QString m_match; // FTS5 expression, empty for no filter
    QString m_condition;
    QVariantMap m_conditionValues;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_count = 0;
    mutable int m_unfiltered = -1;
    mutable QHash<int, QList<qint64>> m_pages;
    mutable QList<int> m_recent; // pages, least recently read first
};

} // namespace jlgc
