// Moving an office's records between databases (issue 17): a file onto the
// office server and back, a server into a backup file. What a user would
// notice: every record, its history and its Trash arrive as they were, with
// the same ids, found by search; nothing is copied over records.
#include "demo/demogenerator.h"
#include "domain/person.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/history.h"
#include "storage/personrepository.h"
#include "storage/recordkinds.h"
#include "storage/schemainfo.h"
#include "storage/trash.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

qint64 scalar(const Database& db, const QString& sql)
{
    return Query(db, sql).exec().scalar().toLongLong();
}

// Every copied table, every row, every value, as text (NULL marked).
QStringList contents(const Database& db)
{
    QStringList rows;
    for (const QString& table : DatabaseCopy::copiedTables(db)) {
        const int columns = int(SchemaInfo::columns(db, table).size());
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order << QString::number(c);
        Query q(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                        .arg(SchemaInfo::quoted(table), order.join(QStringLiteral(", "))));
        q.exec();
        while (q.next()) {
            QStringList values{table};
            for (int c = 0; c < columns; ++c) {
                const QVariant v = q.value(c);
                values << (v.isNull() ? QStringLiteral("∅") : v.toString());
            }
            rows << values.join(QLatin1Char('|'));
        }
    }
    rows.sort(); // the engines' collations may order text differently
    return rows;
}

Person person(const char* familyKanji, const char* givenKanji, const char* family,
              const char* given)
{
    Person p;
    p.name.familyKanji = QString::fromUtf8(familyKanji);
    p.name.givenKanji = QString::fromUtf8(givenKanji);
    p.name.family = QString::fromUtf8(family);
    p.name.given = QString::fromUtf8(given);
    return p;
}

// An office's records: demo data, people with names a copy could garble,
// an edit (history), a deletion (the Trash) and a chapter whose parent was
// made after it (a row naming a later row of its own table).
void fill(Database& db)
{
    DemoGenerator::Options o;
    o.people = 150;
    DemoGenerator(db, o).run();
    PersonRepository people(db);
    Person yoshino = people.add(person("𠮷野", "太郎", "Yoshino", "Taro"));
    people.add(person("髙橋", "一郎", "Takahashi", "Ichiro"));
    people.add(person("山﨑", "花子", "Yamazaki", "Hanako"));
    yoshino.email = QStringLiteral("taro.yoshino@example.jp");
    people.update(yoshino);
    const Person gone = people.add(person("削除", "予定", "Sakujo", "Yotei"));
    people.remove(gone.id);
    db.transaction([&] {
        const qint64 first = scalar(db, QStringLiteral("SELECT min(id) FROM jetaa_chapter"));
        const qint64 last = scalar(db, QStringLiteral("SELECT max(id) FROM jetaa_chapter"));
        REQUIRE(first != last);
        Query(db, QStringLiteral("UPDATE jetaa_chapter SET parent_id = :last WHERE id = :first"))
            .bind(QStringLiteral(":last"), last)
            .bind(QStringLiteral(":first"), first)
            .exec();
    });
}

QStringList titles(Database& db, const QString& query)
{
    QStringList result;
    for (const SearchHit& hit : SearchIndex(db).search(query, Language::Japanese))
        if (hit.kind == QLatin1String("person"))
            result << hit.title;
    return result;
}

} // namespace

TEST_CASE("A copy of a database holds every record, its history and its Trash, found by search",
          "[databasecopy][server]")
{
    test::TempDir dir;
    const QString original = dir.path(QStringLiteral("office.jlgc"));
    Database from(original);
    fill(from);
    auto to = test::memoryDatabase(); // a new database: a file, or one on a server
    const auto tables = DatabaseCopy::copy(from, *to);
    CHECK(tables.size() == DatabaseCopy::copiedTables(from).size());

    // The same rows, with the same ids and values (as text across engines).
    CHECK(contents(*to) == contents(from));
    for (const RecordKind& k : RecordKinds::all())
        CHECK(RecordKinds::count(*to, k) == RecordKinds::count(from, k));

    // Found by search at once, one kanji enough.
    CHECK(titles(*to, QStringLiteral("𠮷")).join(QString()).contains(QStringLiteral("𠮷野")));
    CHECK(titles(*to, QStringLiteral("﨑")).join(QString()).contains(QStringLiteral("山﨑")));
    // The history of the edit, and the deleted person back from the Trash.
    const qint64 yoshino =
        scalar(*to, QStringLiteral("SELECT id FROM person WHERE family_name_kanji = '𠮷野'"));
    CHECK(History(*to).forRecord(QStringLiteral("person"), yoshino).size() >= 2);
    Trash trash(*to);
    REQUIRE(trash.count() == 1);
    trash.restore(trash.list().front().id);
    CHECK(scalar(*to, QStringLiteral("SELECT count(*) FROM person WHERE family_name_kanji = "
                                     "'削除'")) == 1);
    // A record made after the copy gets a key of its own.
    const Person added = PersonRepository(*to).add(person("新規", "一", "Shinki", "Hajime"));
    CHECK(added.id > scalar(from, QStringLiteral("SELECT max(id) FROM person")));
}

TEST_CASE("A copy into a database that holds records is refused and changes nothing",
          "[databasecopy][server]")
{
    test::TempDir dir;
    Database from(dir.path(QStringLiteral("office.jlgc")));
    PersonRepository(from).add(person("𠮷野", "太郎", "Yoshino", "Taro"));
    auto to = test::memoryDatabase();
    PersonRepository(*to).add(person("髙橋", "一郎", "Takahashi", "Ichiro"));
    const QStringList before = contents(*to);
    CHECK(DatabaseCopy::tablesWithRecords(*to).contains(QStringLiteral("person")));
    CHECK(test::refusal(StorageError::Kind::Constraint, "copied over records", [&] {
              DatabaseCopy::copy(from, *to);
          }).contains(QStringLiteral("already holds records")));
    CHECK(contents(*to) == before);
    // A new database holds none of its own.
    CHECK(DatabaseCopy::tablesWithRecords(*test::memoryDatabase()).isEmpty());
}

TEST_CASE("An office's file moved onto the server and back is the same", "[.][server]")
{
    test::TempDir dir;
    Database original(dir.path(QStringLiteral("office.jlgc")));
    fill(original);
    const QString address = test::emptyServerDatabase();
    {
        Database server(address);
        DatabaseCopy::copy(original, server);
    }
    Database server(address); // as the office opens it next
    Database back(dir.path(QStringLiteral("back.jlgc")));
    DatabaseCopy::copy(server, back);
    // The files compare exactly (the same engine, the same types); the
    // server's values read as the same text.
    const QStringList rows = contents(original);
    CHECK(rows.size() > 1000);
    CHECK(contents(back) == rows);
    CHECK(contents(server) == rows);
    CHECK(titles(back, QStringLiteral("髙")).join(QString()).contains(QStringLiteral("髙橋")));
}
