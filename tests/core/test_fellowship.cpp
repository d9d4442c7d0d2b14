#include "demo/samplefellowship.h"
#include "domain/homestaygrid.h"
#include "domain/homestayrules.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/fellowshipitineraryrepository.h"
#include "storage/homestayrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/recordkinds.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

const QString Kitaibaraki = QStringLiteral("082155"); // 北茨城市, 茨城県
const QString Mito = QStringLiteral("082015");        // 水戸市, 茨城県
const QString Sapporo = QStringLiteral("011002");     // 札幌市, 北海道

QDate d(int month, int day, int year = 2019)
{
    return QDate(year, month, day);
}

bool hasField(const FieldErrors& errors, const char* field)
{
    for (const auto& e : errors)
        if (e.field == QLatin1String(field))
            return true;
    return false;
}

QString messageOf(const FieldErrors& errors, const char* field)
{
    for (const auto& e : errors)
        if (e.field == QLatin1String(field))
            return e.message;
    return {};
}

template <class Fn> FieldErrors validationErrors(Fn&& fn)
{
    try {
        fn();
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::Validation)
            return e.fieldErrors();
        throw;
    }
    return {};
}

struct Fixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    PersonRepository people{*db};
    OrganizationRepository organizations{*db};
    CohortRepository cohorts{*db};
    FellowRepository fellows{*db};
    HostFamilyRepository families{*db};
    HomestayRepository homestays{*db};
    FellowshipItineraryRepository itinerary{*db};

    Cohort addCohort(int year = 2019)
    {
        Cohort c = sampleCohort2019();
        c.year = year;
        const int shift = year - 2019;
        c.programmeStart = c.programmeStart.addYears(shift);
        c.programmeEnd = c.programmeEnd.addYears(shift);
        c.tokyoStart = c.tokyoStart.addYears(shift);
        c.tokyoEnd = c.tokyoEnd.addYears(shift);
        c.hostStart = c.hostStart.addYears(shift);
        c.hostEnd = c.hostEnd.addYears(shift);
        return cohorts.add(c);
    }

    PersonId person(const QString& family, const QString& given)
    {
        Person p;
        p.name.family = family;
        p.name.given = given;
        return people.add(p).id;
    }

    OrganizationId government(const QString& name, const QString& subdivision)
    {
        Organization o;
        o.nameEn = name;
        o.kind = OrganizationKind::StateGovernment;
        o.country = subdivision.left(2);
        o.subdivisionCode = subdivision;
        return organizations.add(o).id;
    }

    Fellow addFellow(CohortId cohort, PersonId person, OrganizationId organization = 0,
                     FellowStatus status = FellowStatus::Confirmed, const QString& dietary = {})
    {
        Fellow f;
        f.cohortId = cohort;
        f.personId = person;
        f.organizationId = organization;
        f.status = status;
        f.statusDate = d(6, 1);
        f.dietaryNotes = dietary;
        return fellows.add(f);
    }

    HostFamily addFamily(const QString& kanji, const QString& romaji, int capacity,
                         const QString& municipality = Kitaibaraki, const QString& dietary = {})
    {
        HostFamily f;
        f.familyNameKanji = kanji;
        f.familyNameRomaji = romaji;
        f.capacity = capacity;
        f.municipalityCode = municipality;
        f.dietaryNotes = dietary;
        return families.add(f);
    }

    HomestayPlacement place(FellowId fellow, HostFamilyId family, const QDate& first,
                            const QDate& last)
    {
        HomestayPlacement p;
        p.fellowId = fellow;
        p.hostFamilyId = family;
        p.firstNight = first;
        p.lastNight = last;
        return homestays.add(p);
    }
};

HomestayPlacement placement(HomestayPlacementId id, FellowId fellow, HostFamilyId family,
                            const QDate& first, const QDate& last)
{
    HomestayPlacement p;
    p.id = id;
    p.fellowId = fellow;
    p.hostFamilyId = family;
    p.firstNight = first;
    p.lastNight = last;
    return p;
}

} // namespace

TEST_CASE("A cohort is refused before 1993, twice in one year, or with portions outside "
          "its programme",
          "[fellowship][cohort][server]")
{
    Fixture fx;
    Cohort c = sampleCohort2019();
    CHECK(c.validate().isEmpty());
    CHECK(c.nights().size() == 10);

    Cohort early = c;
    early.year = 1992;
    CHECK(hasField(early.validate(), "year"));
    CHECK(hasField(validationErrors([&] { fx.cohorts.add(early); }), "year"));

    Cohort tokyoOutside = c;
    tokyoOutside.tokyoStart = d(10, 25);
    CHECK(hasField(tokyoOutside.validate(), "tokyo"));

    Cohort hostBeforeTokyo = c;
    hostBeforeTokyo.hostStart = d(10, 29);
    CHECK(hasField(hostBeforeTokyo.validate(), "host"));

    Cohort reversed = c;
    reversed.programmeEnd = d(10, 20);
    CHECK(hasField(reversed.validate(), "programme"));

    Cohort wrongPrefecture = c;
    wrongPrefecture.hostPrefectureCode = QStringLiteral("01");
    CHECK(hasField(wrongPrefecture.validate(), "hostMunicipalityCode"));

    const Cohort stored = fx.cohorts.add(c);
    CHECK(stored.id > 0);
    CHECK(stored.themeJa == QStringLiteral("震災復興と沿岸のまちづくり"));
    CHECK(fx.cohorts.findByYear(2019)->id == stored.id);
    Cohort again = c;
    again.themeEn = QStringLiteral("another");
    const FieldErrors dup = validationErrors([&] { fx.cohorts.add(again); });
    CHECK(messageOf(dup, "year").contains(QStringLiteral("2019")));

    SECTION("a cohort without dates yet is accepted, and nothing can be planned in it")
    {
        Cohort future;
        future.year = 2027;
        const Cohort f = fx.cohorts.add(future);
        FellowshipItineraryItem item;
        item.cohortId = f.id;
        item.date = QDate(2027, 10, 1);
        item.descriptionEn = QStringLiteral("Courtesy call");
        CHECK(hasField(validationErrors([&] { fx.itinerary.add(item); }), "date"));
    }
}

