#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "core/reportsamples.h"
#include "mainwindow.h"
#include "reports/reportdialog.h"
#include "reports/reportregistry.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/records.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    INFO("pdftotext must be installed (Debian package poppler-utils)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

OrganizationId addSamples(Database& db)
{
    const OrganizationId id =
        OrganizationRepository(db)
            .add(test::organization(QStringLiteral("Ville de Montréal"),
                                    QStringLiteral("モントリオール市"),
                                    OrganizationKind::LocalGovernment, QStringLiteral("CA")))
            .id;
    Person p = test::person(QStringLiteral("Yoshida"), QStringLiteral("Tsukiko"),
                            QStringLiteral("𠮷田"), QStringLiteral("月子"));
    p.affiliations << Affiliation{0, id, {}, QStringLiteral("Liaison"), QDate(2020, 1, 1), {}};
    PersonRepository(db).add(p);
    return id;
}

// The interface in English and a database file in a folder of its own.
struct OfficeFile : test::InLanguage {
    test::TempDir dir;
    Database db{dir.path(QStringLiteral("office.sqlite"))};
};

} // namespace

TEST_CASE("File menu offers Export Report and Print Report once a database is open",
          "[ui][reports]")
{
    test::TempDir dir;
    test::Window f;
    MainWindow& w = f.w;
    QStringList texts;
    const QList<QAction*> before = w.menuBar()->actions().first()->menu()->actions();
    for (QAction* a : before)
        texts << a->text();
    CHECK(texts.contains(QStringLiteral("&Export Report…")));
    CHECK(texts.contains(QStringLiteral("&Print Report…")));
    for (QAction* a : before)
        if (a->text() == QStringLiteral("&Export Report…"))
            CHECK_FALSE(a->isEnabled());
    REQUIRE(w.openDatabase(dir.path(QStringLiteral("office.sqlite"))));
    for (QAction* a : w.menuBar()->actions().first()->menu()->actions())
        if (a->text() == QStringLiteral("&Export Report…"))
            CHECK(a->isEnabled());
}

TEST_CASE_METHOD(OfficeFile,
                 "The report dialog shows only the options of the chosen report and writes its PDF",
                 "[ui][reports]")
{
    const OrganizationId montreal = addSamples(db);

    ReportDialog dialog(&db);
    test::showExposed(dialog);
    REQUIRE(dialog.selectReport(QStringLiteral("people")));
    CHECK_FALSE(dialog.recordPicker()->isVisible());
    CHECK(dialog.fileEdit()->text().endsWith(QStringLiteral(".pdf")));

    REQUIRE(dialog.selectReport(QStringLiteral("contacts")));
    CHECK(dialog.recordPicker()->isVisible());
    CHECK(dialog.fileEdit()->text().contains(QStringLiteral("contacts-")));
    REQUIRE(dialog.recordPicker()->search(QStringLiteral("Montr")) == 1);
    dialog.recordPicker()->chooseMatch(0);
    CHECK(dialog.options().id == montreal);

    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("both")));
    dialog.paperBox()->setCurrentIndex(dialog.paperBox()->findData(QStringLiteral("a4")));
    CHECK(dialog.options().language == ReportLanguage::Both);
    CHECK(dialog.options().paper == PaperSize::A4);

    const QString path = dir.path(QStringLiteral("montreal.pdf"));
    REQUIRE(dialog.writeReport(path));
    CHECK_FALSE(dialog.errorLabel()->isVisible());
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("モントリオール市")));
    CHECK(text.contains(QStringLiteral("Ville de Montréal")));
    CHECK(text.contains(QStringLiteral("𠮷田")));
}

TEST_CASE_METHOD(OfficeFile, "The report dialog says why it cannot write, and writes nothing",
                 "[ui][reports]")
{
    ReportDialog dialog(&db);
    dialog.show();
    REQUIRE(dialog.selectReport(QStringLiteral("people")));
    const QString path = dir.path(QStringLiteral("no-such-folder/people.pdf"));
    CHECK_FALSE(dialog.writeReport(path));
    CHECK(dialog.errorLabel()->isVisible());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("Cannot write")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(dialog.writeReport(QString()));
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("where to save")));
}

