// The kinds whose columns are stated once (RecordColumns) state them as the
// schema has them: every column of the table is written by a save (a column
// added by a later schema step and forgotten here fails), and every column
// written is one of the table's; each record saved reads back as it was.
#include "storage/chapterfundingrepository.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "storage/fellowrepository.h"
#include "storage/fellowshipitineraryrepository.h"
#include "storage/homestayrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/jetaachapterrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"
#include "storage/researchlogrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/researchtopicrepository.h"
#include "storage/schemainfo.h"
#include "storage/sisteraffiliationrepository.h"
#include "storage/sqlconditions.h"
#include "storage/staffrepository.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

// The columns a user's record has beyond those every table of records has.
// `writtenOnce`: columns an add writes beside them, never a save.
template <class T>
void checkAgainstSchema(const Database& db, const RecordColumns<T>& columns,
                        const QStringList& writtenOnce = {})
{
    INFO(columns.table().toStdString());
    // Its description names it when a save is refused ("this delegation").
    CHECK(RecordTypes::forTable(columns.table()) != nullptr);
    QStringList schema = SchemaInfo::columns(db, columns.table());
    REQUIRE_FALSE(schema.isEmpty());
    for (const char* kept : {"id", "row_version", "created_at", "updated_at"})
        CHECK(schema.removeAll(QString::fromLatin1(kept)) == 1);
    for (const QString& once : writtenOnce)
        CHECK(schema.removeAll(once) == 1);
    QStringList written = columns.written();
    CHECK(written.removeDuplicates() == 0);
    schema.sort();
    written.sort();
    CHECK(written == schema);
}

} // namespace

TEST_CASE("The columns each kind states once are its table's, every one written by a save",
          "[storage][records][server]")
{
    auto db = test::memoryDatabase();
    checkAgainstSchema(*db, DelegationRepository::columns());
    checkAgainstSchema(*db, ResearchRequestRepository::columns());
    checkAgainstSchema(*db, StaffRepository::columns());
    checkAgainstSchema(*db, ResearchTopicRepository::columns());
    checkAgainstSchema(*db, ResearchLogRepository::columns());
    checkAgainstSchema(*db, HomestayRepository::columns());
    checkAgainstSchema(*db, FellowshipItineraryRepository::columns());
    checkAgainstSchema(*db, PersonRepository::columns());
    checkAgainstSchema(*db, OrganizationRepository::columns());
    checkAgainstSchema(*db, CohortRepository::columns());
    checkAgainstSchema(*db, FellowRepository::columns());
    checkAgainstSchema(*db, HostFamilyRepository::columns());
    checkAgainstSchema(*db, JetaaChapterRepository::columns());
    checkAgainstSchema(*db, ChapterFundingRepository::columns());
    checkAgainstSchema(*db, SisterAffiliationRepository::columns());
    // The uid of an itinerary item is written once, when it is added.
    checkAgainstSchema(*db, DelegationItineraryRepository::columns(), {QStringLiteral("uid")});
}

TEST_CASE("A SELECT of stated columns reads a row as the struct it was written from",
          "[storage][records]")
{
    auto db = test::memoryDatabase();
    // Written through the stated columns and read back through them: each
    // member comes back from its own column, the joined name aside.
    Delegation d;
    d.nameEn = QStringLiteral("Sapporo City delegation");
    d.nameJa = QStringLiteral("札幌市訪問団");
    d.sendingGovernment.prefectureCode = QStringLiteral("01");
    d.purposeEn = QStringLiteral("Snow festival exchange");
    d.arrival = QDate(2026, 2, 3);
    d.departure = QDate(2026, 2, 7);
    d.status = DelegationStatus::Confirmed;
    d.expectedMemberCount = 6;
    d.protocol.giftsGiven = QStringLiteral("扇子");
    d.protocol.notes = QStringLiteral("Seat the mayor first");
    d.thankYouSent = QDate(2026, 2, 20);
    d.followUpNotes = QStringLiteral("Send photos");
    const Delegation saved = DelegationRepository(*db).add(d);
    Query q(*db, DelegationRepository::columns().select() + QStringLiteral(" WHERE d.id = :id"));
    q.bind(QStringLiteral(":id"), saved.id).exec();
    REQUIRE(q.next());
    const Delegation read = DelegationRepository::columns().read(q);
    CHECK(read.id == saved.id);
    CHECK(read.nameJa == d.nameJa);
    CHECK(read.sendingGovernment.prefectureCode == QStringLiteral("01"));
    CHECK(read.purposeEn == d.purposeEn);
    CHECK(read.arrival == d.arrival);
    CHECK(read.departure == d.departure);
    CHECK(read.status == DelegationStatus::Confirmed);
    CHECK(read.expectedMemberCount == 6);
    CHECK(read.protocol.giftsGiven == d.protocol.giftsGiven);
    CHECK(read.protocol.notes == d.protocol.notes);
    CHECK(read.thankYouSent == d.thankYouSent);
    CHECK(read.followUpNotes == d.followUpNotes);
    CHECK(read.rowVersion == saved.rowVersion);
    CHECK(read.createdAt == saved.createdAt);
    // Nothing given is written as NULL, not as 0 or "".
    CHECK(test::rows(*db,
                     QStringLiteral("SELECT count(*) FROM delegation WHERE staff_member_id IS NULL "
                                    "AND purpose_ja IS NULL AND dietary_needs IS NULL")) ==
          QStringList{QStringLiteral("1")});
}

