#include "dashboard/dashboardpage.h"

#include "common/uilanguage.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardchartview.h"
#include "domain/datetext.h"
#include "domain/fiscalyear.h"
#include "storage/recordkinds.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {

enum AttentionRole { KindRole = Qt::UserRole + 1, IdRole };
constexpr int TileColumns = 6;

QString shortDate(const QDate& date)
{
    return DateText::date(date, uiLanguage());
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : Page(parent), m_content(new QWidget), m_heading(new QLabel), m_welcome(new QFrame),
      m_welcomeTitle(new QLabel), m_welcomeText(new QLabel), m_welcomeGuide(new QPushButton),
      m_welcomePeople(new QPushButton), m_tileGrid(new QGridLayout), m_attentionBox(new QGroupBox),
      m_attention(new QTreeWidget), m_fellowsChart(new DashboardChartView),
      m_subdivisionsChart(new DashboardChartView), m_prefecturesChart(new DashboardChartView),
      m_fundingChart(new DashboardChartView)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    outer->addWidget(scroll);

    auto* layout = new QGridLayout(m_content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(10);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto* top = new QVBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_heading);
    top->addWidget(m_welcome);
    layout->addLayout(top, 0, 0, 1, 2);

    // An empty database: what to do first, with the guide one click away.
    m_welcome->setObjectName(QStringLiteral("welcome"));
    static_cast<QFrame*>(m_welcome)->setFrameShape(QFrame::StyledPanel);
    m_welcome->setAutoFillBackground(true);
    m_welcome->setBackgroundRole(QPalette::AlternateBase);
    auto* welcomeLayout = new QVBoxLayout(m_welcome);
    QFont welcomeFont = m_welcomeTitle->font();
    welcomeFont.setBold(true);
    m_welcomeTitle->setFont(welcomeFont);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setTextFormat(Qt::RichText);
    welcomeLayout->addWidget(m_welcomeTitle);
    welcomeLayout->addWidget(m_welcomeText);
    auto* welcomeButtons = new QHBoxLayout;
    m_welcomeGuide->setObjectName(QStringLiteral("openGuide"));
    m_welcomePeople->setObjectName(QStringLiteral("openPeople"));
    m_welcomeGuide->setIcon(QApplication::style()->standardIcon(QStyle::SP_DialogHelpButton));
    welcomeButtons->addWidget(m_welcomeGuide);
    welcomeButtons->addWidget(m_welcomePeople);
    welcomeButtons->addStretch(1);
    welcomeLayout->addLayout(welcomeButtons);
    connect(m_welcomeGuide, &QPushButton::clicked, this, &DashboardPage::guideRequested);
    connect(m_welcomePeople, &QPushButton::clicked, this,
            [this] { emit areaRequested(QStringLiteral("person")); });
    m_welcome->hide();

    m_tileGrid->setSpacing(8);
    layout->addLayout(m_tileGrid, 1, 0, 1, 2);

    m_attention->setObjectName(QStringLiteral("attentionList"));
    m_attention->setColumnCount(3);
    m_attention->setRootIsDecorated(false);
    m_attention->setUniformRowHeights(true);
    m_attention->setAlternatingRowColors(true);
    m_attention->setMinimumHeight(190);
    m_attention->header()->setStretchLastSection(true);
    m_attention->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_attention->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Double click or Enter opens the record.
    connect(m_attention, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { activate(item); });
    auto* attentionLayout = new QVBoxLayout(m_attentionBox);
    attentionLayout->addWidget(m_attention);
    layout->addWidget(m_attentionBox, 2, 0, 1, 2);

    m_fellowsChart->setObjectName(QStringLiteral("fellowsChart"));
    m_subdivisionsChart->setObjectName(QStringLiteral("subdivisionsChart"));
    m_prefecturesChart->setObjectName(QStringLiteral("prefecturesChart"));
    m_fundingChart->setObjectName(QStringLiteral("fundingChart"));
    const QList<DashboardChartView*> views = charts();
    for (int i = 0; i < views.size(); ++i) {
        views[i]->setMinimumHeight(340);
        layout->addWidget(views[i], 3 + i / 2, i % 2);
    }
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(5, 1);

    // The charts are drawn when there is something to draw (reload).
    showTexts();
}

QString DashboardPage::pageTitle()
{
    return tr("Dashboard");
}

QList<DashboardChartView*> DashboardPage::charts() const
{
    return {m_fellowsChart, m_fundingChart, m_subdivisionsChart, m_prefecturesChart};
}

