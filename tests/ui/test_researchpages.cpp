#include "common/alertcolor.h"
#include "common/datefield.h"
#include "common/fieldform.h"
#include "common/itemroles.h"
#include "common/recordfilterproxy.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "research/handoverpage.h"
#include "research/myresearchpage.h"
#include "research/researchrequestspage.h"
#include "research/staffpage.h"
#include "research/staffpickers.h"
#include "research/stafftablemodel.h"
#include "research/topictablemodel.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/researchtopicrepository.h"
#include "storage/staffrepository.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QDialog>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

StaffMember official(Database& db, const char* family, const char16_t* kanji, const QDate& start,
                     const QDate& end)
{
    Person p;
    p.name.family = QLatin1String(family);
    p.name.given = QStringLiteral("Ken");
    p.name.familyKanji = QString::fromUtf16(kanji);
    p.name.givenKanji = QStringLiteral("健");
    StaffMember s;
    s.person.id = PersonRepository(db).add(p).id;
    s.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
    s.termStart = start;
    s.termEnd = end;
    return StaffRepository(db).add(s);
}

ResearchRequest request(const QDate& received, const QDate& due, const char16_t* ja)
{
    ResearchRequest r;
    r.requestingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
    r.questionJa = QString::fromUtf16(ja);
    r.received = received;
    r.due = due;
    return r;
}