TEST_CASE("Someone else's save of a cohort is not overwritten", "[fellowship][cohort][server]")
{
    Fixture fx;
    const Cohort mine = fx.addCohort();
    Cohort theirs = mine;
    theirs.notes = QStringLiteral("theirs");
    fx.cohorts.update(theirs);
    Cohort stale = mine;
    stale.notes = QStringLiteral("mine");
    test::refusal(StorageError::Kind::Conflict, "a stale cohort was saved",
                  [&] { fx.cohorts.update(stale); });
    CHECK(fx.cohorts.find(mine.id)->notes == QStringLiteral("theirs"));
}

TEST_CASE("Itinerary items fall within the programme and are shown day by day",
          "[fellowship][itinerary][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    FellowshipItineraryItem item;
    item.cohortId = c.id;
    item.date = d(11, 6);
    item.descriptionEn = QStringLiteral("Farewell");
    CHECK(hasField(item.validate(c), "date"));
    CHECK(hasField(validationErrors([&] { fx.itinerary.add(item); }), "date"));

    item.date = d(10, 28);
    item.startTime = QTime(14, 0);
    item.endTime = QTime(13, 0);
    CHECK(hasField(validationErrors([&] { fx.itinerary.add(item); }), "endTime"));

    item.endTime = QTime(15, 30);
    item.type = FellowshipItemType::Lecture;
    item.descriptionJa = QStringLiteral("総務省による講義");
    const auto lecture = fx.itinerary.add(item);
    CHECK(lecture.type == FellowshipItemType::Lecture);
    CHECK(lecture.startTime == QTime(14, 0));

    FellowshipItineraryItem morning = item;
    morning.startTime = QTime(9, 0);
    morning.endTime = QTime(10, 0);
    morning.type = FellowshipItemType::Meeting;
    fx.itinerary.add(morning);
    FellowshipItineraryItem allDay;
    allDay.cohortId = c.id;
    allDay.date = d(10, 29);
    allDay.type = FellowshipItemType::Free;
    allDay.descriptionEn = QStringLiteral("Free day");
    fx.itinerary.add(allDay);
    // A start time without an end (an open-ended dinner) is kept; the end is NULL, not ''.
    FellowshipItineraryItem dinner = allDay;
    dinner.startTime = QTime(19, 0);
    dinner.type = FellowshipItemType::Cultural;
    dinner.descriptionEn = QStringLiteral("Welcome dinner");
    CHECK(fx.itinerary.add(dinner).startTime == QTime(19, 0));

    const QList<FellowshipItineraryDay> days = fx.itinerary.days(c.id);
    REQUIRE(days.size() == 2);
    CHECK(days[0].date == d(10, 28));
    REQUIRE(days[0].items.size() == 2);
    CHECK(days[0].items[0].startTime == QTime(9, 0));
    CHECK(days[0].items[1].description(Language::Japanese) == QStringLiteral("総務省による講義"));
    CHECK(days[1].items[0].type == FellowshipItemType::Free);
    REQUIRE(days[1].items.size() == 2);
    CHECK_FALSE(days[1].items[1].endTime.isValid());

    SECTION("moving the programme so that items fall outside is refused")
    {
        Cohort moved = *fx.cohorts.find(c.id);
        moved.programmeStart = d(10, 29);
        moved.tokyoStart = d(10, 29);
        CHECK(hasField(validationErrors([&] { fx.cohorts.update(moved); }), "programme"));
    }
}

TEST_CASE("Programme dates that would leave a homestay outside them are refused, with counts",
          "[fellowship][homestay][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    const Fellow f = fx.addFellow(c.id, fx.person(QStringLiteral("Miller"), QStringLiteral("Ann")));
    const HostFamily fam = fx.addFamily(QStringLiteral("鈴木"), QStringLiteral("Suzuki"), 2);
    fx.place(f.id, fam.id, d(11, 3), d(11, 5));
    const auto programmeMessage = [](const FieldErrors& errors) {
        for (const FieldError& e : errors)
            if (e.field == QLatin1String("programme"))
                return e.message;
        return QString();
    };

    // Ending the programme a day earlier leaves the stay's last night out.
    Cohort shorter = *fx.cohorts.find(c.id);
    shorter.programmeEnd = shorter.hostEnd = d(11, 4);
    const QString said = programmeMessage(validationErrors([&] { fx.cohorts.update(shorter); }));
    CHECK(said.contains(QStringLiteral("0 itinerary items and 1 homestays")));

    // A programme with no dates has every stay outside it.
    Cohort undated = *fx.cohorts.find(c.id);
    undated.programmeStart = undated.programmeEnd = QDate();
    undated.tokyoStart = undated.tokyoEnd = undated.hostStart = undated.hostEnd = QDate();
    CHECK_FALSE(programmeMessage(validationErrors([&] { fx.cohorts.update(undated); })).isEmpty());

    // Starting a day earlier keeps the stay inside: saved.
    Cohort longer = *fx.cohorts.find(c.id);
    longer.programmeStart = longer.tokyoStart = d(10, 26);
    CHECK(fx.cohorts.update(longer).programmeStart == d(10, 26));
    CHECK(fx.cohorts.find(c.id)->programmeStart == d(10, 26));
}

