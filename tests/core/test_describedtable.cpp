// A simple kind read and written from its description alone (DescribedTable).
#include "io/csvdescribedtableformat.h"
#include "io/importresolver.h"
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

// A vase received from the person `personId`, worth $250.
DescribedRecord receivedVase(qint64 personId)
{
    DescribedRecord vase = gift(QStringLiteral("2026-05-17"), QStringLiteral("有田焼の花瓶"));
    vase.values.insert(QStringLiteral("direction"), QStringLiteral("received"));
    vase.values.insert(QStringLiteral("person_id"), personId);
    vase.values.insert(QStringLiteral("value_usd"), 250);
    return vase;
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
    DescribedRecord vase = receivedVase(personId);
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
    test::refusal(StorageError::Kind::Conflict, "an older copy was saved over a newer one",
                  [&] { gifts.save(mine); });
    CHECK(gifts.find(id)->values.value(QStringLiteral("value_usd")).toInt() == 300);
    CHECK(gifts.find(id)->rowVersion == 2);

    // A person still named by a gift is not removed; the gift is.
    CHECK_THROWS_AS(PersonRepository(db).remove(personId), StorageError);
    gifts.remove(id);
    CHECK_FALSE(gifts.find(id));
    test::refusal(StorageError::Kind::NotFound, "a removed record was saved",
                  [&] { gifts.save(mine); });
}

TEST_CASE("A described kind's CSV format is made from its description", "[records][described][csv]")
{
    test::TempDir dir;
    Database db(dir.path(QStringLiteral("office.sqlite")));
    test::makeGiftTable(db);
    const RecordType& kind = test::giftKind();
    Person giver;
    giver.name.family = QStringLiteral("Takahashi");
    giver.name.given = QStringLiteral("Ichiro");
    const qint64 personId = PersonRepository(db).add(giver).id;
    const DescribedRecord vase = receivedVase(personId);
    const qint64 id = DescribedTable(db, kind).save(vase);

    const DescribedTableFormat format(kind);
    CHECK(format.kind() == QStringLiteral("test_gifts"));
    CHECK(format.headers() == QStringList{QStringLiteral("Date"), QStringLiteral("Description"),
                                          QStringLiteral("Kind"), QStringLiteral("Person"),
                                          QStringLiteral("Value"), QStringLiteral("Notes")});
    CHECK(format.dependsOn() == QStringList{QStringLiteral("people")});
    // Exported: the date as written, the choice's code, the person by name.
    const QList<QStringList> rows = format.exportRows(db, {id}, false);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == QStringList{QStringLiteral("2026-05-17"), QStringLiteral("有田焼の花瓶"),
                                 QStringLiteral("received"), QStringLiteral("Ichiro Takahashi"),
                                 QStringLiteral("250"), QString()});

    // Read back: the same record (its keys match the one on file), the
    // person found by name, the choice by its label.
    ImportResolver resolver(db);
    const auto row = [&format](const QStringList& cells) {
        QHash<QString, QString> values;
        for (int c = 0; c < cells.size(); ++c)
            values.insert(format.columns()[c].key, cells[c]);
        return CsvRow(2, values, {});
    };
    QStringList errors;
    const std::any again =
        format.build(resolver,
                     row({QStringLiteral("2026/5/17"), QStringLiteral("有田焼の花瓶"),
                          QStringLiteral("Received"), QStringLiteral("Ichiro Takahashi"),
                          QStringLiteral("250"), QString()}),
                     0, errors);
    CHECK(errors.isEmpty());
    const QList<CsvFormat::Existing> onFile = format.existing(db);
    REQUIRE(onFile.size() == 1);
    CHECK(format.keys(again) == onFile[0].keys);
    const auto& read = std::any_cast<const DescribedRecord&>(again);
    CHECK(read.values.value(QStringLiteral("person_id")).toLongLong() == personId);
    CHECK(read.values.value(QStringLiteral("direction")).toString() == QStringLiteral("received"));

    // A new one is stored; a value not of the list is named.
    const std::any other = format.build(
        resolver,
        row({QStringLiteral("2026-06-01"), QStringLiteral("Furoshiki"), QStringLiteral("given"),
             QString(), QString(), QStringLiteral("For the Governor")}),
        0, errors);
    CHECK(errors.isEmpty());
    const qint64 added = format.store(db, resolver, other);
    CHECK(DescribedTable(db, kind).find(added)->values.value(QStringLiteral("notes")).toString() ==
          QStringLiteral("For the Governor"));
    format.build(resolver,
                 row({QStringLiteral("2026-06-02"), QStringLiteral("Tea"), QStringLiteral("lent"),
                      QString(), QString(), QString()}),
                 0, errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].contains(QStringLiteral("given, received")));
}

TEST_CASE("A simple kind's sample for the export test fills every field from its input",
          "[records][described]")
{
    test::TempDir dir;
    Database db(dir.path(QStringLiteral("office.sqlite")));
    test::makeGiftTable(db);
    Person someone;
    someone.name.family = QStringLiteral("Walsh");
    const qint64 personId = PersonRepository(db).add(someone).id;

    const qint64 id = test::addSampleOf(db, test::giftKind());
    const std::optional<DescribedRecord> sample = DescribedTable(db, test::giftKind()).find(id);
    REQUIRE(sample);
    const QVariantMap& v = sample->values;
    CHECK(v.value(QStringLiteral("gift_date")).toString() == QStringLiteral("2025-04-01"));
    CHECK(v.value(QStringLiteral("description")).toString() == QStringLiteral("見本 description"));
    CHECK(v.value(QStringLiteral("direction")).toString() == QStringLiteral("given"));
    CHECK(v.value(QStringLiteral("person_id")).toLongLong() == personId);
    CHECK(v.value(QStringLiteral("value_usd")).toInt() == 1200);
    CHECK(v.value(QStringLiteral("notes")).toString().contains(QLatin1Char('\n')));
}
