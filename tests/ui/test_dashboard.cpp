#include "common/uilanguage.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardchartview.h"
#include "dashboard/dashboardpage.h"
#include "demo/sampledata.h"
#include "jetaa/fundingpage.h"
#include "mainwindow.h"
#include "research/researchrequestspage.h"
#include "storage/chapterfundingrepository.h"
#include "storage/database.h"
#include "storage/jetaachapterrepository.h"
#include "storage/personrepository.h"
#include "storage/researchrequestrepository.h"
#include "support/records.h"
#include "support/testsupport.h"
#include "ui/windowfixtures.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

const QDate Today(2026, 6, 15);

QString tileCount(DashboardPage* page, const QString& key)
{
    QPushButton* tile = page->tile(key);
    return tile ? tile->findChild<QLabel*>(QStringLiteral("count"))->text() : QString();
}

PersonId addPerson(Database& db, const QString& family, const QString& given)
{
    Person p;
    p.name.family = family;
    p.name.given = given;
    return PersonRepository(db).add(p).id;
}

ResearchRequestId addRequest(Database& db, const QString& question, const QDate& due)
{
    ResearchRequest r;
    r.requestingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
    r.questionEn = question;
    r.received = QDate(2026, 5, 1);
    r.due = due;
    return ResearchRequestRepository(db).add(r).id;
}

QTreeWidgetItem* lineNaming(QTreeWidget* list, const QString& text)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(2) == text)
            return list->topLevelItem(i);
    return nullptr;
}

// A stand-in for the Japanese translation of the chart titles, which the
// translators add after the code: it proves the charts are built again in
// the new language.
class TitleTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "DashboardCharts") == 0 &&
            qstrcmp(source, "CLAIR Fellows per year by country") == 0)
            return QStringLiteral("国別・年別のCLAIRフェロー数");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_CASE_METHOD(test::WindowOn,
                 "The dashboard is the first page and counts the records of each area",
                 "[ui][dashboard]")
{
    Database& db = *w.database();
    addPerson(db, QStringLiteral("Smith"), QStringLiteral("Anna"));
    addPerson(db, QStringLiteral("Tanaka"), QStringLiteral("Ken"));
    addPerson(db, QStringLiteral("Roy"), QStringLiteral("Marie"));
    addRequest(db, QStringLiteral("911 dispatch"), Today.addDays(3));
    test::showExposed(w);

    auto* page = qobject_cast<DashboardPage*>(w.currentPage());
    REQUIRE(page);
    CHECK(w.pages().front() == page);
    page->setToday(Today);
    CHECK(tileCount(page, QStringLiteral("people")) == QStringLiteral("3"));
    CHECK(tileCount(page, QStringLiteral("research_requests")) == QStringLiteral("1"));
    CHECK(tileCount(page, QStringLiteral("delegations")) == QStringLiteral("0"));
    CHECK(
        page->tile(QStringLiteral("people"))->findChild<QLabel*>(QStringLiteral("label"))->text() ==
        QStringLiteral("People"));

    // A record added on another page is counted when the dashboard is shown again.
    w.showPage(w.page<ResearchRequestsPage>());
    addPerson(db, QStringLiteral("Wong"), QStringLiteral("Grace"));
    w.showPage(page);
    CHECK(tileCount(page, QStringLiteral("people")) == QStringLiteral("4"));

    // A tile opens its area.
    QTest::mouseClick(page->tile(QStringLiteral("research_requests")), Qt::LeftButton);
    CHECK(w.currentPage() == w.page<ResearchRequestsPage>());
}

TEST_CASE_METHOD(test::WindowOn,
                 "An overdue research request needs attention and opens on its page",
                 "[ui][dashboard]")
{
    Database& db = *w.database();
    addRequest(db, QStringLiteral("Snow removal budgets"), Today);
    const ResearchRequestId late =
        addRequest(db, QStringLiteral("Homelessness policy in Ohio"), Today.addDays(-1));
    test::showExposed(w);
    auto* page = w.page<DashboardPage>();
    page->setToday(Today);

    QTreeWidget* list = page->attentionList();
    QTreeWidgetItem* line = lineNaming(list, QStringLiteral("Homelessness policy in Ohio"));
    REQUIRE(line);
    CHECK(line->text(0) == QStringLiteral("Research request overdue"));
    CHECK(line->text(1).startsWith(QStringLiteral("1 day")));
    // Due today is not overdue yet.
    CHECK_FALSE(lineNaming(list, QStringLiteral("Snow removal budgets")));

    SECTION("Enter")
    {
        list->setFocus();
        list->setCurrentItem(line);
        QTest::keyClick(list, Qt::Key_Return);
    }
    SECTION("Double click")
    {
        const QPoint at = list->visualItemRect(line).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    }
    auto* requests = qobject_cast<ResearchRequestsPage*>(w.currentPage());
    INFO("on " << w.currentPage()->title().toStdString() << ", clicked at "
               << list->visualItemRect(line).center().y() << " of " << list->viewport()->height());
    REQUIRE(requests);
    CHECK(requests->currentId().toLongLong() == late);
}

