#include "fellowship/fellowtablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"
#include "reference/jurisdiction.h"

#include <QFont>

namespace jlgc {

FellowTableModel::FellowTableModel(QObject* parent)
    : ItemTableModel({QT_TR_NOOP("Name"), QT_TR_NOOP("Status"), QT_TR_NOOP("Government"),
                      QT_TR_NOOP("State or province"), QT_TR_NOOP("Host family"),
                      QT_TR_NOOP("Title")},
                     parent)
{
}

void FellowTableModel::setFellows(QList<Fellow> fellows, QHash<QString, QString> subdivisionNames,
                                  QHash<FellowId, QStringList> homestays)
{
    setItems(std::move(fellows), [&] {
        m_subdivisions = std::move(subdivisionNames);
        m_homestays = std::move(homestays);
    });
}

bool FellowTableModel::needsFamily(const Fellow& f) const
{
    return f.takesPart() && m_homestays.value(f.id).isEmpty();
}

QVariant FellowTableModel::display(const Fellow& f, int column) const
{
    switch (column) {
    case Name:
        return f.display(uiLanguage());
    case Government:
        return f.organizationName(uiLanguage());
    case StateOrProvince:
        return Subdivision::displayName(f.subdivisionCode,
                                        m_subdivisions.value(f.subdivisionCode, f.subdivisionCode),
                                        uiLanguage());
    case Title:
        return f.titleAtTime;
    case Status:
        return FellowStatuses::label(f.status);
    case Homestay:
        if (needsFamily(f))
            return tr("No family yet");
        return m_homestays.value(f.id).join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant FellowTableModel::itemData(const Fellow& f, const QModelIndex& index, int role) const
{
    const int column = index.column();
    switch (role) {
    case IdRole:
        return f.id;
    case Qt::DisplayRole:
        return display(f, column);
    case Qt::ToolTipRole:
        if (column == Status && f.statusDate.isValid())
            return tr("%1 since %2")
                .arg(FellowStatuses::label(f.status), FellowshipFormat::date(f.statusDate));
        if (column == Status && FellowStatuses::isUnconfirmed(f.status))
            return tr("Not yet confirmed");
        return display(f, column);
    case Qt::BackgroundRole:
        if (column == Status && FellowStatuses::isUnconfirmed(f.status))
            return FellowshipFormat::gapBackground();
        if (column == Homestay && needsFamily(f))
            return FellowshipFormat::gapBackground();
        return {};
    case Qt::ForegroundRole:
        if (f.status == FellowStatus::Withdrawn)
            return FellowshipFormat::quietForeground();
        if (data(index, Qt::BackgroundRole).isValid())
            return QColor(Qt::black);
        return {};
    case Qt::FontRole:
        if (f.status == FellowStatus::Withdrawn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SortRole:
        switch (column) {
        case Name:
            return f.personName.sortKey(uiLanguage());
        case Status:
            return int(f.status);
        default:
            return display(f, column);
        }
    case SearchRole:
        if (column == Name)
            return f.personName.kanji() + QLatin1Char(' ') + f.personName.latin() +
                   QLatin1Char(' ') + f.personName.reading();
        return {};
    default:
        return {};
    }
}

} // namespace jlgc
