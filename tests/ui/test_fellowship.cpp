#include "common/datefield.h"
#include "common/itemroles.h"
#include "common/recordfilterproxy.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "demo/samplefellowship.h"
#include "fellowship/allfellowspage.h"
#include "fellowship/cohorttablemodel.h"
#include "fellowship/daterangefield.h"
#include "fellowship/fellowshipformat.h"
#include "fellowship/fellowshippage.h"
#include "fellowship/fellowstab.h"
#include "fellowship/fellowtablemodel.h"
#include "fellowship/homestaygridmodel.h"
#include "fellowship/homestaystab.h"
#include "fellowship/hostfamiliespage.h"
#include "fellowship/itineraryitemdialog.h"
#include "fellowship/itinerarytab.h"
#include "fellowship/placementdialog.h"
#include "people/peoplepage.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/fellowshipitineraryrepository.h"
#include "storage/homestayrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

const QString Kitaibaraki = QStringLiteral("082155"); // 北茨城市, 茨城県
const QString Takahagi = QStringLiteral("082147");    // 高萩市, next door

QDate d(int month, int day)
{
    return QDate(2019, month, day);
}

// The 2019 cohort hosted by 北茨城市 with fellows from three states and a few
// families, stored through the repositories as a user's saves would be.
struct Data {
    explicit Data(Database& database) : db(database)
    {
        cohort = CohortRepository(db).add(sampleCohort2019());
        ohio = fellow(QStringLiteral("Hall"), QStringLiteral("Ed"), QStringLiteral("US-OH"),
                      FellowStatus::Confirmed);
        washington = fellow(QStringLiteral("King"), QStringLiteral("Ada"), QStringLiteral("US-WA"),
                            FellowStatus::Confirmed);
        georgia = fellow(QStringLiteral("Reyes"), QStringLiteral("Luz"), QStringLiteral("US-GA"),
                         FellowStatus::Selected);
        suzuki = family(QStringLiteral("鈴木"), QStringLiteral("Suzuki"), 1, Kitaibaraki);
        sato = family(QStringLiteral("佐藤"), QStringLiteral("Sato"), 1, Kitaibaraki);
    }

    Fellow fellow(const QString& family, const QString& given, const QString& state,
                  FellowStatus status)
    {
        Person p;
        p.name.family = family;
        p.name.given = given;
        Organization o;
        o.nameEn = QStringLiteral("State of ") + state;
        o.kind = OrganizationKind::StateGovernment;
        o.country = QStringLiteral("US");
        o.subdivisionCode = state;
        Fellow f;
        f.cohortId = cohort.id;
        f.personId = PersonRepository(db).add(p).id;
        f.organizationId = OrganizationRepository(db).add(o).id;
        f.status = status;
        f.statusDate = d(6, 1);
        return FellowRepository(db).add(f);
    }

    HostFamily family(const QString& kanji, const QString& romaji, int capacity,
                      const QString& municipality)
    {
        HostFamily f;
        f.familyNameKanji = kanji;
        f.familyNameRomaji = romaji;
        f.capacity = capacity;
        f.municipalityCode = municipality;
        return HostFamilyRepository(db).add(f);
    }

    HomestayPlacement place(const Fellow& f, const HostFamily& family, QDate first, QDate last)
    {
        HomestayPlacement p;
        p.fellowId = f.id;
        p.hostFamilyId = family.id;
        p.firstNight = first;
        p.lastNight = last;
        return HomestayRepository(db).add(p);
    }

    // Around the rules, as an old spreadsheet import might have written it.
    void placeAnyway(const Fellow& f, const HostFamily& family, const QString& night)
    {
        Query(db, QStringLiteral("INSERT INTO homestay_placement (fellow_id, host_family_id, "
                                 "first_night, last_night, created_at, updated_at) VALUES "
                                 "(:f, :h, :first, :last, 'x', 'x')"))
            .bind(QStringLiteral(":f"), f.id)
            .bind(QStringLiteral(":h"), family.id)
            .bind(QStringLiteral(":first"), night)
            .bind(QStringLiteral(":last"), night)
            .exec();
    }

    Database& db;
    Cohort cohort;
    Fellow ohio, washington, georgia;
    HostFamily suzuki, sato;
};

