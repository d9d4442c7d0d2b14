// Three colleagues with different roles on one office server (issue 18),
// signed in at once: each window shows what the role allows, says why the
// rest is not shown, and hears the others' changes as they commit.
#include "common/page.h"
#include "common/uilanguage.h"
#include "domain/cohort.h"
#include "domain/fellow.h"
#include "fellowship/fellowdialog.h"
#include "mainwindow.h"
#include "people/peoplepage.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/personrepository.h"
#include "storage/server/officelogins.h"
#include "storage/server/serveraddress.h"
#include "support/testsupport.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

const QString Note = QStringLiteral("ピーナッツアレルギー (EpiPen)");

PeoplePage* peopleOf(MainWindow& w)
{
    for (Page* p : w.pages())
        if (auto* people = qobject_cast<PeoplePage*>(p))
            return people;
    return nullptr;
}

QString listed(MainWindow& w)
{
    QStringList out;
    QAbstractItemModel* m = peopleOf(w)->table()->model();
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
    QHash<OfficeRole, QString> logins;
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
        const QString run = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        OfficeLogins office(admin);
        for (OfficeRole role : {OfficeRole::Fellowship, OfficeRole::Staff, OfficeRole::ReadOnly}) {
            const QString name =
                QStringLiteral("w%1_%2").arg(run, ServerRoles::code(role).remove(QLatin1Char('-')));
            QString theirs = address;
            theirs.replace(QRegularExpression(QStringLiteral("://[^@/]*@")),
                           QStringLiteral("://%1@").arg(name));
            ServerAddress::rememberPassword(theirs, office.add(name, role));
            logins.insert(role, theirs);
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
            window->showPage(peopleOf(*window));
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

        // Staff's save reaches the coordinator's and the intern's lists live.
        PersonRepository(*staff.database()).add([] {
            Person p;
            p.name.familyKanji = QStringLiteral("𠮷野");
            p.name.family = QStringLiteral("Yoshino");
            return p;
        }());
        for (MainWindow* other : {&coordinator, &intern})
            CHECK(QTest::qWaitFor([&] { return listed(*other).contains(u"Yoshino"); }, 10000));
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
                }
            }
        }
    }
    // Logins are the whole server's: dropped once their windows are gone.
    for (const QString& theirs : std::as_const(logins))
        test::serverExec(
            address,
            QStringLiteral("DROP ROLE \"%1\"")
                .arg(QRegularExpression(QStringLiteral("://([^@/]*)@")).match(theirs).captured(1)));
}
