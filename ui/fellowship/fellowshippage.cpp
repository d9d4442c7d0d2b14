#include "fellowship/fellowshippage.h"

#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/pickers.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "fellowship/cohorttablemodel.h"
#include "fellowship/daterangefield.h"
#include "fellowship/fellowstab.h"
#include "fellowship/fellowtablemodel.h"
#include "fellowship/homestaystab.h"
#include "fellowship/itinerarytab.h"
#include "storage/cohortrepository.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jlgc {

FellowshipPage::FellowshipPage(QWidget* parent)
    : KindPage(QStringLiteral("fellowship"), QStringLiteral("cohort"), QT_TR_NOOP("New cohort"),
               parent),
      m_year(new QSpinBox), m_programme(new DateRangeField), m_tokyo(new DateRangeField),
      m_hostPortion(new DateRangeField), m_host(new SearchPicker), m_themeEn(new QLineEdit),
      m_themeJa(new QLineEdit), m_notes(shortTextEdit(54)), m_tabs(new QTabWidget),
      m_fellows(new FellowsTab), m_itinerary(new ItineraryTab), m_homestays(new HomestaysTab)
{
    setObjectName(QStringLiteral("fellowshipPage"));
    table()->sortByColumn(CohortTableModel::Year, Qt::DescendingOrder);
    // The cohort's tabs need the room more than the short list of years.
    if (!QSettings().contains(QStringLiteral("pages/fellowship/splitter")))
        if (auto* split = findChild<QSplitter*>(QString(), Qt::FindDirectChildrenOnly))
            split->setSizes({360, 740});

    m_year->setRange(FirstCohortYear, 2999);
    m_year->setObjectName(QStringLiteral("year"));
    m_host->setProvider(pickers::jurisdictions([this] { return database(); }));
    m_host->setObjectName(QStringLiteral("host"));

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("programme"), nullptr, QT_TR_NOOP("Programme")},
        {QStringLiteral("year"), m_year, QT_TR_NOOP("Year")},
        {QStringLiteral("programme"), m_programme, QT_TR_NOOP("Programme")},
        {QStringLiteral("tokyo"), m_tokyo, QT_TR_NOOP("Tokyo portion")},
        {QStringLiteral("host"), m_hostPortion, QT_TR_NOOP("Host portion")},
        {QStringLiteral("hostMunicipalityCode"), m_host,
         QT_TR_NOOP("Host prefecture or municipality")},
        {QStringLiteral("theme"), nullptr, QT_TR_NOOP("Theme")},
        {QStringLiteral("themeEn"), m_themeEn, QT_TR_NOOP("Theme (English)")},
        {QStringLiteral("themeJa"), m_themeJa, QT_TR_NOOP("Theme (Japanese)")},
        {QStringLiteral("notes"), m_notes, QT_TR_NOOP("Notes")},
    });
    for (DateRangeField* r : {m_programme, m_tokyo, m_hostPortion})
        connect(r, &DateRangeField::edited, this, [this] { setDirty(true); });
    // Empty dates open on the cohort's year, then on the dates before them.
    m_programme->setContext([this] {
        const QDate today = QDate::currentDate();
        const QDate sameDay(m_year->value(), today.month(), std::min(today.day(), 28));
        return m_year->value() == today.year() ? today : sameDay;
    });
    m_tokyo->setContext([this] { return m_programme->start(); });
    m_hostPortion->setContext(
        [this] { return m_tokyo->end().isValid() ? m_tokyo->end() : m_programme->start(); });

    m_tabs->setObjectName(QStringLiteral("cohortTabs"));
    m_tabs->addTab(m_fellows, QString());
    m_tabs->addTab(m_itinerary, QString());
    m_tabs->addTab(m_homestays, QString());
    m_tabs->setMinimumHeight(430);
    detailArea()->addWidget(m_tabs);
    connect(m_fellows, &FellowsTab::changed, this, &FellowshipPage::contentsChanged);
    connect(m_itinerary, &ItineraryTab::changed, this, &FellowshipPage::contentsChanged);
    connect(m_homestays, &HomestaysTab::changed, this, &FellowshipPage::contentsChanged);
    retranslate();
}

QString FellowshipPage::pageTitle()
{
    return tr("CLAIR Fellowship");
}

void FellowshipPage::reload()
{
    if (!database()) {
        m_model->setCohorts({});
        return;
    }
    readShortList(
        [](Database& db) {
            const QList<CohortSummary> summaries = CohortRepository(db).summaries();
            auto hostOf = [](const Cohort& c) {
                return c.hostMunicipalityCode.isEmpty() ? c.hostPrefectureCode
                                                        : c.hostMunicipalityCode;
            };
            QStringList codes;
            for (const CohortSummary& s : summaries)
                codes << hostOf(s.cohort);
            // Every host's name with one statement (one each cost a server's
            // round trip per cohort).
            const QHash<QString, QString> hosts = pickers::jurisdictionLabels(&db, codes);
            QList<CohortListEntry> entries;
            for (const CohortSummary& s : summaries)
                entries << CohortListEntry{s, hosts.value(hostOf(s.cohort))};
            return QVariant::fromValue(entries);
        },
        [this](const QVariant& entries) {
            m_model->setCohorts(entries.value<QList<CohortListEntry>>());
        });
}

