#include "fellowship/fellowtablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"
#include "reference/jurisdiction.h"

#include <QFont>

namespace jlgc {

FellowTableModel::FellowTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FellowTableModel::setFellows(QList<Fellow> fellows, QHash<QString, QString> subdivisionNames,
                                  QHash<FellowId, QStringList> homestays)
{
    beginResetModel();
    m_fellows = std::move(fellows);
    m_subdivisions = std::move(subdivisionNames);
    m_homestays = std::move(homestays);
    endResetModel();
}

const Fellow* FellowTableModel::fellow(int row) const
{
    return row >= 0 && row < m_fellows.size() ? &m_fellows[row] : nullptr;
}

int FellowTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fellows.size());
}

int FellowTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant FellowTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fellows.size())
        return {};
    const Fellow& f = m_fellows[index.row()];
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

QVariant FellowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Government:
        return tr("Government");
    case StateOrProvince:
        return tr("State or province");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Homestay:
        return tr("Host family");
    default:
        return {};
    }
}

void FellowTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_fellows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
