#include "domain/person.h"
#include "storage/database.h"
#include "storage/history.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/schemainfo.h"
#include "storage/undostack.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

TEST_CASE("Every change to a record is kept with who made it, when, and old and new values",
          "[history][server]")
{
    auto db = test::memoryDatabase();
    db->setStaffName(QStringLiteral("Kenji Sato"));
    PersonRepository people(*db);
    Person p = people.add(test::janeSmith());
    p.email = QStringLiteral("jane.smith@example.org");
    p.title = QStringLiteral("Mayor");
    p = people.update(p);

    History history(*db);
    const QList<ChangeEntry> changes = history.forRecord(QStringLiteral("person"), p.id);
    REQUIRE(changes.size() == 2);
    const ChangeEntry& edit = changes.at(0); // newest first
    CHECK(edit.action == QStringLiteral("update"));
    CHECK(edit.staffName == QStringLiteral("Kenji Sato"));
    CHECK(edit.osUser == db->historyUser()); // the computer's user; on a server, the login
    CHECK(edit.changedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QStringList fields = edit.changedFields();
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("email"), QStringLiteral("title")});
    CHECK(edit.oldValues.value(QStringLiteral("email")).toString() ==
          QStringLiteral("jane@example.org"));
    CHECK(edit.newValues.value(QStringLiteral("email")).toString() ==
          QStringLiteral("jane.smith@example.org"));
    CHECK(changes.at(1).action == QStringLiteral("insert"));
    CHECK(changes.at(1).changedFields().contains(QStringLiteral("family_name")));
}

TEST_CASE("Saving a record unchanged adds nothing to its history", "[history][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    Person p = people.add(test::janeSmith());
    people.update(p);
    CHECK(History(*db).forRecord(QStringLiteral("person"), p.id).size() == 1);
}

TEST_CASE("An earlier value can be restored, as a new change", "[history][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    Person p = people.add(test::janeSmith());
    p.email = QStringLiteral("wrong@example.org");
    p = people.update(p);
    History history(*db);
    const ChangeEntry edit = history.forRecord(QStringLiteral("person"), p.id).first();
    const int version = history.restoreValue(edit, QStringLiteral("email"), true, p.rowVersion);
    const Person back = *people.find(p.id);
    CHECK(back.email == QStringLiteral("jane@example.org"));
    CHECK(back.rowVersion == version);
    CHECK(back.rowVersion == p.rowVersion + 1);
    CHECK(history.forRecord(QStringLiteral("person"), p.id).size() == 3);
}

TEST_CASE("Restoring a value over a record someone else changed is refused", "[history][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    Person p = people.add(test::janeSmith());
    Person mine = p;
    p.email = QStringLiteral("other@example.org");
    people.update(p);
    History history(*db);
    const ChangeEntry edit = history.forRecord(QStringLiteral("person"), p.id).first();
    test::refusal(StorageError::Kind::Conflict, "a conflict was expected", [&] {
        history.restoreValue(edit, QStringLiteral("email"), true, mine.rowVersion);
    });
    CHECK(people.find(p.id)->email == QStringLiteral("other@example.org"));
}

TEST_CASE("Deleting a record appears in its history", "[history][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    const Person p = people.add(test::janeSmith());
    people.remove(p.id);
    const QList<ChangeEntry> changes = History(*db).forRecord(QStringLiteral("person"), p.id);
    REQUIRE(changes.size() == 2);
    CHECK(changes.first().action == QStringLiteral("delete"));
    CHECK(changes.first().oldValues.value(QStringLiteral("family_name")).toString() ==
          QStringLiteral("Smith"));
}

TEST_CASE("Every kind of record a user edits keeps a history", "[history][server]")
{
    auto db = test::memoryDatabase();
    const QStringList tables = SchemaInfo::recordTables(*db);
    for (const char* t :
         {"person", "organization", "cohort", "fellow", "host_family", "homestay_placement",
          "jetaa_chapter", "chapter_funding", "sister_affiliation", "office_event", "delegation",
          "research_request", "research_topic", "staff_member"})
        CHECK(tables.contains(QLatin1String(t)));
    for (const QString& t : tables) {
        INFO(t.toStdString());
        for (const char* suffix : {"_insert", "_update", "_delete"})
            CHECK(
                SchemaInfo::triggers(*db, {QStringLiteral("history_") + t + QLatin1String(suffix)})
                    .size() == 1);
    }
}

TEST_CASE("Two instances writing in turn each name their own user in the history",
          "[history][concurrency]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.sqlite"));
    Database a(path);
    Database b(path);
    a.setStaffName(QStringLiteral("Alice"));
    b.setStaffName(QStringLiteral("Bob"));
    PersonRepository inA(a);
    PersonRepository inB(b);
    Person p = inA.add(test::janeSmith());
    Person q = *inB.find(p.id);
    q.title = QStringLiteral("Director");
    q = inB.update(q);
    p.title = QStringLiteral("Mayor");
    CHECK_THROWS_AS(inA.update(p), StorageError); // no lost update
    const QList<ChangeEntry> changes = History(a).forRecord(QStringLiteral("person"), p.id);
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0).staffName == QStringLiteral("Bob"));
    CHECK(changes.at(1).staffName == QStringLiteral("Alice"));
    CHECK(inA.find(p.id)->title == QStringLiteral("Director"));
}

TEST_CASE("Undo and redo go back and forth over the edits saved in the session",
          "[history][undo][server]")
{
    auto db = test::memoryDatabase();
    PersonRepository people(*db);
    UndoStack undo(*db);
    Person p = people.add(test::janeSmith());
    p.email = QStringLiteral("second@example.org");
    p = people.update(p);
    p.title = QStringLiteral("Mayor");
    p = people.update(p);
    undo.sync();
    REQUIRE(undo.canUndo());
    CHECK(undo.undoText().contains(QStringLiteral("Title"))); // the field as the form names it

    undo.undo();
    CHECK(people.find(p.id)->title.isEmpty());
    CHECK(people.find(p.id)->email == QStringLiteral("second@example.org"));
    undo.undo();
    CHECK(people.find(p.id)->email == QStringLiteral("jane@example.org"));
    CHECK_FALSE(undo.canUndo());
    REQUIRE(undo.canRedo());
    undo.redo();
    CHECK(people.find(p.id)->email == QStringLiteral("second@example.org"));
    undo.redo();
    CHECK(people.find(p.id)->title == QStringLiteral("Mayor"));
    CHECK(undo.lastRecordId() == p.id);

    // A new edit after an undo: nothing left to redo.
    undo.undo();
    Person now = *people.find(p.id);
    now.phone = QStringLiteral("+1 212 555 0100");
    people.update(now);
    undo.sync();
    CHECK_FALSE(undo.canRedo());
}

TEST_CASE("Undo never overwrites an edit made meanwhile in another window", "[history][undo]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.sqlite"));
    Database mine(path);
    Database theirs(path);
    PersonRepository people(mine);
    UndoStack undo(mine);
    Person p = people.add(test::janeSmith());
    p.email = QStringLiteral("second@example.org");
    people.update(p);
    undo.sync();
    Person other = *PersonRepository(theirs).find(p.id);
    other.email = QStringLiteral("theirs@example.org");
    PersonRepository(theirs).update(other);
    test::refusal(StorageError::Kind::Conflict, "a conflict was expected", [&] { undo.undo(); });
    CHECK(people.find(p.id)->email == QStringLiteral("theirs@example.org"));
    CHECK(undo.canUndo());
}
