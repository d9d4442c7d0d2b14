#include "common/recordfilterproxy.h"
#include "common/uilanguage.h"
#include "importexport/importexportactions.h"
#include "importexport/importwizard.h"
#include "io/csvimport.h"
#include "mainwindow.h"
#include "people/peoplepage.h"
#include "storage/database.h"
#include "storage/officeeventrepository.h"
#include "storage/personrepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <utility>

using namespace jlgc;

namespace {

void grab(QWidget* w, const char* name)
{
    QApplication::processEvents();
    w->grab().save(QStringLiteral("/tmp/jlgc-importwizard-%1.png").arg(QLatin1String(name)));
}

} // namespace

TEST_CASE("An Excel-made Shift_JIS list of sister-city ties imports through the wizard with "
          "every problem row explained",
          "[ui][importwizard]")
{
    QSettings().remove(ImportWizard::settingsKey(QStringLiteral("affiliations")));
    test::TempDir dir;
    Database db(dir.path(QStringLiteral("wizard.sqlite")));
    // A tie already on file, with no notes: the file's row for it can complete it.
    SisterAffiliation existing;
    existing.japanCode = QStringLiteral("422011"); // 長崎市
    existing.northAmericaName = QStringLiteral("St. Paul");
    existing.subdivisionCode = QStringLiteral("US-MN");
    existing.country = QStringLiteral("US");
    existing.established = PartialDate::ofYear(1955);
    existing = SisterAffiliationRepository(db).add(existing);

    const QString path = dir.path(QStringLiteral("姉妹都市.csv"));
    QStringEncoder cp932("windows-31j");
    test::writeFile(
        path, cp932.encode(QStringLiteral("日本側,北米側,州・準州,提携日,メモ\r\n"
                                          "長崎市,St. Paul,Minnesota,1955,最初の姉妹都市\r\n"
                                          "茨城県,Delaware,DE,1994-10,\r\n"
                                          "府中市,Springfield,Ohio,1960,\r\n"
                                          "北茨城市,\"Newark, Ohio\",Narnia,2001,\r\n"
                                          "兵庫県,Washington,WA,1963,\"姉妹州\n二行目\"\r\n")));

    ImportWizard wizard(db, QStringLiteral("affiliations"));
    test::showExposed(wizard);
    CHECK(wizard.kindCombo()->currentData().toString() == QStringLiteral("affiliations"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.fileEdit()->setText(path);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    grab(&wizard, "1-file");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    CHECK(wizard.importer()->encoding() == CsvEncoding::Cp932);
    CHECK(wizard.previewTable()->rowCount() == 5);
    CHECK(wizard.previewTable()->item(0, 0)->text() == QStringLiteral("長崎市"));
    CHECK(wizard.previewTable()->item(4, 4)->text() == QStringLiteral("姉妹州\n二行目"));
    // Reading it as UTF-8 garbles it; switching back reads it right.
    wizard.encodingCombo()->setCurrentIndex(
        wizard.encodingCombo()->findData(int(CsvEncoding::Utf8)));
    CHECK(wizard.importer()->decodingProblems());
    wizard.encodingCombo()->setCurrentIndex(
        wizard.encodingCombo()->findData(int(CsvEncoding::Auto)));
    CHECK(wizard.previewTable()->item(0, 0)->text() == QStringLiteral("長崎市"));
    grab(&wizard, "2-preview");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    const QList<QComboBox*> combos = wizard.mappingCombos();
    REQUIRE(combos.size() == 5);
    CHECK(combos[0]->currentData().toString() == QStringLiteral("Japanese side"));
    CHECK(combos[3]->currentData().toString() == QStringLiteral("Established"));
    CHECK(combos[4]->currentData().toString().isEmpty()); // メモ is not a header of the format
    combos[4]->setCurrentIndex(combos[4]->findData(QStringLiteral("Notes")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    grab(&wizard, "3-mapping");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ProblemsPage);
    QTreeWidget* problems = wizard.problemList();
    REQUIRE(problems->topLevelItemCount() == 2);
    CHECK(problems->topLevelItem(0)->text(0) == QStringLiteral("4"));
    CHECK(problems->topLevelItem(0)->text(2).contains(QStringLiteral("広島県")));
    CHECK(problems->topLevelItem(1)->text(0) == QStringLiteral("5"));
    CHECK(problems->topLevelItem(1)->text(2).contains(QStringLiteral("Narnia")));
    CHECK(problems->topLevelItem(0)->text(1) == QStringLiteral("府中市 – Springfield"));
    CHECK(wizard.problemDetail()->text().startsWith(QStringLiteral("Line 4: ")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.leaveOutBox()->setChecked(true);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    grab(&wizard, "4-problems");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DuplicatesPage);
    QTableWidget* dups = wizard.duplicateTable();
    REQUIRE(dups->rowCount() == 1);
    CHECK(dups->item(0, 0)->text() == QStringLiteral("2"));
    auto* action = qobject_cast<QComboBox*>(dups->cellWidget(0, 3));
    REQUIRE(action);
    action->setCurrentIndex(action->findData(int(ImportDecision::Merge)));
    grab(&wizard, "5-duplicates");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPage);
    CHECK(wizard.confirmLabel()->text().contains(QStringLiteral("2 new record")));
    CHECK(SisterAffiliationRepository(db).list().size() == 1); // nothing written yet
    grab(&wizard, "6-confirm");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    CHECK(wizard.imported());
    CHECK(wizard.resultLabel()->text().contains(QStringLiteral("backup")));
    grab(&wizard, "7-result");
    const QList<SisterAffiliation> ties = SisterAffiliationRepository(db).list();
    CHECK(ties.size() == 3);
    CHECK(SisterAffiliationRepository(db).find(existing.id)->notes ==
          QStringLiteral("最初の姉妹都市"));

    // The mapping chosen by hand is remembered for the next file of this kind.
    ImportWizard again(db, QStringLiteral("affiliations"));
    again.show();
    again.fileEdit()->setText(path);
    again.next();
    again.next();
    CHECK(again.mappingCombos()[4]->currentData().toString() == QStringLiteral("Notes"));
}

TEST_CASE("File → Export List to CSV writes the list as filtered", "[ui][importwizard]")
{
    test::TempDir dir;
    test::Window f;
    MainWindow& w = f.w;
    w.show(); // lists are read when their page is on screen
    REQUIRE(w.openDatabase(dir.path(QStringLiteral("export.sqlite"))));
    for (const auto& [family, given] :
         {std::pair{"Yamada", "Taro"}, std::pair{"Smith", "Jane"}, std::pair{"Yamamoto", "Ken"}}) {
        Person p;
        p.name.family = QString::fromLatin1(family);
        p.name.given = QString::fromLatin1(given);
        PersonRepository(*w.database()).add(p);
    }
    PeoplePage* page = w.page<PeoplePage>();
    REQUIRE(page);
    w.showPage(page);
    page->refreshFromDatabase();
    page->filterEdit()->setText(QStringLiteral("yama"));
    // The list is read off the window's thread: it arrives a moment later.
    REQUIRE(QTest::qWaitFor([&] { return page->table()->model()->rowCount() == 2; }, 5000));
    CHECK(page->listKind() == QStringLiteral("person"));

    auto* actions = w.findChild<ImportExportActions*>();
    REQUIRE(actions);
    const QString path = dir.path(QStringLiteral("people.csv"));
    CHECK(actions->exportList(path) == 2);
    const QString text = QString::fromUtf8(test::readFile(path));
    CHECK(text.contains(QStringLiteral("Yamada")));
    CHECK(text.contains(QStringLiteral("Yamamoto")));
    CHECK_FALSE(text.contains(QStringLiteral("Smith")));
    CHECK(actions->importAction()->isEnabled());
}

TEST_CASE("A file whose dates can be read two ways asks how it writes them, and a repeated row is "
          "shown as a line of the file",
          "[ui][importwizard][dates]")
{
    QSettings().remove(ImportWizard::settingsKey(QStringLiteral("events")));
    test::TempDir dir;
    Database db(dir.path(QStringLiteral("dates.sqlite")));
    const QString path = dir.path(QStringLiteral("events.csv"));
    test::writeFile(path, QByteArray("Title (English),Date\r\n"
                                     "Japan Day,5/4/2025\r\n"
                                     "Reception,6/1/2025\r\n"
                                     "Japan Day,5/4/2025\r\n"));
    LanguageManager language;
    language.setLanguage(Language::English);
    ImportWizard wizard(db, QStringLiteral("events"));
    test::showExposed(wizard);
    wizard.fileEdit()->setText(path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ProblemsPage);
    QComboBox* order = wizard.dateOrderCombo();
    CHECK(order->isVisible());
    CHECK(wizard.dateOrderLabel()->text().contains(QStringLiteral("5/4/2025")));
    CHECK(wizard.dateOrderLabel()->text().contains(QStringLiteral("two ways")));
    REQUIRE(wizard.problemList()->topLevelItemCount() == 2); // lines 2 and 3 (4 repeats 2)
    CHECK(wizard.problemList()->topLevelItem(0)->text(2).contains(QStringLiteral("May 4")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    grab(&wizard, "dates-1-ambiguous");

    order->setCurrentIndex(order->findData(int(DateOrder::MonthDayYear)));
    emit order->activated(order->currentIndex());
    CHECK(wizard.problemList()->topLevelItemCount() == 0);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    grab(&wizard, "dates-2-chosen");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DuplicatesPage);
    QTableWidget* dups = wizard.duplicateTable();
    REQUIRE(dups->rowCount() == 1);
    CHECK(dups->item(0, 0)->text() == QStringLiteral("4"));
    auto* target = qobject_cast<QComboBox*>(dups->cellWidget(0, 2));
    REQUIRE(target);
    CHECK(target->currentText().startsWith(QStringLiteral("Line 2 of this file")));
    grab(&wizard, "dates-3-repeat");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    QStringList dates;
    for (const OfficeEvent& e : OfficeEventRepository(db).list())
        dates << e.date.toString(Qt::ISODate);
    dates.sort();
    CHECK(dates == QStringList{QStringLiteral("2025-05-04"), QStringLiteral("2025-06-01")});
}
