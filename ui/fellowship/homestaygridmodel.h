#pragma once

#include "domain/homestaygrid.h"

#include <QAbstractTableModel>

namespace jlgc {

// The night-by-family grid of a cohort's homestays: a row for each family
// (and a last row for the fellows with no family that night), a column for
// each night of the host portion and of every homestay. A cell lists the
// fellows placed; red when the family is over capacity or a fellow is booked
// twice, yellow for fellows without a family.
class HomestayGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit HomestayGridModel(QObject* parent = nullptr);

    // hostStart/hostEnd: the cohort's host portion, whose nights are shown
    // even before anyone is placed.
    void setGrid(HomestayGrid grid, const QDate& hostStart = {}, const QDate& hostEnd = {});
    const HomestayGrid& grid() const { return m_grid; }

    QDate night(int column) const;
    // The family of a row (0 for the row of fellows without a family).
    HostFamilyId family(int row) const;
    bool isUnplacedRow(int row) const;
    int unplacedRow() const { return hasUnplacedRow() ? int(m_grid.rows.size()) : -1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    bool hasUnplacedRow() const { return !m_grid.homestayNights.isEmpty(); }
    QStringList names(const QList<FellowId>& fellows) const;
    QString conflictText(const HomestayGridRow& row, const HomestayGridCell& cell,
                         const QDate& date) const;

    HomestayGrid m_grid;
    QList<int> m_columns; // index into m_grid.nights for each column shown
};

} // namespace jlgc
