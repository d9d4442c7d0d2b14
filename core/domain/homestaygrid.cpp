#include "domain/homestaygrid.h"

#include <QHash>
#include <QSet>

namespace jlgc {

int HomestayGridRow::fellowNights() const
{
    int n = 0;
    for (const HomestayGridCell& c : cells)
        n += int(c.fellows.size());
    return n;
}

bool HomestayGridRow::hasConflict() const
{
    for (const HomestayGridCell& c : cells)
        if (c.hasConflict())
            return true;
    return false;
}

HomestayGrid HomestayGrid::compute(const Cohort& cohort, const QList<Fellow>& fellows,
                                   const QList<HostFamily>& families,
                                   const QList<HomestayPlacement>& placements)
{
    HomestayGrid grid;
    grid.nights = cohort.nights();
    grid.fellows = fellows;

    QHash<HostFamilyId, int> rowIndex;
    auto addRow = [&](const HostFamily& family, bool known) {
        rowIndex.insert(family.id, int(grid.rows.size()));
        HomestayGridRow row;
        row.family = family;
        row.familyKnown = known;
        row.cells.resize(grid.nights.size());
        grid.rows << row;
    };
    for (const HostFamily& f : families)
        if (!rowIndex.contains(f.id))
            addRow(f, true);
    for (const HomestayPlacement& p : placements) {
        if (rowIndex.contains(p.hostFamilyId))
            continue;
        HostFamily unknown;
        unknown.id = p.hostFamilyId;
        unknown.familyNameKanji = p.familyNameKanji;
        unknown.familyNameRomaji = p.familyNameRomaji;
        unknown.capacity = 0;
        addRow(unknown, false);
    }

    // Fellow -> night -> families holding the fellow that night.
    QHash<FellowId, QHash<QDate, QList<HostFamilyId>>> where;
    QSet<QDate> homestay;
    for (const HomestayPlacement& p : placements) {
        if (!cohort.containsDate(p.firstNight) || !cohort.containsDate(p.lastNight))
            grid.outsideProgramme << p;
        HomestayGridRow& row = grid.rows[rowIndex.value(p.hostFamilyId)];
        for (const QDate& night : p.nights()) {
            where[p.fellowId][night] << p.hostFamilyId;
            const int column = grid.columnOf(night);
            if (column < 0)
                continue;
            homestay.insert(night);
            HomestayGridCell& cell = row.cells[column];
            if (!cell.fellows.contains(p.fellowId))
                cell.fellows << p.fellowId;
        }
    }

    for (HomestayGridRow& row : grid.rows)
        for (HomestayGridCell& cell : row.cells)
            cell.overCapacity = row.familyKnown && int(cell.fellows.size()) > row.capacity();

    for (int column = 0; column < grid.nights.size(); ++column) {
        const QDate night = grid.nights.at(column);
        if (homestay.contains(night))
            grid.homestayNights << night;
        for (const Fellow& f : fellows) {
            const QList<HostFamilyId> holding = where.value(f.id).value(night);
            if (holding.size() > 1) {
                grid.doubleBooked << FellowNight{f.id, night};
                for (HostFamilyId family : holding)
                    grid.rows[rowIndex.value(family)].cells[column].doubleBooked = true;
            }
        }
    }
    // Fellows named by placements but missing from the list still count as double booked.
    for (auto it = where.cbegin(); it != where.cend(); ++it) {
        if (grid.fellow(it.key()))
            continue;
        for (auto n = it.value().cbegin(); n != it.value().cend(); ++n) {
            const int column = grid.columnOf(n.key());
            if (n.value().size() > 1 && column >= 0) {
                grid.doubleBooked << FellowNight{it.key(), n.key()};
                for (HostFamilyId family : n.value())
                    grid.rows[rowIndex.value(family)].cells[column].doubleBooked = true;
            }
        }
    }

    for (const Fellow& f : fellows) {
        if (!f.takesPart())
            continue;
        if (!where.contains(f.id))
            grid.fellowsWithoutPlacement << f.id;
        for (const QDate& night : grid.homestayNights)
            if (f.presentOn(night) && where.value(f.id).value(night).isEmpty())
                grid.unplaced << FellowNight{f.id, night};
    }
    return grid;
}

int HomestayGrid::rowOf(HostFamilyId family) const
{
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).family.id == family)
            return i;
    return -1;
}

int HomestayGrid::columnOf(const QDate& night) const
{
    return int(nights.indexOf(night));
}

const HomestayGridCell* HomestayGrid::cell(HostFamilyId family, const QDate& night) const
{
    const int row = rowOf(family);
    const int column = columnOf(night);
    if (row < 0 || column < 0)
        return nullptr;
    return &rows.at(row).cells.at(column);
}

const Fellow* HomestayGrid::fellow(FellowId id) const
{
    for (const Fellow& f : fellows)
        if (f.id == id)
            return &f;
    return nullptr;
}

QList<FellowId> HomestayGrid::unplacedOn(const QDate& night) const
{
    QList<FellowId> result;
    for (const FellowNight& fn : unplaced)
        if (fn.night == night)
            result << fn.fellowId;
    return result;
}

int HomestayGrid::overCapacityCells() const
{
    int n = 0;
    for (const HomestayGridRow& row : rows)
        for (const HomestayGridCell& c : row.cells)
            n += c.overCapacity ? 1 : 0;
    return n;
}

bool HomestayGrid::hasConflicts() const
{
    return overCapacityCells() > 0 || !doubleBooked.isEmpty() || !outsideProgramme.isEmpty();
}

} // namespace jlgc