void DashboardPage::setDatabase(Database* db)
{
    m_db = db;
    if (isVisible() || !m_db)
        reload();
}

void DashboardPage::refreshFromDatabase()
{
    if (isVisible())
        reload();
}

void DashboardPage::setToday(const QDate& today)
{
    m_today = today;
    if (isVisible())
        reload();
}

QDate DashboardPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    // Other pages may have changed records since: read again (a few
    // aggregate queries).
    reload();
    Page::showEvent(event);
}

void DashboardPage::reload()
{
    // Drawing the four charts is the slow part of showing this page: they
    // are drawn again only when what they show has changed.
    const auto shownFellows = m_fellows;
    const auto shownSubdivisions = m_subdivisions;
    const auto shownPrefectures = m_prefectures;
    const auto shownFunding = m_funding;
    m_counts.clear();
    m_items.clear();
    m_fellows.clear();
    m_subdivisions.clear();
    m_prefectures.clear();
    m_funding.clear();
    if (m_db) {
        try {
            DashboardQueries queries(*m_db);
            const QDate day = today();
            m_counts = queries.counts();
            m_items = queries.attention(day);
            m_fellows = queries.fellowsPerYear();
            m_subdivisions = queries.affiliationsBySubdivision();
            m_prefectures = queries.affiliationsByPrefecture();
            m_funding = queries.fundingPerYear();
        } catch (const StorageError& e) {
            // Busy: the next refresh reads again.
            emit statusMessage(e.message());
        }
    }
    showTexts();
    if (!m_chartsDrawn || m_fellows != shownFellows || m_subdivisions != shownSubdivisions ||
        m_prefectures != shownPrefectures || m_funding != shownFunding)
        showCharts();
}

void DashboardPage::retranslate()
{
    showTexts();
    showCharts();
}

void DashboardPage::showTexts()
{
    m_heading->setText(
        tr("Today, %1").arg(DateText::date(today(), uiLanguage(), DateText::Style::WithWeekday)));
    m_attentionBox->setTitle(tr("Needs attention"));
    m_welcomeTitle->setText(
        tr("Welcome to JLGC Desk: this database has no records of its own yet"));
    m_welcomeText->setText(
        tr("<ol style=\"margin-left: 12px\"><li>Add the <b>organizations</b> you work with "
           "(the eleven partner associations are already there), then the <b>people</b> in "
           "them.</li><li>Then record what the office does: delegations, research requests "
           "and topics, the CLAIR Fellowship, JETAA chapters, sister cities, events.</li>"
           "<li>Lists kept in Excel come in with <b>File → Import…</b>.</li></ol>"
           "Every page is explained in the user guide (F1)."));
    m_welcomeGuide->setText(tr("Open the User Guide"));
    m_welcomePeople->setText(tr("Go to People"));
    {
        // Empty: nothing but the organizations that ship with the app.
        qint64 own = 0;
        for (const AreaCount& c : std::as_const(m_counts))
            own += c.key == QLatin1String("organizations") ? std::max<qint64>(0, c.count - 11)
                                                           : c.count;
        m_welcome->setVisible(m_db && !m_counts.isEmpty() && own == 0);
    }
    m_attention->setHeaderLabels({tr("What"), tr("When"), tr("Record")});
    showCounts();
    showAttention();
}

void DashboardPage::showCounts()
{
    const QLocale locale;
    int index = 0;
    for (const AreaCount& c : std::as_const(m_counts)) {
        QPushButton* button = m_tiles.value(c.key);
        if (!button) {
            button = new QPushButton;
            button->setObjectName(QStringLiteral("tile_") + c.key);
            button->setMinimumHeight(62);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
            auto* inner = new QVBoxLayout(button);
            inner->setContentsMargins(10, 4, 10, 4);
            inner->setSpacing(0);
            auto* number = new QLabel;
            number->setObjectName(QStringLiteral("count"));
            QFont big = number->font();
            big.setPointSizeF(big.pointSizeF() * 1.6);
            big.setBold(true);
            number->setFont(big);
            auto* name = new QLabel;
            name->setObjectName(QStringLiteral("label"));
            name->setWordWrap(true); // long names of areas take two lines
            for (QLabel* l : {number, name}) {
                l->setAttribute(Qt::WA_TransparentForMouseEvents);
                inner->addWidget(l);
            }
            const QString kind = c.kind;
            connect(button, &QPushButton::clicked, this,
                    [this, kind] { emit areaRequested(kind); });
            m_tiles.insert(c.key, button);
            m_tileGrid->addWidget(button, index / TileColumns, index % TileColumns);
        }
        const QString label = RecordKinds::label(c.key);
        button->findChild<QLabel*>(QStringLiteral("count"))->setText(locale.toString(c.count));
        button->findChild<QLabel*>(QStringLiteral("label"))->setText(label);
        button->setAccessibleName(QStringLiteral("%1: %2").arg(label, locale.toString(c.count)));
        button->setToolTip(tr("Open %1").arg(label));
        ++index;
    }
    for (QPushButton* b : std::as_const(m_tiles))
        b->setVisible(m_db != nullptr);
}