TEST_CASE("A homestay's nights fall within the programme, the last not before the first",
          "[fellowship][homestay][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    const Fellow f = fx.addFellow(c.id, fx.person(QStringLiteral("Miller"), QStringLiteral("Ann")));
    const HostFamily fam = fx.addFamily(QStringLiteral("鈴木"), QStringLiteral("Suzuki"), 2);

    HomestayPlacement p = placement(0, f.id, fam.id, d(11, 2), d(11, 1));
    CHECK(hasField(p.validate(), "lastNight"));
    CHECK(hasField(validationErrors([&] { fx.homestays.add(p); }), "lastNight"));

    p = placement(0, f.id, fam.id, d(11, 4), d(11, 6));
    CHECK(hasField(HomestayRules::checkNights(c, p), "lastNight"));
    CHECK(hasField(validationErrors([&] { fx.homestays.add(p); }), "lastNight"));

    p = placement(0, f.id, fam.id, d(10, 26), d(10, 28));
    CHECK(hasField(validationErrors([&] { fx.homestays.add(p); }), "firstNight"));

    // The programme's first and last days are both nights of the programme.
    CHECK(fx.place(f.id, fam.id, d(11, 5), d(11, 5)).nightCount() == 1);
    CHECK(fx.place(f.id, fam.id, d(10, 27), d(10, 27)).nightCount() == 1);
}

TEST_CASE("A family never holds more fellows on one night than its capacity",
          "[fellowship][homestay][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    const HostFamily fam = fx.addFamily(QStringLiteral("佐藤"), QStringLiteral("Sato"), 2);
    QList<Fellow> f;
    for (const char* name : {"Adams", "Baker", "Clark"})
        f << fx.addFellow(c.id, fx.person(QString::fromLatin1(name), QStringLiteral("Pat")));

    fx.place(f[0].id, fam.id, d(11, 1), d(11, 3));
    fx.place(f[1].id, fam.id, d(11, 2), d(11, 3));
    HomestayPlacement third = placement(0, f[2].id, fam.id, d(11, 3), d(11, 4));
    const PlacementCheck check = fx.homestays.check(third);
    REQUIRE(check.hasErrors());
    const QString message = messageOf(check.errors, "hostFamilyId");
    CHECK(message.contains(QStringLiteral("2019-11-03")));
    CHECK_FALSE(message.contains(QStringLiteral("2019-11-04")));
    CHECK(message.contains(QStringLiteral("Sato")));
    CHECK(hasField(validationErrors([&] { fx.homestays.add(third); }), "hostFamilyId"));

    // The night after the others leave is free.
    CHECK(fx.place(f[2].id, fam.id, d(11, 4), d(11, 5)).id > 0);

    SECTION("changing one's own placement does not count it twice")
    {
        HomestayPlacement first = fx.homestays.list({c.id, f[0].id, 0}).first();
        first.lastNight = d(11, 2);
        CHECK(fx.homestays.update(first).lastNight == d(11, 2));
    }
    SECTION("the capacity cannot be lowered below the fellows booked on a night")
    {
        HostFamily smaller = *fx.families.find(fam.id);
        smaller.capacity = 1;
        const FieldErrors errors = validationErrors([&] { fx.families.update(smaller); });
        CHECK(messageOf(errors, "capacity").contains(QStringLiteral("2019-11-02")));
    }
}

TEST_CASE("A fellow is never placed with two families on one night",
          "[fellowship][homestay][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    const Fellow f =
        fx.addFellow(c.id, fx.person(QStringLiteral("O'Brien"), QStringLiteral("Kate")));
    const HostFamily a = fx.addFamily(QStringLiteral("高橋"), QStringLiteral("Takahashi"), 3);
    const HostFamily b = fx.addFamily(QStringLiteral("田中"), QStringLiteral("Tanaka"), 3);
    fx.place(f.id, a.id, d(11, 1), d(11, 2));
    const FieldErrors errors =
        validationErrors([&] { fx.homestays.add(placement(0, f.id, b.id, d(11, 2), d(11, 3))); });
    CHECK(messageOf(errors, "firstNight").contains(QStringLiteral("Takahashi")));
    CHECK(messageOf(errors, "firstNight").contains(QStringLiteral("2019-11-02")));
    // Moving on to the second family the next night is fine.
    CHECK(fx.place(f.id, b.id, d(11, 3), d(11, 4)).id > 0);
}

