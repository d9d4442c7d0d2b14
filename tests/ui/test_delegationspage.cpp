#include "common/datefield.h"
#include "common/fieldform.h"
#include "common/itemroles.h"
#include "common/recordfilterproxy.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "delegations/delegationitinerarydialog.h"
#include "delegations/delegationitineraryview.h"
#include "delegations/delegationspage.h"
#include "domain/datetext.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

struct Fixture : test::PageOnMemory<DelegationsPage> {
    Fixture() : PageOnMemory({1200, 800}) {}
};

void type(DelegationsPage& page, const char* field, const QString& text)
{
    test::typeInto(page.form(), field, text);
}

void pick(DelegationsPage& page, const char* field, const QString& text)
{
    test::pickFirst(page.form(), field, text);
}

void setDate(DelegationsPage& page, const char* field, const QDate& date)
{
    auto* edit = qobject_cast<DateField*>(page.form()->field(QLatin1String(field)));
    REQUIRE(edit);
    edit->setDate(date);
}

PersonId person(Database& db, const char* family, const char* given, const char16_t* familyKanji,
                const char16_t* givenKanji)
{
    Person p;
    p.name.family = QLatin1String(family);
    p.name.given = QLatin1String(given);
    p.name.familyKanji = QString::fromUtf16(familyKanji);
    p.name.givenKanji = QString::fromUtf16(givenKanji);
    return PersonRepository(db).add(p).id;
}

DelegationItineraryItem meeting(const QDate& date, const QTime& start, const QTime& end,
                                const char* en, const char16_t* ja)
{
    DelegationItineraryItem i;
    i.date = date;
    i.start = start;
    i.end = end;
    i.topicEn = QString::fromUtf8(en);
    i.topicJa = QString::fromUtf16(ja);
    return i;
}

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, column).data().toString();
    return out;
}

} // namespace

TEST_CASE("A delegation from 兵庫県 is planned: members, itinerary by day and its calendar",
          "[ui][delegations]")
{
    Fixture f;
    const PersonId leader = person(*f.db, "Yamada", "Taro", u"山田", u"太郎");
    f.page.newRecord();
    type(f.page, "nameJa", QStringLiteral("兵庫県訪問団"));
    type(f.page, "nameEn", QStringLiteral("Hyogo Prefecture Delegation"));
    pick(f.page, "sendingGovernment", QStringLiteral("兵庫県"));
    setDate(f.page, "arrival", QDate(2025, 5, 12));
    setDate(f.page, "departure", QDate(2025, 5, 15));
    DelegationMember m;
    m.person.id = leader;
    m.role = DelegationRole::Leader;
    m.titleJa = QStringLiteral("兵庫県副知事");
    f.page.addMember(m);
    REQUIRE(f.page.save());

    const QList<Delegation> stored = DelegationRepository(*f.db).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().sendingGovernment.prefectureCode == QStringLiteral("28"));
    CHECK(stored.first().leaderPersonId() == leader);
    CHECK(f.page.memberTable()->rowCount() == 1);
    CHECK(f.page.memberTable()->item(0, 0)->text() == QStringLiteral("Taro Yamada"));
    CHECK(column(f.page.table()->model(), DelegationsPage::Name) ==
          QStringList{QStringLiteral("Hyogo Prefecture Delegation")});

    // The itinerary, saved item by item and grouped by day.
    DelegationItineraryView* itinerary = f.page.itinerary();
    REQUIRE(itinerary->addItem(meeting(QDate(2025, 5, 12), QTime(9, 30), QTime(11, 0),
                                       "Emergency management", u"防災体制の視察")));
    REQUIRE(itinerary->addItem(
        meeting(QDate(2025, 5, 12), QTime(14, 0), QTime(15, 0), "City Council", u"市議会訪問")));
    REQUIRE(itinerary->addItem(meeting(QDate(2025, 5, 14), QTime(10, 0), QTime(11, 0),
                                       "Meeting with the City of Montréal",
                                       u"モントリオール市との意見交換")));
    QTreeWidget* tree = itinerary->tree();
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Day 1")));
    CHECK(tree->topLevelItem(1)->text(0).startsWith(QStringLiteral("Day 3")));
    CHECK(tree->topLevelItem(0)->childCount() == 2);
    CHECK(tree->topLevelItem(1)->child(0)->text(1) ==
          QStringLiteral("Meeting with the City of Montréal"));

    SECTION("an overlapping item is refused and the reason is shown")
    {
        CHECK_FALSE(itinerary->addItem(meeting(QDate(2025, 5, 12), QTime(10, 30), QTime(11, 30),
                                               "Fire Department", u"消防局")));
        CHECK_FALSE(itinerary->messageLabel()->isHidden());
        CHECK(itinerary->messageLabel()->text().contains(QStringLiteral("overlaps")));
        CHECK(itinerary->items().size() == 3);
    }
    SECTION("an item after the departure is refused")
    {
        CHECK_FALSE(itinerary->addItem(
            meeting(QDate(2025, 5, 16), QTime(9, 0), QTime(10, 0), "Farewell", u"送別会")));
        CHECK(itinerary->messageLabel()->text().contains(QStringLiteral("here from")));
    }
    SECTION("the calendar is exported from the delegation's screen")
    {
        test::TempDir dir;
        const QString path = dir.path(QStringLiteral("hyogo.ics"));
        CHECK(f.page.exportButton()->isEnabled());
        REQUIRE(f.page.exportCalendar(path));
        const QString ics = QString::fromUtf8(test::readFile(path));
        CHECK(ics.count(QStringLiteral("BEGIN:VEVENT")) == 3);
        CHECK(ics.contains(QStringLiteral("TZID=America/New_York")));
        CHECK(ics.contains(QStringLiteral("兵庫県")));
    }
    SECTION("names follow the language of the interface")
    {
        f.language.setLanguage(Language::Japanese);
        QCoreApplication::processEvents();
        CHECK(column(f.page.table()->model(), DelegationsPage::Name) ==
              QStringList{QStringLiteral("兵庫県訪問団")});
        CHECK(column(f.page.table()->model(), DelegationsPage::From) ==
              QStringList{QStringLiteral("兵庫県")});
        CHECK(f.page.memberTable()->item(0, 0)->text() == QStringLiteral("山田 太郎"));
        CHECK(f.page.itinerary()->tree()->topLevelItem(0)->child(0)->text(1) ==
              QStringLiteral("防災体制の視察"));
    }
}

