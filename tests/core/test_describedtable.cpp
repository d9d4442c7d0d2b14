// A simple kind read and written from its description alone (DescribedTable).
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/records/describedtable.h"
#include "support/testkinds.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

DescribedRecord gift(const QString& date, const QString& description)
{
    DescribedRecord r;
    r.values.insert(QStringLiteral("gift_date"), date);
    r.values.insert(QStringLiteral("description"), description);
    return r;
}

} // namespace

TEST_CASE("A described kind is saved, read, changed and removed from its description",
          "[records][described]")
{
    test::TempDir dir;
    Database db(dir.path(QStringLiteral("office.sqlite")));
    test::makeGiftTable(db);
    const RecordType& kind = test::giftKind();
    DescribedTable gifts(db, kind);

    // The required fields are named, in the user's language, and nothing is written.
    DescribedRecord empty = gift(QString(), QStringLiteral("  "));
    const FieldErrors errors = gifts.check(empty);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == QStringLiteral("gift_date"));
    CHECK(errors[1].field == QStringLiteral("description"));
    CHECK_THROWS_AS(gifts.save(empty), StorageError);
    CHECK(gifts.list().isEmpty());

    Person giver;
    giver.name.familyKanji = QStringLiteral("髙橋");
    giver.name.givenKanji = QStringLiteral("𠮷子");
    const qint64 personId = PersonRepository(db).add(giver).id;
    DescribedRecord vase = gift(QStringLiteral("2026-05-17"), QStringLiteral("有田焼の花瓶"));
    vase.values.insert(QStringLiteral("direction"), QStringLiteral("received"));
    vase.values.insert(QStringLiteral("person_id"), personId);
    vase.values.insert(QStringLiteral("value_usd"), 250);
    vase.values.insert(QStringLiteral("notes"), QString());
    const qint64 id = gifts.save(vase);
    auto stored = gifts.find(id);
    REQUIRE(stored);
    CHECK(stored->rowVersion == 1);
    CHECK(stored->values.value(QStringLiteral("description")).toString() ==
          QStringLiteral("有田焼の花瓶"));
    CHECK(stored->values.value(QStringLiteral("person_id")).toLongLong() == personId);
    CHECK(stored->values.value(QStringLiteral("value_usd")).toInt() == 250);
    CHECK(stored->values.value(QStringLiteral("notes")).isNull()); // blank: no value

    // Someone else saves first: the older copy is refused, the newer kept.
    DescribedRecord mine = *stored;
    DescribedRecord theirs = *stored;
    theirs.values.insert(QStringLiteral("value_usd"), 300);
    gifts.save(theirs);
    mine.values.insert(QStringLiteral("value_usd"), 200);
    try {
        gifts.save(mine);
        FAIL("an older copy was saved over a newer one");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
    }
    CHECK(gifts.find(id)->values.value(QStringLiteral("value_usd")).toInt() == 300);
    CHECK(gifts.find(id)->rowVersion == 2);

    // A person still named by a gift is not removed; the gift is.
    CHECK_THROWS_AS(PersonRepository(db).remove(personId), StorageError);
    gifts.remove(id);
    CHECK_FALSE(gifts.find(id));
    try {
        gifts.save(mine);
        FAIL("a removed record was saved");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::NotFound);
    }
}