TEST_CASE("A family outside the host area is a warning the user can accept",
          "[fellowship][homestay][warning][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    const Fellow f = fx.addFellow(c.id, fx.person(QStringLiteral("Nguyen"), QStringLiteral("Lin")));
    const HostFamily inMito = fx.addFamily(QStringLiteral("伊藤"), QStringLiteral("Ito"), 1, Mito);
    const HostFamily inHost = fx.addFamily(QStringLiteral("渡辺"), QStringLiteral("Watanabe"), 1);

    HomestayPlacement p = placement(0, f.id, inMito.id, d(11, 1), d(11, 2));
    const PlacementCheck check = fx.homestays.check(p);
    CHECK_FALSE(check.hasErrors());
    REQUIRE(check.warnings.size() == 1);
    CHECK(check.warnings[0].kind == HomestayWarningKind::OutsideHostArea);
    CHECK(check.warnings[0].message.contains(QStringLiteral("Ito")));

    // Not accepted: refused, with the warning as the reason.
    const FieldErrors refused = validationErrors([&] { fx.homestays.add(p); });
    CHECK(hasField(refused, "acceptedWarnings"));
    CHECK(fx.homestays.list({c.id, 0, 0}).isEmpty());

    p.acceptedWarnings << HomestayWarningKind::OutsideHostArea;
    const HomestayPlacement saved = fx.homestays.add(p);
    CHECK(saved.accepted(HomestayWarningKind::OutsideHostArea));

    CHECK(fx.homestays.check(placement(0, f.id, inHost.id, d(11, 3), d(11, 4))).warnings.isEmpty());

    SECTION("a cohort hosted by a prefecture accepts families anywhere in it")
    {
        Cohort prefectureOnly = *fx.cohorts.find(c.id);
        prefectureOnly.hostMunicipalityCode.clear();
        CHECK_FALSE(HomestayRules::hostAreaWarning(prefectureOnly, inMito));
        HostFamily inSapporo = inMito;
        inSapporo.municipalityCode = Sapporo;
        CHECK(HomestayRules::hostAreaWarning(prefectureOnly, inSapporo));
    }
}

TEST_CASE("A dietary need the family cannot meet is a warning",
          "[fellowship][homestay][warning][server]")
{
    Fellow fellow;
    fellow.dietaryNotes = QStringLiteral("Vegetarian; severe shellfish allergy");
    HostFamily family;
    family.familyNameRomaji = QStringLiteral("Kato");
    family.dietaryNotes = QStringLiteral("We cook vegetarian meals often.");

    auto w = HomestayRules::dietaryWarning(fellow, family);
    REQUIRE(w);
    CHECK(w->kind == HomestayWarningKind::Dietary);
    CHECK(w->message.contains(QStringLiteral("shellfish")));
    CHECK_FALSE(w->message.contains(QStringLiteral("vegetarian")));

    family.dietaryNotes = QStringLiteral("ベジタリアン対応可。エビ・カニなど甲殻類は使いません。");
    CHECK_FALSE(HomestayRules::dietaryWarning(fellow, family));

    fellow.dietaryNotes = QStringLiteral("Halal");
    CHECK(HomestayRules::dietaryWarning(fellow, family));
    fellow.dietaryNotes = QStringLiteral("ハラール");
    CHECK(HomestayRules::dietaryNeeds(fellow.dietaryNotes) == QStringList{QStringLiteral("halal")});

    // "Shellfish" alone is not taken for a need about fish.
    CHECK(HomestayRules::dietaryNeeds(QStringLiteral("shellfish")) ==
          QStringList{QStringLiteral("shellfish")});
    // A vegan needs more than a vegetarian kitchen; a vegan kitchen covers a vegetarian.
    fellow.dietaryNotes = QStringLiteral("vegan");
    family.dietaryNotes = QStringLiteral("vegetarian OK");
    CHECK(HomestayRules::dietaryWarning(fellow, family));
    fellow.dietaryNotes = QStringLiteral("vegetarian");
    family.dietaryNotes = QStringLiteral("vegan OK");
    CHECK_FALSE(HomestayRules::dietaryWarning(fellow, family));

    // No needs, no warning.
    fellow.dietaryNotes.clear();
    family.dietaryNotes.clear();
    CHECK_FALSE(HomestayRules::dietaryWarning(fellow, family));
    // Notes the check cannot read, and a family that says nothing about food.
    fellow.dietaryNotes = QStringLiteral("Prefers small portions");
    CHECK(HomestayRules::dietaryWarning(fellow, family));

    SECTION("through the repository, accepted and kept with the placement")
    {
        Fixture fx;
        const Cohort c = fx.addCohort();
        const Fellow f =
            fx.addFellow(c.id, fx.person(QStringLiteral("Patel"), QStringLiteral("Ravi")), 0,
                         FellowStatus::Confirmed, QStringLiteral("No beef"));
        const HostFamily fam = fx.addFamily(QStringLiteral("山本"), QStringLiteral("Yamamoto"), 1);
        HomestayPlacement p = placement(0, f.id, fam.id, d(11, 1), d(11, 2));
        REQUIRE(fx.homestays.check(p).warnings.size() == 1);
        CHECK(hasField(validationErrors([&] { fx.homestays.add(p); }), "acceptedWarnings"));
        p.acceptedWarnings << HomestayWarningKind::Dietary;
        CHECK(fx.homestays.find(fx.homestays.add(p).id)->acceptedWarnings ==
              QList<HomestayWarningKind>{HomestayWarningKind::Dietary});
    }
}