TEST_CASE("A chapter and its funding read back as saved, none kept apart from nought",
          "[storage][records][server]")
{
    auto db = test::memoryDatabase();
    JetaaChapterRepository chapters(*db);
    JetaaChapter c = test::chapter(QStringLiteral("  JETAA New York "), QStringLiteral("US-NY"));
    c.founded = {1989, 0, 0}; // only the year is known
    c.email = QStringLiteral("board@jetaany.org");
    const JetaaChapter ny = chapters.add(c);
    CHECK(ny.name == QStringLiteral("JETAA New York")); // trimmed
    CHECK(ny.founded.year == 1989);
    CHECK(ny.founded.month == 0);
    CHECK(ny.email == c.email);
    CHECK(
        test::rows(*db, QStringLiteral("SELECT count(*) FROM jetaa_chapter WHERE founded_month IS "
                                       "NULL AND founded_day IS NULL AND parent_id IS NULL AND "
                                       "city IS NULL")) == QStringList{QStringLiteral("1")});

    JetaaChapter sub;
    sub.name = QStringLiteral("JETAA New York, Upstate");
    sub.country = QStringLiteral("US");
    sub.subdivisionCode = QStringLiteral("US-NY");
    sub.parentId = ny.id;
    CHECK(chapters.add(sub).parentName == QStringLiteral("JETAA New York"));

    ChapterFundingRepository fundings(*db);
    ChapterFunding f;
    f.chapterId = ny.id;
    f.fiscalYear = FiscalYear(2026);
    f.currency = QStringLiteral("USD");
    f.applicationDate = QDate(2026, 4, 20);
    f.approved = 0; // decided: nothing granted
    f.status = FundingStatus::Approved;
    const ChapterFunding saved = fundings.add(f);
    CHECK(saved.chapterName == QStringLiteral("JETAA New York"));
    CHECK(saved.chapterCountry == QStringLiteral("US"));
    CHECK(saved.fiscalYear == FiscalYear(2026));
    CHECK(saved.applicationDate == f.applicationDate);
    REQUIRE(saved.approved.has_value());
    CHECK(*saved.approved == 0);
    CHECK_FALSE(saved.budgetJpy.has_value()); // not given: none, not 0
    CHECK(saved.status == FundingStatus::Approved);
    CHECK(test::rows(*db, QStringLiteral(
                              "SELECT count(*) FROM chapter_funding WHERE approved_amount "
                              "= 0 AND budget_jpy IS NULL")) == QStringList{QStringLiteral("1")});
}

