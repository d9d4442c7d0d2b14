#include "domain/cohort.h"
#include "domain/fellow.h"
#include "search/searchindex.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/history.h"
#include "storage/personaldata.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
struct Fixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    PersonRepository people{*db};
    CohortRepository cohorts{*db};
    FellowRepository fellows{*db};
    CohortId cohort = 0;

    Fixture()
    {
        Cohort c;
        c.year = 2019;
        cohort = cohorts.add(c).id;
    }

    Fellow addFellow(const QString& family, const QString& medical)
    {
        Person p;
        p.name.family = family;
        p.name.given = QStringLiteral("Pat");
        p.name.familyKanji = QStringLiteral("髙橋");
        p.email = QStringLiteral("%1@example.org").arg(family.toLower());
        p.phone = QStringLiteral("+1 614 555 0100");
        const PersonId id = people.add(p).id;
        Fellow f;
        f.cohortId = cohort;
        f.personId = id;
        f.status = FellowStatus::Confirmed;
        f.statusDate = QDate(2019, 6, 1);
        f.medicalNotes = medical;
        f.dietaryNotes = QStringLiteral("no shellfish");
        return fellows.add(f);
    }
};
} // namespace

TEST_CASE("Erasing a person's personal data keeps the statistics that counted them",
          "[privacy][server]")
{
    Fixture fx;
    const Fellow erased = fx.addFellow(QStringLiteral("Whitcombe"), QStringLiteral("asthma"));
    fx.addFellow(QStringLiteral("Jones"), QStringLiteral("none"));
    // An edit, so that the history holds the old values twice.
    Person p = *fx.people.find(erased.personId);
    p.email = QStringLiteral("pat.whitcombe@example.org");
    fx.people.update(p);
    REQUIRE(fx.cohorts.summary(fx.cohort)->fellows == 2);

    PersonalData::erase(*fx.db, erased.personId);

    const Person after = *fx.people.find(erased.personId);
    CHECK(after.name.family == QStringLiteral("Erased person #%1").arg(erased.personId));
    CHECK(after.name.given.isEmpty());
    CHECK(after.name.familyKanji.isEmpty());
    CHECK(after.email.isEmpty());
    CHECK(after.phone.isEmpty());
    const Fellow fellow = *fx.fellows.find(erased.id);
    CHECK(fellow.medicalNotes.isEmpty());
    CHECK(fellow.dietaryNotes.isEmpty());
    CHECK(fellow.cohortId == fx.cohort);
    CHECK(fellow.status == FellowStatus::Confirmed);
    FellowFilter ofCohort;
    ofCohort.cohortId = fx.cohort;
    // The counts stay right.
    CHECK(fx.cohorts.summary(fx.cohort)->fellows == 2);
    CHECK(fx.fellows.list(ofCohort).size() == 2);
    // The other fellow is untouched.
    CHECK(fx.fellows.list(ofCohort).last().medicalNotes == QStringLiteral("none"));

    // Nothing of the old data is left anywhere in the file's history…
    for (const char* secret : {"Whitcombe", "whitcombe@", "asthma", "shellfish", "髙橋"}) {
        INFO(secret);
        const int found =
            Query(*fx.db, QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                         "(old_values LIKE :s OR new_values LIKE :s2) AND "
                                         "(table_name = 'person' AND record_id = :p OR "
                                         "table_name = 'fellow' AND record_id = :f)"))
                .bind(QStringLiteral(":s"), QStringLiteral("%%1%").arg(QString::fromUtf8(secret)))
                .bind(QStringLiteral(":s2"), QStringLiteral("%%1%").arg(QString::fromUtf8(secret)))
                .bind(QStringLiteral(":p"), erased.personId)
                .bind(QStringLiteral(":f"), erased.id)
                .exec()
                .scalar()
                .toInt();
        CHECK(found == 0);
    }
    // …nor in global search.
    CHECK(SearchIndex(*fx.db).search(QStringLiteral("Whitcombe"), Language::English).isEmpty());
    CHECK_FALSE(SearchIndex(*fx.db).search(QStringLiteral("Jones"), Language::English).isEmpty());
    CHECK(fx.db->integrityProblems().isEmpty());
}

TEST_CASE("Erasing a person who does not exist is refused", "[privacy][server]")
{
    Fixture fx;
    CHECK_THROWS_AS(PersonalData::erase(*fx.db, 999), StorageError);
}
