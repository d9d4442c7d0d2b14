#include "fellowship/cohorttablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"

namespace jlgc {

CohortTableModel::CohortTableModel(QObject* parent)
    : ItemTableModel({QT_TR_NOOP("Year"), QT_TR_NOOP("Fellows"), QT_TR_NOOP("Homestays"),
                      QT_TR_NOOP("Programme"), QT_TR_NOOP("Host"), QT_TR_NOOP("Theme")},
                     parent)
{
}

void CohortTableModel::setCohorts(QList<CohortListEntry> cohorts)
{
    setItems(std::move(cohorts));
}

QString CohortTableModel::homestayText(const CohortSummary& s) const
{
    QStringList parts;
    if (s.placements > 0)
        parts << tr("%n placement(s)", nullptr, s.placements);
    if (s.fellowsWithoutPlacement > 0)
        parts << tr("%n to place", nullptr, s.fellowsWithoutPlacement);
    return joinSummary(parts);
}

QVariant CohortTableModel::itemData(const CohortListEntry& e, const QModelIndex& index,
                                    int role) const
{
    const CohortSummary& s = e.summary;
    const Cohort& c = s.cohort;
    if (role == IdRole)
        return c.id;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Year:
            return QString::number(c.year);
        case Programme:
            return FellowshipFormat::dateRange(c.programmeStart, c.programmeEnd);
        case Host:
            return e.host;
        case Theme:
            return c.theme(uiLanguage());
        case Fellows:
            return FellowshipFormat::statusCounts(s);
        case Homestays:
            return homestayText(s);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Fellows && s.unconfirmed() > 0)
            return tr("%n fellow(s) not yet confirmed", nullptr, s.unconfirmed());
        if (index.column() == Homestays && s.fellowsWithoutPlacement > 0)
            return tr("%n fellow(s) taking part have no host family yet", nullptr,
                      s.fellowsWithoutPlacement);
        return data(index, Qt::DisplayRole);
    case Qt::BackgroundRole:
        if ((index.column() == Fellows && s.unconfirmed() > 0) ||
            (index.column() == Homestays && s.fellowsWithoutPlacement > 0))
            return FellowshipFormat::gapBackground();
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light warning colour, whatever the palette.
        if (data(index, Qt::BackgroundRole).isValid())
            return QColor(Qt::black);
        return {};
    case SortRole:
        switch (index.column()) {
        case Year:
            return c.year;
        case Programme:
            return c.programmeStart.toString(Qt::ISODate);
        case Fellows:
            return s.fellows;
        case Homestays:
            return s.fellowsWithoutPlacement * 1000 + s.placements;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        if (index.column() == Year)
            return c.themeEn + QLatin1Char(' ') + c.themeJa + QLatin1Char(' ') + c.notes;
        return {};
    default:
        return {};
    }
}

} // namespace jlgc