// The research requests page on a database of its own, in English, shown;
// the request "911通報の運用体制" (received June 2, due June 30, 2025) in it.
struct RequestsPage {
    RequestsPage()
    {
        language.setLanguage(Language::English);
        late = repo.add(request(QDate(2025, 6, 2), QDate(2025, 6, 30), u"911通報の運用体制"));
    }
    void show()
    {
        page.setDatabase(db.get());
        page.resize(1200, 800);
        page.show();
    }
    std::unique_ptr<Database> db = test::memoryDatabase();
    LanguageManager language;
    ResearchRequestRepository repo{*db};
    ResearchRequest late;
    ResearchRequestsPage page;
    QAbstractItemModelTester tester{page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_CASE("Overdue research requests are shown in red and can be listed alone",
          "[ui][research][requests]")
{
    RequestsPage f;
    f.repo.add(request(QDate(2025, 6, 5), QDate(2025, 7, 31), u"ホームレス対策の財源"));
    f.show();
    ResearchRequestsPage& page = f.page;
    const ResearchRequest& late = f.late;
    page.setToday(QDate(2025, 6, 30));
    const auto statusOf = [&](int row) {
        return page.table()->model()->index(row, ResearchRequestsPage::Status).data().toString();
    };
    REQUIRE(page.table()->model()->rowCount() == 2);
    CHECK(statusOf(0) == QStringLiteral("Received")); // due today: not late yet

    page.setToday(QDate(2025, 7, 1));
    CHECK(statusOf(0).startsWith(QStringLiteral("Overdue by 1 day")));
    const auto cell = [&](int row, int column) {
        return page.table()->model()->index(row, column);
    };
    CHECK(cell(0, ResearchRequestsPage::Received).data(Qt::ToolTipRole).toString() == statusOf(0));
    CHECK(cell(0, ResearchRequestsPage::Question).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("911通報の運用体制\n\n"));
    CHECK(cell(0, ResearchRequestsPage::Due).data(Qt::FontRole).value<QFont>().bold());
    // Due and Status sort open and overdue requests first: their headers
    // say so when pointed at.
    const auto note = [&](int column) {
        return page.table()
            ->model()
            ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
            .toString();
    };
    CHECK(note(ResearchRequestsPage::Due).startsWith(QStringLiteral("Open requests first")));
    CHECK(note(ResearchRequestsPage::Status).startsWith(QStringLiteral("Overdue requests first")));
    CHECK(note(ResearchRequestsPage::Question).isEmpty());
    CHECK_FALSE(cell(0, ResearchRequestsPage::Question).data(Qt::FontRole).isValid());
    CHECK(cell(1, ResearchRequestsPage::Received).data(Qt::ToolTipRole).toString() ==
          cell(1, ResearchRequestsPage::Received).data().toString());
    CHECK(
        page.table()->model()->index(0, ResearchRequestsPage::Question).data(Qt::ForegroundRole) ==
        QVariant(alertColor()));
    CHECK_FALSE(page.table()
                    ->model()
                    ->index(1, ResearchRequestsPage::Question)
                    .data(Qt::ForegroundRole)
                    .isValid());

    page.setShow(ResearchRequestsPage::Show::Overdue);
    REQUIRE(page.table()->model()->rowCount() == 1);
    REQUIRE(page.selectRecord(late.id));
    CHECK(page.overdueLabel()->isVisibleTo(&page));
    CHECK(page.overdueLabel()->text().contains(QStringLiteral("(1 day")));
}

TEST_CASE("A research request's sources are added, edited, removed with the Delete key and saved",
          "[ui][research][requests]")
{
    RequestsPage f;
    f.show();
    ResearchRequestsPage& page = f.page;
    REQUIRE(page.selectRecord(f.late.id));
    QTableWidget* sources = page.sourceTable();
    const auto button = [&](const char* name) {
        return sources->parentWidget()->findChild<QPushButton*>(QLatin1String(name));
    };
    // None yet: Remove is greyed out, and the table's columns share its width.
    CHECK(sources->rowCount() == 0);
    CHECK_FALSE(button("remove")->isEnabled());
    CHECK(sources->horizontalHeader()->sectionSize(0) > sources->viewport()->width() / 4);

    ResearchSource link;
    link.url = QStringLiteral("https://www.naco.org/");
    link.note = QStringLiteral("County structure");
    ResearchSource other = link;
    other.url = QStringLiteral("https://www.nena.org/");
    page.addSource(link);
    page.addSource(other);
    CHECK(page.hasUnsavedChanges());
    CHECK(sources->rowCount() == 2);
    CHECK(sources->item(1, 1)->text() == other.url);
    CHECK(button("remove")->isEnabled()); // the source added is chosen
    sources->setCurrentCell(0, 0);
    QTest::keyClick(sources, Qt::Key_Delete);
    REQUIRE(sources->rowCount() == 1);
    // Edit… opens the source in its dialog; the note changed there is shown.
    sources->setCurrentCell(0, 0);
    REQUIRE(button("edit")->isEnabled());
    bool edited = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (QLineEdit* field : dialog->findChildren<QLineEdit*>())
            if (field->text() == QStringLiteral("County structure")) {
                field->setText(QStringLiteral("911 standards"));
                edited = true;
            }
        dialog->accept();
    });
    button("edit")->click();
    CHECK(edited);
    CHECK(sources->item(0, 2)->text() == QStringLiteral("911 standards"));
    REQUIRE(page.save());
    const std::optional<ResearchRequest> saved = f.repo.find(f.late.id);
    REQUIRE(saved);
    REQUIRE(saved->sources.size() == 1);
    CHECK(saved->sources.first().url == other.url);
    CHECK(saved->sources.first().note == QStringLiteral("911 standards"));
}

TEST_CASE_METHOD(test::OnMemory, "An official's term end is suggested two years after the start",
                 "[ui][research][staff]")
{
    Person p;
    p.name.family = QStringLiteral("Ueda");
    p.name.familyKanji = QStringLiteral("上田");
    const PersonId id = PersonRepository(*db).add(p).id;
    StaffPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setDatabase(db.get());
    page.show();
    page.newRecord();
    auto* person = qobject_cast<SearchPicker*>(page.form()->field(QStringLiteral("person")));
    REQUIRE(person->search(QStringLiteral("上田")) == 1);
    person->chooseMatch(0);
    auto* government =
        qobject_cast<SearchPicker*>(page.form()->field(QStringLiteral("sendingGovernment")));
    REQUIRE(government->search(QStringLiteral("hyogo")) > 0);
    government->chooseMatch(0);
    qobject_cast<DateField*>(page.form()->field(QStringLiteral("termStart")))
        ->setDate(QDate(2025, 4, 1));
    CHECK(qobject_cast<DateField*>(page.form()->field(QStringLiteral("termEnd")))->date() ==
          QDate(2027, 3, 31));
    REQUIRE(page.save());
    const QList<StaffMember> staff = StaffRepository(*db).list();
    REQUIRE(staff.size() == 1);
    CHECK(staff.first().person.id == id);
    CHECK(staff.first().termEnd == QDate(2027, 3, 31));
    CHECK(staff.first().sendingGovernment.prefectureCode == QStringLiteral("28"));

    SECTION("an end before the start is refused beside the field")
    {
        qobject_cast<DateField*>(page.form()->field(QStringLiteral("termEnd")))
            ->setDate(QDate(2025, 3, 1));
        CHECK_FALSE(page.save());
        CHECK_FALSE(page.form()->errorText(QStringLiteral("termEnd")).isEmpty());
    }
}

