#include "common/pagedtablemodel.h"

#include "common/uilanguage.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/recordkinds.h"

#include <algorithm>

namespace jlgc {

PagedTableModel::PagedTableModel(const QString& kind, const QString& table, QObject* parent)
    : QAbstractTableModel(parent), m_kind(kind), m_table(table)
{
}

void PagedTableModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void PagedTableModel::reload()
{
    beginResetModel();
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        dropRecords(it.value());
    m_pages.clear();
    m_recent.clear();
    m_count = 0;
    m_unfiltered = -1;
    if (m_db) {
        try {
            m_count = count(true);
        } catch (const StorageError&) {
            m_count = 0;
        }
    }
    endResetModel();
}

void PagedTableModel::setFilterText(const QString& text)
{
    const QString match = SearchIndex::matchExpression(text);
    if (match == m_match)
        return;
    m_match = match;
    reload();
}

void PagedTableModel::setCondition(const QString& sql, const QVariantMap& values)
{
    m_condition = sql;
    m_conditionValues = values;
    reload();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column < 0 ? 0 : column;
    m_sortOrder = order;
    reload();
}

QString PagedTableModel::orderExpression(int) const
{
    return {};
}

PagedTableModel::Where PagedTableModel::where(bool withFilter, bool joinRecords) const
{
    Where w;
    // Names below are the kind and table given in code, never user text. The
    // records' table is joined only when a condition or the order needs it:
    // counting a million index entries alone takes a tenth of the time.
    w.sql = joinRecords ? QStringLiteral(" FROM search_item i JOIN %1 r ON r.id = i.record_id "
                                         "WHERE i.kind = :kind")
                              .arg(m_table)
                        : QStringLiteral(" FROM search_item i WHERE i.kind = :kind");
    w.values.insert(QStringLiteral(":kind"), m_kind);
    if (withFilter && !m_match.isEmpty()) {
        w.sql += QStringLiteral(" AND i.rowid IN (SELECT rowid FROM search_fts WHERE "
                                "search_fts MATCH :match)");
        w.values.insert(QStringLiteral(":match"),
                        QStringLiteral("kind : \"%1\" AND tokens : (%2)").arg(m_kind, m_match));
    }
    if (!m_condition.isEmpty()) {
        w.sql += QStringLiteral(" AND (") + m_condition + QLatin1Char(')');
        for (auto it = m_conditionValues.cbegin(); it != m_conditionValues.cend(); ++it)
            w.values.insert(it.key(), it.value());
    }
    return w;
}

QString PagedTableModel::order(bool reversed) const
{
    QString expr = orderExpression(m_sortColumn);
    if (expr.isEmpty())
        expr = uiLanguage() == Language::Japanese ? QStringLiteral("i.sort_ja")
                                                  : QStringLiteral("i.sort_en");
    const bool descending = (m_sortOrder == Qt::DescendingOrder) != reversed;
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral(" ORDER BY ") + expr + dir + QStringLiteral(", i.record_id") + dir;
}

void PagedTableModel::bindAll(Query& q, const QVariantMap& values) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
}

int PagedTableModel::count(bool withFilter) const
{
    // The whole list: the count kept as the index changes (counting a
    // million index entries takes a third of a second).
    if (m_condition.isEmpty() && (!withFilter || m_match.isEmpty()))
        return int(RecordKinds::indexedCount(*m_db, m_kind));
    const Where w = where(withFilter, !m_condition.isEmpty());
    Query q(*m_db, QStringLiteral("SELECT count(*)") + w.sql);
    bindAll(q, w.values);
    return q.exec().scalar().toInt();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int PagedTableModel::unfilteredCount() const
{
    if (m_match.isEmpty())
        return m_count;
    if (m_unfiltered < 0 && m_db) {
        try {
            m_unfiltered = count(false);
        } catch (const StorageError&) {
            return m_count;
        }
    }
    return m_unfiltered;
}

void PagedTableModel::readPage(int page) const
{
    const int first = page * PageSize;
    const int rows = qMin(PageSize, m_count - first);
    if (rows <= 0 || !m_db)
        return;
    // Pages past the middle are read from the end backwards, so that the
    // last screen of a long list costs as little as the first.
    const bool fromEnd = first > m_count / 2;
    const Where w = where(true, !m_condition.isEmpty() ||
                                    orderExpression(m_sortColumn).contains(QLatin1String("r.")));
    Query q(*m_db, QStringLiteral("SELECT i.record_id") + w.sql + order(fromEnd) +
                       QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindAll(q, w.values);
    q.bind(QStringLiteral(":limit"), rows)
        .bind(QStringLiteral(":offset"), fromEnd ? m_count - first - rows : first);
    QList<qint64> ids;
    ids.reserve(rows);
    try {
        q.exec();
        while (q.next())
            ids << q.id(0);
    } catch (const StorageError&) {
        return;
    }
    if (fromEnd)
        std::reverse(ids.begin(), ids.end());
    if (m_recent.size() >= MaxPages) {
        const int oldest = m_recent.takeFirst();
        dropRecords(m_pages.take(oldest));
    }
    loadRecords(ids);
    m_pages.insert(page, ids);
    m_recent << page;
}

qint64 PagedTableModel::recordId(int row) const
{
    if (row < 0 || row >= m_count)
        return 0;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        readPage(page);
        it = m_pages.constFind(page);
        if (it == m_pages.cend())
            return 0;
    } else if (m_recent.back() != page) {
        m_recent.removeOne(page);
        m_recent << page;
    }
    const int offset = row - page * PageSize;
    return offset < it->size() ? it->at(offset) : 0;
}

int PagedTableModel::rowOf(qint64 id) const
{
    if (!m_db || id <= 0)
        return -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        if (const qsizetype at = it->indexOf(id); at >= 0)
            return it.key() * PageSize + int(at);
    try {
        const Where w = where(true, true);
        Query listed(*m_db, QStringLiteral("SELECT EXISTS (SELECT 1") + w.sql +
                                QStringLiteral(" AND i.record_id = :id)"));
        bindAll(listed, w.values);
        if (!listed.bind(QStringLiteral(":id"), id).exec().scalar().toBool())
            return -1;
        // Rows before it: those whose (sort key, id) come first.
        QString expr = orderExpression(m_sortColumn);
        if (expr.isEmpty())
            expr = uiLanguage() == Language::Japanese ? QStringLiteral("i.sort_ja")
                                                      : QStringLiteral("i.sort_en");
        const QString cmp =
            m_sortOrder == Qt::DescendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        Query before(*m_db, QStringLiteral("SELECT count(*)") + w.sql +
                                QStringLiteral(" AND (%1, i.record_id) %2 (SELECT %1, i.record_id "
                                               "FROM search_item i JOIN %3 r ON r.id = i.record_id "
                                               "WHERE i.kind = :kind2 AND i.record_id = :id)")
                                    .arg(expr, cmp, m_table));
        bindAll(before, w.values);
        return before.bind(QStringLiteral(":kind2"), m_kind)
            .bind(QStringLiteral(":id"), id)
            .exec()
            .scalar()
            .toInt();
    } catch (const StorageError&) {
        return -1;
    }
}

} // namespace jlgc