TEST_CASE("Withdrawing a confirmed fellow asks what happens to their homestay",
          "[fellowship][withdraw][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    const Fellow f =
        fx.addFellow(c.id, fx.person(QStringLiteral("Garcia"), QStringLiteral("Maria")));
    const HostFamily fam = fx.addFamily(QStringLiteral("小林"), QStringLiteral("Kobayashi"), 1);
    fx.place(f.id, fam.id, d(11, 1), d(11, 3));

    const QList<HomestayPlacement> ask = fx.fellows.placementsAffectedByWithdrawal(f.id);
    REQUIRE(ask.size() == 1);
    CHECK(ask[0].familyNameRomaji == QStringLiteral("Kobayashi"));

    // Simply setting the status is refused: the question must be answered.
    Fellow plain = *fx.fellows.find(f.id);
    plain.status = FellowStatus::Withdrawn;
    CHECK(hasField(validationErrors([&] { fx.fellows.update(plain); }), "status"));
    CHECK(fx.fellows.find(f.id)->status == FellowStatus::Confirmed);

    SECTION("keep the homestay")
    {
        const auto concerned = fx.fellows.withdraw(f.id, PlacementAction::Keep, d(9, 15));
        CHECK(concerned.size() == 1);
        CHECK(fx.homestays.list({c.id, 0, 0}).size() == 1);
        const Fellow after = *fx.fellows.find(f.id);
        CHECK(after.status == FellowStatus::Withdrawn);
        CHECK(after.statusDate == d(9, 15));
        // The kept bed still counts: a withdrawn fellow shows in the grid, but no gap.
        const HomestayGrid grid = fx.homestays.grid(c.id);
        CHECK(grid.cell(fam.id, d(11, 1))->fellows == QList<FellowId>{f.id});
        CHECK(grid.unplaced.isEmpty());
    }
    SECTION("remove the homestay, which frees the family")
    {
        fx.fellows.withdraw(f.id, PlacementAction::Remove, d(9, 15),
                            QStringLiteral("Family emergency"));
        CHECK(fx.homestays.list({c.id, 0, 0}).isEmpty());
        const Fellow after = *fx.fellows.find(f.id);
        CHECK(after.status == FellowStatus::Withdrawn);
        CHECK(after.statusHistory.last().note == QStringLiteral("Family emergency"));
        const Fellow other =
            fx.addFellow(c.id, fx.person(QStringLiteral("Lee"), QStringLiteral("Sam")));
        CHECK(fx.place(other.id, fam.id, d(11, 1), d(11, 3)).id > 0);
    }
    SECTION("a withdrawn fellow is not placed again")
    {
        fx.fellows.withdraw(f.id, PlacementAction::Remove);
        CHECK(hasField(validationErrors([&] {
                           fx.homestays.add(placement(0, f.id, fam.id, d(11, 1), d(11, 1)));
                       }),
                       "fellowId"));
    }
}

TEST_CASE("Each status change of a fellow is kept with its date", "[fellowship][status][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    Fellow f;
    f.cohortId = c.id;
    f.personId = fx.person(QStringLiteral("Smith"), QStringLiteral("Jo"));
    f.status = FellowStatus::Nominated;
    f.statusDate = d(3, 1);
    f = fx.fellows.add(f);

    const QList<std::pair<FellowStatus, QDate>> steps = {{FellowStatus::Applied, d(4, 10)},
                                                         {FellowStatus::Selected, d(6, 1)},
                                                         {FellowStatus::Confirmed, d(7, 15)},
                                                         {FellowStatus::Attended, d(11, 5)}};
    for (const auto& [status, date] : steps) {
        f.status = status;
        f.statusDate = date;
        f = fx.fellows.update(f);
    }
    REQUIRE(f.statusHistory.size() == 5);
    CHECK(f.statusHistory[0].status == FellowStatus::Nominated);
    CHECK(f.statusHistory[0].date == d(3, 1));
    CHECK(f.statusHistory[2].status == FellowStatus::Selected);
    CHECK(f.statusHistory[2].date == d(6, 1));
    CHECK(f.statusHistory[4].status == FellowStatus::Attended);
    CHECK(f.statusDate == d(11, 5));

    // Saving other fields adds nothing to the history.
    f.followUpNotes = QStringLiteral("Presented at the state's annual conference.");
    f = fx.fellows.update(f);
    CHECK(f.statusHistory.size() == 5);

    // A date before the previous change is refused.
    f.status = FellowStatus::Withdrawn;
    f.statusDate = d(5, 1);
    CHECK(hasField(validationErrors([&] { fx.fellows.update(f); }), "statusDate"));

    // The date of the current status may be corrected.
    Fellow corrected = *fx.fellows.find(f.id);
    corrected.statusDate = d(11, 6);
    CHECK(fx.fellows.update(corrected).statusHistory.last().date == d(11, 6));

    for (FellowStatus s : FellowStatuses::all())
        CHECK(FellowStatuses::fromCode(FellowStatuses::code(s)) == s);
    for (FellowshipItemType t : FellowshipItemTypes::all())
        CHECK(FellowshipItemTypes::fromCode(FellowshipItemTypes::code(t)) == t);
}

