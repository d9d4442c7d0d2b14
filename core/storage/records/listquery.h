#pragma once

#include "domain/language.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <Qt>

namespace jlgc {

class Database;
struct RecordType;

// What a list shows: the records of a kind that pass its filters, in an
// order. The storage turns it into SQL (ListQuery never holds SQL): the text
// is looked up in the search index, and each filter is one of the kind's
// named ListFilters with its value.
struct ListQuery {
    QString kind;        // RecordType::name
    QString text;        // as typed; found through the search index
    QVariantMap filters; // ListFilter name → value (a null value: not set)
    int sortColumn = -1; // index into the kind's listColumns; -1: its default order
    Qt::SortOrder order = Qt::AscendingOrder;
    Language language = Language::English; // of the cells (and the order of names)

    bool operator==(const ListQuery&) const = default;
};

// One row as the list shows it: the record's id and its cells' text.
struct ListRow {
    qint64 id = 0;
    QStringList cells;
};

// Reads lists for a ListQuery: how many rows, one page of rows, where a
// record is. Used on a worker thread with a connection of its own
// (ListReader) or directly (a database in memory, tests).
class ListStore {
public:
    explicit ListStore(Database& db) : m_db(db) {}

    // Rows that pass the query (and, for "12 of 1,000", without its text).
    int count(const ListQuery& query) const;
    int countWithoutText(const ListQuery& query) const;
    QList<ListRow> page(const ListQuery& query, int first, int rows) const;
    // Every id, in the list's order (File → Export List).
    QList<qint64> ids(const ListQuery& query) const;
    // The ids of rows first … first + rows - 1.
    QList<qint64> ids(const ListQuery& query, int first, int rows) const;
    // The row of a record in the list; -1 when it does not pass the filters.
    int rowOf(const ListQuery& query, qint64 id) const;
    // How many of the list's rows show each cell of a column (the fellows
    // shown by state or province), most first, then by the cell's text.
    struct Group {
        QString cell;
        QVariant value; // the column's first value ("" or NULL: not recorded)
        int count = 0;
    };
    QList<Group> groups(const ListQuery& query, int column) const;

private:
    Database& m_db;
};

} // namespace jlgc

Q_DECLARE_METATYPE(jlgc::ListQuery)
Q_DECLARE_METATYPE(jlgc::ListRow)
Q_DECLARE_METATYPE(jlgc::ListStore::Group)
