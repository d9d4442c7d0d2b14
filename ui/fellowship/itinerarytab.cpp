#include "fellowship/itinerarytab.h"

#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"
#include "fellowship/itineraryitemdialog.h"
#include "storage/fellowshipitineraryrepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace jlgc {

namespace {
// On every row: the item's id (0 on a day row) and the day.
constexpr int ItemIdRole = Qt::UserRole + 1;
constexpr int DateRole = Qt::UserRole + 2;
} // namespace

ItineraryTab::ItineraryTab(QWidget* parent)
    : CohortTab(parent), m_summary(new QLabel), m_tree(new QTreeWidget), m_add(new QPushButton),
      m_edit(new QPushButton), m_remove(new QPushButton)
{
    setObjectName(QStringLiteral("itineraryTab"));
    m_tree->setObjectName(QStringLiteral("itineraryTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);

    layOut(m_summary, m_tree, {m_add, m_edit, m_remove});

    connect(m_add, &QPushButton::clicked, this, &ItineraryTab::addItem);
    connect(m_edit, &QPushButton::clicked, this, &ItineraryTab::editItem);
    connect(m_remove, &QPushButton::clicked, this, &ItineraryTab::removeItem);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, ItemIdRole).toLongLong() > 0)
            editItem();
        else
            addItem();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ItineraryTab::updateButtons);
    retranslate();
}

QString ItineraryTab::portionOf(const QDate& day) const
{
    const bool tokyo =
        m_cohort.tokyoStart.isValid() && day >= m_cohort.tokyoStart && day <= m_cohort.tokyoEnd;
    const bool host =
        m_cohort.hostStart.isValid() && day >= m_cohort.hostStart && day <= m_cohort.hostEnd;
    if (tokyo && host)
        return tr("Tokyo → host area");
    if (tokyo)
        return tr("Tokyo");
    if (host)
        return tr("Host area");
    return {};
}

QTreeWidgetItem* ItineraryTab::addDay(const QDate& day, int number)
{
    auto* row = new QTreeWidgetItem(m_tree);
    QStringList parts;
    if (number > 0)
        parts << tr("Day %1").arg(number);
    parts << FellowshipFormat::day(day);
    if (const QString portion = portionOf(day); !portion.isEmpty())
        parts << portion;
    row->setText(0, parts.join(QStringLiteral(" · ")));
    row->setData(0, ItemIdRole, 0);
    row->setData(0, DateRole, day);
    QFont bold = m_tree->font();
    bold.setBold(true);
    row->setFont(0, bold);
    row->setFirstColumnSpanned(true);
    row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return row;
}

void ItineraryTab::refresh()
{
    const qint64 keepItem = currentItemId();
    const QDate keepDate = currentDate();
    m_tree->clear();
    m_count = 0;
    if (!m_db || m_cohort.id <= 0) {
        m_summary->setText(tr("Save the cohort to plan its itinerary."));
        updateButtons();
        return;
    }
    const Language lang = uiLanguage();
    QList<FellowshipItineraryDay> days = FellowshipItineraryRepository(*m_db).days(m_cohort.id);
    // Every day of the programme has a row, planned or not.
    QList<QDate> all = m_cohort.nights();
    for (const FellowshipItineraryDay& d : days)
        if (!all.contains(d.date))
            all << d.date;
    std::sort(all.begin(), all.end());
    QTreeWidgetItem* select = nullptr;
    int empty = 0;
    for (const QDate& date : all) {
        const int number =
            m_cohort.containsDate(date) ? int(m_cohort.programmeStart.daysTo(date)) + 1 : 0;
        QTreeWidgetItem* dayRow = addDay(date, number);
        if (date == keepDate && keepItem == 0)
            select = dayRow;
        const auto it =
            std::find_if(days.cbegin(), days.cend(),
                         [&](const FellowshipItineraryDay& d) { return d.date == date; });
        if (it == days.cend()) {
            ++empty;
            auto* none = new QTreeWidgetItem(dayRow);
            none->setText(Description, tr("Nothing planned yet"));
            none->setForeground(Description, FellowshipFormat::quietForeground());
            none->setData(0, ItemIdRole, 0);
            none->setData(0, DateRole, date);
            continue;
        }
        for (const FellowshipItineraryItem& item : it->items) {
            auto* row = new QTreeWidgetItem(dayRow);
            row->setText(Time, FellowshipFormat::timeRange(item));
            row->setText(Type, FellowshipItemTypes::label(item.type));
            row->setText(Description, item.description(lang));
            row->setText(Place, item.place);
            row->setText(Host, item.hostOrganizationName(lang));
            const QString other = item.description(lang == Language::Japanese ? Language::English
                                                                              : Language::Japanese);
            row->setToolTip(Description, other.isEmpty() || other == row->text(Description)
                                             ? row->text(Description)
                                             : row->text(Description) + QLatin1Char('\n') + other);
            row->setData(0, ItemIdRole, item.id);
            row->setData(0, DateRole, date);
            ++m_count;
            if (item.id == keepItem)
                select = row;
        }
    }
    m_tree->expandAll();
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_tree->resizeColumnToContents(c);
    if (select)
        m_tree->setCurrentItem(select);
    if (!m_cohort.hasProgrammeDates())
        m_summary->setText(tr("Enter the programme dates above, then plan the itinerary."));
    else if (empty > 0)
        m_summary->setText(joinSummary({tr("%n item(s)", nullptr, m_count),
                                        tr("%n day(s) with nothing planned", nullptr, empty)}));
    else
        m_summary->setText(
            joinSummary({tr("%n item(s)", nullptr, m_count), tr("every day has a plan")}));
    updateButtons();
}

qint64 ItineraryTab::currentItemId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, ItemIdRole).toLongLong() : 0;
}

QDate ItineraryTab::currentDate() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, DateRole).toDate() : QDate();
}

void ItineraryTab::addItem()
{
    if (!m_db || m_cohort.id <= 0)
        return;
    FellowshipItineraryItem item;
    item.cohortId = m_cohort.id;
    item.date = currentDate();
    ItineraryItemDialog dialog(m_db, m_cohort, item, this);
    runDialog(dialog);
}

void ItineraryTab::editItem()
{
    editInDialog<FellowshipItineraryRepository, ItineraryItemDialog>(currentItemId());
}

void ItineraryTab::removeItem()
{
    const qint64 id = currentItemId();
    if (!m_db || id <= 0)
        return;
    const QTreeWidgetItem* row = m_tree->currentItem();
    removeAfterAsking(tr("Remove itinerary item"),
                      tr("Remove “%1” on %2 from the itinerary?")
                          .arg(row->text(Description), FellowshipFormat::date(currentDate())),
                      [&] { FellowshipItineraryRepository(*m_db).remove(id); });
}

void ItineraryTab::updateButtons()
{
    enableButtons(m_add, m_edit, m_remove, currentItemId() > 0);
}

void ItineraryTab::retranslate()
{
    m_tree->setHeaderLabels({tr("Time"), tr("Type"), tr("Description"), tr("Place"), tr("Host")});
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_add->setToolTip(tr("Add an item on the selected day"));
}

} // namespace jlgc
