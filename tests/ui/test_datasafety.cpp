#include "common/fieldform.h"
#include "common/uilanguage.h"
#include "datasafety/datasafetyactions.h"
#include "datasafety/historydialog.h"
#include "datasafety/trashdialog.h"
#include "mainwindow.h"
#include "people/peoplepage.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "support/records.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"
#include "ui/windowfixtures.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

int rowWith(QTableWidget* table, int column, const QString& text)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column) && table->item(r, column)->text() == text)
            return r;
    return -1;
}

// Look at what was built: JLGC_SCREENSHOT_DIR=/some/dir saves the dialogs.
void screenshot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("JLGC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.show();
    QCoreApplication::processEvents();
    w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

// Two connections to one file (the user's and another program's or
// colleague's); the user has Jane Smith on the people page and has typed a
// new email over hers, not yet saved.
struct EditingJane {
    explicit EditingJane(const QString& typed)
        : path(dir.path(QStringLiteral("shared.sqlite"))), mine(path), theirs(path),
          jane(PersonRepository(mine).add(::test::janeSmith()))
    {
        language.setLanguage(Language::English);
        page.setDatabase(&mine);
        page.show();
        REQUIRE(page.selectRecord(jane.id));
        email = qobject_cast<QLineEdit*>(page.form()->field(QStringLiteral("email")));
        REQUIRE(email);
        email->setFocus();
        email->selectAll();
        test::typeText(email, typed);
    }
    test::TempDir dir;
    QString path;
    Database mine;
    Database theirs;
    LanguageManager language;
    Person jane;
    PeoplePage page;
    QLineEdit* email = nullptr;
};

} // namespace

TEST_CASE("A record's history shows each change and restores an earlier value", "[ui][history]")
{
    auto db = test::memoryDatabase();
    db->setStaffName(QStringLiteral("Kenji Sato"));
    PersonRepository people(*db);
    Person p = people.add(test::janeSmith());
    p.email = QStringLiteral("typo@example.org");
    p = people.update(p);

    HistoryDialog dialog(*db, QStringLiteral("person"), p.id, QStringLiteral("Jane Smith"));
    QTableWidget* table = dialog.table();
    const int row = rowWith(table, 2, QStringLiteral("Email"));
    REQUIRE(row >= 0);
    CHECK(table->item(row, 1)->text() ==
          (db->osUser().isEmpty() ? QStringLiteral("Kenji Sato")
                                  : QStringLiteral("Kenji Sato (%1)").arg(db->osUser())));
    CHECK(table->item(row, 3)->text() == QStringLiteral("jane@example.org"));
    CHECK(table->item(row, 4)->text() == QStringLiteral("typo@example.org"));
    table->selectRow(row);
    screenshot(dialog, "historyDialog");
    CHECK(dialog.restoreButton()->isEnabled());
    REQUIRE(dialog.restoreSelected());
    CHECK(people.find(p.id)->email == QStringLiteral("jane@example.org"));
    CHECK(dialog.changedRecord());
    // The restore is a change of its own, shown at the top.
    CHECK(table->item(0, 4)->text() == QStringLiteral("jane@example.org"));
}

TEST_CASE("History names the changed field as the form does, in the user's language",
          "[ui][history][fieldlabels]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    Person p = people.add(test::janeSmith());
    p.name.family = QStringLiteral("Smyth");
    p = people.update(p);

    HistoryDialog dialog(*db, QStringLiteral("person"), p.id, QStringLiteral("Jane Smyth"));
    const int row = rowWith(dialog.table(), 2, QStringLiteral("Family name (Latin)"));
    REQUIRE(row >= 0);
    CHECK(dialog.table()->item(row, 3)->text() == QStringLiteral("Smith"));
    CHECK(dialog.table()->item(row, 4)->text() == QStringLiteral("Smyth"));
    CHECK(rowWith(dialog.table(), 2, QStringLiteral("Family name")) < 0); // not the raw column

    // The label is translated (a stand-in translator, independent of the .qm files).
    struct Japanese : QTranslator {
        QString translate(const char* context, const char* source, const char*, int) const override
        {
            return QLatin1String(context) == QLatin1String("FieldLabels") &&
                           QLatin1String(source) == QLatin1String("Family name (Latin)")
                       ? QStringLiteral("姓（ローマ字）")
                       : QString();
        }
        bool isEmpty() const override { return false; }
    } japanese;
    QCoreApplication::installTranslator(&japanese);
    HistoryDialog translated(*db, QStringLiteral("person"), p.id, QStringLiteral("Jane Smyth"));
    QCoreApplication::removeTranslator(&japanese);
    CHECK(rowWith(translated.table(), 2, QStringLiteral("姓（ローマ字）")) >= 0);
}