TEST_CASE_METHOD(test::OnMemory,
                 "My research: three log entries under a topic, read in both languages",
                 "[ui][research][log]")
{
    const StaffMember me = official(*db, "Yoshida", u"𠮷田", QDate(2025, 4, 1), QDate(2027, 3, 31));
    MyResearchPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setDatabase(db.get());
    page.resize(1200, 800);
    page.show();
    page.setMe(me.id);

    page.newRecord();
    auto* titleJa = qobject_cast<QLineEdit*>(page.form()->field(QStringLiteral("titleJa")));
    auto* titleEn = qobject_cast<QLineEdit*>(page.form()->field(QStringLiteral("titleEn")));
    titleJa->setFocus();
    test::typeText(titleJa, QStringLiteral("米国都市のホームレス対策"));
    titleEn->setFocus();
    test::typeText(titleEn, QStringLiteral("Homelessness policy in US cities"));
    REQUIRE(page.save());

    const auto entry = [](const QDate& date, LogKind kind, const QString& notes) {
        ResearchLogEntry e;
        e.date = date;
        e.kind = kind;
        e.notes = notes;
        return e;
    };
    REQUIRE(page.addLogEntry(entry(QDate(2025, 9, 3), LogKind::SiteVisit,
                                   QStringLiteral("ブロンクスのシェルターを視察"))));
    REQUIRE(page.addLogEntry(entry(QDate(2025, 7, 14), LogKind::Reading,
                                   QStringLiteral("HUD Annual Homeless Assessment Report"))));
    REQUIRE(page.addLogEntry(entry(QDate(2025, 8, 20), LogKind::Interview,
                                   QStringLiteral("Interview at the Montréal shelter network"))));
    QTableWidget* log = page.logTable();
    REQUIRE(log->rowCount() == 3);
    // Edit… and Remove act on the entry chosen: greyed out until one is.
    const auto logButton = [&](const QString& text) {
        for (QPushButton* b : log->parentWidget()->findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return static_cast<QPushButton*>(nullptr);
    };
    REQUIRE(logButton(QStringLiteral("Edit…")));
    log->setCurrentCell(-1, -1);
    CHECK_FALSE(logButton(QStringLiteral("Edit…"))->isEnabled());
    CHECK_FALSE(logButton(QStringLiteral("Remove"))->isEnabled());
    log->setCurrentCell(1, 0);
    CHECK(logButton(QStringLiteral("Edit…"))->isEnabled());
    CHECK(logButton(QStringLiteral("Remove"))->isEnabled());
    // So is the reports table's Remove.
    QTableWidget* reports = page.reportTable();
    QPushButton* removeReport = nullptr;
    for (QPushButton* b : reports->parentWidget()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Remove"))
            removeReport = b;
    REQUIRE(removeReport);
    CHECK_FALSE(removeReport->isEnabled());
    CHECK(log->item(0, 1)->text() == QStringLiteral("Reading"));
    CHECK(log->item(1, 2)->text() == QStringLiteral("Interview at the Montréal shelter network"));
    CHECK(log->item(2, 2)->text() == QStringLiteral("ブロンクスのシェルターを視察"));
    CHECK(page.table()->model()->index(0, TopicTableModel::Entries).data().toInt() == 3);
    CHECK(page.table()->model()->index(0, TopicTableModel::Title).data().toString() ==
          QStringLiteral("Homelessness policy in US cities"));

    language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents();
    CHECK(page.table()->model()->index(0, TopicTableModel::Title).data().toString() ==
          QStringLiteral("米国都市のホームレス対策"));
    CHECK(page.table()->model()->index(0, TopicTableModel::Owner).data().toString() ==
          QStringLiteral("𠮷田 健"));

    SECTION("the official is remembered")
    {
        MyResearchPage again;
        again.setDatabase(db.get());
        CHECK(again.me() == me.id);
        CHECK(again.table()->model()->rowCount() == 1);
    }
}

TEST_CASE_METHOD(test::OnMemory,
                 "The handover view shows what an official leaves and hands it to the successor",
                 "[ui][research][handover]")
{
    const StaffMember leaving = official(*db, "Mori", u"森", QDate(2023, 4, 1), QDate(2025, 3, 31));
    const StaffMember successor =
        official(*db, "Ueda", u"上田", QDate(2025, 4, 1), QDate(2027, 3, 31));
    ResearchTopic t;
    t.owner = leaving.id;
    t.titleEn = QStringLiteral("Homelessness policy");
    t.status = TopicStatus::Active;
    ResearchTopicRepository(*db).add(t);
    ResearchRequest r = request(QDate(2025, 2, 1), QDate(2025, 3, 15), u"911通報の運用体制");
    r.assignedTo = leaving.id;
    ResearchRequestRepository(*db).add(r);

    HandoverPage page;
    page.setDatabase(db.get());
    page.resize(1200, 700);
    page.show();
    page.setToday(QDate(2025, 4, 2));
    REQUIRE(page.awaitingList()->count() == 1);
    CHECK(page.awaitingList()->item(0)->text().startsWith(QStringLiteral("Ken Mori")));
    // Nobody chosen yet: the empty table says what fills it.
    CHECK(page.summaryLabel()->text().startsWith(
        QStringLiteral("Choose a dispatched official, above or from the list on the left")));

    page.showOfficial(leaving.id);
    QTreeWidget* tree = page.tree();
    REQUIRE(tree->topLevelItemCount() == 4);
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("Research topics (1)"));
    CHECK(tree->topLevelItem(0)->child(0)->text(1) == QStringLiteral("Needs a successor"));
    CHECK(tree->topLevelItem(2)->child(0)->foreground(0).color() == alertColor());
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("2 open item")));

    REQUIRE(page.handOverTo(successor.id, false));
    CHECK(page.awaitingList()->count() == 0);
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("0 open item")));
    page.showOfficial(successor.id);
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("Research topics (1)"));
    CHECK(tree->topLevelItem(2)->text(0) == QStringLiteral("Research requests (1)"));
}