TEST_CASE("The 2019 cohort hosted by Kitaibaraki: 20 fellows, 10 days, 20 families, all placed",
          "[fellowship][load][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    const QList<OrganizationId> states = {
        fx.government(QStringLiteral("State of Ohio"), QStringLiteral("US-OH")),
        fx.government(QStringLiteral("State of Washington"), QStringLiteral("US-WA")),
        fx.government(QStringLiteral("State of Georgia"), QStringLiteral("US-GA"))};

    QList<Fellow> fellows;
    for (int i = 0; i < 20; ++i)
        fellows << fx.addFellow(
            c.id,
            fx.person(QStringLiteral("Fellow%1").arg(i, 2, 10, QLatin1Char('0')),
                      QStringLiteral("Alex")),
            states[i % 3]);
    for (QDate day = c.programmeStart; day <= c.programmeEnd; day = day.addDays(1)) {
        for (int slot = 0; slot < 3; ++slot) {
            FellowshipItineraryItem item;
            item.cohortId = c.id;
            item.date = day;
            item.startTime = QTime(9 + slot * 3, 0);
            item.endTime = QTime(11 + slot * 3, 0);
            item.type = FellowshipItemTypes::all()[slot];
            item.descriptionEn = QStringLiteral("Session %1").arg(slot + 1);
            item.descriptionJa = QStringLiteral("第%1部").arg(slot + 1);
            fx.itinerary.add(item);
        }
    }
    QList<HostFamily> families;
    for (int i = 0; i < 20; ++i)
        families << fx.addFamily(QStringLiteral("家族%1").arg(i),
                                 QStringLiteral("Family%1").arg(i, 2, 10, QLatin1Char('0')),
                                 1 + i % 2);
    for (int i = 0; i < 20; ++i)
        fx.place(fellows[i].id, families[i].id, d(11, 1), d(11, 3));

    const HomestayGrid grid = fx.homestays.grid(c.id);
    CHECK(grid.nights.size() == 10);
    CHECK(grid.rows.size() == 20);
    CHECK(grid.homestayNights == QList<QDate>{d(11, 1), d(11, 2), d(11, 3)});
    CHECK_FALSE(grid.hasConflicts());
    CHECK_FALSE(grid.hasGaps());
    CHECK(grid.fellowsWithoutPlacement.isEmpty());
    const HomestayGridCell* cell = grid.cell(families[7].id, d(11, 2));
    REQUIRE(cell);
    CHECK(cell->fellows == QList<FellowId>{fellows[7].id});
    CHECK(grid.cell(families[7].id, d(10, 30))->fellows.isEmpty());

    CHECK(fx.itinerary.days(c.id).size() == 10);
    CHECK(fx.itinerary.list(c.id).size() == 30);

    const CohortSummary summary = *fx.cohorts.summary(c.id);
    CHECK(summary.fellows == 20);
    CHECK(summary.count(FellowStatus::Confirmed) == 20);
    CHECK(summary.itineraryItems == 30);
    CHECK(summary.placements == 20);
    CHECK(summary.fellowsWithoutPlacement == 0);

    FellowFilter ohio;
    ohio.subdivisionCode = QStringLiteral("US-OH");
    CHECK(fx.fellows.list(ohio).size() == 7); // filled in from the home government
    FellowFilter ibaraki;
    ibaraki.hostPrefectureCode = QStringLiteral("08");
    CHECK(fx.fellows.list(ibaraki).size() == 20);

    SECTION("a fellow without a family shows as a gap on every homestay night")
    {
        fx.homestays.remove(fx.homestays.list({c.id, fellows[4].id, 0}).first().id);
        const HomestayGrid gaps = fx.homestays.grid(c.id);
        CHECK(gaps.unplaced.size() == 3);
        CHECK(gaps.unplacedOn(d(11, 2)) == QList<FellowId>{fellows[4].id});
        CHECK(gaps.fellowsWithoutPlacement == QList<FellowId>{fellows[4].id});
        CHECK(fx.cohorts.summary(c.id)->fellowsWithoutPlacement == 1);
    }
}

TEST_CASE("The homestay grid flags a double booking", "[fellowship][grid][server]")
{
    Cohort c = sampleCohort2019();
    c.id = 1;
    QList<Fellow> fellows;
    for (FellowId id = 1; id <= 3; ++id) {
        Fellow f;
        f.id = id;
        f.cohortId = 1;
        f.status = FellowStatus::Confirmed;
        fellows << f;
    }
    HostFamily a;
    a.id = 10;
    a.familyNameRomaji = QStringLiteral("Abe");
    a.capacity = 1;
    HostFamily b = a;
    b.id = 11;
    b.familyNameRomaji = QStringLiteral("Endo");

    SECTION("two fellows in a family with room for one")
    {
        const HomestayGrid grid = HomestayGrid::compute(c, fellows, {a, b},
                                                        {placement(1, 1, 10, d(11, 1), d(11, 2)),
                                                         placement(2, 2, 10, d(11, 2), d(11, 3)),
                                                         placement(3, 3, 11, d(11, 1), d(11, 3))});
        CHECK(grid.hasConflicts());
        CHECK(grid.overCapacityCells() == 1);
        CHECK(grid.cell(10, d(11, 2))->overCapacity);
        CHECK(grid.cell(10, d(11, 2))->fellows.size() == 2);
        CHECK_FALSE(grid.cell(10, d(11, 1))->overCapacity);
        CHECK(grid.rows[grid.rowOf(10)].hasConflict());
        CHECK_FALSE(grid.rows[grid.rowOf(11)].hasConflict());
        // Fellow 1 has no family on the 3rd, fellow 2 none on the 1st.
        CHECK(grid.unplaced == QList<FellowNight>{{1, d(11, 3)}, {2, d(11, 1)}});
    }
    SECTION("one fellow with two families on one night")
    {
        const HomestayGrid grid = HomestayGrid::compute(
            c, fellows, {a, b},
            {placement(1, 1, 10, d(11, 1), d(11, 2)), placement(2, 1, 11, d(11, 2), d(11, 3))});
        CHECK(grid.doubleBooked == QList<FellowNight>{{1, d(11, 2)}});
        CHECK(grid.cell(10, d(11, 2))->doubleBooked);
        CHECK(grid.cell(11, d(11, 2))->doubleBooked);
        CHECK_FALSE(grid.cell(11, d(11, 3))->doubleBooked);
        CHECK(grid.hasConflicts());
    }
    SECTION("a double booking already in the file (imported) shows in the stored grid")
    {
        Fixture fx;
        const Cohort stored = fx.addCohort();
        const Fellow f1 =
            fx.addFellow(stored.id, fx.person(QStringLiteral("Hall"), QStringLiteral("Ed")));
        const Fellow f2 =
            fx.addFellow(stored.id, fx.person(QStringLiteral("King"), QStringLiteral("Al")));
        const HostFamily fam = fx.addFamily(QStringLiteral("松本"), QStringLiteral("Matsumoto"), 1);
        fx.place(f1.id, fam.id, d(11, 1), d(11, 2));
        // Written around the rules, as an old spreadsheet import might have.
        Query(*fx.db, QStringLiteral("INSERT INTO homestay_placement (fellow_id, host_family_id, "
                                     "first_night, last_night, created_at, updated_at) VALUES "
                                     "(:f, :h, '2019-11-02', '2019-11-02', 'x', 'x')"))
            .bind(QStringLiteral(":f"), f2.id)
            .bind(QStringLiteral(":h"), fam.id)
            .exec();
        const HomestayGrid grid = fx.homestays.grid(stored.id);
        CHECK(grid.cell(fam.id, d(11, 2))->overCapacity);
        CHECK(grid.hasConflicts());
    }
}

