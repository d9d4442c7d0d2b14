// The rows a record owns in its form (OwnedRows): added, edited and removed
// the same way on every page, each change marking the record edited.
#include "common/detailtable.h"
#include "common/ownedrows.h"
#include "common/uilanguage.h"
#include "delegations/delegationspage.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/delegationrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"
#include "ui/windowfixtures.h"

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

struct Gift {
    QString what;
    int value = 0;
};

// A table with Add, Edit and Remove whose "dialog" answers what the test
// says: the row it was given with " (edited)" after it, or nothing.
struct Rows {
    explicit Rows(int buttons = DetailTable::Add | DetailTable::Edit | DetailTable::Remove)
        : box(2, buttons),
          rows(
              OwnedRowsBase::controlsOf(&box),
              [](const Gift& g) {
                  return QStringList{g.what, QString::number(g.value)};
              },
              [this](const Gift& g) -> std::optional<Gift> {
                  asked << g.what;
                  if (!accept)
                      return std::nullopt;
                  return Gift{g.what.isEmpty() ? QStringLiteral("new")
                                               : g.what + QStringLiteral(" (edited)"),
                              g.value + 1};
              },
              nullptr),
          edits(&rows, &OwnedRowsBase::edited)
    {
        box.show();
        rows.setItems({{QStringLiteral("vase"), 120}, {QStringLiteral("scarf"), 40}});
    }
    QStringList shown() const
    {
        QStringList cells;
        for (int r = 0; r < box.table()->rowCount(); ++r)
            cells << box.table()->item(r, 0)->text();
        return cells;
    }
    QPushButton* button(const char* name) const
    {
        return box.findChild<QPushButton*>(QLatin1String(name));
    }
    void press(Qt::Key key) const { QTest::keyClick(box.table(), key); }

    DetailTable box;
    OwnedRows<Gift> rows;
    QSignalSpy edits;
    QStringList asked;
    bool accept = true;
};

// A delegation of two, Yamada (the leader) and Sato, shown on its page.
struct DelegationOfTwo : test::PageOnMemory<DelegationsPage> {
    DelegationOfTwo() : PageOnMemory({1200, 800})
    {
        PersonRepository people(*db);
        Person yamada;
        yamada.name.family = QStringLiteral("Yamada");
        yamada.name.given = QStringLiteral("Taro");
        Person sato;
        sato.name.family = QStringLiteral("Sato");
        sato.name.given = QStringLiteral("Hanako");
        DelegationMember leader;
        leader.person.id = people.add(yamada).id;
        leader.role = DelegationRole::Leader;
        member.person.id = people.add(sato).id;
        Delegation d;
        d.nameEn = QStringLiteral("Hyogo Prefecture Delegation");
        d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
        d.arrival = QDate(2025, 5, 12);
        d.departure = QDate(2025, 5, 15);
        d.members = {leader, member};
        id = DelegationRepository(*db).add(d).id;
        shown = page.showRecord(page.searchKind(), id);
        page.tabs()->setCurrentIndex(0);
    }
    DelegationMember member; // Sato
    DelegationId id = 0;
    bool shown = false;
};

} // namespace

TEST_CASE("Rows a record owns are shown as loaded, without marking the record edited",
          "[ownedrows]")
{
    Rows t;
    CHECK(t.shown() == QStringList{QStringLiteral("vase"), QStringLiteral("scarf")});
    CHECK(t.box.table()->item(0, 1)->text() == QStringLiteral("120"));
    CHECK(t.edits.isEmpty());
    // The cells are never typed into: a row is changed through its dialog.
    CHECK_FALSE(t.box.table()->item(0, 0)->flags() & Qt::ItemIsEditable);
}

