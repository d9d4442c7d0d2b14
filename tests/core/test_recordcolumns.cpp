// The kinds whose columns are stated once (RecordColumns) state them as the
// schema has them: every column of the table is written by a save (a column
// added by a later schema step and forgotten here fails), and every column
// written is one of the table's; each record saved reads back as it was.
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "storage/fellowrepository.h"
#include "storage/fellowshipitineraryrepository.h"
#include "storage/homestayrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/recordcolumns.h"
#include "storage/researchlogrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/researchtopicrepository.h"
#include "storage/schemainfo.h"
#include "storage/staffrepository.h"
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
    CHECK(Query(*db, QStringLiteral("SELECT count(*) FROM delegation WHERE staff_member_id IS NULL "
                                    "AND purpose_ja IS NULL AND dietary_needs IS NULL"))
              .exec()
              .scalar()
              .toInt() == 1);
}
