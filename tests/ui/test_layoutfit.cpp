// Every page and dialog at 1280×800, in English and in Japanese (also after
// switching at run time): no widget reaches past its parent, no form is cut
// at the right, no text is squeezed below its size, no list heading is cut,
// and the Add buttons of the forms' parts are in sight without scrolling.
// With JLGC_LOOK_DIR set, each one is also saved as a PNG to look at.
#include "affiliations/activitydialog.h"
#include "affiliations/contactdialog.h"
#include "common/recordpage.h"
#include "common/uilanguage.h"
#include "delegations/delegationitinerarydialog.h"
#include "delegations/delegationspage.h"
#include "delegations/memberdialog.h"
#include "demo/sampledata.h"
#include "fellowship/fellowdialog.h"
#include "fellowship/fellowshippage.h"
#include "fellowship/itineraryitemdialog.h"
#include "fellowship/placementdialog.h"
#include "jetaa/officerdialog.h"
#include "mainwindow.h"
#include "people/affiliationdialog.h"
#include "reports/reportdialog.h"
#include "research/logentrydialog.h"
#include "research/myresearchpage.h"
#include "research/sourcedialog.h"
#include "search/searchdialog.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "storage/fellowrepository.h"
#include "storage/homestayrepository.h"
#include "storage/researchlogrepository.h"
#include "support/testsupport.h"
#include "ui/windowfixtures.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

QString nameOf(const QWidget* w)
{
    QString n = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        n += QLatin1Char('#') + w->objectName();
    if (auto* l = qobject_cast<const QLabel*>(w))
        n += QStringLiteral(" “%1”").arg(l->text().left(40));
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        n += QStringLiteral(" “%1”").arg(b->text());
    return n;
}

// Widgets whose children may lie outside them by design.
bool scrolls(const QWidget* parent)
{
    if (!parent)
        return false;
    const auto* area = qobject_cast<const QAbstractScrollArea*>(parent->parentWidget());
    return area && area->viewport() == parent;
}

// What a user would see cut off under `root`.
QStringList problems(QWidget* root)
{
    QStringList found;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (!w->isVisibleTo(root) || w->isWindow())
            continue;
        QWidget* parent = w->parentWidget();
        // Parts of Qt's own widgets (a tab bar's scroll buttons, a header's
        // sections, the inside of a spin box or a calendar) are its business.
        if (qobject_cast<QTabBar*>(parent) || qobject_cast<QAbstractScrollArea*>(parent) ||
            qobject_cast<QSplitter*>(parent) || qobject_cast<QComboBox*>(parent) ||
            qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QAbstractButton*>(parent) ||
            qobject_cast<QLineEdit*>(parent))
            continue;
        if (parent && !scrolls(parent) &&
            !parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()))
            found << QStringLiteral("%1 reaches past %2 (%3,%4 %5×%6 in %7×%8)")
                         .arg(nameOf(w), nameOf(parent))
                         .arg(w->x())
                         .arg(w->y())
                         .arg(w->width())
                         .arg(w->height())
                         .arg(parent->width())
                         .arg(parent->height());
        // A form whose side-scrolling is off must not be wider than its view.
        if (auto* area = qobject_cast<QScrollArea*>(w);
            area && area->widget() && area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff &&
            area->widget()->width() > area->viewport()->width() + 1)
            found << QStringLiteral("%1 is cut at the right (%2 px wide in %3 px)")
                         .arg(nameOf(area->widget()))
                         .arg(area->widget()->width())
                         .arg(area->viewport()->width());
        // A list whose last column should take the rest of its width, and
        // leaves a gap at the right instead.
        if (auto* table = qobject_cast<QTableView*>(w);
            table && table->model() && table->model()->rowCount() > 0 &&
            table->horizontalHeader()->stretchLastSection() &&
            table->horizontalHeader()->length() + 1 < table->viewport()->width())
            found << QStringLiteral("%1 leaves a gap at the right (%2 px of %3)")
                         .arg(nameOf(w))
                         .arg(table->horizontalHeader()->length())
                         .arg(table->viewport()->width());
        // Texts, buttons and choices narrower than they need.
        const bool squeezable =
            qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
            (qobject_cast<QLabel*>(w) && !qobject_cast<QLabel*>(w)->wordWrap() &&
             !qobject_cast<QLabel*>(w)->text().isEmpty());
        if (squeezable && !qobject_cast<QTabBar*>(parent) &&
            w->width() + 1 < w->minimumSizeHint().width())
            found << QStringLiteral("%1 is squeezed (%2 px, needs %3)")
                         .arg(nameOf(w))
                         .arg(w->width())
                         .arg(w->minimumSizeHint().width());
    }
    return found;
}

