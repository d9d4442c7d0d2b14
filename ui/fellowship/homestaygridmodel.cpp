#include "fellowship/homestaygridmodel.h"

#include "common/alertcolor.h"
#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"

#include <QFont>

namespace jlgc {

HomestayGridModel::HomestayGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void HomestayGridModel::setGrid(HomestayGrid grid, const QDate& hostStart, const QDate& hostEnd)
{
    beginResetModel();
    m_grid = std::move(grid);
    // Families with fellows first, then the free beds, each by name in the UI language.
    const Language lang = uiLanguage();
    std::stable_sort(m_grid.rows.begin(), m_grid.rows.end(),
                     [lang](const HomestayGridRow& a, const HomestayGridRow& b) {
                         const bool aUsed = a.fellowNights() > 0;
                         const bool bUsed = b.fellowNights() > 0;
                         if (aUsed != bUsed)
                             return aUsed;
                         return a.family.sortKey(lang) < b.family.sortKey(lang);
                     });
    m_columns.clear();
    for (int i = 0; i < m_grid.nights.size(); ++i) {
        const QDate n = m_grid.nights.at(i);
        // The night of the last day is spent travelling home.
        const bool host = hostStart.isValid() && n >= hostStart && n < hostEnd;
        if (host || m_grid.isHomestayNight(n))
            m_columns << i;
    }
    // Nothing to go by yet: every night of the programme.
    if (m_columns.isEmpty())
        for (int i = 0; i < m_grid.nights.size(); ++i)
            m_columns << i;
    endResetModel();
}

QDate HomestayGridModel::night(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_grid.nights.at(m_columns.at(column))
                                                    : QDate();
}

HostFamilyId HomestayGridModel::family(int row) const
{
    return row >= 0 && row < m_grid.rows.size() ? m_grid.rows.at(row).family.id : 0;
}

bool HomestayGridModel::isUnplacedRow(int row) const
{
    return hasUnplacedRow() && row == m_grid.rows.size();
}

int HomestayGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows.size()) + (hasUnplacedRow() ? 1 : 0);
}

int HomestayGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QStringList HomestayGridModel::names(const QList<FellowId>& fellows) const
{
    QStringList result;
    const Language lang = uiLanguage();
    for (FellowId id : fellows) {
        const Fellow* f = m_grid.fellow(id);
        result << (f ? f->display(lang) : tr("Fellow #%1").arg(id));
    }
    return result;
}

QString HomestayGridModel::conflictText(const HomestayGridRow& row, const HomestayGridCell& cell,
                                        const QDate& date) const
{
    QStringList parts;
    if (cell.overCapacity)
        parts << tr("Over capacity: %n fellow(s) placed", nullptr, int(cell.fellows.size())) +
                     QStringLiteral(", ") + tr("room for %n", nullptr, row.capacity());
    if (cell.doubleBooked) {
        QStringList twice;
        for (const FellowNight& fn : m_grid.doubleBooked)
            if (fn.night == date && cell.fellows.contains(fn.fellowId))
                twice << names({fn.fellowId});
        twice.removeDuplicates();
        parts << tr("Double booked: %1 is also placed with another family that night.")
                     .arg(twice.join(QStringLiteral(", ")));
    }
    return parts.join(QLatin1Char('\n'));
}

QVariant HomestayGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size() || index.row() >= rowCount())
        return {};
    const int column = m_columns.at(index.column());
    const QDate n = m_grid.nights.at(column);
    if (isUnplacedRow(index.row())) {
        const QList<FellowId> unplaced = m_grid.unplacedOn(n);
        switch (role) {
        case Qt::DisplayRole:
            return names(unplaced).join(QLatin1Char('\n'));
        case Qt::ToolTipRole:
            return unplaced.isEmpty()
                       ? QVariant()
                       : tr("No family for: %1").arg(names(unplaced).join(QStringLiteral(", ")));
        case Qt::BackgroundRole:
            return unplaced.isEmpty() ? QVariant() : FellowshipFormat::gapBackground();
        case Qt::ForegroundRole:
            return unplaced.isEmpty() ? QVariant() : QColor(Qt::black);
        default:
            return {};
        }
    }
    const HomestayGridRow& row = m_grid.rows.at(index.row());
    const HomestayGridCell& cell = row.cells.at(column);
    switch (role) {
    case Qt::DisplayRole:
        return names(cell.fellows).join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (cell.hasConflict())
            return conflictText(row, cell, n);
        if (!cell.fellows.isEmpty())
            return names(cell.fellows).join(QStringLiteral(", "));
        return {};
    case Qt::BackgroundRole:
        if (cell.hasConflict())
            return FellowshipFormat::conflictBackground();
        if (!m_grid.isHomestayNight(n))
            return FellowshipFormat::quietBackground();
        return {};
    case Qt::ForegroundRole:
        return cell.hasConflict() ? QVariant(QColor(Qt::black)) : QVariant();
    default:
        return {};
    }
}

QVariant HomestayGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const QDate n = night(section);
        if (!n.isValid())
            return {};
        if (role == Qt::DisplayRole)
            return FellowshipFormat::night(n);
        if (role == Qt::ToolTipRole)
            return tr("The night of %1").arg(FellowshipFormat::day(n));
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (isUnplacedRow(section)) {
        if (role == Qt::DisplayRole)
            return tr("Without a family");
        if (role == Qt::FontRole) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    const HomestayGridRow& row = m_grid.rows.at(section);
    const QString name = row.family.display(uiLanguage());
    if (role == Qt::DisplayRole)
        return row.familyKnown ? tr("%1 (%2)", "a family and the fellows it has room for")
                                     .arg(name)
                                     .arg(row.capacity())
                               : name;
    if (role == Qt::ToolTipRole) {
        QString tip = row.family.names();
        if (row.familyKnown)
            tip += QLatin1Char('\n') + tr("Room for %n fellow(s)", nullptr, row.capacity());
        if (!row.family.municipalityNameJa.isEmpty())
            tip += QLatin1Char('\n') + (uiLanguage() == Language::Japanese
                                            ? row.family.municipalityNameJa
                                            : row.family.municipalityNameEn);
        return tip;
    }
    if (role == Qt::ForegroundRole && row.hasConflict())
        return alertColor();
    return {};
}

void HomestayGridModel::retranslate()
{
    if (rowCount() > 0 && columnCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

} // namespace jlgc
