// Three colleagues with different roles on one office server (issue 18),
// signed in at once: each window shows what the role allows, says why the
// rest is not shown, and hears the others' changes as they commit.
#include "common/page.h"
#include "common/uilanguage.h"
#include "domain/cohort.h"
#include "domain/fellow.h"
#include "fellowship/fellowdialog.h"
#include "fellowship/hostfamiliespage.h"
#include "io/csvexport.h"
#include "io/csvformat.h"
#include "mainwindow.h"
#include "people/peoplepage.h"
#include "server/accesslogdialog.h"
#include "server/usersdialog.h"
#include "storage/changenotifier.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/personrepository.h"
#include "storage/records/recordtype.h"
#include "storage/server/officelogins.h"
#include "storage/server/serveraddress.h"
#include "support/testsupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

const QString Note = QStringLiteral("ピーナッツアレルギー (EpiPen)");

const QString Address = QStringLiteral("茨城県北茨城市磯原町1-2");

bool showsAddress(QWidget& page)
{
    for (QPlainTextEdit* e : page.findChildren<QPlainTextEdit*>())
        if (e->toPlainText() == Address && e->isVisibleTo(&page))
            return true;
    return false;
}

QString listed(MainWindow& w)
{
    QStringList out;
    QAbstractItemModel* m = w.page<PeoplePage>()->table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data().toString();
    return out.join(QLatin1Char(' '));
}

bool showsNote(QWidget& dialog)
{
    for (QPlainTextEdit* e : dialog.findChildren<QPlainTextEdit*>())
        if (e->toPlainText() == Note && e->isVisibleTo(&dialog))
            return true;
    return false;
}

bool saysWithheld(QWidget& dialog)
{
    for (QLabel* l : dialog.findChildren<QLabel*>(QStringLiteral("withheldNote")))
        if (l->isVisibleTo(&dialog) && !l->text().isEmpty())
            return true;
    return false;
}

} // namespace