QString DashboardPage::describe(const AttentionItem& item, QString* when) const
{
    const Language language = uiLanguage();
    const auto coming = [&](const AttentionItem& i) {
        QString in;
        if (i.days == 0)
            in = tr("today");
        else if (i.days == 1)
            in = tr("tomorrow");
        else
            in = tr("in %n day(s)", "", i.days);
        return tr("%1 (%2)").arg(shortDate(i.date), in);
    };
    const QString cohort = tr("%1 cohort").arg(item.cohortYear);
    switch (item.reason) {
    case AttentionItem::Reason::OverdueRequest:
        *when = tr("%n day(s) overdue (due %1)", "", item.days).arg(shortDate(item.date));
        return tr("Research request overdue");
    case AttentionItem::Reason::OverdueFundingReport:
        *when = tr("%n day(s) overdue (due %1)", "", item.days).arg(shortDate(item.date));
        return tr("%1 funding report overdue").arg(FiscalYear(item.fiscalYear).label(language));
    case AttentionItem::Reason::DelegationArriving:
        *when = coming(item);
        return tr("Delegation arriving");
    case AttentionItem::Reason::EventComing:
        *when = coming(item);
        return tr("Event coming up");
    case AttentionItem::Reason::UnconfirmedFellow:
        *when = cohort;
        return tr("Fellow not yet confirmed (%1)").arg(FellowStatuses::label(item.fellowStatus));
    case AttentionItem::Reason::UnplacedFellow: {
        if (item.withoutAnyFamily) {
            *when = cohort;
            return tr("Fellow without a host family");
        }
        QStringList nights;
        for (const QDate& n : item.nights)
            nights << QLocale().toString(n, language == Language::Japanese
                                                ? QStringLiteral("M/d")
                                                : QStringLiteral("MMM d"));
        *when = tr("%1: %2").arg(cohort, nights.join(QStringLiteral(", ")));
        return tr("No host family for %n night(s)", "", int(item.nights.size()));
    }
    }
    return {};
}

void DashboardPage::showAttention()
{
    const Language language = uiLanguage();
    m_attention->clear();
    for (const AttentionItem& i : std::as_const(m_items)) {
        QString when;
        const QString what = describe(i, &when);
        auto* line = new QTreeWidgetItem(m_attention, {what, when, i.name(language)});
        line->setData(0, KindRole, i.kind);
        line->setData(0, IdRole, i.id);
        line->setToolTip(2, i.name(language));
        const bool overdue = i.reason == AttentionItem::Reason::OverdueRequest ||
                             i.reason == AttentionItem::Reason::OverdueFundingReport;
        if (overdue)
            line->setForeground(0, QColor(0xb0, 0x20, 0x20));
    }
    if (m_items.isEmpty()) {
        auto* none = new QTreeWidgetItem(
            m_attention, {m_db ? tr("Nothing needs attention now.") : tr("No database open")});
        none->setFlags(Qt::NoItemFlags);
    }
    if (m_attention->topLevelItemCount() > 0 && !m_attention->currentItem())
        m_attention->setCurrentItem(m_attention->topLevelItem(0));
}

void DashboardPage::showCharts()
{
    m_fellowsChart->replaceChart(DashboardCharts::fellowsPerYear(m_fellows));
    m_subdivisionsChart->replaceChart(
        DashboardCharts::affiliations(DashboardCharts::subdivisionsTitle(), m_subdivisions));
    m_prefecturesChart->replaceChart(
        DashboardCharts::affiliations(DashboardCharts::prefecturesTitle(), m_prefectures));
    m_fundingChart->replaceChart(DashboardCharts::fundingPerYear(m_funding));
    m_chartsDrawn = true;
}

void DashboardPage::activate(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString kind = item->data(0, KindRole).toString();
    if (!kind.isEmpty())
        emit recordRequested(kind, item->data(0, IdRole));
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace jlgc
