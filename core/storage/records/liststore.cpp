// Lists read a screen at a time: the SQL of a ListQuery, made from the kind's
// description (its list columns, filters and order) and the search index.
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/recordkinds.h"
#include "storage/records/listquery.h"
#include "storage/records/recordtype.h"
#include "storage/sqlconditions.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace jlgc {

namespace {

const RecordType& typeOf(const ListQuery& query)
{
    const RecordType* type = RecordTypes::find(query.kind);
    if (!type)
        throw StorageError(StorageError::Kind::NotFound,
                           QStringLiteral("No kind of record is called %1.").arg(query.kind));
    return *type;
}

QString inLanguage(QString sql, Language language)
{
    return sql.replace(QLatin1String("{lang}"),
                       language == Language::Japanese ? QLatin1String("ja") : QLatin1String("en"));
}

// FROM … WHERE … of a query, with its values; names and SQL come from the
// description in code, the user's text and filter values are bound.
struct Where {
    QString sql;
    QVariantMap values;
};

// FROM … WHERE of the kind's rows. A kind whose every record is in the
// search index is read from the index: its order by name (the index's sort
// keys) comes from the index's B-tree without sorting a million rows.
Where fromOf(const RecordType& type, Language language, bool withRecords = true)
{
    Where w;
    if (type.indexed && !withRecords) {
        w.sql = QStringLiteral(" FROM search_item i WHERE i.kind = :list_index_kind");
        w.values.insert(QStringLiteral(":list_index_kind"), type.indexKind());
    } else if (type.indexed) {
        w.sql = QStringLiteral(" FROM search_item i JOIN ") + type.table +
                QStringLiteral(" r ON r.id = i.record_id ") + inLanguage(type.joins, language) +
                QStringLiteral(" WHERE i.kind = :list_index_kind");
        w.values.insert(QStringLiteral(":list_index_kind"), type.indexKind());
    } else {
        w.sql = QStringLiteral(" FROM ") + type.table + QStringLiteral(" r ") +
                inLanguage(type.joins, language) + QStringLiteral(" WHERE 1 = 1");
    }
    return w;
}

// The column that breaks ties of the sort key (the index's, for an indexed kind).
QString idColumn(const RecordType& type)
{
    return type.indexed ? QStringLiteral("i.record_id") : QStringLiteral("r.id");
}

bool hasFilters(const RecordType& type, const ListQuery& query)
{
    for (const ListFilter& f : type.listFilters)
        if (query.filters.contains(f.name) && !query.filters.value(f.name).isNull())
            return true;
    return false;
}

QString sortExpression(const RecordType& type, const ListQuery& query);

// Whether the list's rows and order can be read from the search index alone
// (an indexed kind, no filter, sorted by the index's keys): a million rows
// are then counted and skipped without reading a record.
bool indexAlone(const RecordType& type, const ListQuery& query)
{
    if (!type.indexed || hasFilters(type, query))
        return false;
    static const QRegularExpression indexColumn(QStringLiteral("\\bi\\."));
    return !QString(sortExpression(type, query)).remove(indexColumn).contains(QLatin1Char('.'));
}

Where whereOf(const Database& db, const RecordType& type, const ListQuery& query, bool withText,
              bool withRecords = false)
{
    Where w = fromOf(type, query.language, withRecords || !indexAlone(type, query));
    for (const ListFilter& f : type.listFilters) {
        const QVariant value = query.filters.value(f.name);
        if (!query.filters.contains(f.name) || value.isNull())
            continue;
        w.sql += QStringLiteral(" AND (") + inLanguage(f.sql, query.language) + QLatin1Char(')');
        w.values.insert(QLatin1Char(':') + f.name, value);
    }
    if (withText && !query.text.trimmed().isEmpty()) {
        // Text that has nothing to find (or is too long) finds nothing.
        const QList<SearchTerm> terms = SearchIndex::queryTerms(query.text);
        const auto matching = [&](const QString& alias, const QString& kind, const QString& name) {
            const SearchStore::Match m = SearchStore::matching(db, alias, kind, terms, name);
            for (auto it = m.values.begin(); it != m.values.end(); ++it)
                w.values.insert(it.key(), it.value());
            return m.sql;
        };
        if (!type.textThrough.isEmpty()) {
            QStringList any;
            for (qsizetype n = 0; n < type.textThrough.size(); ++n) {
                const QString name = QStringLiteral(":list_match_%1").arg(n);
                if (type.textThrough[n].searchKind.isEmpty()) {
                    QString pattern = query.text.trimmed();
                    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
                    // SQLite's LIKE ignores case (of ASCII letters); a server's ILIKE.
                    any << QStringLiteral("%1 %3 %2 ESCAPE '\\'")
                               .arg(type.textThrough[n].column, name,
                                    db.onServer() ? QStringLiteral("ILIKE")
                                                  : QStringLiteral("LIKE"));
                    w.values.insert(name, QLatin1Char('%') + pattern + QLatin1Char('%'));
                    continue;
                }
                any << QStringLiteral("%1 IN (SELECT li.record_id FROM search_item li WHERE %2)")
                           .arg(type.textThrough[n].column,
                                matching(QStringLiteral("li"), type.textThrough[n].searchKind,
                                         name));
            }
            w.sql += QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            return w;
        }
        w.sql += type.indexed
                     ? QStringLiteral(" AND ") + matching(QStringLiteral("i"), type.indexKind(),
                                                          QStringLiteral(":list_match"))
                     : QStringLiteral(" AND r.id IN (SELECT li.record_id FROM search_item li "
                                      "WHERE li.kind = :list_kind AND %1)")
                           .arg(matching(QStringLiteral("li"), type.indexKind(),
                                         QStringLiteral(":list_match")));
        if (!type.indexed)
            w.values.insert(QStringLiteral(":list_kind"), type.indexKind());
    }
    return w;
}

QString sortExpression(const RecordType& type, const ListQuery& query)
{
    QString expr;
    if (query.sortColumn >= 0 && query.sortColumn < type.listColumns.size())
        expr = type.listColumns[query.sortColumn].sortExpression();
    else if (!type.listOrder.isEmpty())
        expr = type.listOrder;
    else if (!type.listColumns.isEmpty())
        expr = type.listColumns.front().sortExpression();
    else
        expr = QStringLiteral("r.id");
    return inLanguage(expr, query.language);
}

QString orderBy(const RecordType& type, const ListQuery& query)
{
    // One expression a column (ties by id), so that rowOf() can compare.
    const QString dir =
        query.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral("");
    return QStringLiteral(" ORDER BY ") + sortExpression(type, query) + dir + QStringLiteral(", ") +
           idColumn(type) + dir;
}

void bindAll(Query& q, const QVariantMap& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
}

int countWhere(Database& db, const RecordType& type, const ListQuery& query, bool withText)
{
    const bool whole = (!withText || query.text.trimmed().isEmpty()) && !hasFilters(type, query);
    if (whole) // the count kept as records come and go (a million rows take a while)
        for (const RecordKind& k : RecordKinds::all())
            if (type.table == k.table)
                return int(RecordKinds::count(db, k));
    const Where w = whereOf(db, type, query, withText);
    Query q(db, QStringLiteral("SELECT count(*)") + w.sql);
    bindAll(q, w.values);
    return q.exec().scalar().toInt();
}

} // namespace

