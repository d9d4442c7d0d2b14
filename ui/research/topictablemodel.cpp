#include "research/topictablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "research/staffpickers.h"

#include <QColor>
#include <QLocale>

namespace jlgc {

TopicTableModel::TopicTableModel(QObject* parent)
    : ItemTableModel({QT_TR_NOOP("Topic"), QT_TR_NOOP("Status"), QT_TR_NOOP("Official"),
                      QT_TR_NOOP("Started"), QT_TR_NOOP("Log entries"), QT_TR_NOOP("Tags")},
                     parent)
{
}

void TopicTableModel::setTopics(QList<ResearchTopic> topics, const QDate& today)
{
    setItems(std::move(topics), [&] { m_today = today; });
}

QVariant TopicTableModel::itemData(const ResearchTopic& t, const QModelIndex& index, int role) const
{
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

} // namespace jlgc