struct Fixture : test::PageOnMemory<FellowshipPage> {
    Fixture() : PageOnMemory({1300, 900}, test::Open::Later) {}
    void open()
    {
        PageOnMemory::open();
        REQUIRE(page.selectRecord(data.cohort.id));
    }
    Data data{*db};
};

int columnOfNight(const HomestayGridModel& model, const QDate& night)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.night(c) == night)
            return c;
    return -1;
}

int rowOfFamily(const HomestayGridModel& model, HostFamilyId id)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.family(r) == id)
            return r;
    return -1;
}

QVariant gridCell(const HomestayGridModel& model, HostFamilyId family, const QDate& night, int role)
{
    const int row = rowOfFamily(model, family);
    const int column = columnOfNight(model, night);
    REQUIRE(row >= 0);
    REQUIRE(column >= 0);
    return model.index(row, column).data(role);
}

} // namespace

TEST_CASE("The Fellowship page lists each cohort with its fellows counted by status",
          "[ui][fellowship]")
{
    Fixture f;
    f.data.place(f.data.ohio, f.data.suzuki, d(10, 31), d(11, 4));
    f.page.setDatabase(f.db.get());
    REQUIRE(f.page.table()->model()->rowCount() == 1);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return f.page.table()->model()->index(0, column).data(role);
    };
    CHECK(cell(CohortTableModel::Year).toString() == QStringLiteral("2019"));
    CHECK(cell(CohortTableModel::Host).toString() == QStringLiteral("Kitaibaraki, Ibaraki"));
    CHECK(cell(CohortTableModel::Fellows).toString() == QStringLiteral("1 selected · 2 confirmed"));
    // The selected fellow is not yet confirmed: the count stands out.
    CHECK(cell(CohortTableModel::Fellows, Qt::BackgroundRole).value<QColor>() ==
          FellowshipFormat::gapBackground());
    // (Plural endings come from the English translation file.)
    CHECK(cell(CohortTableModel::Homestays).toString().startsWith(QStringLiteral("1 placement")));
    CHECK(cell(CohortTableModel::Homestays).toString().endsWith(QStringLiteral(" · 2 to place")));

    REQUIRE(f.page.selectRecord(f.data.cohort.id));
    CHECK(f.page.tabs()->tabText(0) == QStringLiteral("Fellows (3)"));
    CHECK(f.page.fellowsTab()->summaryLabel()->text().contains(QStringLiteral("from 3 state")));
    FellowTableModel* fellows = f.page.fellowsTab()->model();
    REQUIRE(fellows->rowCount() == 3);
    for (int r = 0; r < fellows->rowCount(); ++r) {
        const Fellow* fellow = fellows->fellow(r);
        const QModelIndex status = fellows->index(r, FellowTableModel::Status);
        const bool coloured = status.data(Qt::BackgroundRole).isValid();
        CHECK(coloured == (fellow->status == FellowStatus::Selected));
        if (fellow->id == f.data.ohio.id)
            CHECK(fellows->index(r, FellowTableModel::Homestay)
                      .data()
                      .toString()
                      .startsWith(QStringLiteral("Suzuki family")));
        if (fellow->id == f.data.washington.id)
            CHECK(fellows->index(r, FellowTableModel::StateOrProvince).data().toString() ==
                  QStringLiteral("Washington"));
    }
}

TEST_CASE("A newcomer creates the 2019 cohort hosted by Kitaibaraki from the form",
          "[ui][fellowship]")
{
    test::PageOnMemory<FellowshipPage> f;
    FellowshipPage& page = f.page;
    page.newRecord();
    auto* year = page.findChild<QSpinBox*>(QStringLiteral("year"));
    REQUIRE(year);
    year->setValue(2019);
    page.programmeField()->startField()->setDate(d(10, 27));
    page.programmeField()->endField()->setDate(d(11, 5));
    CHECK(page.hasUnsavedChanges());
    REQUIRE(page.hostPicker()->search(QStringLiteral("きたいばらき")) >= 1);
    page.hostPicker()->chooseMatch(0);
    REQUIRE(page.save());

    const auto stored = CohortRepository(*f.db).findByYear(2019);
    REQUIRE(stored);
    CHECK(stored->hostMunicipalityCode == Kitaibaraki);
    CHECK(stored->hostPrefectureCode == QStringLiteral("08"));
    CHECK(stored->programmeEnd == d(11, 5));
    CHECK(page.table()->model()->rowCount() == 1);
    // Saved, the cohort's tabs can be filled.
    CHECK(page.fellowsTab()->findChild<QPushButton*>() != nullptr);
    CHECK(page.itineraryTab()->tree()->topLevelItemCount() == 10);
}