TEST_CASE("A save refused says which kind of record was gone, saved by someone else or still "
          "named",
          "[storage][records][server]")
{
    auto db = test::memoryDatabase();
    JetaaChapterRepository chapters(*db);
    const JetaaChapter nc = chapters.add(
        test::chapter(QStringLiteral("JETAA Northern California"), QStringLiteral("US-CA")));
    ChapterFundingRepository fundings(*db);
    ChapterFunding f;
    f.chapterId = nc.id;
    f.fiscalYear = FiscalYear(2026);
    f.currency = QStringLiteral("USD");
    const ChapterFunding opened = fundings.add(f);

    // Two people opened it; the first saves.
    ChapterFunding first = opened;
    first.notes = QStringLiteral("Budget confirmed");
    fundings.update(first);
    ChapterFunding second = opened;
    second.notes = QStringLiteral("Waiting for the budget");
    CHECK(test::refusal(StorageError::Kind::Conflict, "a stale save went through",
                        [&] { fundings.update(second); }) ==
          QStringLiteral("Someone else saved this funding record after you "
                         "opened it."));
    CHECK(fundings.find(opened.id)->notes == QStringLiteral("Budget confirmed"));

    // The chapter still has its funding: not removed, and told why.
    CHECK(test::refusal(StorageError::Kind::Referenced, "a chapter with funding was removed",
                        [&] { chapters.remove(nc.id); })
              .startsWith(QStringLiteral("This chapter still has subchapters or "
                                         "funding records (")));
    REQUIRE(chapters.find(nc.id));

    // Removed elsewhere, then saved here.
    fundings.remove(opened.id);
    CHECK_FALSE(fundings.find(opened.id));
    CHECK(test::refusal(StorageError::Kind::NotFound, "a removed record was saved", [&] {
              fundings.update(first);
          }) == QStringLiteral("This funding record no longer exists; it was removed elsewhere."));
}

TEST_CASE("The rows a record owns are written anew in their order, what is not given as NULL",
          "[storage][records][server]")
{
    auto db = test::memoryDatabase();
    HostFamilyRepository families(*db);
    HostFamily f;
    f.familyNameKanji = QStringLiteral("加藤");
    f.familyNameRomaji = QStringLiteral("Kato");
    f.capacity = 2;
    f.municipalityCode = QStringLiteral("131016");
    HostFamilyMember father;
    father.name = QStringLiteral("加藤 健");
    father.age = 52;
    father.role = QStringLiteral("host father");
    HostFamilyMember daughter;
    daughter.name = QStringLiteral("加藤 さくら");
    f.members = {father, daughter};
    const HostFamily saved = families.add(f);
    REQUIRE(saved.members.size() == 2);
    CHECK(saved.members[0].name == father.name);
    CHECK(saved.members[0].age == 52);
    CHECK(saved.members[1].name == daughter.name);
    CHECK_FALSE(saved.members[1].age.has_value());
    CHECK(
        test::rows(*db, QStringLiteral("SELECT count(*) FROM host_family_member WHERE person_id IS "
                                       "NULL AND age IS NULL AND role IS NULL")) ==
        QStringList{QStringLiteral("1")});

    // Saved again the other way round, with one removed and one added:
    // the rows follow the list, none left behind.
    HostFamily changed = saved;
    HostFamilyMember son;
    son.name = QStringLiteral("加藤 翔");
    son.age = 15;
    changed.members = {son, saved.members[0]};
    const HostFamily again = families.update(changed);
    REQUIRE(again.members.size() == 2);
    CHECK(again.members[0].name == son.name);
    CHECK(again.members[1].name == father.name);
    CHECK(test::rows(*db, QStringLiteral("SELECT count(*) FROM host_family_member")) ==
          QStringList{QStringLiteral("2")});
}

TEST_CASE("A filter left at \"any\" puts nothing into the SQL — a set one is bound, never "
          "written into it",
          "[storage][filters]")
{
    SqlConditions none;
    none.equalIfSet(QStringLiteral("f.cohort_id"), qint64(0));
    none.equalIfSet(QStringLiteral("f.country"), QString());
    none.equalIfSet<FellowStatuses>(QStringLiteral("f.status"), std::optional<FellowStatus>());
    CHECK(none.isEmpty());
    CHECK(none.where() == QStringLiteral(" "));

    SqlConditions set;
    set.equalIfSet(QStringLiteral("f.cohort_id"), qint64(7));
    set.equalIfSet(QStringLiteral("c.country"), QStringLiteral("CA' OR 1=1 --"));
    set.equalIfSet<FellowStatuses>(QStringLiteral("f.status"),
                                   std::optional<FellowStatus>(FellowStatus::Withdrawn));
    CHECK(set.sql() == QStringLiteral("(f.cohort_id = :f_cohort_id) AND (c.country = :c_country) "
                                      "AND (f.status = :f_status)"));
    const QVariantMap values = set.values();
    CHECK(values.value(QStringLiteral(":f_cohort_id")).toLongLong() == 7);
    CHECK(values.value(QStringLiteral(":c_country")).toString() == QStringLiteral("CA' OR 1=1 --"));
    CHECK(values.value(QStringLiteral(":f_status")).toString() == QStringLiteral("withdrawn"));
}