TEST_CASE("Printing paints the same pages as the PDF", "[ui][reports]")
{
    test::TempDir dir;
    Database db(dir.path(QStringLiteral("office.sqlite")));
    addSamples(db);
    const ReportInfo* info = ReportRegistry::find(QStringLiteral("contacts"));
    REQUIRE(info);
    ReportOptions options;
    options.language = ReportLanguage::English;
    auto document = ReportRegistry::build(db, *info, options);
    const int pdfPages = document->writePdf(dir.path(QStringLiteral("export.pdf")));

    // What the print preview and the printer receive: a QPrinter, here
    // printing to a file so that the pages can be read back.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.path(QStringLiteral("printed.pdf")));
    printer.setPageLayout(document->pageLayout());
    CHECK(document->paint(printer) == pdfPages);
    const QString text = pdfText(dir.path(QStringLiteral("printed.pdf")));
    CHECK(text.contains(QStringLiteral("Ville de Montréal")));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pdfPages)));
}

TEST_CASE_METHOD(OfficeFile,
                 "The report dialog lists the cohorts, delegations, topics and staff to report on",
                 "[ui][reports]")
{
    const test::AreaSamples ids = test::addAreaSamples(db);

    ReportDialog dialog(&db);
    test::showExposed(dialog);

    REQUIRE(dialog.selectReport(QStringLiteral("fellowship-cohort")));
    CHECK(dialog.recordBox()->isVisible());
    CHECK_FALSE(dialog.recordPicker()->isVisible());
    REQUIRE(dialog.recordBox()->count() == 1);
    CHECK(dialog.recordBox()->itemText(0) ==
          QStringLiteral("2026 — Coastal towns after the disaster"));
    CHECK(dialog.options().id == ids.cohort);
    CHECK_FALSE(dialog.options().year.has_value()); // the cohort names its year

    REQUIRE(dialog.selectReport(QStringLiteral("research-topic")));
    CHECK(dialog.recordBox()->itemText(0).startsWith(QStringLiteral("Homelessness policy")));
    CHECK(dialog.options().id == ids.topic);
    REQUIRE(dialog.selectReport(QStringLiteral("handover")));
    CHECK(dialog.recordBox()->itemText(0).contains(QStringLiteral("Hinata Takahashi")));
    CHECK(dialog.options().id == ids.official);

    REQUIRE(dialog.selectReport(QStringLiteral("delegation-itinerary")));
    CHECK(dialog.recordBox()->itemText(0).contains(
        QStringLiteral("Ibaraki Prefecture delegation on snow removal")));
    CHECK(dialog.options().id == ids.delegation);
    // To look at the dialog: JLGC_KEEP_SCREENSHOTS=folder.
    if (const QString keep = qEnvironmentVariable("JLGC_KEEP_SCREENSHOTS"); !keep.isEmpty())
        dialog.grab().save(keep + QStringLiteral("/report-dialog-delegation.png"));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("both")));
    const QString path = dir.path(QStringLiteral("itinerary.pdf"));
    REQUIRE(dialog.writeReport(path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("𠮷田 月子")));
    CHECK(text.contains(QStringLiteral("Chartered bus")));
    CHECK(text.contains(QStringLiteral("モントリオール市庁舎")));

    REQUIRE(dialog.selectReport(QStringLiteral("jetaa-funding")));
    CHECK_FALSE(dialog.recordBox()->isVisible());
    CHECK(dialog.options().fiscalYear.has_value());
    REQUIRE(dialog.selectReport(QStringLiteral("events")));
    CHECK_FALSE(dialog.options().fiscalYear.has_value());
    CHECK(dialog.problems().isEmpty());

    // In Japanese, the list names the records in Japanese.
    language.setLanguage(Language::Japanese);
    ReportDialog japanese(&db);
    japanese.show();
    REQUIRE(japanese.selectReport(QStringLiteral("delegation-itinerary")));
    if (const QString keep = qEnvironmentVariable("JLGC_KEEP_SCREENSHOTS"); !keep.isEmpty())
        japanese.grab().save(keep + QStringLiteral("/report-dialog-delegation-ja.png"));
    CHECK(japanese.recordBox()->itemText(0).contains(
        QStringLiteral("茨城県 除雪視察団（月日金長）")));
    language.setLanguage(Language::English);
}