TEST_CASE("A double booking shows as a conflict in the homestay grid", "[ui][fellowship][grid]")
{
    Fixture f;
    f.data.place(f.data.ohio, f.data.suzuki, d(10, 31), d(11, 2));
    f.data.place(f.data.washington, f.data.sato, d(10, 31), d(11, 4));

    SECTION("two fellows with a family that has room for one")
    {
        f.data.placeAnyway(f.data.washington, f.data.suzuki, QStringLiteral("2019-11-01"));
        f.open();
        const HomestayGridModel& grid = *f.page.homestaysTab()->gridModel();
        CHECK(gridCell(grid, f.data.suzuki.id, d(11, 1), Qt::BackgroundRole).value<QColor>() ==
              FellowshipFormat::conflictBackground());
        CHECK(gridCell(grid, f.data.suzuki.id, d(11, 1), Qt::DisplayRole).toString() ==
              QStringLiteral("Ed Hall\nAda King"));
        CHECK(gridCell(grid, f.data.suzuki.id, d(11, 1), Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("Over capacity")));
        // Ada King is with the Satos that night as well.
        CHECK(gridCell(grid, f.data.sato.id, d(11, 1), Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("Double booked: Ada King")));
        // The nights around it are fine.
        CHECK_FALSE(gridCell(grid, f.data.suzuki.id, d(10, 31), Qt::BackgroundRole).isValid());
        CHECK(f.page.homestaysTab()->summaryLabel()->text().contains(
            QStringLiteral("1 double booking")));
        CHECK_FALSE(f.page.tabs()->tabIcon(2).isNull());
    }
    SECTION("no conflict, and the fellow still to place shows as a gap")
    {
        f.open();
        const HomestayGridModel& grid = *f.page.homestaysTab()->gridModel();
        CHECK_FALSE(f.page.homestaysTab()->hasConflicts());
        CHECK(f.page.tabs()->tabIcon(2).isNull());
        // Ed Hall has no family after the 2nd; the selected fellow none at all.
        const int gaps = grid.unplacedRow();
        REQUIRE(gaps == grid.rowCount() - 1);
        const QModelIndex nov3 = grid.index(gaps, columnOfNight(grid, d(11, 3)));
        CHECK(nov3.data().toString() == QStringLiteral("Ed Hall\nLuz Reyes"));
        CHECK(nov3.data(Qt::BackgroundRole).value<QColor>() == FellowshipFormat::gapBackground());
        // The grid shows the nights of the host portion, not the Tokyo ones.
        CHECK(grid.night(0) == d(10, 31));
        CHECK(grid.columnCount() == 5);
    }
}

TEST_CASE("An itinerary item outside the programme is refused with a message",
          "[ui][fellowship][itinerary]")
{
    Fixture f;
    f.open();
    FellowshipItineraryItem item;
    item.cohortId = f.data.cohort.id;
    ItineraryItemDialog dialog(f.db.get(), f.data.cohort, item, &f.page);
    dialog.show();
    CHECK(dialog.dateField()->value() == d(10, 27)); // proposes the first day
    dialog.dateField()->setValue(d(11, 6));
    dialog.descriptionEnEdit()->setFocus();
    test::typeText(dialog.descriptionEnEdit(), QStringLiteral("Farewell dinner"));
    dialog.startEdit()->setText(QStringLiteral("19:00"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText(QStringLiteral("date"))
              .contains(QStringLiteral("within the programme (2019-10-27 to 2019-11-05)")));
    CHECK(FellowshipItineraryRepository(*f.db).list(f.data.cohort.id).isEmpty());

    // Moved into the programme, it is saved and shown under its day.
    dialog.dateField()->setValue(d(11, 4));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.errorText(QStringLiteral("date")).isEmpty());
    f.page.itineraryTab()->refresh();
    QTreeWidget* tree = f.page.itineraryTab()->tree();
    REQUIRE(tree->topLevelItemCount() == 10);
    QTreeWidgetItem* day9 = tree->topLevelItem(8);
    CHECK(day9->text(0).startsWith(QStringLiteral("Day 9")));
    CHECK(day9->text(0).endsWith(QStringLiteral("Host area")));
    REQUIRE(day9->childCount() == 1);
    CHECK(day9->child(0)->text(ItineraryTab::Time) == QStringLiteral("19:00"));
    CHECK(day9->child(0)->text(ItineraryTab::Description) == QStringLiteral("Farewell dinner"));
    CHECK(tree->topLevelItem(0)->child(0)->text(ItineraryTab::Description) ==
          QStringLiteral("Nothing planned yet"));
}

