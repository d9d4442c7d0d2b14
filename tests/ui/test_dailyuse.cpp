// Daily use (issue 19): dates typed in any form, calendars that open where
// the record is, the wheel that scrolls instead of changing values, pickers
// that put the exact match first, and the small things a busy office does
// a hundred times a day.
#include "affiliations/activitydialog.h"
#include "affiliations/contactdialog.h"
#include "common/datefield.h"
#include "common/fieldform.h"
#include "common/pickers.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "datasafety/datasafetyactions.h"
#include "delegations/delegationspage.h"
#include "demo/sampledata.h"
#include "help/userguidewindow.h"
#include "mainwindow.h"
#include "organizations/organizationspage.h"
#include "people/affiliationdialog.h"
#include "reports/reportdialog.h"
#include "research/handoverpage.h"
#include "research/myresearchpage.h"
#include "research/staffpage.h"
#include "storage/database.h"
#include "storage/delegationrepository.h"
#include "storage/researchlogrepository.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

// Types into the field as a user does, then leaves it with Enter.
QDate typeDate(DateField& field, const QString& text)
{
    field.setFocus();
    field.selectAll();
    test::typeText(&field, text);
    QTest::keyClick(&field, Qt::Key_Return);
    return field.value();
}

void wheel(QWidget* w, int steps)
{
    const QPointF at(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent e(at, w->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton,
                  Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

// The main window on the demo's sample records.
struct SampleWindow : test::WindowOn {
    explicit SampleWindow(const QString& path = QStringLiteral(":memory:")) : WindowOn(path)
    {
        addSampleRecords(*w.database());
    }
};

// The handover page, on screen, showing the first official in its list.
HandoverPage* showFirstHandover(MainWindow& w)
{
    auto* handover = w.page<HandoverPage>();
    w.showPage(handover);
    w.show();
    REQUIRE(handover->awaitingList()->count() > 0);
    handover->showOfficial(handover->awaitingList()->item(0)->data(Qt::UserRole).toLongLong());
    return handover;
}

} // namespace

TEST_CASE_METHOD(test::InLanguage, "A date field takes a date typed in every form the office uses",
                 "[ui][dates]")
{
    QWidget window;
    auto* field = new DateField(&window);
    test::showExposed(window);
    const QDate d(2027, 1, 18);
    for (const char* typed : {"2027-01-18", "2027/1/18", "1/18/2027", "Jan 18, 2027",
                              "2027年1月18日", "令和9年1月18日", "20270118"}) {
        INFO(typed);
        CHECK(typeDate(*field, QString::fromUtf8(typed)) == d);
        // Confirmed, it reads in the one style of the language, with its weekday.
        CHECK(field->text() == QStringLiteral("Mon, Jan 18, 2027"));
        CHECK(field->isInputValid());
    }
    SECTION("a month and day alone: the coming date, or the one near the record's")
    {
        const QDate coming = typeDate(*field, QStringLiteral("1/18"));
        CHECK(coming.month() == 1);
        CHECK(coming.day() == 18);
        CHECK(coming >= QDate::currentDate());
        field->clearValue();
        field->setContext([] { return QDate(2031, 1, 10); });
        CHECK(typeDate(*field, QStringLiteral("1/18")) == QDate(2031, 1, 18));
    }
    SECTION("in Japanese, the date reads year first")
    {
        language.setLanguage(Language::Japanese);
        QCoreApplication::processEvents();
        CHECK(field->text() == QStringLiteral("2027/01/18（月）"));
        CHECK(typeDate(*field, QStringLiteral("R9.2.1")) == QDate(2027, 2, 1));
        CHECK(field->text() == QStringLiteral("2027/02/01（月）"));
    }
    SECTION("text that is not a date is kept, marked, and never read as another date")
    {
        CHECK_FALSE(typeDate(*field, QStringLiteral("2/30/2027")).isValid());
        CHECK(field->text() == QStringLiteral("2/30/2027"));
        CHECK_FALSE(field->isInputValid());
        CHECK(field->property("invalidDate").toBool());
    }
}

TEST_CASE_METHOD(test::InLanguage,
                 "An empty date is empty, clears with one key and steps with the arrows",
                 "[ui][dates]")
{
    QWidget window;
    auto* field = new DateField(&window);
    auto* other = new QLineEdit(&window);
    other->move(0, 40);
    test::showExposed(window);
    CHECK(field->text().isEmpty()); // never 1900, never a dash
    CHECK_FALSE(field->value().isValid());
    CHECK(field->isInputValid());

    field->setValue(QDate(2027, 1, 18));
    // Reaching the field selects the whole date: one key clears it.
    other->setFocus();
    field->setFocus(Qt::TabFocusReason);
    QTest::qWait(10);
    QTest::keyClick(field, Qt::Key_Delete);
    CHECK(field->text().isEmpty());
    QTest::keyClick(field, Qt::Key_Return);
    CHECK_FALSE(field->value().isValid());

    field->setValue(QDate(2027, 1, 31));
    QTest::keyClick(field, Qt::Key_Up);
    CHECK(field->value() == QDate(2027, 2, 1));
    QTest::keyClick(field, Qt::Key_PageDown);
    CHECK(field->value() == QDate(2027, 1, 1));
}

TEST_CASE_METHOD(test::InLanguage,
                 "The calendar opens on the date, else on the record's month, else on today",
                 "[ui][dates]")
{
    QWidget window;
    auto* field = new DateField(&window);
    test::showExposed(window);

    field->showCalendar();
    REQUIRE(field->calendar());
    CHECK(field->calendar()->yearShown() == QDate::currentDate().year());
    CHECK(field->calendar()->monthShown() == QDate::currentDate().month());
    field->calendar()->window()->hide();

    field->setContext([] { return QDate(2027, 10, 27); }); // the cohort's programme
    field->showCalendar();
    CHECK(field->calendar()->yearShown() == 2027);
    CHECK(field->calendar()->monthShown() == 10);
    // A click on a day fills the field.
    QSignalSpy changed(field, &DateField::dateChanged);
    emit field->calendar()->clicked(QDate(2027, 10, 29));
    CHECK(field->value() == QDate(2027, 10, 29));
    CHECK(changed.count() == 1);

    field->setValue(QDate(2019, 4, 30));
    field->showCalendar();
    CHECK(field->calendar()->yearShown() == 2019);
    CHECK(field->calendar()->monthShown() == 4);
    field->calendar()->window()->hide();
}

TEST_CASE("A delegation's departure opens on its arrival — a cohort's fellow on the programme",
          "[ui][dates]")
{
    test::PageOnMemory<DelegationsPage> f({1280, 800});
    DelegationsPage& page = f.page;
    page.newRecord();
    auto* arrival = qobject_cast<DateField*>(page.form()->field(QStringLiteral("arrival")));
    auto* departure = qobject_cast<DateField*>(page.form()->field(QStringLiteral("departure")));
    REQUIRE(arrival);
    REQUIRE(departure);
    CHECK(typeDate(*arrival, QStringLiteral("3/2/2029")) == QDate(2029, 3, 2));
    departure->showCalendar();
    CHECK(departure->calendar()->yearShown() == 2029);
    CHECK(departure->calendar()->monthShown() == 3);
    departure->calendar()->window()->hide();
    CHECK(typeDate(*departure, QStringLiteral("3/6")) == QDate(2029, 3, 6));
    CHECK(page.hasUnsavedChanges());
}

TEST_CASE_METHOD(test::WindowOn,
                 "The wheel scrolls past spin boxes, lists and dates that do not have the focus",
                 "[ui][wheel]")
{
    test::showExposed(w);
    auto* page = w.page<DelegationsPage>();
    w.showPage(page);
    page->newRecord();
    auto* count = qobject_cast<QSpinBox*>(page->form()->field(QStringLiteral("memberCount")));
    auto* status = qobject_cast<QComboBox*>(page->form()->field(QStringLiteral("status")));
    REQUIRE(count);
    REQUIRE(status);
    count->setValue(4);
    const int statusIndex = status->currentIndex();
    page->form()->field(QStringLiteral("nameEn"))->setFocus();
    wheel(count, -1);
    wheel(count->findChild<QLineEdit*>(), -1);
    wheel(status, -1);
    CHECK(count->value() == 4);
    CHECK(status->currentIndex() == statusIndex);
    CHECK(count->focusPolicy() == Qt::StrongFocus); // the wheel does not take the focus either
    // Once the user is in the field, the wheel is theirs.
    count->setFocus();
    wheel(count, 1);
    CHECK(count->value() == 5);
}

TEST_CASE("Pickers put the exact short name or code first", "[ui][pickers]")
{
    auto db = test::memoryDatabase();
    Database* raw = db.get();
    LanguageManager language;
    language.setLanguage(Language::English);
    SECTION("organizations: NLC is the National League of Cities, not a looser match")
    {
        SearchPicker picker;
        picker.setProvider(pickers::organizations([raw] { return raw; }));
        REQUIRE(picker.search(QStringLiteral("NLC")) >= 1);
        CHECK(picker.matches().front().label == QStringLiteral("National League of Cities"));
        REQUIRE(picker.search(QStringLiteral("naco")) >= 1);
        CHECK(picker.matches().front().label == QStringLiteral("National Association of Counties"));
    }
    SECTION("states: VA is Virginia, not Nevada")
    {
        SearchPicker picker;
        picker.setProvider(pickers::subdivisions([raw] { return raw; }, {}));
        REQUIRE(picker.search(QStringLiteral("VA")) > 1);
        CHECK(picker.matches().front().label == QStringLiteral("Virginia"));
        // Enter on the typed code takes it: it is the one exact match.
        picker.lineEdit()->setText(QStringLiteral("VA"));
        emit picker.lineEdit()->editingFinished();
        CHECK(picker.currentLabel() == QStringLiteral("Virginia"));
    }
    SECTION("typed and Enter: the prefecture, not one of its cities")
    {
        QWidget window;
        auto* picker = new SearchPicker(&window);
        picker->setProvider(pickers::jurisdictions([raw] { return raw; }));
        test::showExposed(window);
        picker->lineEdit()->setFocus();
        test::typeText(picker->lineEdit(), QStringLiteral("hyogo"));
        REQUIRE(picker->matches().size() > 1);
        CHECK(picker->matches().front().label == QStringLiteral("Hyogo"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(picker->currentKey().toString() == QStringLiteral("28"));
    }
    SECTION("the ranking: exact, then beginning of a word, then the rest")
    {
        SearchPicker picker;
        picker.setProvider([](const QString&) {
            return QList<PickerItem>{{1, QStringLiteral("Nevada"), QStringLiteral("NV")},
                                     {2, QStringLiteral("Vatican"), {}},
                                     {3, QStringLiteral("Virginia"), QStringLiteral("VA")}};
        });
        REQUIRE(picker.search(QStringLiteral("va")) == 3);
        CHECK(picker.matches()[0].label == QStringLiteral("Virginia"));
        CHECK(picker.matches()[1].label == QStringLiteral("Vatican"));
        CHECK(picker.matches()[2].label == QStringLiteral("Nevada"));
    }
}

TEST_CASE("Choosing the kind Japanese government sets the country to Japan", "[ui][organizations]")
{
    test::PageOnMemory<OrganizationsPage> f;
    OrganizationsPage& page = f.page;
    page.newRecord();
    auto* kind = qobject_cast<QComboBox*>(page.form()->field(QStringLiteral("kind")));
    auto* country = qobject_cast<QComboBox*>(page.form()->field(QStringLiteral("country")));
    REQUIRE(kind);
    REQUIRE(country);
    CHECK(country->currentData().toString() == QStringLiteral("US")); // a new record's default
    kind->setCurrentIndex(kind->findData(QStringLiteral("japanese_government")));
    REQUIRE(kind->currentIndex() >= 0);
    CHECK(country->currentData().toString() == QStringLiteral("JP"));
    // The prefecture or municipality can be chosen at once.
    CHECK(page.form()->field(QStringLiteral("jurisdiction"))->isEnabled());
}

TEST_CASE("After New the cursor is in the first field", "[ui][forms]")
{
    test::PageOnMemory<DelegationsPage> f;
    DelegationsPage& page = f.page;
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    page.newRecord();
    CHECK(page.form()->field(QStringLiteral("nameJa"))->hasFocus());
}

TEST_CASE_METHOD(test::WindowOn,
                 "Pages are one shortcut away, the guide one click from an empty database",
                 "[ui][mainwindow]")
{
    test::showExposed(w);
    w.activateWindow();
    for (int n = 1; n <= 9; ++n) {
        QTest::keyClick(&w, Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        CHECK(w.navigation()->currentRow() == n - 1);
    }
    CHECK(w.navigation()->item(1)->toolTip().contains(QStringLiteral("Ctrl+2")));

    // An empty database: the dashboard says what to do first.
    w.showPage(w.pages().front());
    QWidget* welcome = w.findChild<QWidget*>(QStringLiteral("welcome"));
    REQUIRE(welcome);
    CHECK(welcome->isVisible());
    auto* guide = welcome->findChild<QPushButton*>(QStringLiteral("openGuide"));
    REQUIRE(guide);
    guide->click();
    REQUIRE(w.userGuide());
    CHECK(w.userGuide()->isVisible());
    w.userGuide()->close();
}

TEST_CASE_METHOD(
    SampleWindow,
    "The Staff page has a History button — Undo names the field and the kind of record",
    "[ui][datasafety]")
{
    auto* staff = w.page<StaffPage>();
    w.showPage(staff);
    w.show();
    REQUIRE(staff->table()->model()->rowCount() > 0);
    staff->table()->selectRow(0);
    CHECK_FALSE(staff->historyButton()->isHidden());
    CHECK(staff->historyButton()->isEnabled());
}

TEST_CASE_METHOD(test::InLanguage,
                 "The report dialog proposes the report of the page and its record",
                 "[ui][reports]")
{
    auto db = test::memoryDatabase();
    addSampleRecords(*db);
    const QList<Delegation> delegations = DelegationRepository(*db).list();
    REQUIRE(delegations.size() > 1);
    ReportDialog dialog(db.get());
    REQUIRE(dialog.selectReportFor(QStringLiteral("delegation"), delegations.last().id));
    CHECK(dialog.reportBox()->currentData().toString() == QStringLiteral("delegation-itinerary"));
    CHECK(dialog.recordBox()->currentData().toLongLong() == delegations.last().id);
    REQUIRE(dialog.selectReportFor(QStringLiteral("research_topic"), {}));
    CHECK(dialog.reportBox()->currentData().toString() == QStringLiteral("research-topic"));
}

TEST_CASE_METHOD(SampleWindow, "A double click on a line of the handover opens its record",
                 "[ui][research]")
{
    HandoverPage* handover = showFirstHandover(w);
    QCoreApplication::processEvents();
    QTreeWidgetItem* topics = handover->tree()->topLevelItem(0);
    REQUIRE(topics);
    REQUIRE(topics->childCount() > 0);
    emit handover->tree()->itemActivated(topics->child(0), 0);
    QTest::qWait(20);
    CHECK(w.currentPage() == w.page<MyResearchPage>());
    CHECK(w.page<MyResearchPage>()->currentId().isValid());
}

TEST_CASE("On a file, an official's handover is read off the window's thread", "[ui][research]")
{
    test::TempDir dir;
    SampleWindow f(dir.path(QStringLiteral("office.sqlite")));
    HandoverPage* handover = showFirstHandover(f.w);
    // Nothing was read on the window's thread: the work arrives from the
    // list reader a moment later.
    CHECK(handover->tree()->topLevelItemCount() == 0);
    REQUIRE(QTest::qWaitFor(
        [&] {
            QTreeWidgetItem* topics = handover->tree()->topLevelItem(0);
            return topics && topics->childCount() > 0;
        },
        5000));
    CHECK(handover->tree()->topLevelItemCount() == 4);
}

TEST_CASE_METHOD(SampleWindow, "Find Anything's research log entry opens its topic", "[ui][search]")
{
    const QList<ResearchLogEntry> log = ResearchLogRepository(*w.database()).list();
    REQUIRE_FALSE(log.isEmpty());
    w.show();
    REQUIRE(w.openRecord(QStringLiteral("research_log"), log.first().id));
    auto* research = w.page<MyResearchPage>();
    CHECK(w.currentPage() == research);
    CHECK(research->currentId().toLongLong() == log.first().topicId);
}

TEST_CASE_METHOD(test::InLanguage,
                 "The window opens within a screen smaller than 1280×800 (150 % scaling)",
                 "[ui][mainwindow]")
{
    QSettings().remove(QStringLiteral("window/geometry"));
    MainWindow w(&language);
    const QRect screen = w.screen()->availableGeometry();
    w.restoreWindowState();
    if (screen.width() >= 1280 && screen.height() >= 800) {
        CHECK(w.size() == QSize(1280, 800)); // room enough: the size the pages are made for
    } else {
        CHECK(w.width() <= screen.width());
        CHECK(w.height() <= screen.height());
    }
}

namespace {

// Opens a small record dialog as a user would and checks that typing goes
// into its first field, and that Tab goes through every field before OK and
// Cancel.
void checkFieldsBeforeButtons(QDialog& dialog)
{
    auto* form = dialog.findChild<QFormLayout*>();
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(form);
    REQUIRE(buttons);
    QWidget* first = form->itemAt(0, QFormLayout::FieldRole)->widget();
    REQUIRE(first);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QWidget* focused = QApplication::focusWidget();
    INFO("focus on " << (focused ? focused->metaObject()->className() : "nothing"));
    CHECK((focused == first || first->isAncestorOf(focused)));
    // Tab, as a user presses it, from the first field round to it again:
    // every field comes before OK and Cancel.
    bool button = false;
    int fields = 1;
    for (int presses = 0; presses < 20; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* w = QApplication::focusWidget();
        REQUIRE(w);
        if (w == focused)
            break;
        if (buttons->isAncestorOf(w)) {
            button = true;
            continue;
        }
        INFO("a field after OK or Cancel: " << w->metaObject()->className());
        CHECK_FALSE(button);
        ++fields;
    }
    CHECK(QApplication::focusWidget() == focused); // round to the first field
    CHECK(button);
    CHECK(fields >= 2);
    dialog.hide();
}

} // namespace

TEST_CASE("A small record dialog opens in its first field — Tab reaches OK and Cancel last",
          "[ui][forms][dialogs]")
{
    auto db = test::memoryDatabase();
    LanguageManager language;
    language.setLanguage(Language::English);
    const DatabaseGetter getDb = [&db] { return db.get(); };
    {
        AffiliationDialog d(getDb, Affiliation{});
        checkFieldsBeforeButtons(d);
    }
    {
        ContactDialog d(getDb, AffiliationContact{});
        checkFieldsBeforeButtons(d);
    }
    {
        ActivityDialog d(AffiliationActivity{});
        checkFieldsBeforeButtons(d);
    }
}