TEST_CASE("A person who is a fellow cannot be deleted silently", "[fellowship][people][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    const PersonId pid = fx.person(QStringLiteral("Young"), QStringLiteral("Chris"));
    const Fellow f = fx.addFellow(c.id, pid);
    CHECK(
        test::refusal(StorageError::Kind::Referenced, "a fellow's person record was deleted", [&] {
            fx.people.remove(pid);
        }).contains(QStringLiteral("Fellows: 1")));
    CHECK(fx.people.find(pid));

    // The cohort, the family and the fellow are protected the same way.
    const HostFamily fam = fx.addFamily(QStringLiteral("森"), QStringLiteral("Mori"), 1);
    fx.place(f.id, fam.id, d(11, 1), d(11, 1));
    auto kindOf = [](auto&& fn) {
        try {
            fn();
        } catch (const StorageError& e) {
            return e.kind();
        }
        return StorageError::Kind::Query;
    };
    CHECK(kindOf([&] { fx.cohorts.remove(c.id); }) == StorageError::Kind::Referenced);
    CHECK(kindOf([&] { fx.families.remove(fam.id); }) == StorageError::Kind::Referenced);
    CHECK(kindOf([&] { fx.fellows.remove(f.id); }) == StorageError::Kind::Referenced);

    // A host family member who is a person on record protects the person too.
    HostFamily withMember = *fx.families.find(fam.id);
    const PersonId host = fx.person(QStringLiteral("Mori"), QStringLiteral("Hiroshi"));
    withMember.members << HostFamilyMember{0, host, {}, 52, QStringLiteral("host father"), {}};
    withMember.members << HostFamilyMember{
        0, 0, QStringLiteral("森 さくら"), 16, QStringLiteral("daughter"), {}};
    const HostFamily saved = fx.families.update(withMember);
    REQUIRE(saved.members.size() == 2);
    CHECK(saved.members[0].display(Language::English) == QStringLiteral("Hiroshi Mori"));
    CHECK(saved.members[1].age == 16);
    CHECK(kindOf([&] { fx.people.remove(host); }) == StorageError::Kind::Referenced);
}

TEST_CASE("A person's fellowships across the years", "[fellowship][people][server]")
{
    Fixture fx;
    const Cohort c2018 = fx.addCohort(2018);
    const Cohort c2019 = fx.addCohort(2019);
    const PersonId pid = fx.person(QStringLiteral("Tremblay"), QStringLiteral("Émilie"));
    const OrganizationId quebec =
        fx.government(QStringLiteral("Gouvernement du Québec"), QStringLiteral("CA-QC"));
    Fellow first = fx.addFellow(c2019.id, pid, quebec, FellowStatus::Attended);
    fx.addFellow(c2018.id, pid, quebec, FellowStatus::Withdrawn);

    const QList<Fellow> history = fx.fellows.historyOfPerson(pid);
    REQUIRE(history.size() == 2);
    CHECK(history[0].cohortYear == 2018);
    CHECK(history[0].status == FellowStatus::Withdrawn);
    CHECK(history[1].cohortYear == 2019);
    CHECK(history[1].organizationName(Language::English) ==
          QStringLiteral("Gouvernement du Québec"));
    CHECK(history[1].subdivisionCode == QStringLiteral("CA-QC"));
    CHECK(history[1].personName.given == QStringLiteral("Émilie"));

    // One person, once per cohort.
    Fellow twice = first;
    twice.id = 0;
    const FieldErrors errors = validationErrors([&] { fx.fellows.add(twice); });
    CHECK(messageOf(errors, "personId").contains(QStringLiteral("2019")));

    const QList<CohortSummary> summaries = fx.cohorts.summaries();
    REQUIRE(summaries.size() == 2);
    CHECK(summaries[0].cohort.year == 2019);
    CHECK(summaries[0].count(FellowStatus::Attended) == 1);
    CHECK(summaries[1].count(FellowStatus::Withdrawn) == 1);
}