TEST_CASE_METHOD(test::OnMemory, "A record deleted on its page is in the Trash and comes back",
                 "[ui][trash]")
{
    const Person p = PersonRepository(*db).add(test::janeSmith());
    PeoplePage page;
    page.setDatabase(db.get());
    page.show();
    REQUIRE(page.selectRecord(p.id));
    CHECK(page.historyButton()->isVisible());
    {
        test::MessageBoxAnswerer yes(QMessageBox::Yes);
        page.deleteCurrent();
        CHECK(yes.text().contains(QStringLiteral("Trash")));
    }
    CHECK_FALSE(PersonRepository(*db).find(p.id));

    TrashDialog trash(*db);
    REQUIRE(trash.table()->rowCount() == 1);
    CHECK(trash.table()->item(0, 0)->text() == QStringLiteral("People"));
    CHECK(trash.table()->item(0, 1)->text() == QStringLiteral("Jane Smith"));
    trash.table()->selectRow(0);
    screenshot(trash, "trashDialog");
    screenshot(page, "peoplePageWithHistoryButton");
    REQUIRE(trash.restoreSelected());
    CHECK(trash.table()->rowCount() == 0);
    CHECK(PersonRepository(*db).find(p.id)->email == QStringLiteral("jane@example.org"));

    PersonRepository(*db).remove(p.id);
    TrashDialog again(*db);
    {
        test::MessageBoxAnswerer cancel; // asked first: nothing happens on Cancel
        CHECK_FALSE(again.emptyTrash());
        CHECK(cancel.count() == 1);
    }
    CHECK(again.table()->rowCount() == 1);
    CHECK(again.emptyTrash(false));
    CHECK(again.table()->rowCount() == 0);
}

TEST_CASE("Saving over someone else's change shows both versions and keeps the user's edits",
          "[ui][history][concurrency]")
{
    EditingJane fx(QStringLiteral("mine@example.org"));
    fx.theirs.setStaffName(QStringLiteral("Bob"));
    REQUIRE(fx.page.hasUnsavedChanges());

    Person other = *PersonRepository(fx.theirs).find(fx.jane.id);
    other.email = QStringLiteral("theirs@example.org");
    PersonRepository(fx.theirs).update(other);

    test::MessageBoxAnswerer keep; // "Keep editing"
    CHECK_FALSE(fx.page.save());
    CHECK(keep.title() == QStringLiteral("Changed by someone else"));
    CHECK(keep.detailedText().contains(QStringLiteral("Bob")));
    CHECK(keep.detailedText().contains(QStringLiteral("jane@example.org → theirs@example.org")));
    // Nothing of either is lost: their value is stored, the user's is still in the form.
    CHECK(PersonRepository(fx.mine).find(fx.jane.id)->email ==
          QStringLiteral("theirs@example.org"));
    CHECK(fx.email->text() == QStringLiteral("mine@example.org"));
    CHECK(fx.page.hasUnsavedChanges());
}

TEST_CASE("A save while another program holds the database says so and keeps the form's edits",
          "[ui][faults]")
{
    EditingJane fx(QStringLiteral("new@example.org"));
    Database& other = fx.theirs;

    other.begin(); // another program holds the write lock
    {
        test::MessageBoxAnswerer ok;
        CHECK_FALSE(fx.page.save());
        CHECK(ok.text().contains(QStringLiteral("in use by another program")));
    }
    CHECK(fx.email->text() == QStringLiteral("new@example.org"));
    CHECK(fx.page.hasUnsavedChanges());
    other.rollback();
    // Once free, the same save goes through.
    REQUIRE(fx.page.save());
    CHECK(PersonRepository(other).find(fx.jane.id)->email == QStringLiteral("new@example.org"));
}