TEST_CASE("A delegation without a sending government is not saved", "[ui][delegations][rules]")
{
    Fixture f;
    f.page.newRecord();
    type(f.page, "nameEn", QStringLiteral("Unknown delegation"));
    CHECK_FALSE(f.page.save());
    CHECK_FALSE(f.page.form()->errorText(QStringLiteral("sendingGovernment")).isEmpty());
    CHECK(DelegationRepository(*f.db).list().isEmpty());
}

TEST_CASE("The delegations list shows upcoming visits first", "[ui][delegations]")
{
    Fixture f;
    DelegationRepository repo(*f.db);
    const QDate today = QDate::currentDate();
    const auto add = [&](const char* name, int fromDays) {
        Delegation d;
        d.nameEn = QLatin1String(name);
        d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
        d.arrival = today.addDays(fromDays);
        d.departure = today.addDays(fromDays + 3);
        repo.add(d);
    };
    add("Last year", -365);
    add("Next month", 30);
    add("Next week", 7);
    add("Last month", -30);
    f.page.setDatabase(f.db.get());
    f.page.table()->sortByColumn(DelegationsPage::Dates, Qt::AscendingOrder);
    CHECK(column(f.page.table()->model(), DelegationsPage::Name) ==
          QStringList{QStringLiteral("Next week"), QStringLiteral("Next month"),
                      QStringLiteral("Last month"), QStringLiteral("Last year")});
}