TEST_CASE("Add, Edit, a double click and Enter go through the dialog — the row stays chosen",
          "[ownedrows]")
{
    Rows t;
    t.button("add")->click();
    CHECK(t.asked == QStringList{QString()}); // a new row starts empty
    CHECK(t.shown() ==
          QStringList{QStringLiteral("vase"), QStringLiteral("scarf"), QStringLiteral("new")});
    CHECK(t.box.table()->currentRow() == 2);
    CHECK(t.edits.size() == 1);

    t.box.table()->setCurrentCell(0, 0);
    t.button("edit")->click();
    CHECK(t.rows.items().at(0).what == QStringLiteral("vase (edited)"));
    CHECK(t.rows.items().at(0).value == 121);
    CHECK(t.box.table()->currentRow() == 0);

    t.box.table()->setCurrentCell(1, 0);
    t.press(Qt::Key_Return);
    CHECK(t.rows.items().at(1).what == QStringLiteral("scarf (edited)"));
    CHECK(t.box.table()->currentRow() == 1);

    const QRect cell = t.box.table()->visualItemRect(t.box.table()->item(2, 0));
    QTest::mouseClick(t.box.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(t.box.table()->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(t.rows.items().at(2).what == QStringLiteral("new (edited)"));
    CHECK(t.edits.size() == 4);
}

TEST_CASE("Edit and Remove are greyed out while no row is chosen, an empty table's too",
          "[ownedrows]")
{
    Rows t;
    // Loaded, nothing chosen yet: only Add can act.
    CHECK(t.button("add")->isEnabled());
    CHECK_FALSE(t.button("edit")->isEnabled());
    CHECK_FALSE(t.button("remove")->isEnabled());
    t.box.table()->setCurrentCell(1, 0);
    CHECK(t.button("edit")->isEnabled());
    CHECK(t.button("remove")->isEnabled());
    // Another record loaded with as many rows: the row chosen in the last
    // one is not taken for a choice in this one.
    t.rows.setItems({{QStringLiteral("fan"), 30}, {QStringLiteral("tea"), 10}});
    CHECK(t.box.table()->currentRow() == -1);
    CHECK_FALSE(t.button("edit")->isEnabled());
    t.box.table()->setCurrentCell(1, 0);
    // The last rows removed: nothing left to edit or remove.
    t.button("remove")->click();
    t.button("remove")->click();
    CHECK(t.rows.items().isEmpty());
    CHECK_FALSE(t.button("edit")->isEnabled());
    CHECK_FALSE(t.button("remove")->isEnabled());
    // Another record loaded, with rows: still nothing chosen.
    t.rows.setItems({{QStringLiteral("tea"), 10}});
    CHECK_FALSE(t.button("edit")->isEnabled());
    t.button("add")->click();
    CHECK(t.button("edit")->isEnabled()); // the row added is chosen
}

TEST_CASE("A cancelled dialog changes nothing", "[ownedrows]")
{
    Rows t;
    t.accept = false;
    t.button("add")->click();
    t.box.table()->setCurrentCell(0, 0);
    t.press(Qt::Key_Return);
    CHECK(t.asked == QStringList{QString(), QStringLiteral("vase")});
    CHECK(t.shown() == QStringList{QStringLiteral("vase"), QStringLiteral("scarf")});
    CHECK(t.edits.isEmpty());
}

TEST_CASE("Remove and the Delete key drop the chosen row — the next one is chosen", "[ownedrows]")
{
    Rows t;
    t.rows.add({QStringLiteral("book"), 15});
    t.box.table()->setCurrentCell(0, 0);
    t.press(Qt::Key_Delete);
    CHECK(t.shown() == QStringList{QStringLiteral("scarf"), QStringLiteral("book")});
    CHECK(t.box.table()->currentRow() == 0);
    t.box.table()->setCurrentCell(1, 0);
    t.button("remove")->click();
    CHECK(t.shown() == QStringList{QStringLiteral("scarf")});
    CHECK(t.box.table()->currentRow() == 0);
    CHECK(t.edits.size() == 3); // the add, then two removals

    // Delete where the Remove button is disabled: nothing happens.
    t.button("remove")->setEnabled(false);
    t.press(Qt::Key_Delete);
    CHECK(t.shown() == QStringList{QStringLiteral("scarf")});
}

TEST_CASE("Rows only added: no edit on a double click or Enter — a log takes new rows first",
          "[ownedrows]")
{
    Rows t(DetailTable::Add | DetailTable::Remove);
    t.box.table()->setCurrentCell(0, 0);
    t.press(Qt::Key_Return);
    const QRect cell = t.box.table()->visualItemRect(t.box.table()->item(0, 0));
    QTest::mouseClick(t.box.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(t.box.table()->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(t.asked.isEmpty());
    CHECK(t.edits.isEmpty());

    t.rows.setNewRowsFirst(true);
    t.button("add")->click();
    CHECK(t.shown() ==
          QStringList{QStringLiteral("new"), QStringLiteral("vase"), QStringLiteral("scarf")});
    CHECK(t.box.table()->currentRow() == 0);
}

TEST_CASE("A delegation's member removed with the Delete key is gone once saved", "[ownedrows]")
{
    DelegationOfTwo f;
    REQUIRE(f.shown);
    DelegationsPage& page = f.page;
    CHECK(page.tabs()->tabText(0) == QStringLiteral("Members (2)"));
    CHECK_FALSE(page.hasUnsavedChanges());

    page.memberTable()->setCurrentCell(0, 0);
    QTest::keyClick(page.memberTable(), Qt::Key_Delete);
    CHECK(page.memberTable()->rowCount() == 1);
    CHECK(page.memberTable()->item(0, 0)->text() == QStringLiteral("Hanako Sato"));
    CHECK(page.tabs()->tabText(0) == QStringLiteral("Members (1)"));
    CHECK(page.hasUnsavedChanges());
    REQUIRE(page.save());
    const auto stored = DelegationRepository(*f.db).find(f.id);
    REQUIRE(stored);
    REQUIRE(stored->members.size() == 1);
    CHECK(stored->members.first().person.id == f.member.person.id);
}

TEST_CASE("A colleague's change to the record waits while one of its lines is in a dialog",
          "[ownedrows]")
{
    DelegationOfTwo f;
    REQUIRE(f.shown);
    DelegationsPage& page = f.page;
    Database* db = f.db.get();
    const DelegationId id = f.id;

    // The colleague takes the leader off the delegation while Sato's line
    // is open: the page is told, as the window tells it.
    const auto colleagueRemovesLeader = [&] {
        Delegation theirs = *DelegationRepository(*db).find(id);
        theirs.members.removeFirst();
        DelegationRepository(*db).update(theirs);
        ChangeSet changes;
        changes.add(QStringLiteral("delegations"), id);
        changes.fromElsewhere = true;
        page.followChanges(changes);
    };
    QPushButton* edit = nullptr;
    for (QPushButton* b : page.memberTable()->parentWidget()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Edit…"))
            edit = b;
    REQUIRE(edit);

    SECTION("Accepted: the line edited is the one opened, the colleague's change waits")
    {
        page.memberTable()->setCurrentCell(1, 0);
        bool seen = false;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            colleagueRemovesLeader();
            // The form still shows both lines.
            seen = page.memberTable()->rowCount() == 2;
            dialog->accept();
        });
        edit->click();
        CHECK(seen);
        CHECK(page.memberTable()->rowCount() == 2);
        CHECK(page.memberTable()->item(0, 0)->text() == QStringLiteral("Taro Yamada"));
        CHECK(page.memberTable()->item(1, 0)->text() == QStringLiteral("Hanako Sato"));
        CHECK(page.hasUnsavedChanges());
    }
    SECTION("Cancelled: the colleague's change shows once the dialog is closed")
    {
        page.memberTable()->setCurrentCell(1, 0);
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            colleagueRemovesLeader();
            dialog->reject();
        });
        edit->click();
        CHECK(page.memberTable()->rowCount() == 2);
        CHECK(QTest::qWaitFor([&] { return page.memberTable()->rowCount() == 1; }, 3000));
        CHECK(page.memberTable()->item(0, 0)->text() == QStringLiteral("Hanako Sato"));
        CHECK_FALSE(page.hasUnsavedChanges());
    }
}
