#include "research/topictablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "research/staffpickers.h"

#include <QColor>
#include <QLocale>

namespace jlgc {

TopicTableModel::TopicTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TopicTableModel::setTopics(QList<ResearchTopic> topics, const QDate& today)
{
    beginResetModel();
    m_topics = std::move(topics);
    m_today = today;
    endResetModel();
}

const ResearchTopic* TopicTableModel::topic(int row) const
{
    return row >= 0 && row < m_topics.size() ? &m_topics[row] : nullptr;
}

int TopicTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

int TopicTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_topics.size())
        return {};
    const ResearchTopic& t = m_topics[index.row()];
    const Language lang = uiLanguage();
    const bool handover = t.needsHandover(m_today);
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return t.title(lang);
        case Status:
            return handover ? tr("Active — needs a successor") : TopicStatuses::label(t.status);
        case Owner:
            return t.ownerName.display(lang);
        case Start:
            return t.start.isValid() ? DateText::date(t.start, uiLanguage()) : QString();
        case Entries:
            return t.logEntryCount;
        case Tags:
            return t.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (handover)
            return tr("The term of %1 ended on %2; hand this topic over to a successor.")
                .arg(t.ownerName.display(lang), DateText::date(t.ownerTermEnd, uiLanguage()));
        return index.column() == Title
                   ? t.title(Language::Japanese) + QLatin1Char('\n') + t.title(Language::English)
                   : data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case Status:
            return int(t.status) == int(TopicStatus::Active) ? 0 : int(t.status) + 1;
        case Owner:
            return t.ownerName.sortKey(lang);
        case Start:
            return t.start.toString(Qt::ISODate);
        case Entries:
            return t.logEntryCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        return index.column() == Title
                   ? t.titleJa + QLatin1Char(' ') + t.titleEn + QLatin1Char(' ') + t.description
                   : QVariant();
    case Qt::BackgroundRole:
        if (handover)
            return staffpickers::warningBackground();
        return {};
    default:
        return {};
    }
}

QVariant TopicTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Topic");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Official");
    case Start:
        return tr("Started");
    case Entries:
        return tr("Log entries");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

void TopicTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_topics.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