// Headings of a table cut short ("me in Latin lette"); in a table that
// never scrolls sideways, also those that run past its right edge ("Unt").
QStringList cutHeadings(QTableView* table)
{
    QStringList found;
    QHeaderView* header = table->horizontalHeader();
    const bool fixedWidth = table->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString text =
            header->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const int need = header->fontMetrics().horizontalAdvance(text) +
                         2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
        // A column that shows nothing in any row may have its heading cut
        // short (the others' texts are read instead), if it reads in full
        // when pointed at.
        bool showsNothing = table->model()->rowCount() > 0;
        for (int r = 0; r < table->model()->rowCount() && showsNothing; ++r)
            showsNothing = table->model()->index(r, c).data().toString().isEmpty();
        // …still showing a few letters of it, the whole in its tooltip.
        const bool explained =
            header->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString() == text &&
            header->sectionSize(c) >=
                header->fontMetrics().horizontalAdvance(QStringLiteral("MMMM"));
        if (header->sectionSize(c) < need && !(showsNothing && explained))
            found << QStringLiteral("heading “%1” is %2 px, needs %3")
                         .arg(text)
                         .arg(header->sectionSize(c))
                         .arg(need);
        const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
        if (fixedWidth && right > header->viewport()->width() + 1)
            found << QStringLiteral("heading “%1” ends at %2 px, past the table's %3")
                         .arg(text)
                         .arg(right)
                         .arg(header->viewport()->width());
    }
    return found;
}

// The headings of the page's list and of every table of its form in sight.
QStringList cutHeadings(RecordPage* page)
{
    QStringList found = cutHeadings(page->table());
    for (QTableView* table : page->findChildren<QTableView*>())
        if (table != page->table() && table->isVisibleTo(page) &&
            table->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff) {
            const QString where = table->parentWidget()
                                      ? nameOf(table->parentWidget()) + QStringLiteral(": ")
                                      : QString();
            for (const QString& cut : cutHeadings(table))
                found << where + cut;
        }
    return found;
}

// The button is on screen without scrolling: inside every scroll view around it.
bool inSight(QWidget* button, QWidget* window)
{
    if (!button || !button->isVisibleTo(window))
        return false;
    const QRect r(button->mapTo(window, QPoint(0, 0)), button->size());
    if (!window->rect().contains(r))
        return false;
    for (QWidget* p = button->parentWidget(); p && p != window; p = p->parentWidget())
        if (auto* area = qobject_cast<QAbstractScrollArea*>(p)) {
            const QRect view(area->viewport()->mapTo(window, QPoint(0, 0)),
                             area->viewport()->size());
            if (!view.contains(r))
                return false;
        }
    return true;
}

void look(QWidget* w, const QString& name, Language lang)
{
    const QString dir = qEnvironmentVariable("JLGC_LOOK_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(
        QDir(dir).filePath(name + QLatin1Char('-') + languageCode(lang) + QStringLiteral(".png")));
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(5);
    }
}

// The window at 1280×800 on the sample records, shown.
void showWithSamples(MainWindow& w)
{
    REQUIRE(w.openDatabase(QStringLiteral(":memory:")));
    addSampleRecords(*w.database());
    w.resize(1280, 800);
    test::showExposed(w);
}

} // namespace