TEST_CASE("Sensitive notes are kept exactly and can be left out", "[fellowship][privacy][server]")
{
    Fixture fx;
    const Cohort c = fx.addCohort();
    Fellow f;
    f.cohortId = c.id;
    f.personId = fx.person(QStringLiteral("Brown"), QStringLiteral("Dana"));
    f.dietaryNotes = QStringLiteral("  No pork.\nLactose intolerant  ");
    f.medicalNotes = QStringLiteral("Carries an EpiPen (𠮷野家 is fine)");
    f.emergencyContactName = QStringLiteral("Sam Brown");
    f = fx.fellows.add(f);
    CHECK(f.dietaryNotes == QStringLiteral("  No pork.\nLactose intolerant  "));
    CHECK(f.medicalNotes == QStringLiteral("Carries an EpiPen (𠮷野家 is fine)"));
    const Fellow shareable = f.withoutSensitiveData();
    CHECK(shareable.dietaryNotes.isEmpty());
    CHECK(shareable.medicalNotes.isEmpty());
    CHECK(shareable.emergencyContactName.isEmpty());
    CHECK(shareable.personName == f.personName);

    HostFamily fam = fx.addFamily(QStringLiteral("髙橋"), QStringLiteral("Takahashi"), 2);
    fam.addressJa = QStringLiteral("茨城県北茨城市磯原町磯原1-2-3");
    fam = fx.families.update(fam);
    CHECK(fx.families.find(fam.id)->addressJa == QStringLiteral("茨城県北茨城市磯原町磯原1-2-3"));
    CHECK(fam.familyNameKanji == QStringLiteral("髙橋"));
    CHECK(fam.withoutSensitiveData().addressJa.isEmpty());
    CHECK(fam.municipalityNameJa == QStringLiteral("北茨城市"));
}

TEST_CASE("A host family shows every fellow it has hosted", "[fellowship][homestay][server]")
{
    Fixture fx;
    const Cohort c2018 = fx.addCohort(2018);
    const Cohort c2019 = fx.addCohort(2019);
    const HostFamily fam = fx.addFamily(QStringLiteral("中村"), QStringLiteral("Nakamura"), 1);
    const Fellow a =
        fx.addFellow(c2018.id, fx.person(QStringLiteral("Ford"), QStringLiteral("Lee")));
    const Fellow b =
        fx.addFellow(c2019.id, fx.person(QStringLiteral("Gray"), QStringLiteral("Max")));
    fx.place(a.id, fam.id, d(11, 1, 2018), d(11, 2, 2018));
    fx.place(b.id, fam.id, d(11, 1), d(11, 2));
    const QList<HomestayPlacement> history = fx.families.placementHistory(fam.id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].cohortYear == 2019);
    CHECK(history[0].fellowName.family == QStringLiteral("Gray"));
    CHECK(history[1].cohortYear == 2018);

    HostFamilyFilter byName;
    byName.text = QStringLiteral("なかむら");
    fx.addFamily(QStringLiteral("木村"), QStringLiteral("Kimura"), 1);
    HostFamily withKana = *fx.families.find(fam.id);
    withKana.familyNameKana = QStringLiteral("なかむら");
    fx.families.update(withKana);
    CHECK(fx.families.list(byName).size() == 1);
    byName.text = QStringLiteral("kimura");
    CHECK(fx.families.list(byName).size() == 1);

    // By the town (北茨城市 here) or the prefecture (Ibaraki, 08) it lives in.
    fx.addFamily(QStringLiteral("佐藤"), QStringLiteral("Sato"), 1, QStringLiteral("082015"));
    HostFamilyFilter inTown;
    inTown.municipalityCode = Kitaibaraki;
    CHECK(fx.families.list(inTown).size() == 2);
    HostFamilyFilter inIbaraki;
    inIbaraki.prefectureCode = QStringLiteral("08");
    CHECK(fx.families.list(inIbaraki).size() == 3);
    inIbaraki.prefectureCode = QStringLiteral("13");
    CHECK(fx.families.list(inIbaraki).isEmpty());
}

TEST_CASE("Fellowship records are counted and named", "[fellowship][storage][server]")
{
    auto db = test::memoryDatabase();
    QStringList keys;
    for (const RecordKind& k : RecordKinds::all())
        keys << k.key;
    for (const char* key : {"fellowship_cohorts", "fellows", "fellowship_itinerary_items",
                            "host_families", "homestays"})
        CHECK(keys.contains(QLatin1String(key)));
    CHECK(RecordKinds::labelForTable(QStringLiteral("homestay_placement")) ==
          QStringLiteral("Homestays"));
}

TEST_CASE("Fellows across the years are listed within a range of cohort years",
          "[fellowship][allfellows][server]")
{
    Fixture fx;
    const OrganizationId ohio =
        fx.government(QStringLiteral("State of Ohio"), QStringLiteral("US-OH"));
    const Cohort y1993 = fx.addCohort(1993);
    const Cohort y2005 = fx.addCohort(2005);
    const Cohort y2019 = fx.addCohort(2019);
    fx.addFellow(y1993.id, fx.person(QStringLiteral("First"), QStringLiteral("Ann")), ohio);
    fx.addFellow(y2005.id, fx.person(QStringLiteral("Middle"), QStringLiteral("Bo")), ohio);
    fx.addFellow(y2019.id, fx.person(QStringLiteral("Last"), QStringLiteral("Cy")), ohio);
    const auto years = [&](int from, int to) {
        FellowFilter filter;
        filter.fromYear = from;
        filter.toYear = to;
        QList<int> out;
        for (const Fellow& f : fx.fellows.list(filter))
            out << f.cohortYear;
        return out;
    };
    CHECK(years(0, 0) == QList<int>{2019, 2005, 1993}); // newest first
    CHECK(years(1993, 2005) == QList<int>{2005, 1993}); // both ends included
    CHECK(years(2006, 0) == QList<int>{2019});
    CHECK(years(0, 1993) == QList<int>{1993});
    CHECK(years(2006, 2018).isEmpty());
}
