#include "fellowship/allfellowspage.h"

#include "common/columnfitter.h"
#include "common/detailtable.h"
#include "common/recordlistmodel.h"
#include "common/uilanguage.h"
#include "domain/fellow.h"
#include "reference/jurisdiction.h"
#include "storage/records/listquery.h"
#include "storage/referencerepository.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace jlgc {

namespace {
constexpr int FirstYear = 1993; // the first CLAIR Fellowship cohort
}

AllFellowsPage::AllFellowsPage(QWidget* parent)
    : Page(parent), m_model(new RecordListModel(QStringLiteral("fellows"), this)),
      m_filter(new QLineEdit), m_yearsLabel(new QLabel), m_from(new QSpinBox),
      m_toLabel(new QLabel), m_to(new QSpinBox), m_subdivision(new QComboBox),
      m_prefecture(new QComboBox), m_status(new QComboBox), m_table(new QTableView),
      m_countsTitle(new QLabel), m_counts(new QTableWidget(0, 2)), m_summary(new QLabel)
{
    setObjectName(QStringLiteral("allFellowsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* first = new QHBoxLayout;
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    first->addWidget(m_filter, 1);
    const int lastYear = QDate::currentDate().year() + 2;
    for (QSpinBox* s : {m_from, m_to}) {
        s->setRange(FirstYear, lastYear);
        s->setGroupSeparatorShown(false);
    }
    m_from->setValue(FirstYear);
    m_to->setValue(lastYear);
    m_from->setObjectName(QStringLiteral("fromYear"));
    m_to->setObjectName(QStringLiteral("toYear"));
    m_yearsLabel->setBuddy(m_from);
    first->addWidget(m_yearsLabel);
    first->addWidget(m_from);
    first->addWidget(m_toLabel);
    first->addWidget(m_to);
    first->addWidget(m_status);
    layout->addLayout(first);

    auto* second = new QHBoxLayout;
    second->addWidget(m_subdivision, 1);
    second->addWidget(m_prefecture, 1);
    layout->addLayout(second);
    makeCompact(m_status, 10);
    makeCompact(m_subdivision, 14);
    makeCompact(m_prefecture, 10);

    m_table->setModel(m_model);
    // The latest cohort first, each cohort's fellows by name (the kind's
    // order) until a heading is clicked.
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("allFellows"));

    auto* countsPanel = new QWidget;
    auto* countsLayout = new QVBoxLayout(countsPanel);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    countsLayout->addWidget(m_countsTitle);
    m_counts->setObjectName(QStringLiteral("countsBySubdivision"));
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->verticalHeader()->hide();
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    countsLayout->addWidget(m_counts, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(countsPanel);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setText(text);
        updateCounts();
    });
    // Columns as wide as what the first screen shows (at most 260 pixels),
    // the last to the list's edge.
    const auto fitColumns = [this] {
        if (m_sized || m_model->rowCount() == 0 || m_model->recordId(0) == 0)
            return;
        m_sized = true;
        fitColumnsToContents(m_table, 260);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, fitColumns);
    for (QSpinBox* s : {m_from, m_to})
        connect(s, &QSpinBox::valueChanged, this, [this] { reload(); });
    for (QComboBox* c : {m_subdivision, m_prefecture, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });

    fillCombos();
    retranslate();
}

QString AllFellowsPage::pageTitle()
{
    return tr("All fellows");
}

void AllFellowsPage::setDatabase(Database* db)
{
    m_db = db;
    if (!db)
        m_model->setDatabase(nullptr, nullptr);
    fillCombos();
    // Read when shown (showEvent), not at start-up behind the dashboard.
    if (isVisible())
        reload();
}

void AllFellowsPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void AllFellowsPage::showEvent(QShowEvent* event)
{
    // Fellows are edited on the cohort's page: read again when shown.
    reload();
    Page::showEvent(event);
}