QString FellowshipPage::describe(const Cohort& c) const
{
    const QString host = m_host->currentLabel();
    return host.isEmpty() ? tr("%1 cohort").arg(c.year)
                          : tr("%1 cohort — hosted by %2").arg(c.year).arg(host);
}

// A new cohort (clearFields) shows the year after the latest.
void FellowshipPage::showLoaded()
{
    const Cohort& c = m_loaded;
    m_year->setValue(c.year > 0 ? c.year : suggestedYear());
    m_programme->setRange(c.programmeStart, c.programmeEnd);
    m_tokyo->setRange(c.tokyoStart, c.tokyoEnd);
    m_hostPortion->setRange(c.hostStart, c.hostEnd);
    const QString code =
        c.hostMunicipalityCode.isEmpty() ? c.hostPrefectureCode : c.hostMunicipalityCode;
    m_host->setCurrent(code.isEmpty() ? QVariant() : QVariant(code),
                       pickers::jurisdictionLabel(database(), code));
    m_themeEn->setText(c.themeEn);
    m_themeJa->setText(c.themeJa);
    m_notes->setPlainText(c.notes);
    refreshTabs();
}

void FellowshipPage::clearFields()
{
    showLoaded();
}

int FellowshipPage::suggestedYear() const
{
    int latest = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        latest = std::max(latest, m_model->entry(r)->summary.cohort.year);
    return latest > 0 ? latest + 1 : QDate::currentDate().year();
}

Cohort FellowshipPage::formRecord() const
{
    Cohort c = m_loaded;
    c.year = m_year->value();
    c.programmeStart = m_programme->start();
    c.programmeEnd = m_programme->end();
    c.tokyoStart = m_tokyo->start();
    c.tokyoEnd = m_tokyo->end();
    c.hostStart = m_hostPortion->start();
    c.hostEnd = m_hostPortion->end();
    // A municipality lies in its prefecture: both are stored, for lists by prefecture.
    const QString code = m_host->currentKey().toString();
    c.hostPrefectureCode = code.left(2);
    c.hostMunicipalityCode = code.size() == 6 ? code : QString();
    c.themeEn = m_themeEn->text().trimmed();
    c.themeJa = m_themeJa->text().trimmed();
    c.notes = m_notes->toPlainText();
    return c;
}

QString FellowshipPage::describeCurrent() const
{
    return tr("%1 cohort").arg(m_year->value());
}

void FellowshipPage::refreshTabs()
{
    Database* db = database();
    m_fellows->setCohort(db, m_loaded);
    m_itinerary->setCohort(db, m_loaded);
    m_homestays->setCohort(db, m_loaded);
    updateTabTitles();
}

void FellowshipPage::contentsChanged()
{
    // Fellows, itinerary and homestays depend on each other (a withdrawn
    // fellow leaves the grid); the list counts them.
    m_fellows->refresh();
    m_itinerary->refresh();
    m_homestays->refresh();
    updateTabTitles();
    refreshList();
    emit dataChanged();
}

void FellowshipPage::updateTabTitles()
{
    const int fellows = int(m_fellows->model()->fellows().size());
    m_tabs->setTabText(0, fellows > 0 ? tr("Fellows (%1)").arg(fellows) : tr("Fellows"));
    const int items = m_itinerary->itemCount();
    m_tabs->setTabText(1, items > 0 ? tr("Itinerary (%1)").arg(items) : tr("Itinerary"));
    const int placements = m_homestays->placementCount();
    m_tabs->setTabText(2, placements > 0 ? tr("Homestays (%1)").arg(placements) : tr("Homestays"));
    const bool conflict = m_homestays->hasConflicts();
    m_tabs->setTabIcon(2, conflict ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(2, conflict ? tr("Some homestays are in conflict: see the red cells.")
                                      : QString());
}

void FellowshipPage::retranslate()
{
    KindPage::retranslate();
    m_host->setPlaceholderText(tr("Type kanji, kana, romaji or a code, e.g. きたいばらき…"));
    m_themeEn->setPlaceholderText(tr("e.g. Disaster recovery and coastal communities"));
    m_themeJa->setPlaceholderText(tr("e.g. 震災復興と沿岸のまちづくり"));
    updateTabTitles();
}

void FellowshipPage::languageChanged()
{
    m_model->retranslate();
    refreshList();
    if (!readRecordAgain())
        refreshTabs();
}

void FellowshipPage::showEvent(QShowEvent* event)
{
    RecordPage::showEvent(event);
    // Families and people may have changed on their own pages meanwhile.
    if (database() && m_loaded.id > 0) {
        refreshList();
        refreshTabs();
    }
}

template class KindPage<FellowshipPage, CohortRepository, Cohort, CohortTableModel>;

} // namespace jlgc
