// What another program writes reaches this one's notifier, with its ids.
#include "apprunner.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace jlgc;
using jlgc::test::runApp;

namespace {
ChangeSet pollAndCollect(Database& db)
{
    QSignalSpy spy(&db.notifier(), &ChangeNotifier::changed);
    db.notifier().poll();
    spy.wait(2000);
    ChangeSet all;
    for (const QList<QVariant>& args : std::as_const(spy))
        all.merge(args.front().value<ChangeSet>());
    return all;
}
} // namespace

TEST_CASE("Another program's saves and restores reach the notifier", "[cli][notifier]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    REQUIRE(runApp({QStringLiteral("--database"), path, QStringLiteral("stress-write"),
                    QStringLiteral("2")})
                .exitCode == 0);
    const QString backup = dir.path(QStringLiteral("copy.sqlite"));
    REQUIRE(
        runApp({QStringLiteral("--database"), path, QStringLiteral("backup"), backup}).exitCode ==
        0);

    Database db(path);
    db.notifier(); // watching from now on
    REQUIRE(runApp({QStringLiteral("--database"), path, QStringLiteral("stress-write"),
                    QStringLiteral("3")})
                .exitCode == 0);
    const ChangeSet written = pollAndCollect(db);
    CHECK(written.fromElsewhere);
    CHECK_FALSE(written.everything);
    const qint64 people =
        test::sqliteScalar(path, "SELECT count(*) FROM person WHERE notes LIKE 'stress %'");
    CHECK(people == 5);
    CHECK(written.ids.value(QStringLiteral("people")).size() == 3);

    REQUIRE(
        runApp({QStringLiteral("--database"), path, QStringLiteral("restore"), backup}).exitCode ==
        0);
    CHECK(pollAndCollect(db).everything);

    // Nothing new: nothing announced.
    CHECK(pollAndCollect(db).isEmpty());
}
