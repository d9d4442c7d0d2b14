#pragma once

#include "domain/homestayplacement.h"
#include "fellowship/cohorttab.h"

#include <QModelIndex>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace jlgc {

class HomestayGridModel;

// The cohort's homestays: the night-by-family grid that shows conflicts and
// gaps at a glance, and the list of placements with Add, Edit and Remove.
class HomestaysTab : public CohortTab {
    Q_OBJECT
public:
    enum PlacementColumn {
        FellowColumn,
        FamilyColumn,
        NightsColumn,
        NightCountColumn,
        WarningsColumn,
        PlacementColumnCount
    };

    explicit HomestaysTab(QWidget* parent = nullptr);

    void refresh() override;

    HomestayGridModel* gridModel() const { return m_gridModel; }
    QTableView* gridView() const { return m_grid; }
    QTableWidget* placementTable() const { return m_placements; }
    QLabel* summaryLabel() const { return m_summary; }
    bool hasConflicts() const;
    int placementCount() const { return int(m_list.size()); }
    qint64 currentPlacementId() const;

    void addPlacement();
    void editPlacement();
    // A double click on a cell of the grid.
    void openCell(const QModelIndex& index);
    void removePlacement();

protected:
    void retranslate() override;

private:
    void updateButtons();
    void updateSummary();
    void showPlacements();

    QList<HomestayPlacement> m_list;
    HomestayGridModel* m_gridModel;
    QLabel* m_summary;
    QLabel* m_legend;
    QTableView* m_grid;
    QLabel* m_placementsTitle;
    QTableWidget* m_placements;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace jlgc