TEST_CASE("Withdrawing a confirmed fellow asks what happens to the homestay",
          "[ui][fellowship][withdraw]")
{
    Fixture f;
    f.data.place(f.data.ohio, f.data.suzuki, d(10, 31), d(11, 4));
    f.open();
    FellowsTab* tab = f.page.fellowsTab();
    REQUIRE(tab->selectFellow(f.data.ohio.id));

    SECTION("Remove frees the family's nights")
    {
        test::MessageBoxAnswerer answer(QMessageBox::No);
        tab->withdrawFellow();
        CHECK(answer.count() == 1);
        CHECK(answer.text().contains(QStringLiteral("Ed Hall")));
        CHECK(answer.informativeText().contains(QStringLiteral("Suzuki family")));
        CHECK(FellowRepository(*f.db).find(f.data.ohio.id)->status == FellowStatus::Withdrawn);
        CHECK(HomestayRepository(*f.db).list().isEmpty());
        CHECK(f.page.homestaysTab()->placementCount() == 0);
    }
    SECTION("Keep leaves the family booked")
    {
        test::MessageBoxAnswerer answer(QMessageBox::Yes);
        tab->withdrawFellow();
        CHECK(answer.count() == 1);
        CHECK(FellowRepository(*f.db).find(f.data.ohio.id)->status == FellowStatus::Withdrawn);
        CHECK(HomestayRepository(*f.db).list().size() == 1);
    }
    SECTION("Cancel changes nothing")
    {
        test::MessageBoxAnswerer answer(QMessageBox::Cancel);
        tab->withdrawFellow();
        CHECK(answer.count() == 1);
        CHECK(FellowRepository(*f.db).find(f.data.ohio.id)->status == FellowStatus::Confirmed);
    }
}

TEST_CASE("Removing a fellow or a homestay asks first — a refusal says why — the tabs follow",
          "[ui][fellowship][remove]")
{
    Fixture f;
    f.data.place(f.data.ohio, f.data.suzuki, d(10, 31), d(11, 4));
    f.open();
    HomestaysTab* stays = f.page.homestaysTab();
    FellowsTab* fellows = f.page.fellowsTab();
    REQUIRE(stays->placementCount() == 1);

    // A fellow still placed with a family is not removed, and is told why.
    REQUIRE(fellows->selectFellow(f.data.ohio.id));
    {
        test::MessageBoxAnswerer answer(QMessageBox::Yes);
        fellows->removeFellow();
        CHECK(answer.count() == 2); // the question, then why not
        CHECK_FALSE(answer.text().startsWith(QStringLiteral("Remove")));
        CHECK_FALSE(answer.text().isEmpty());
    }
    CHECK(FellowRepository(*f.db).find(f.data.ohio.id));
    CHECK(fellows->model()->fellows().size() == 3);

    // No keeps the homestay; Yes removes it, and the tab follows.
    stays->placementTable()->setCurrentCell(0, 0);
    REQUIRE(stays->currentPlacementId() > 0);
    QSignalSpy changed(stays, &CohortTab::changed);
    {
        test::MessageBoxAnswerer answer(QMessageBox::No);
        stays->removePlacement();
        CHECK(answer.count() == 1);
        CHECK(answer.text().contains(QStringLiteral("Ed Hall")));
    }
    CHECK(stays->placementCount() == 1);
    CHECK(changed.isEmpty());
    {
        test::MessageBoxAnswerer answer(QMessageBox::Yes);
        stays->removePlacement();
        CHECK(answer.count() == 1);
    }
    CHECK(stays->placementCount() == 0);
    CHECK(HomestayRepository(*f.db).list().isEmpty());
    CHECK(changed.size() == 1);

    // Now the fellow can go.
    REQUIRE(fellows->selectFellow(f.data.ohio.id));
    {
        test::MessageBoxAnswerer answer(QMessageBox::Yes);
        fellows->removeFellow();
        CHECK(answer.count() == 1);
    }
    CHECK_FALSE(FellowRepository(*f.db).find(f.data.ohio.id));
    CHECK(fellows->model()->fellows().size() == 2);
}

