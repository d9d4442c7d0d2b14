// One notifier says what changed, whatever wrote it.
#include "domain/cohort.h"
#include "domain/fellow.h"
#include "domain/person.h"
#include "storage/changenotifier.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

ChangeSet collect(QSignalSpy& spy)
{
    ChangeSet all;
    if (spy.isEmpty())
        spy.wait(2000);
    for (const QList<QVariant>& args : std::as_const(spy))
        all.merge(args.front().value<ChangeSet>());
    spy.clear();
    return all;
}

} // namespace

TEST_CASE("Each save is announced once, after it, with its kind and id", "[notifier][server]")
{
    qRegisterMetaType<ChangeSet>();
    auto db = test::memoryDatabase();
    QSignalSpy spy(&db->notifier(), &ChangeNotifier::changed);
    Person p;
    p.name.family = QStringLiteral("Tremblay");
    const Person saved = PersonRepository(*db).add(p);
    CHECK(spy.isEmpty()); // not from inside the save
    const ChangeSet first = collect(spy);
    CHECK(first.touches(QStringLiteral("people"), saved.id));
    CHECK_FALSE(first.touches(QStringLiteral("organizations")));
    CHECK_FALSE(first.fromElsewhere);

    // Several saves in one turn of the event loop: one announcement.
    Person a = saved;
    a.title = QStringLiteral("Mayor");
    PersonRepository(*db).update(a);
    Person b;
    b.name.family = QStringLiteral("Sato");
    const Person other = PersonRepository(*db).add(b);
    QCoreApplication::processEvents();
    REQUIRE(spy.size() == 1);
    const ChangeSet both = spy.front().front().value<ChangeSet>();
    CHECK(both.ids.value(QStringLiteral("people")) == QSet<qint64>{saved.id, other.id});
}

TEST_CASE("A fellow's change is a change of its cohort too", "[notifier][fellowship][server]")
{
    auto db = test::memoryDatabase();
    Cohort c;
    c.year = 2027;
    const Cohort cohort = CohortRepository(*db).add(c);
    Person p;
    p.name.family = QStringLiteral("O'Brien");
    const Person person = PersonRepository(*db).add(p);
    QSignalSpy spy(&db->notifier(), &ChangeNotifier::changed);
    Fellow f;
    f.cohortId = cohort.id;
    f.personId = person.id;
    const Fellow fellow = FellowRepository(*db).add(f);
    const ChangeSet changes = collect(spy);
    CHECK(changes.touches(QStringLiteral("fellows"), fellow.id));
    CHECK(changes.touches(QStringLiteral("fellowship_cohorts"), cohort.id));
}

TEST_CASE("A bulk write without history is announced as everything", "[notifier][server]")
{
    auto db = test::memoryDatabase();
    QSignalSpy spy(&db->notifier(), &ChangeNotifier::changed);
    db->markEverythingChanged();
    CHECK(collect(spy).everything);
}