int ListStore::count(const ListQuery& query) const
{
    return countWhere(m_db, typeOf(query), query, true);
}

int ListStore::countWithoutText(const ListQuery& query) const
{
    return countWhere(m_db, typeOf(query), query, false);
}

QList<ListRow> ListStore::page(const ListQuery& query, int first, int rows) const
{
    const RecordType& type = typeOf(query);
    // First the ids of the screen (the rows skipped are not read: at the end
    // of a million rows, reading each would take seconds), then their cells.
    const QList<qint64> shown = ids(query, first, rows);
    if (shown.isEmpty())
        return {};
    QStringList columns{QStringLiteral("r.id")};
    for (const ListColumn& c : type.listColumns)
        for (const QString& v : c.values)
            columns << inLanguage(v, query.language);
    // The cells are read record by record (r.id IN …): the index entry is
    // joined only when a cell reads it, by its record id without affinity
    // (`+r.id`), so that the index's (kind, record_id) finds it.
    static const QRegularExpression indexColumn(QStringLiteral("\\bi\\."));
    Where from;
    from.sql = QStringLiteral(" FROM ") + type.table + QStringLiteral(" r ");
    if (type.indexed && columns.join(QLatin1Char(' ')).contains(indexColumn)) {
        from.sql += QStringLiteral("JOIN search_item i ON i.kind = :list_index_kind AND "
                                   "i.record_id = +r.id ");
        from.values.insert(QStringLiteral(":list_index_kind"), type.indexKind());
    }
    from.sql += inLanguage(type.joins, query.language) + QStringLiteral(" WHERE 1 = 1");
    // The screen's ids are bound as one value: one statement for every
    // screen of the list, prepared once, rather than a statement (tens of
    // kilobytes) for each screen, kept by the connection.
    const QString sql = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + from.sql +
                        QStringLiteral(" AND r.id IN (") +
                        idsIn(m_db, QStringLiteral(":list_ids")) + QLatin1Char(')');
    Query q(m_db, sql);
    bindAll(q, from.values);
    q.bind(QStringLiteral(":list_ids"), idListJson(shown));
    // A column may read a filter's value (":today" of the research requests).
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        const QString name = QLatin1Char(':') + it.key();
        if (sql.contains(QRegularExpression(QRegularExpression::escape(name) +
                                            QStringLiteral("(?![A-Za-z0-9_])"))))
            q.bind(name, it.value());
    }
    q.exec();
    QHash<qint64, ListRow> read;
    while (q.next()) {
        ListRow row;
        row.id = q.id(0);
        int at = 1;
        for (const ListColumn& c : type.listColumns) {
            QVariantList values;
            for (qsizetype i = 0; i < c.values.size(); ++i)
                values << q.value(at++);
            row.cells << (c.format ? c.format(values, query.language) : values.value(0).toString());
        }
        read.insert(row.id, row);
    }
    QList<ListRow> result;
    result.reserve(shown.size());
    for (const qint64 id : shown)
        if (const auto it = read.constFind(id); it != read.cend())
            result << *it;
    return result;
}