TEST_CASE_METHOD(test::Window,
                 "Every page fits 1280×800 in both languages, also after switching at run time",
                 "[ui][layout]")
{
    showWithSamples(w);
    for (const Language lang : {Language::English, Language::Japanese}) {
        language.setLanguage(lang);
        settle();
        for (Page* page : w.pages()) {
            w.showPage(page);
            settle();
            auto* records = qobject_cast<RecordPage*>(page);
            if (records && records->table()->model()->rowCount() > 0) {
                records->table()->selectRow(0);
                settle();
            }
            INFO(page->objectName().toStdString() << " in " << languageCode(lang).toStdString());
            const QStringList found = problems(&w);
            INFO(found.join(QLatin1Char('\n')).toStdString());
            CHECK(found.isEmpty());
            if (records) {
                const QStringList headings = cutHeadings(records);
                INFO(headings.join(QLatin1Char('\n')).toStdString());
                CHECK(headings.isEmpty());
            }
            look(&w, page->objectName(), lang);
            // The list's side dragged as wide as it goes: the form stays whole.
            if (auto* split = page->findChild<QSplitter*>(QString(), Qt::FindDirectChildrenOnly);
                split && records) {
                const QList<int> sizes = split->sizes();
                split->setSizes({5000, 10});
                settle();
                const QStringList squeezed = problems(&w);
                INFO("with the list widened: " << squeezed.join(QLatin1Char('\n')).toStdString());
                CHECK(squeezed.isEmpty());
                look(&w, page->objectName() + QStringLiteral("-listWidened"), lang);
                split->setSizes(sizes);
                settle();
            }
        }
    }
}

TEST_CASE("Every page of a window opened in Japanese fits, its lists' columns to their edge",
          "[ui][layout]")
{
    // Made in Japanese from the start, as the office's Japanese staff open
    // it: the lists are read once their page is shown, and sized to what
    // they read then (All fellows' last column once stopped short of the
    // list's edge this way).
    test::Window f(Language::Japanese);
    MainWindow& w = f.w;
    showWithSamples(w);
    for (Page* page : w.pages()) {
        w.showPage(page);
        for (QTableView* table : page->findChildren<QTableView*>())
            if (table->isVisibleTo(page) && table->model())
                (void)QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 300);
        settle();
        QTest::qWait(50);
        INFO(page->objectName().toStdString());
        const QStringList found = problems(&w);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
    }
}

TEST_CASE("The Add buttons of members, fellows, itinerary and log are in sight at 1280×800",
          "[ui][layout]")
{
    QSettings().remove(QStringLiteral("research/me")); // everyone's topics
    LanguageManager language;
    MainWindow w(&language);
    showWithSamples(w);
    for (const Language lang : {Language::English, Language::Japanese}) {
        language.setLanguage(lang);
        settle();
        INFO(languageCode(lang).toStdString());
        for (Page* page : w.pages()) {
            auto* records = qobject_cast<RecordPage*>(page);
            if (!records)
                continue;
            QStringList buttons;
            if (qobject_cast<DelegationsPage*>(page))
                buttons = {QStringLiteral("addMember"), QStringLiteral("addItineraryItem")};
            else if (qobject_cast<FellowshipPage*>(page))
                buttons = {QStringLiteral("addFellow"), QStringLiteral("placeFellow")};
            else if (qobject_cast<MyResearchPage*>(page))
                buttons = {QStringLiteral("addLogEntry")};
            else
                continue;
            INFO(page->objectName().toStdString());
            w.showPage(page);
            settle();
            REQUIRE(records->table()->model()->rowCount() > 0);
            records->table()->selectRow(0);
            settle();
            for (const QString& name : buttons) {
                auto* button = page->findChild<QWidget*>(name);
                REQUIRE(button);
                // On its tab: the tab is chosen first, as a user would.
                for (QWidget* p = button; p; p = p->parentWidget())
                    if (auto* tabs = qobject_cast<QTabWidget*>(
                            p->parentWidget() ? p->parentWidget()->parentWidget() : nullptr))
                        if (tabs->indexOf(p) >= 0)
                            tabs->setCurrentWidget(p);
                settle();
                INFO(name.toStdString());
                CHECK(inSight(button, &w));
            }
        }
    }
}