TEST_CASE("A family outside the host area is placed only once the user accepts the warning",
          "[ui][fellowship][warning]")
{
    Fixture f;
    const HostFamily takahagi =
        f.data.family(QStringLiteral("大内"), QStringLiteral("Ouchi"), 2, Takahagi);
    f.open();
    HomestayPlacement p;
    PlacementDialog dialog(f.db.get(), f.data.cohort,
                           f.page.homestaysTab()->gridModel()->grid().fellows, p, &f.page);
    dialog.show();
    // The host portion's nights are proposed; the last day is for travel.
    CHECK(dialog.firstNightField()->value() == d(10, 31));
    CHECK(dialog.lastNightField()->value() == d(11, 4));
    dialog.fellowBox()->setCurrentIndex(dialog.fellowBox()->findData(f.data.ohio.id));
    REQUIRE(dialog.familyPicker()->search(QStringLiteral("おおうち")) == 0);
    REQUIRE(dialog.familyPicker()->search(QStringLiteral("ouchi")) == 1);
    dialog.familyPicker()->chooseMatch(0);
    // Shown as the user chooses, before OK.
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("dialogNote"))
              ->text()
              .contains(QStringLiteral("outside the cohort's host municipality")));
    {
        test::MessageBoxAnswerer answer(QMessageBox::No);
        dialog.accept();
        CHECK(answer.count() == 1);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(HomestayRepository(*f.db).list().isEmpty());
    }
    {
        test::MessageBoxAnswerer answer(QMessageBox::Yes);
        dialog.accept();
        CHECK(answer.count() == 1);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const QList<HomestayPlacement> stored = HomestayRepository(*f.db).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().accepted(HomestayWarningKind::OutsideHostArea));
}

TEST_CASE("A placement that would overfill a family is refused beside the field",
          "[ui][fellowship][capacity]")
{
    Fixture f;
    f.data.place(f.data.ohio, f.data.suzuki, d(10, 31), d(11, 4));
    f.open();
    HomestayPlacement p;
    p.fellowId = f.data.washington.id;
    p.hostFamilyId = f.data.suzuki.id;
    PlacementDialog dialog(f.db.get(), f.data.cohort,
                           f.page.homestaysTab()->gridModel()->grid().fellows, p, &f.page);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText(QStringLiteral("hostFamilyId"))
              .contains(QStringLiteral("already full on the night of 2019-10-31")));
    CHECK(HomestayRepository(*f.db).list().size() == 1);
}

TEST_CASE("A host family lists the fellows it hosted and a person page their fellowship years",
          "[ui][fellowship][people]")
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    Data data(*db);
    data.place(data.ohio, data.suzuki, d(10, 31), d(11, 4));
    LanguageManager language;
    language.setLanguage(Language::English);

    HostFamiliesPage families;
    families.setDatabase(db.get());
    families.show();
    REQUIRE(families.table()->model()->rowCount() == 2);
    REQUIRE(families.selectRecord(data.suzuki.id));
    REQUIRE(families.historyTable()->rowCount() == 1);
    CHECK(families.historyTable()->item(0, 0)->text() == QStringLiteral("2019"));
    CHECK(families.historyTable()->item(0, 1)->text() == QStringLiteral("Ed Hall"));
    CHECK(families.historyTable()->item(0, 3)->text() == QStringLiteral("5"));

    PeoplePage people;
    people.setDatabase(db.get());
    people.show();
    REQUIRE(people.selectRecord(data.ohio.personId));
    QListWidget* history = people.fellowshipList();
    REQUIRE(history->count() == 1);
    CHECK(history->item(0)->text() == QStringLiteral("2019 — Confirmed · State of US-OH"));
    CHECK(history->parentWidget()->isVisible());
}

