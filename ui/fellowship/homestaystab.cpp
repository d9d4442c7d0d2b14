#include "fellowship/homestaystab.h"

#include "common/alertcolor.h"
#include "common/columnfitter.h"
#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"
#include "fellowship/homestaygridmodel.h"
#include "fellowship/placementdialog.h"
#include "storage/homestayrepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {
QString swatch(const QColor& colour, const QString& text)
{
    return QStringLiteral("<span style=\"background:%1; color:black\">&nbsp;&nbsp;&nbsp;&nbsp;"
                          "</span>&nbsp;%2")
        .arg(colour.name(), text.toHtmlEscaped());
}
} // namespace

HomestaysTab::HomestaysTab(QWidget* parent)
    : CohortTab(parent), m_gridModel(new HomestayGridModel(this)), m_summary(new QLabel),
      m_legend(new QLabel), m_grid(new QTableView), m_placementsTitle(new QLabel),
      m_placements(new QTableWidget(0, PlacementColumnCount)), m_add(new QPushButton),
      m_edit(new QPushButton), m_remove(new QPushButton)
{
    setObjectName(QStringLiteral("homestaysTab"));
    m_grid->setObjectName(QStringLiteral("homestayGrid"));
    m_grid->setModel(m_gridModel);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    // The nights share the width (names wrap); past the minimum the grid scrolls.
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(84);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->setMinimumHeight(150);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("homestaySummary"));
    m_legend->setTextFormat(Qt::RichText);

    m_placements->setObjectName(QStringLiteral("placementTable"));
    m_placements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_placements->setSelectionMode(QAbstractItemView::SingleSelection);
    m_placements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_placements->verticalHeader()->hide();
    m_placements->setWordWrap(false);
    m_placements->setMinimumHeight(110);
    ColumnFitter::install(m_placements);
    m_add->setObjectName(QStringLiteral("placeFellow"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_legend);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_grid);
    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    QFont bold = m_placementsTitle->font();
    bold.setBold(true);
    m_placementsTitle->setFont(bold);
    lowerLayout->addWidget(m_placementsTitle);
    lowerLayout->addWidget(m_placements, 1);
    // The buttons above the grid: "Place a fellow…" is in sight at once.
    layout->insertLayout(layout->indexOf(m_legend) + 1, buttonRow({m_add, m_edit, m_remove}));
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, &HomestaysTab::addPlacement);
    connect(m_edit, &QPushButton::clicked, this, &HomestaysTab::editPlacement);
    connect(m_remove, &QPushButton::clicked, this, &HomestaysTab::removePlacement);
    connect(m_placements, &QTableWidget::cellDoubleClicked, this, &HomestaysTab::editPlacement);
    connect(m_grid, &QTableView::doubleClicked, this, &HomestaysTab::openCell);
    connect(m_placements, &QTableWidget::currentCellChanged, this, &HomestaysTab::updateButtons);
    retranslate();
}

void HomestaysTab::refresh()
{
    const qint64 keep = currentPlacementId();
    if (!m_db || m_cohort.id <= 0) {
        m_gridModel->setGrid({});
        m_list.clear();
    } else {
        HomestayRepository repo(*m_db);
        m_gridModel->setGrid(repo.grid(m_cohort.id), m_cohort.hostStart, m_cohort.hostEnd);
        HomestayFilter filter;
        filter.cohortId = m_cohort.id;
        m_list = repo.list(filter);
    }
    m_grid->resizeRowsToContents();
    showPlacements();
    for (int r = 0; r < m_list.size(); ++r)
        if (m_list.at(r).id == keep)
            m_placements->setCurrentCell(r, 0);
    updateSummary();
    updateButtons();
}

void HomestaysTab::showPlacements()
{
    const Language lang = uiLanguage();
    const HomestayGrid& grid = m_gridModel->grid();
    m_placements->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const HomestayPlacement& p = m_list.at(r);
        QStringList accepted;
        for (HomestayWarningKind k : p.acceptedWarnings)
            accepted << HomestayWarningKinds::label(k);
        const QStringList cells = {p.fellowName.display(lang), p.familyDisplay(lang),
                                   FellowshipFormat::dateRange(p.firstNight, p.lastNight),
                                   QLocale().toString(p.nightCount()),
                                   accepted.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            m_placements->setItem(r, c, item);
        }
        // A placement in conflict is red in the list as in the grid.
        bool conflict = false;
        for (const QDate& night : p.nights())
            if (const HomestayGridCell* cell = grid.cell(p.hostFamilyId, night))
                conflict = conflict || cell->hasConflict();
        if (conflict)
            for (int c = 0; c < cells.size(); ++c) {
                m_placements->item(r, c)->setBackground(FellowshipFormat::conflictBackground());
                m_placements->item(r, c)->setForeground(QColor(Qt::black));
            }
    }
    ColumnFitter::fit(m_placements);
}

bool HomestaysTab::hasConflicts() const
{
    return m_gridModel->grid().hasConflicts();
}