TEST_CASE_METHOD(test::WindowOn,
                 "An overdue funding report opens the funding record in its fiscal year",
                 "[ui][dashboard]")
{
    Database& db = *w.database();
    ChapterFunding f;
    f.chapterId = JetaaChapterRepository(db)
                      .add(test::chapter(QStringLiteral("JETAA New York"), QStringLiteral("US-NY")))
                      .id;
    f.fiscalYear = FiscalYear(2023);
    f.currency = QStringLiteral("USD");
    f.lines = {{0, QStringLiteral("Welcome reception"), 50000}};
    f.approved = 50000;
    f.status = FundingStatus::Approved;
    f.reportDue = QDate(2024, 5, 31);
    const FundingId id = ChapterFundingRepository(db).add(f).id;
    test::showExposed(w);
    auto* page = w.page<DashboardPage>();
    page->setToday(Today);

    QTreeWidgetItem* line = lineNaming(page->attentionList(), QStringLiteral("JETAA New York"));
    REQUIRE(line);
    CHECK(line->text(0) == QStringLiteral("FY2023 funding report overdue"));
    page->attentionList()->setFocus();
    page->attentionList()->setCurrentItem(line);
    QTest::keyClick(page->attentionList(), Qt::Key_Return);
    auto* funding = qobject_cast<FundingPage*>(w.currentPage());
    REQUIRE(funding);
    CHECK(funding->currentId().toLongLong() == id);
    CHECK(funding->yearFilter()->currentData().toInt() == 2023);
}

TEST_CASE_METHOD(test::WindowOn,
                 "The charts follow the language of the interface and can be copied",
                 "[ui][dashboard][charts]")
{
    test::showExposed(w);
    auto* page = w.page<DashboardPage>();
    QChart* chart = page->fellowsChart()->chart();
    REQUIRE(chart);
    // Nothing yet: the chart says so, with no axes from 0 to 1.
    CHECK(chart->title().contains(QStringLiteral("(no records yet)")));
    CHECK(chart->series().isEmpty());
    CHECK(chart->axes().isEmpty());

    addSampleRecords(*w.database());
    page->reload();
    chart = page->fellowsChart()->chart();
    CHECK(chart->title().startsWith(QStringLiteral("CLAIR Fellows per year by country")));
    CHECK_FALSE(chart->title().contains(QStringLiteral("(no records yet)")));
    auto* series = qobject_cast<QStackedBarSeries*>(chart->series().value(0));
    REQUIRE(series);
    CHECK(series->barSets().value(0)->label() == QStringLiteral("United States"));

    TitleTranslator titles;
    QCoreApplication::installTranslator(&titles);
    language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents(); // LanguageChange is posted
    chart = page->fellowsChart()->chart();
    CHECK(chart->title().startsWith(QStringLiteral("国別・年別のCLAIRフェロー数")));
    series = qobject_cast<QStackedBarSeries*>(chart->series().value(0));
    REQUIRE(series);
    CHECK(series->barSets().value(0)->label() == QStringLiteral("アメリカ合衆国"));
    CHECK(series->barSets().value(1)->label() == QStringLiteral("カナダ"));
    QCoreApplication::removeTranslator(&titles);

    language.setLanguage(Language::English);
    QCoreApplication::processEvents();
    CHECK(page->fellowsChart()->chart()->title().startsWith(
        QStringLiteral("CLAIR Fellows per year by country")));

    // Copy Chart puts a picture of the chart on the clipboard.
    QApplication::clipboard()->clear();
    page->fellowsChart()->copyAction()->trigger();
    const QImage copied = QApplication::clipboard()->image();
    CHECK(copied.width() >= page->fellowsChart()->width());
    test::TempDir dir;
    const QString png = dir.path(QStringLiteral("fellows.png"));
    REQUIRE(page->fundingChart()->saveAs(png));
    CHECK(QImage(png).size() == page->fundingChart()->image().size());
}