QList<qint64> ListStore::ids(const ListQuery& query, int first, int rows) const
{
    const RecordType& type = typeOf(query);
    const Where w = whereOf(m_db, type, query, true);
    Query q(m_db, QStringLiteral("SELECT ") + idColumn(type) + w.sql + orderBy(type, query) +
                      QStringLiteral(" LIMIT :list_limit OFFSET :list_offset"));
    bindAll(q, w.values);
    q.bind(QStringLiteral(":list_limit"), rows).bind(QStringLiteral(":list_offset"), first).exec();
    QList<qint64> result;
    result.reserve(rows);
    while (q.next())
        result << q.id(0);
    return result;
}

QList<qint64> ListStore::ids(const ListQuery& query) const
{
    const RecordType& type = typeOf(query);
    const Where w = whereOf(m_db, type, query, true);
    Query q(m_db, QStringLiteral("SELECT ") + idColumn(type) + w.sql + orderBy(type, query));
    bindAll(q, w.values);
    q.exec();
    QList<qint64> result;
    while (q.next())
        result << q.id(0);
    return result;
}

int ListStore::rowOf(const ListQuery& query, qint64 id) const
{
    const RecordType& type = typeOf(query);
    const Where w = whereOf(m_db, type, query, true);
    Query listed(m_db, QStringLiteral("SELECT EXISTS (SELECT 1") + w.sql +
                           QStringLiteral(" AND %1 = :list_id)").arg(idColumn(type)));
    bindAll(listed, w.values);
    if (!listed.bind(QStringLiteral(":list_id"), id).exec().scalar().toBool())
        return -1;
    // The rows before it: those whose (sort key, id) come first.
    const QString key = sortExpression(type, query);
    const QString cmp =
        query.order == Qt::DescendingOrder ? QStringLiteral(">") : QStringLiteral("<");
    const Where own = fromOf(type, query.language, !indexAlone(type, query));
    Query before(m_db, QStringLiteral("SELECT count(*)") + w.sql +
                           QStringLiteral(" AND (%1, %2) %3 (SELECT %1, %2%4 AND %2 = :list_id)")
                               .arg(key, idColumn(type), cmp, own.sql));
    bindAll(before, w.values);
    bindAll(before, own.values);
    return before.bind(QStringLiteral(":list_id"), id).exec().scalar().toInt();
}

QList<ListStore::Group> ListStore::groups(const ListQuery& query, int column) const
{
    const RecordType& type = typeOf(query);
    if (column < 0 || column >= type.listColumns.size())
        return {};
    const ListColumn& c = type.listColumns[column];
    QStringList values;
    for (const QString& v : c.values)
        values << inLanguage(v, query.language);
    const Where w = whereOf(m_db, type, query, true, true);
    Query q(m_db, QStringLiteral("SELECT ") + values.join(QStringLiteral(", ")) +
                      QStringLiteral(", count(*)") + w.sql + QStringLiteral(" GROUP BY ") +
                      values.join(QStringLiteral(", ")));
    bindAll(q, w.values);
    q.exec();
    QList<Group> result;
    while (q.next()) {
        QVariantList cellValues;
        for (int i = 0; i < values.size(); ++i)
            cellValues << q.value(i);
        const QString cell =
            c.format ? c.format(cellValues, query.language) : cellValues.value(0).toString();
        result << Group{cell, cellValues.value(0), q.value(int(values.size())).toInt()};
    }
    std::stable_sort(result.begin(), result.end(), [](const Group& a, const Group& b) {
        return a.count != b.count ? a.count > b.count : a.cell.localeAwareCompare(b.cell) < 0;
    });
    return result;
}

} // namespace jlgc