TEST_CASE("The research models pass Qt's model checks", "[ui][models]")
{
    StaffTableModel staff;
    QAbstractItemModelTester t1(&staff, QAbstractItemModelTester::FailureReportingMode::Fatal);
    staff.setStaff({StaffMember{}, StaffMember{}}, QDate(2025, 1, 1));
    staff.retranslate();
    TopicTableModel topics;
    QAbstractItemModelTester t2(&topics, QAbstractItemModelTester::FailureReportingMode::Fatal);
    topics.setTopics({ResearchTopic{}}, QDate(2025, 1, 1));
    topics.retranslate();
    auto db = test::memoryDatabase();
    LanguageManager language;
    language.setLanguage(Language::English);
    ResearchRequestRepository(*db).add(
        request(QDate(2020, 1, 6), QDate(2020, 2, 28), u"除雪の費用負担"));
    RecordListModel requests(QStringLiteral("research_requests"));
    QAbstractItemModelTester t3(&requests, QAbstractItemModelTester::FailureReportingMode::Fatal);
    requests.setDatabase(db.get(), nullptr);
    requests.retranslate();
    requests.fetchAll();
    REQUIRE(requests.rowCount() == 1);
    // Without a day given, the computer's date decides what is overdue.
    CHECK(requests.index(0, ResearchRequestsPage::Status)
              .data()
              .toString()
              .startsWith(QStringLiteral("Overdue by")));
    CHECK(requests.index(0, ResearchRequestsPage::From).data().toString() ==
          QStringLiteral("Ibaraki"));
}