TEST_CASE("Edit → Undo and Redo take back and redo a saved edit — Erase Personal Data erases",
          "[ui][history][undo][privacy]")
{
    auto db = test::memoryDatabase();
    QMainWindow window;
    QMenu* edit = window.menuBar()->addMenu(QStringLiteral("Edit"));
    edit->addAction(QStringLiteral("New Record"));
    QMenu* view = window.menuBar()->addMenu(QStringLiteral("View"));
    DataSafetyActions actions(&window, edit, view);
    actions.setDatabase(db.get());
    QSignalSpy changed(&actions, &DataSafetyActions::recordsChanged);
    CHECK(edit->actions().first() == actions.undoAction());

    PersonRepository people(*db);
    Person p = people.add(test::janeSmith());
    p.email = QStringLiteral("new@example.org");
    people.update(p);
    actions.sync();
    CHECK(actions.undoAction()->text().contains(QStringLiteral("Email")));
    actions.undoAction()->trigger();
    CHECK(people.find(p.id)->email == QStringLiteral("jane@example.org"));
    actions.redoAction()->trigger();
    CHECK(people.find(p.id)->email == QStringLiteral("new@example.org"));
    CHECK(changed.count() == 2);

    actions.setPersonProvider([&] {
        return DataSafetyActions::ChosenPerson{p.id, p.display(Language::English)};
    });
    REQUIRE(actions.erasePersonalData(false));
    CHECK(people.find(p.id)->name.family == QStringLiteral("Erased person #%1").arg(p.id));
    CHECK(people.find(p.id)->email.isEmpty());
}

TEST_CASE("On a conflict the user can keep their changes over the other version, and the other "
          "user's changes to other fields stay",
          "[ui][history][concurrency]")
{
    EditingJane fx(QStringLiteral("mine@example.org"));

    Person other = *PersonRepository(fx.theirs).find(fx.jane.id);
    other.email = QStringLiteral("theirs@example.org");
    other.phone = QStringLiteral("+1 212 555 0199");
    PersonRepository(fx.theirs).update(other);

    test::MessageBoxAnswerer keepMine(QStringLiteral("Keep My Changes"));
    CHECK(fx.page.save());
    CHECK(keepMine.count() == 1);
    const Person stored = *PersonRepository(fx.theirs).find(fx.jane.id);
    CHECK(stored.email == QStringLiteral("mine@example.org"));
    CHECK(stored.phone == QStringLiteral("+1 212 555 0199"));
    CHECK_FALSE(fx.page.hasUnsavedChanges());
}

TEST_CASE("Damage found by the background check offers the newest good backup and restores it",
          "[ui][faults]")
{
    test::TempDir dir;
    LanguageManager language;
    language.setLanguage(Language::English);
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    {
        Database db(path);
        for (int i = 0; i < 400; ++i) {
            Person p;
            p.name.family = QStringLiteral("Tremblay %1").arg(i);
            p.notes = QString(200, QLatin1Char('x'));
            PersonRepository(db).add(p);
        }
        Backups(path).create(db, Backups::Kind::Manual,
                             QDateTime::currentDateTime().addSecs(-3600));
        Query(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec().finish();
    }
    // Damage only the pages of the change history, which nothing reads while the
    // window opens: the file opens, and the check behind finds the damage.
    QList<qint64> pages;
    int pageSize = 0;
    {
        Database db(path);
        pageSize = Query(db, QStringLiteral("PRAGMA page_size")).exec().scalar().toInt();
        Query q(db, QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'change_log' AND "
                                   "pagetype = 'leaf'"));
        q.exec();
        while (q.next())
            pages << q.value(0).toLongLong();
        Query(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec().finish();
    }
    REQUIRE(pages.size() > 2);
    QByteArray bytes = test::readFile(path);
    for (qint64 page : pages)
        for (int i = 8; i < 40; ++i)
            bytes[(page - 1) * pageSize + i] = char(0x5A);
    test::writeFile(path, bytes);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    MainWindow w(&language);
    w.show();
    // Answers "Restore the Backup" (not a standard button) when it is asked.
    test::MessageBoxAnswerer answer(QStringLiteral("Restore the Backup"));
    REQUIRE(w.openDatabase(path));
    {
        QElapsedTimer waited;
        waited.start();
        while (!answer.allTexts().contains(QStringLiteral("newest good backup")) &&
               waited.elapsed() < 20000)
            QTest::qWait(50);
        CHECK(answer.allTexts().contains(QStringLiteral("newest good backup")));
        QTest::qWait(200);
    }
    REQUIRE(w.database());
    CHECK(w.database()->integrityProblems(false).isEmpty());
    CHECK(Query(*w.database(), QStringLiteral("SELECT count(*) FROM person"))
              .exec()
              .scalar()
              .toLongLong() == 400);
}
