#include "jetaa/chaptertablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "reference/jurisdiction.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <functional>

namespace jlgc {

ChapterTableModel::ChapterTableModel(QObject* parent)
    : ItemTableModel({QT_TR_NOOP("Chapter"), QT_TR_NOOP("Short name"), QT_TR_NOOP("Country"),
                      QT_TR_NOOP("State or province"), QT_TR_NOOP("City"), QT_TR_NOOP("Status"),
                      QT_TR_NOOP("Members"), QT_TR_NOOP("President"), QT_TR_NOOP("Founded")},
                     parent)
{
}

void ChapterTableModel::setChapters(QList<JetaaChapter> chapters,
                                    QHash<QString, QString> subdivisionNames, const QDate& today)
{
    setItems(std::move(chapters), [&] {
        m_subdivisions = std::move(subdivisionNames);
        m_today = today;
        layOutTree();
    });
}

void ChapterTableModel::layOutTree()
{
    const int n = int(m_items.size());
    m_depth = QList<int>(n, 0);
    m_treeOrder = QList<int>(n, 0);
    QHash<ChapterId, int> rowOf;
    for (int r = 0; r < n; ++r)
        rowOf.insert(m_items[r].id, r);
    // Children of each chapter; a chapter whose parent is not listed is a root.
    QHash<ChapterId, QList<int>> children;
    QList<int> roots;
    for (int r = 0; r < n; ++r) {
        const ChapterId parent = m_items[r].parentId;
        if (parent > 0 && rowOf.contains(parent))
            children[parent] << r;
        else
            roots << r;
    }
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto byName = [&](int a, int b) {
        return collator.compare(m_items[a].name, m_items[b].name) < 0;
    };
    int order = 0;
    QList<bool> placed(n, false);
    std::function<void(int, int)> place = [&](int row, int depth) {
        if (placed[row])
            return; // a loop in the data must not hang the list
        placed[row] = true;
        m_depth[row] = depth;
        m_treeOrder[row] = order++;
        QList<int> kids = children.value(m_items[row].id);
        std::sort(kids.begin(), kids.end(), byName);
        for (int k : kids)
            place(k, depth + 1);
    };
    std::sort(roots.begin(), roots.end(), byName);
    for (int r : roots)
        place(r, 0);
    for (int r = 0; r < n; ++r)
        if (!placed[r])
            place(r, 0);
}

int ChapterTableModel::depth(int row) const
{
    return row >= 0 && row < m_depth.size() ? m_depth[row] : 0;
}

QVariant ChapterTableModel::itemData(const JetaaChapter& c, const QModelIndex& index,
                                     int role) const
{
    if (role == IdRole)
        return c.id;
    const Language lang = uiLanguage();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: {
            const int d = m_depth[index.row()];
            if (d == 0 || role == Qt::ToolTipRole)
                return c.name;
            return QString(4 * (d - 1), QLatin1Char(' ')) + QStringLiteral("  └ ") + c.name;
        }
        case ShortName:
            return c.shortName;
        case Country:
            return JurisdictionLabels::country(c.country);
        case Subdivision:
            return Subdivision::displayName(c.subdivisionCode,
                                            m_subdivisions.value(c.subdivisionCode), uiLanguage());
        case City:
            return c.city;
        case Status:
            return ChapterStatuses::label(c.status);
        case Members: {
            const int m = c.latestMembers();
            return m < 0 ? QVariant() : QVariant(QLocale().toString(m));
        }
        case President:
            for (const ChapterOfficer& o : c.currentOfficers(m_today))
                if (o.office == OfficerOffice::President)
                    return o.personName;
            return {};
        case Founded:
            return c.founded.display(lang);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return QStringLiteral("%1").arg(m_treeOrder[index.row()], 6, 10, QLatin1Char('0'));
        case Members:
            return c.latestMembers();
        case Founded:
            return c.founded.toIso();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == SearchRole && index.column() == Name)
        return c.name + QLatin1Char(' ') + c.shortName + QLatin1Char(' ') + c.parentName +
               QLatin1Char(' ') + c.notes;
    return {};
}

} // namespace jlgc