TEST_CASE("Every dialog of the forms fits 1280×800 in both languages", "[ui][layout]")
{
    auto db = test::memoryDatabase();
    addSampleRecords(*db);
    Database* raw = db.get();
    const DatabaseGetter getDb = [raw] { return raw; };
    LanguageManager language;
    const Cohort cohort = CohortRepository(*db).list().first();
    FellowFilter ff;
    ff.cohortId = cohort.id;
    const QList<Fellow> fellows = FellowRepository(*db).list(ff);
    REQUIRE_FALSE(fellows.isEmpty());
    HomestayFilter hf;
    hf.cohortId = cohort.id;
    const QList<HomestayPlacement> stays = HomestayRepository(*db).list(hf);
    const Delegation delegation =
        *DelegationRepository(*db).find(DelegationRepository(*db).list().first().id);
    const QList<DelegationItineraryItem> items =
        DelegationItineraryRepository(*db).items(delegation.id);
    const QList<ResearchLogEntry> log = ResearchLogRepository(*db).list();

    auto check = [](QDialog& d, const QString& name, Language lang) {
        d.show();
        settle();
        INFO(name.toStdString() << " in " << languageCode(lang).toStdString());
        CHECK(d.width() <= 1280);
        CHECK(d.height() <= 800);
        const QStringList found = problems(&d);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
        look(&d, name, lang);
        d.hide();
    };
    for (const Language lang : {Language::English, Language::Japanese}) {
        language.setLanguage(lang);
        settle();
        {
            FellowDialog d(raw, cohort, *FellowRepository(*db).find(fellows.first().id));
            check(d, QStringLiteral("fellowDialog"), lang);
        }
        {
            FellowDialog d(raw, cohort, Fellow{});
            check(d, QStringLiteral("fellowDialog-new"), lang);
        }
        {
            ItineraryItemDialog d(raw, cohort, FellowshipItineraryItem{});
            check(d, QStringLiteral("fellowshipItineraryDialog"), lang);
        }
        {
            PlacementDialog d(raw, cohort, fellows,
                              stays.isEmpty() ? HomestayPlacement{} : stays.first());
            check(d, QStringLiteral("placementDialog"), lang);
        }
        {
            DelegationItineraryDialog d(
                getDb, delegation, items.isEmpty() ? DelegationItineraryItem{} : items.first());
            check(d, QStringLiteral("delegationItineraryDialog"), lang);
        }
        {
            MemberDialog d(getDb, DelegationMember{});
            check(d, QStringLiteral("memberDialog"), lang);
        }
        {
            LogEntryDialog d(getDb, log.isEmpty() ? ResearchLogEntry{} : log.first());
            check(d, QStringLiteral("logEntryDialog"), lang);
        }
        {
            AffiliationDialog d(getDb, Affiliation{});
            check(d, QStringLiteral("affiliationDialog"), lang);
        }
        {
            SourceDialog d(getDb, ResearchSource{});
            check(d, QStringLiteral("sourceDialog"), lang);
        }
        {
            OfficerDialog d(getDb, ChapterOfficer{});
            check(d, QStringLiteral("officerDialog"), lang);
        }
        {
            ContactDialog d(getDb, AffiliationContact{});
            check(d, QStringLiteral("contactDialog"), lang);
        }
        {
            ActivityDialog d(AffiliationActivity{});
            check(d, QStringLiteral("activityDialog"), lang);
        }
        {
            ReportDialog d(raw);
            d.selectReportFor(QStringLiteral("delegation"), delegation.id);
            check(d, QStringLiteral("reportDialog"), lang);
        }
        {
            SearchDialog d(raw);
            check(d, QStringLiteral("searchDialog"), lang);
        }
    }
}

// Not run by default: the dashboard of a real-sized database ($JLGC_LOOK_DB,
// e.g. made with `demo --scale 1000`) in both languages, to look at its
// charts over thirty years.
TEST_CASE("The dashboard of a large database, grabbed", "[.look]")
{
    const QString path = qEnvironmentVariable("JLGC_LOOK_DB");
    if (path.isEmpty())
        return;
    LanguageManager language;
    MainWindow w(&language);
    REQUIRE(w.openDatabase(path));
    w.resize(1280, 800);
    test::showExposed(w);
    for (const Language lang : {Language::English, Language::Japanese}) {
        language.setLanguage(lang);
        settle();
        auto* dashboard = w.pages().front();
        w.showPage(dashboard);
        settle();
        if (QWidget* content = dashboard->findChild<QWidget*>(QStringLiteral("welcome")))
            CHECK_FALSE(content->isVisible());
        look(dashboard->findChild<QScrollArea*>()->widget(), QStringLiteral("dashboard-large"),
             lang);
    }
}