TEST_CASE("The delegations list passes Qt's model checks, greys out closed visits and follows "
          "the language",
          "[ui][models][delegations]")
{
    auto db = test::memoryDatabase();
    DelegationRepository repo(*db);
    Delegation d;
    d.nameJa = QStringLiteral("兵庫県訪問団");
    d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
    repo.add(d);
    d.nameJa = QStringLiteral("神戸市訪問団");
    d.nameEn = QStringLiteral("Kobe City Delegation");
    d.status = DelegationStatus::Completed;
    d.arrival = QDate(2024, 10, 1);
    d.departure = QDate(2024, 10, 4);
    d.expectedMemberCount = 6;
    repo.add(d);

    LanguageManager language;
    language.setLanguage(Language::English);
    RecordListModel model(QStringLiteral("delegations"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get(), nullptr);
    model.fetchAll();
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == DelegationsPage::StaffInCharge + 1);
    CHECK(model.headerData(DelegationsPage::Members, Qt::Horizontal).toString() ==
          QStringLiteral("Members"));
    // The sort arrow on Dates means visits to come first: its header says so
    // when pointed at; a column sorted as it reads has no such note.
    CHECK(model.headerData(DelegationsPage::Dates, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Visits to come or under way first")));
    CHECK_FALSE(model.headerData(DelegationsPage::Name, Qt::Horizontal, Qt::ToolTipRole).isValid());
    // Undated inquiries before past visits; a past visit greyed out.
    CHECK(model.index(0, DelegationsPage::Dates).data().toString() == QStringLiteral("—"));
    CHECK(model.index(0, DelegationsPage::Name).data().toString() ==
          QStringLiteral("兵庫県訪問団"));
    CHECK(model.index(0, DelegationsPage::From).data().toString() == QStringLiteral("Hyogo"));
    CHECK(model.index(0, DelegationsPage::Status).data().toString() == QStringLiteral("Inquiry"));
    CHECK_FALSE(model.index(0, DelegationsPage::Name).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(1, DelegationsPage::Dates).data().toString() ==
          DateText::date(QDate(2024, 10, 1), Language::English) + QStringLiteral(" – ") +
              DateText::date(QDate(2024, 10, 4), Language::English));
    CHECK(model.index(1, DelegationsPage::Name).data().toString() ==
          QStringLiteral("Kobe City Delegation"));
    CHECK(model.index(1, DelegationsPage::Status).data().toString() == QStringLiteral("Completed"));
    CHECK(model.index(1, DelegationsPage::Members).data().toString() == QStringLiteral("6"));
    CHECK(model.index(1, DelegationsPage::Name).data(Qt::ForegroundRole).value<QColor>() ==
          QColor(Qt::darkGray));

    language.setLanguage(Language::Japanese);
    model.retranslate();
    model.fetchAll();
    CHECK(model.index(1, DelegationsPage::Name).data().toString() ==
          QStringLiteral("神戸市訪問団"));
    CHECK(model.index(1, DelegationsPage::From).data().toString() == QStringLiteral("兵庫県"));
    CHECK(model.headerData(DelegationsPage::Dates, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("来訪済みの視察団を新しい順")));
    language.setLanguage(Language::English);
}

TEST_CASE("The itinerary item dialog refuses a day outside the visit and an overlap unless "
          "parallel",
          "[ui][delegations][rules]")
{
    Fixture f;
    Delegation d;
    d.nameEn = QStringLiteral("Hyogo Prefecture Delegation");
    d.nameJa = QStringLiteral("兵庫県訪問団");
    d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
    d.arrival = QDate(2025, 5, 12);
    d.departure = QDate(2025, 5, 15);
    d = DelegationRepository(*f.db).add(d);
    DelegationItineraryItem first =
        meeting(QDate(2025, 5, 13), QTime(9, 30), QTime(11, 0), "City Council", u"市議会訪問");
    first.delegationId = d.id;
    DelegationItineraryRepository(*f.db).add(first);

    const DatabaseGetter getDb = [&f] { return f.db.get(); };
    DelegationItineraryItem item;
    item.delegationId = d.id;
    DelegationItineraryDialog dialog(getDb, d, item, &f.page);
    dialog.show();
    auto* date = qobject_cast<DateField*>(dialog.field(QStringLiteral("date")));
    auto* start = qobject_cast<QTimeEdit*>(dialog.field(QStringLiteral("start")));
    auto* end = qobject_cast<QTimeEdit*>(dialog.field(QStringLiteral("end")));
    auto* parallel = qobject_cast<QCheckBox*>(dialog.field(QStringLiteral("parallel")));
    auto* problems = dialog.findChild<QLabel*>(QStringLiteral("problems"));
    REQUIRE(date);
    REQUIRE(start);
    REQUIRE(end);
    REQUIRE(parallel);
    REQUIRE(problems);
    auto* topic = qobject_cast<QLineEdit*>(dialog.field(QStringLiteral("topicEn")));
    REQUIRE(topic);
    topic->setText(QStringLiteral("Fire Department"));

    // The day after the departure: shown under the fields as it is typed, and OK is refused.
    date->setValue(QDate(2025, 5, 16));
    start->setTime(QTime(10, 0));
    end->setTime(QTime(11, 0));
    CHECK(problems->isVisibleTo(&dialog));
    CHECK(problems->text().contains(QStringLiteral("here from")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(DelegationItineraryRepository(*f.db).items(d.id).size() == 1);

    // Within the visit but over the council meeting: refused as well.
    date->setValue(QDate(2025, 5, 13));
    CHECK(problems->text().contains(QStringLiteral("overlaps")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(DelegationItineraryRepository(*f.db).items(d.id).size() == 1);

    // Marked as running in parallel (the delegation splits up), it is saved.
    parallel->setChecked(true);
    CHECK(problems->text().isEmpty()); // its room stays: the fields do not move
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(DelegationItineraryRepository(*f.db).items(d.id).size() == 2);
}