TEST_CASE("The fellowship models behave as item models and retranslate", "[ui][fellowship][models]")
{
    Fixture f;
    f.data.place(f.data.ohio, f.data.suzuki, d(10, 31), d(11, 2));
    f.data.placeAnyway(f.data.washington, f.data.suzuki, QStringLiteral("2019-11-01"));
    f.open();
    QAbstractItemModelTester cohorts(f.page.model(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester fellows(f.page.fellowsTab()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester grid(f.page.homestaysTab()->gridModel(),
                                  QAbstractItemModelTester::FailureReportingMode::Fatal);
    HostFamiliesPage familiesPage;
    familiesPage.setDatabase(f.db.get());
    QAbstractItemModelTester families(familiesPage.model(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.page.model()->rowCount() == 1);
    CHECK(f.page.fellowsTab()->model()->rowCount() == 3);
    CHECK(f.page.homestaysTab()->gridModel()->rowCount() == 3); // two families, the gaps
    CHECK(familiesPage.model()->rowCount() == 2);

    // Refilled and switched to Japanese, the models say so.
    QSignalSpy cohortHeaders(f.page.model(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy fellowHeaders(f.page.fellowsTab()->model(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy familyHeaders(familiesPage.model(), &QAbstractItemModel::headerDataChanged);
    f.page.homestaysTab()->refresh();
    f.page.fellowsTab()->refresh();
    f.language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents();
    CHECK(cohortHeaders.count() >= 1);
    CHECK(fellowHeaders.count() >= 1);
    CHECK(familyHeaders.count() >= 1);
    // The headings a user reads, each in its own list's wording.
    CHECK(f.page.model()->headerData(CohortTableModel::Year, Qt::Horizontal).toString() ==
          QStringLiteral("実施年"));
    CHECK(f.page.model()->headerData(CohortTableModel::Host, Qt::Horizontal).toString() ==
          QStringLiteral("受入れ自治体"));
    CHECK(f.page.fellowsTab()
              ->model()
              ->headerData(FellowTableModel::Status, Qt::Horizontal)
              .toString() == QStringLiteral("参加状況"));
    CHECK(f.page.model()->columnCount() == CohortTableModel::ColumnCount);
    // Family names follow the language (鈴木家 once translated; the kanji in any case).
    CHECK(familiesPage.model()
              ->index(0, HostFamiliesPage::Family)
              .data()
              .toString()
              .contains(QStringLiteral("佐藤")));
    f.language.setLanguage(Language::English);
    QCoreApplication::processEvents();
}

TEST_CASE("A cohort of 20 fellows, 10 days of itinerary and 20 families is loaded and shown",
          "[ui][fellowship][large]")
{
    Fixture f;
    QList<Fellow> fellows{f.data.ohio, f.data.washington, f.data.georgia};
    const QStringList states{QStringLiteral("US-OH"), QStringLiteral("US-WA"),
                             QStringLiteral("US-NY")};
    for (int i = int(fellows.size()); i < 20; ++i)
        fellows << f.data.fellow(QStringLiteral("Fellow%1").arg(i, 2, 10, QLatin1Char('0')),
                                 QStringLiteral("Pat"), states[i % 3], FellowStatus::Confirmed);
    QList<HostFamily> families{f.data.suzuki, f.data.sato};
    for (int i = int(families.size()); i < 20; ++i)
        families << f.data.family(QStringLiteral("家族%1").arg(i),
                                  QStringLiteral("Family%1").arg(i, 2, 10, QLatin1Char('0')), 1,
                                  Kitaibaraki);
    // Two items on each of the ten days of the programme.
    for (QDate day = d(10, 27); day <= d(11, 5); day = day.addDays(1))
        for (int slot = 0; slot < 2; ++slot) {
            FellowshipItineraryItem item;
            item.cohortId = f.data.cohort.id;
            item.date = day;
            item.startTime = QTime(9 + slot * 4, 0);
            item.endTime = QTime(11 + slot * 4, 0);
            item.descriptionEn = QStringLiteral("Session %1").arg(slot + 1);
            FellowshipItineraryRepository(*f.db).add(item);
        }
    // Every fellow with a family of their own for the host portion's nights.
    for (int i = 0; i < 20; ++i)
        f.data.place(fellows[i], families[i], d(10, 31), d(11, 4));
    f.open();

    CHECK(f.page.fellowsTab()->model()->rowCount() == 20);
    CHECK(f.page.fellowsTab()->table()->model()->rowCount() == 20);

    f.page.tabs()->setCurrentIndex(1);
    QTreeWidget* tree = f.page.itineraryTab()->tree();
    REQUIRE(tree->topLevelItemCount() == 10);
    for (int day = 0; day < 10; ++day) {
        CHECK(tree->topLevelItem(day)->text(0).startsWith(QStringLiteral("Day %1").arg(day + 1)));
        CHECK(tree->topLevelItem(day)->childCount() == 2);
    }

    f.page.tabs()->setCurrentIndex(2);
    const HomestayGridModel& grid = *f.page.homestaysTab()->gridModel();
    CHECK(grid.columnCount() == 5); // the nights of the host portion
    for (const HostFamily& family : families)
        CHECK(rowOfFamily(grid, family.id) >= 0);
    // A row a family and the row of fellows without one, empty every night.
    CHECK(grid.rowCount() == 21);
    REQUIRE(grid.unplacedRow() == 20);
    for (int c = 0; c < grid.columnCount(); ++c)
        CHECK(grid.index(grid.unplacedRow(), c).data().toString().isEmpty());
    CHECK_FALSE(f.page.homestaysTab()->hasConflicts());
    CHECK(gridCell(grid, families[12].id, d(11, 2), Qt::DisplayRole).toString() ==
          fellows[12].personName.latin());

    SECTION("a double booking among them is flagged")
    {
        // As an old spreadsheet import might have written it: fellow 5 with family 6 too.
        f.data.placeAnyway(fellows[5], families[6], QStringLiteral("2019-11-02"));
        f.page.refreshFromDatabase();
        const HomestayGridModel& again = *f.page.homestaysTab()->gridModel();
        CHECK(f.page.homestaysTab()->hasConflicts());
        CHECK(gridCell(again, families[6].id, d(11, 2), Qt::BackgroundRole).value<QColor>() ==
              FellowshipFormat::conflictBackground());
        CHECK(f.page.homestaysTab()->summaryLabel()->text().contains(
            QStringLiteral("1 double booking")));
        CHECK_FALSE(f.page.tabs()->tabIcon(2).isNull());
    }
}

TEST_CASE("A placement's nights are checked beside the fields as the user types",
          "[ui][fellowship][rules]")
{
    Fixture f;
    f.data.place(f.data.ohio, f.data.suzuki, d(10, 31), d(11, 2));
    f.open();
    HomestayPlacement p;
    PlacementDialog dialog(f.db.get(), f.data.cohort,
                           f.page.homestaysTab()->gridModel()->grid().fellows, p, &f.page);
    dialog.show();
    dialog.fellowBox()->setCurrentIndex(dialog.fellowBox()->findData(f.data.ohio.id));
    REQUIRE(dialog.familyPicker()->search(QStringLiteral("sato")) == 1);
    dialog.familyPicker()->chooseMatch(0);

    SECTION("a night after the programme")
    {
        dialog.firstNightField()->setValue(d(11, 3));
        dialog.lastNightField()->setValue(d(11, 6));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.errorText(QStringLiteral("lastNight"))
                  .contains(QStringLiteral("within the programme")));
    }
    SECTION("a last night before the first")
    {
        dialog.firstNightField()->setValue(d(11, 4));
        dialog.lastNightField()->setValue(d(11, 3));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.errorText(QStringLiteral("lastNight"))
                  .contains(QStringLiteral("before the first night")));
    }
    SECTION("a fellow already with another family that night")
    {
        dialog.firstNightField()->setValue(d(11, 2));
        dialog.lastNightField()->setValue(d(11, 4));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.errorText(QStringLiteral("firstNight"))
                  .contains(QStringLiteral("already placed with the")));
    }
    CHECK(HomestayRepository(*f.db).list().size() == 1);
}

TEST_CASE("A dietary need the family cannot meet is placed only once the user accepts it",
          "[ui][fellowship][warning]")
{
    Fixture f;
    Fellow vegetarian = f.data.washington;
    vegetarian.dietaryNotes = QStringLiteral("Vegetarian");
    FellowRepository(*f.db).update(vegetarian);
    HostFamily family = f.data.sato;
    family.dietaryNotes = QStringLiteral("Halal");
    HostFamilyRepository(*f.db).update(family);
    f.open();
    HomestayPlacement p;
    PlacementDialog dialog(f.db.get(), f.data.cohort,
                           f.page.homestaysTab()->gridModel()->grid().fellows, p, &f.page);
    dialog.show();
    dialog.fellowBox()->setCurrentIndex(dialog.fellowBox()->findData(f.data.washington.id));
    REQUIRE(dialog.familyPicker()->search(QStringLiteral("sato")) == 1);
    dialog.familyPicker()->chooseMatch(0);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("dialogNote"))
              ->text()
              .contains(QStringLiteral("dietary needs")));
    {
        test::MessageBoxAnswerer answer(QMessageBox::No);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(HomestayRepository(*f.db).list().isEmpty());
    }
    {
        test::MessageBoxAnswerer answer(QMessageBox::Yes);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const QList<HomestayPlacement> stored = HomestayRepository(*f.db).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().accepted(HomestayWarningKind::Dietary));
}

TEST_CASE_METHOD(test::OnMemory,
                 "All fellows: every cohort, narrowed by state, host prefecture, years and status",
                 "[ui][fellowship][allfellows]")
{
    Data data(*db); // 2019, hosted by 北茨城市 (Ibaraki): Ohio, Washington, Georgia
    Cohort earlier;
    earlier.year = 2005;
    earlier.programmeStart = QDate(2005, 10, 20);
    earlier.programmeEnd = QDate(2005, 10, 29);
    earlier.hostPrefectureCode = QStringLiteral("28"); // 兵庫県
    earlier = CohortRepository(*db).add(earlier);
    data.cohort = earlier;
    data.fellow(QStringLiteral("Ames"), QStringLiteral("Joan"), QStringLiteral("US-OH"),
                FellowStatus::Attended);
    data.fellow(QStringLiteral("Brown"), QStringLiteral("Sam"), QStringLiteral("US-OH"),
                FellowStatus::Withdrawn);

    AllFellowsPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setDatabase(db.get());
    page.resize(1200, 700);
    page.show();
    const auto names = [&page] {
        QStringList out;
        for (int r = 0; r < page.table()->model()->rowCount(); ++r)
            out << page.table()->model()->index(r, AllFellowsPage::Name).data().toString();
        out.sort();
        return out;
    };
    REQUIRE(page.table()->model()->rowCount() == 5);
    CHECK(page.summary()->text().startsWith(QStringLiteral("5 fellow")));
    // Ohio first among the counts: three fellows over the two years.
    QTableWidget* counts = page.countsTable();
    REQUIRE(counts->rowCount() == 3);
    CHECK(counts->item(0, 0)->text() == QStringLiteral("Ohio"));
    CHECK(counts->item(0, 1)->text() == QStringLiteral("3"));

    const auto choose = [](QComboBox* combo, const QVariant& value) {
        const int i = combo->findData(value);
        REQUIRE(i > 0);
        combo->setCurrentIndex(i);
    };
    SECTION("by state")
    {
        choose(page.subdivisionFilter(), QStringLiteral("US-OH"));
        CHECK(names() == QStringList{QStringLiteral("Ed Hall"), QStringLiteral("Joan Ames"),
                                     QStringLiteral("Sam Brown")});
    }
    SECTION("by host prefecture, the one of a cohort hosted by a municipality too")
    {
        choose(page.prefectureFilter(), QStringLiteral("08"));
        CHECK(page.table()->model()->rowCount() == 3);
        CHECK(page.table()->model()->index(0, AllFellowsPage::HostPrefecture).data().toString() ==
              QStringLiteral("Ibaraki"));
        choose(page.prefectureFilter(), QStringLiteral("28"));
        CHECK(names() == QStringList{QStringLiteral("Joan Ames"), QStringLiteral("Sam Brown")});
    }
    SECTION("by years and status")
    {
        page.toYear()->setValue(2010);
        CHECK(page.table()->model()->rowCount() == 2);
        choose(page.statusFilter(), FellowStatuses::code(FellowStatus::Attended));
        CHECK(names() == QStringList{QStringLiteral("Joan Ames")});
        page.fromYear()->setValue(2006);
        CHECK(page.table()->model()->rowCount() == 0);
        CHECK(page.countsTable()->rowCount() == 0);
    }
    SECTION("by name, and in Japanese")
    {
        page.findChild<QLineEdit*>(QStringLiteral("filter"))->setText(QStringLiteral("reyes"));
        CHECK(names() == QStringList{QStringLiteral("Luz Reyes")});
        CHECK(page.countsTable()->item(0, 0)->text() == QStringLiteral("Georgia"));
        language.setLanguage(Language::Japanese);
        QCoreApplication::processEvents();
        CHECK(page.table()->model()->index(0, AllFellowsPage::HostPrefecture).data().toString() ==
              QStringLiteral("茨城県"));
    }
}