void HomestaysTab::updateSummary()
{
    if (!m_db || m_cohort.id <= 0) {
        m_summary->setText(tr("Save the cohort to place its fellows with host families."));
        m_legend->hide();
        return;
    }
    const HomestayGrid& grid = m_gridModel->grid();
    QStringList parts;
    parts << tr("%n homestay night(s)", nullptr, int(grid.homestayNights.size()));
    parts << tr("%n family(-ies) shown", nullptr, int(grid.rows.size()));
    if (grid.overCapacityCells() > 0)
        parts << tr("%n night(s) over a family's capacity", nullptr, grid.overCapacityCells());
    if (!grid.doubleBooked.isEmpty())
        parts << tr("%n double booking(s)", nullptr, int(grid.doubleBooked.size()));
    if (!grid.outsideProgramme.isEmpty())
        parts << tr("%n placement(s) outside the programme", nullptr,
                    int(grid.outsideProgramme.size()));
    if (!grid.unplaced.isEmpty())
        parts << tr("%n fellow-night(s) without a family", nullptr, int(grid.unplaced.size()));
    if (!grid.fellowsWithoutPlacement.isEmpty())
        parts << tr("%n fellow(s) not placed at all", nullptr,
                    int(grid.fellowsWithoutPlacement.size()));
    if (!grid.hasConflicts() && !grid.hasGaps() && !grid.homestayNights.isEmpty() &&
        grid.fellowsWithoutPlacement.isEmpty())
        parts << tr("every fellow has a family every night");
    m_summary->setText(joinSummary(parts));
    showAsAlert(m_summary, grid.hasConflicts());
    m_legend->setText(
        swatch(FellowshipFormat::conflictBackground(), tr("over capacity or booked twice")) +
        QStringLiteral("&nbsp;&nbsp;&nbsp;") +
        swatch(FellowshipFormat::gapBackground(), tr("without a family")) +
        QStringLiteral("&nbsp;&nbsp;&nbsp;") +
        swatch(FellowshipFormat::quietBackground(), tr("no homestay that night")));
    m_legend->show();
}

qint64 HomestaysTab::currentPlacementId() const
{
    const int r = m_placements->currentRow();
    return r >= 0 && r < m_list.size() ? m_list.at(r).id : 0;
}

void HomestaysTab::addPlacement()
{
    if (!m_db || m_cohort.id <= 0)
        return;
    HomestayPlacement p;
    PlacementDialog dialog(m_db, m_cohort, m_gridModel->grid().fellows, p, this);
    runDialog(dialog);
}

void HomestaysTab::openCell(const QModelIndex& index)
{
    // A family's night: its homestay there, or a new one with that family
    // from that night. A night of "Without a family": a new homestay for the
    // first fellow who has none that night.
    if (!m_db || m_cohort.id <= 0 || !index.isValid())
        return;
    const QDate night = m_gridModel->night(index.column());
    if (!night.isValid())
        return;
    const HomestayGrid& grid = m_gridModel->grid();
    HomestayPlacement p;
    if (m_gridModel->isUnplacedRow(index.row())) {
        const QList<FellowId> waiting = grid.unplacedOn(night);
        if (!waiting.isEmpty())
            p.fellowId = waiting.front();
    } else {
        const HostFamilyId family = m_gridModel->family(index.row());
        for (int r = 0; r < m_list.size(); ++r) {
            const HomestayPlacement& existing = m_list.at(r);
            if (existing.hostFamilyId == family && existing.firstNight <= night &&
                night <= existing.lastNight) {
                m_placements->setCurrentCell(r, 0);
                editPlacement();
                return;
            }
        }
        p.hostFamilyId = family;
    }
    // From that night to the last night of the host portion (its last day is
    // for travel), or that night alone when it lies outside.
    const QDate lastNight = m_cohort.hostEnd.isValid() ? m_cohort.hostEnd.addDays(-1) : QDate();
    p.firstNight = night;
    p.lastNight = lastNight.isValid() && lastNight >= night ? lastNight : night;
    PlacementDialog dialog(m_db, m_cohort, grid.fellows, p, this);
    runDialog(dialog);
}

void HomestaysTab::editPlacement()
{
    editInDialog<HomestayRepository, PlacementDialog>(currentPlacementId(),
                                                      m_gridModel->grid().fellows);
}

void HomestaysTab::removePlacement()
{
    const qint64 id = currentPlacementId();
    if (!m_db || id <= 0)
        return;
    const HomestayPlacement& p = m_list.at(m_placements->currentRow());
    const Language lang = uiLanguage();
    removeAfterAsking(tr("Remove homestay"),
                      tr("Remove the stay of %1 with the %2 (%3)?")
                          .arg(p.fellowName.display(lang), p.familyDisplay(lang),
                               FellowshipFormat::dateRange(p.firstNight, p.lastNight)),
                      [&] { HomestayRepository(*m_db).remove(id); });
}

void HomestaysTab::updateButtons()
{
    enableButtons(m_add, m_edit, m_remove, currentPlacementId() > 0);
}

void HomestaysTab::retranslate()
{
    m_placementsTitle->setText(tr("Placements"));
    m_placements->setHorizontalHeaderLabels(
        {tr("Fellow"), tr("Host family"), tr("Dates"), tr("Nights"), tr("Accepted warnings")});
    m_add->setText(tr("Place a fellow…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_gridModel->retranslate();
    updateSummary();
}

} // namespace jlgc