void AllFellowsPage::fillCombos()
{
    m_filling = true;
    const QString subdivision = m_subdivision->currentData().toString();
    const QString prefecture = m_prefecture->currentData().toString();
    const QString status = m_status->currentData().toString();
    m_subdivision->clear();
    m_prefecture->clear();
    m_status->clear();
    m_subdivision->addItem(tr("Every state and province"), QString());
    m_prefecture->addItem(tr("Every host prefecture"), QString());
    m_status->addItem(tr("Every status"), QString());
    if (m_db) {
        const ReferenceRepository reference(*m_db);
        const Language lang = uiLanguage();
        for (const Subdivision& s : reference.subdivisions())
            m_subdivision->addItem(s.display(lang), s.code);
        for (const Prefecture& p : reference.prefectures())
            m_prefecture->addItem(p.display(lang), p.code);
    }
    for (FellowStatus s : FellowStatuses::all())
        m_status->addItem(FellowStatuses::label(s), FellowStatuses::code(s));
    m_subdivision->setCurrentIndex(std::max(0, m_subdivision->findData(subdivision)));
    m_prefecture->setCurrentIndex(std::max(0, m_prefecture->findData(prefecture)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_filling = false;
}

void AllFellowsPage::reload()
{
    if (!m_db) {
        updateCounts();
        return;
    }
    QVariantMap filters;
    const auto set = [&filters](const char* name, const QVariant& value) {
        if (!value.toString().isEmpty())
            filters.insert(QLatin1String(name), value);
    };
    set("subdivision", m_subdivision->currentData());
    set("prefecture", m_prefecture->currentData());
    set("status", m_status->currentData());
    filters.insert(QStringLiteral("from"), std::min(m_from->value(), m_to->value()));
    filters.insert(QStringLiteral("to"), std::max(m_from->value(), m_to->value()));
    if (m_model->database() != m_db) { // read when first shown, filtered
        m_model->setFilters(filters);
        m_model->setDatabase(m_db, listReader());
    } else if (filters == m_model->filters()) {
        m_model->reload(); // shown again: fellows may have changed on their cohort's page
    } else {
        m_model->setFilters(filters);
    }
    updateCounts();
}

void AllFellowsPage::updateCounts()
{
    // The fellows shown (text filter included), by state or province, most
    // first: counted by the database, off the window's thread.
    if (!m_db) {
        m_counts->setRowCount(0);
        m_summary->clear();
        return;
    }
    const ListQuery query = m_model->query();
    readAside(
        m_db,
        [query](Database& db) {
            return QVariant::fromValue(ListStore(db).groups(query, StateOrProvince));
        },
        [this](const QVariant& result) {
            const auto groups = result.value<QList<ListStore::Group>>();
            m_counts->setRowCount(int(groups.size()));
            int shown = 0;
            int places = 0;
            for (int r = 0; r < groups.size(); ++r) {
                const ListStore::Group& g = groups[r];
                const bool recorded = !g.value.toString().isEmpty();
                m_counts->setItem(r, 0,
                                  new QTableWidgetItem(recorded ? g.cell : tr("Not recorded")));
                auto* count = new QTableWidgetItem(QLocale().toString(g.count));
                count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_counts->setItem(r, 1, count);
                shown += g.count;
                places += recorded ? 1 : 0;
            }
            m_summary->setText(tr("%n fellow(s) shown.", nullptr, shown) + QLatin1Char(' ') +
                               tr("States and provinces: %1.").arg(QLocale().toString(places)));
        });
}

void AllFellowsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillCombos();
        m_model->retranslate();
        updateCounts();
    }
    Page::changeEvent(event);
}

void AllFellowsPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by name, reading, government or title (Ctrl+F)"));
    m_yearsLabel->setText(tr("Years"));
    m_toLabel->setText(tr("to", "a range of years: 1993 to 2026"));
    m_countsTitle->setText(tr("Fellows by state or province"));
    m_counts->setHorizontalHeaderLabels({tr("State or province"), tr("Fellows")});
    emit titleChanged();
}

} // namespace jlgc