TEST_CASE("Three colleagues with different roles, signed in at once: the coordinator sees a "
          "fellow's medical notes, staff and the intern do not, and each sees the others' "
          "changes live",
          "[.][server][ui][roles]")
{
    REQUIRE_FALSE(test::serverForTests().isEmpty());
    qputenv("JLGC_NO_KEYCHAIN", "1");
    const QString address = test::emptyServerDatabase();

    // The administrator makes the office's database, a fellow and the logins.
    Cohort cohort;
    FellowId fellowId = 0;
    HostFamilyId familyId = 0;
    QHash<OfficeRole, QString> logins; // their addresses
    QHash<OfficeRole, QString> names;
    {
        Database admin(address);
        cohort.year = 2026;
        cohort = CohortRepository(admin).add(cohort);
        Person p;
        p.name.familyKanji = QStringLiteral("髙橋");
        p.name.givenKanji = QStringLiteral("蓮");
        p.name.family = QStringLiteral("Takahashi");
        p.name.given = QStringLiteral("Ren");
        Fellow f;
        f.cohortId = cohort.id;
        f.personId = PersonRepository(admin).add(p).id;
        f.status = FellowStatus::Confirmed;
        f.statusDate = QDate(2026, 5, 1);
        f.medicalNotes = Note;
        f.dietaryNotes = QStringLiteral("halal");
        fellowId = FellowRepository(admin).add(f).id;
        HostFamily family;
        family.familyNameKanji = QStringLiteral("𠮷田");
        family.familyNameRomaji = QStringLiteral("Yoshida");
        family.capacity = 1;
        family.addressJa = Address;
        familyId = HostFamilyRepository(admin).add(family).id;
        const QString run = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        OfficeLogins office(admin);
        for (OfficeRole role : {OfficeRole::Fellowship, OfficeRole::Staff, OfficeRole::ReadOnly}) {
            const QString name =
                QStringLiteral("w%1_%2").arg(run, ServerRoles::code(role).remove(QLatin1Char('-')));
            const QString theirs = test::addressAs(address, name);
            ServerAddress::rememberPassword(theirs, office.add(name, role));
            logins.insert(role, theirs);
            names.insert(role, name);
        }
    }

    {
        LanguageManager language;
        language.setLanguage(Language::English);
        MainWindow coordinator(&language);
        MainWindow staff(&language);
        MainWindow intern(&language);
        const QList<std::pair<OfficeRole, MainWindow*>> windows = {
            {OfficeRole::Fellowship, &coordinator},
            {OfficeRole::Staff, &staff},
            {OfficeRole::ReadOnly, &intern}};
        for (const auto& [role, window] : windows) {
            window->resize(1280, 800);
            window->show();
            REQUIRE(window->openDatabase(logins.value(role)));
            window->showPage(window->page<PeoplePage>());
            // The status bar names the login's role.
            CHECK(window->databaseLabel()->text().contains(
                QStringLiteral("(%1)").arg(ServerRoles::label(role))));
        }
        CHECK(intern.databaseLabel()->text().endsWith(QStringLiteral("(read-only)")));
        CHECK_FALSE(staff.database()->isReadOnly());

        // The fellow's form: the notes for the coordinator only; the others are
        // told why they see none.
        {
            FellowDialog mine(coordinator.database(), cohort,
                              *FellowRepository(*coordinator.database()).find(fellowId));
            CHECK(showsNote(mine));
            CHECK_FALSE(saysWithheld(mine));
            for (MainWindow* other : {&staff, &intern}) {
                FellowDialog theirs(other->database(), cohort,
                                    *FellowRepository(*other->database()).find(fellowId));
                CHECK_FALSE(showsNote(theirs));
                CHECK(saysWithheld(theirs));
            }
        }

        // The host family's address, likewise, on the Host families page.
        for (const auto& [role, window] : windows) {
            HostFamiliesPage* families = window->page<HostFamiliesPage>();
            window->showPage(families);
            REQUIRE(families->showRecord(QStringLiteral("host_family"), familyId));
            CHECK(showsAddress(*families) == (role == OfficeRole::Fellowship));
            CHECK(saysWithheld(*families) == (role != OfficeRole::Fellowship));
            window->showPage(window->page<PeoplePage>());
        }
        // Staff's save reaches the coordinator's and the intern's lists live.
        PersonRepository(*staff.database()).add([] {
            Person p;
            p.name.familyKanji = QStringLiteral("𠮷野");
            p.name.family = QStringLiteral("Yoshino");
            return p;
        }());
        for (MainWindow* other : {&coordinator, &intern})
            CHECK(QTest::qWaitFor([&] { return listed(*other).contains(u"Yoshino"); }, 10000));
        // The coordinator's change to a fellow reaches staff's lists too, though
        // staff may not read that fellow's history entries.
        {
            QSignalSpy heard(&staff.database()->notifier(), &ChangeNotifier::changed);
            Fellow f = *FellowRepository(*coordinator.database()).find(fellowId);
            f.titleAtTime = QStringLiteral("Director of planning");
            FellowRepository(*coordinator.database()).update(f);
            const QString fellows = RecordTypes::nameOfTable(QStringLiteral("fellow"));
            CHECK(QTest::qWaitFor(
                [&] {
                    for (const QList<QVariant>& signal : std::as_const(heard)) {
                        const ChangeSet changes = signal.at(0).value<ChangeSet>();
                        if (!changes.everything && changes.ids.contains(fellows))
                            return true;
                    }
                    return false;
                },
                10000));
        }
        // Staff begins editing Yoshino's record: the coordinator, looking at the
        // same record, is told who edits it and since when; when staff saves,
        // the note goes.
        {
            const qint64 yoshino =
                test::rows(*staff.database(), QStringLiteral("SELECT id FROM person WHERE "
                                                             "family_name = 'Yoshino'"))
                    .value(0)
                    .toLongLong();
            REQUIRE(yoshino > 0);
            PeoplePage* mine = coordinator.page<PeoplePage>();
            PeoplePage* theirs = staff.page<PeoplePage>();
            REQUIRE(mine->showRecord(QStringLiteral("person"), yoshino));
            REQUIRE(theirs->showRecord(QStringLiteral("person"), yoshino));
            CHECK_FALSE(mine->editingBanner()->isVisible());
            QLineEdit* given = nullptr;
            for (QLineEdit* e : theirs->findChildren<QLineEdit*>())
                if (e->placeholderText().contains(QStringLiteral("Taro")))
                    given = e;
            REQUIRE(given);
            QTest::keyClicks(given, QStringLiteral("Hana"));
            CHECK(theirs->hasUnsavedChanges());
            const QString staffLogin = staff.database()->historyUser();
            CHECK(QTest::qWaitFor(
                [&] {
                    return mine->editingBanner()->isVisible() &&
                           mine->editingBanner()->text().startsWith(
                               staffLogin + QStringLiteral(" has been editing"));
                },
                10000));
            CHECK_FALSE(theirs->editingBanner()->isVisible()); // one's own edit is not announced
            if (const QString look = qEnvironmentVariable("JLGC_LOOK_DIR"); !look.isEmpty()) {
                coordinator.grab().save(look + QStringLiteral("/roles-editing-en.png"));
                language.setLanguage(Language::Japanese);
                CHECK(QTest::qWaitFor(
                    [&] { return mine->editingBanner()->text().contains(u"編集中"); }, 5000));
                coordinator.grab().save(look + QStringLiteral("/roles-editing-ja.png"));
                language.setLanguage(Language::English);
            }
            REQUIRE(theirs->save());
            CHECK(QTest::qWaitFor([&] { return !mine->editingBanner()->isVisible(); }, 10000));
        }
        // Settings → Users… and Access Log… are an administrator's.
        for (MainWindow* w : {&coordinator, &staff, &intern}) {
            int found = 0;
            for (QAction* a : w->findChildren<QAction*>())
                if (a->text() == QStringLiteral("&Users…") ||
                    a->text() == QStringLiteral("&Access Log…")) {
                    ++found;
                    CHECK_FALSE(a->isEnabled());
                    CHECK(a->toolTip().contains(QStringLiteral("administrator")));
                }
            CHECK(found == 2);
        }
        // The intern saves nothing.
        CHECK_THROWS_AS(PersonRepository(*intern.database()).add(Person{}), StorageError);

        // To look at (JLGC_LOOK_DIR): each window and each fellow's form, in
        // English and in Japanese.
        if (const QString look = qEnvironmentVariable("JLGC_LOOK_DIR"); !look.isEmpty()) {
            for (Language lang : {Language::English, Language::Japanese}) {
                language.setLanguage(lang);
                const QString suffix =
                    lang == Language::English ? QStringLiteral("en") : QStringLiteral("ja");
                for (const auto& [role, window] : windows) {
                    QTest::qWait(300);
                    const QString who = ServerRoles::code(role);
                    window->grab().save(
                        QStringLiteral("%1/roles-window-%2-%3.png").arg(look, who, suffix));
                    FellowDialog d(window->database(), cohort,
                                   *FellowRepository(*window->database()).find(fellowId));
                    d.show();
                    QTest::qWait(100);
                    d.grab().save(
                        QStringLiteral("%1/roles-fellow-%2-%3.png").arg(look, who, suffix));
                    window->showPage(window->page<HostFamiliesPage>());
                    QTest::qWait(300);
                    window->grab().save(
                        QStringLiteral("%1/roles-host-family-%2-%3.png").arg(look, who, suffix));
                    window->showPage(window->page<PeoplePage>());
                }
            }
        }
    }
    // The administrator's Settings → Users… and Access Log….
    {
        Database admin(address);
        const CsvFormat* fellows = CsvFormat::forSearchKind(QStringLiteral("fellow"));
        {
            Database coordinator(logins.value(OfficeRole::Fellowship));
            CsvExport::exportRecords(coordinator, *fellows, fellows->allIds(coordinator), true);
        }
        {
            // The kinds' names in the window's language (a CSV format's tr()
            // would look in its base class's context).
            LanguageManager japanese;
            japanese.setLanguage(Language::Japanese);
            CHECK(fellows->label() == QStringLiteral("CLAIRフェロー"));
            CHECK(AccessLogDialog::describe(QStringLiteral("export fellows")) ==
                  QStringLiteral("CSV 書き出し：CLAIRフェロー"));
            japanese.setLanguage(Language::English);
        }
        AccessLogDialog log(&admin);
        REQUIRE(log.table()->rowCount() == 1);
        CHECK(log.table()->item(0, 2)->text() == QStringLiteral("CSV export: CLAIR fellows"));
        CHECK(log.table()->item(0, 2)->toolTip() == QStringLiteral("export fellows"));
        CHECK(log.table()->item(0, 4)->text() == QStringLiteral("1"));
        test::TempDir dir;
        CHECK(log.exportTo(dir.path(QStringLiteral("access.csv"))));
        CHECK(test::readFile(dir.path(QStringLiteral("access.csv"))).contains("export fellows"));

        UsersDialog users(&admin);
        QStringList shown;
        for (int row = 0; row < users.table()->rowCount(); ++row)
            shown << users.table()->item(row, 0)->text() + QLatin1Char('=') +
                         users.table()->item(row, 1)->text();
        for (OfficeRole role : {OfficeRole::Fellowship, OfficeRole::Staff, OfficeRole::ReadOnly}) {
            CHECK(shown.contains(names.value(role) + QLatin1Char('=') + ServerRoles::label(role)));
        }
        const QString newcomer = QStringLiteral("n%1").arg(QDateTime::currentMSecsSinceEpoch());
        CHECK(users.add(newcomer, OfficeRole::Staff).size() == 16);
        CHECK(users.setEnabled(newcomer, false));
        bool disabled = false;
        for (int row = 0; row < users.table()->rowCount(); ++row)
            if (users.table()->item(row, 0)->text() == newcomer)
                disabled = users.table()->item(row, 2)->text() == QStringLiteral("Disabled");
        CHECK(disabled);
        CHECK(users.add(QStringLiteral("jlgc_sneaky"), OfficeRole::Administrator).isEmpty());
        // To look at (JLGC_LOOK_DIR): both dialogs in English and Japanese.
        if (const QString look = qEnvironmentVariable("JLGC_LOOK_DIR"); !look.isEmpty()) {
            LanguageManager language;
            for (Language lang : {Language::English, Language::Japanese}) {
                language.setLanguage(lang);
                const QString suffix =
                    lang == Language::English ? QStringLiteral("en") : QStringLiteral("ja");
                UsersDialog shownUsers(&admin);
                shownUsers.show();
                QTest::qWait(100);
                shownUsers.grab().save(QStringLiteral("%1/roles-users-%2.png").arg(look, suffix));
                AccessLogDialog shownLog(&admin);
                shownLog.show();
                QTest::qWait(100);
                shownLog.grab().save(
                    QStringLiteral("%1/roles-access-log-%2.png").arg(look, suffix));
            }
        }
        test::serverExec(address, QStringLiteral("DROP ROLE \"%1\"").arg(newcomer));
    }
    // Logins are the whole server's: dropped once their windows are gone.
    for (const QString& name : std::as_const(names))
        test::serverExec(address, QStringLiteral("DROP ROLE \"%1\"").arg(name));
}