TEST_CASE("A report's publication date is read as staff write it, and a date it cannot read "
          "stops the save with a message",
          "[ui][research][deliverables]")
{
    CHECK(MyResearchPage::publishedDate(QStringLiteral("2026-03-31")) == QDate(2026, 3, 31));
    CHECK(MyResearchPage::publishedDate(QStringLiteral("2026/3/31")) == QDate(2026, 3, 31));
    CHECK(MyResearchPage::publishedDate(QStringLiteral("2026年3月31日")) == QDate(2026, 3, 31));
    CHECK_FALSE(MyResearchPage::publishedDate(QStringLiteral("March 2026")).isValid());
    CHECK_FALSE(MyResearchPage::publishedDate(QStringLiteral("2026-02-30")).isValid());

    auto db = test::memoryDatabase();
    LanguageManager language;
    language.setLanguage(Language::English);
    const StaffMember me = official(*db, "Yoshida", u"𠮷田", QDate(2025, 4, 1), QDate(2027, 3, 31));
    MyResearchPage page;
    page.setDatabase(db.get());
    page.show();
    page.setMe(me.id);
    page.newRecord();
    auto* titleEn = qobject_cast<QLineEdit*>(page.form()->field(QStringLiteral("titleEn")));
    titleEn->setFocus();
    test::typeText(titleEn, QStringLiteral("Transit funding"));
    QTableWidget* reports = page.reportTable();
    reports->setRowCount(1);
    reports->setItem(0, 1, new QTableWidgetItem(QStringLiteral("Report on transit funding")));
    reports->setItem(0, 2, new QTableWidgetItem(QStringLiteral("2026/3/31")));
    REQUIRE(page.save());
    const auto stored = ResearchTopicRepository(*db).find(page.currentId().toLongLong());
    REQUIRE(stored);
    REQUIRE(stored->deliverables.size() == 1);
    CHECK(stored->deliverables[0].published == QDate(2026, 3, 31));

    reports->item(0, 2)->setText(QStringLiteral("March 2026"));
    test::MessageBoxAnswerer answer(QMessageBox::Ok);
    CHECK_FALSE(page.save());
    CHECK(answer.count() == 1);
    CHECK(answer.text().contains(QStringLiteral("\"March 2026\" is not a date")));
    CHECK(ResearchTopicRepository(*db).find(stored->id)->deliverables[0].published ==
          QDate(2026, 3, 31));
}

TEST_CASE("A list's columns are fitted again in the other language until the user sets a width",
          "[ui][research][requests][lists]")
{
    const test::PrivateSettings settings; // no widths saved yet
    RequestsPage f;
    ResearchRequest r = f.late;
    r.questionEn = QStringLiteral("How do US counties organize their 911 dispatch centres?");
    f.repo.update(r);
    f.show();
    QHeaderView* header = f.page.table()->horizontalHeader();
    const QFontMetrics metrics = f.page.table()->fontMetrics();
    const auto question = [&] { return header->sectionSize(ResearchRequestsPage::Question); };
    REQUIRE(QTest::qWaitFor([&] { return question() >= metrics.horizontalAdvance(r.questionEn); }));
    const int english = question();
    // In Japanese the question is shorter: the column follows it.
    f.language.setLanguage(Language::Japanese);
    REQUIRE(QTest::qWaitFor([&] { return question() < english; }));
    CHECK(question() >= metrics.horizontalAdvance(r.questionJa));
    // The user sets a width: a switch of language keeps it.
    header->resizeSection(ResearchRequestsPage::Question, 333);
    f.language.setLanguage(Language::English);
    QTest::qWait(50);
    CHECK(question() == 333);
}
