#include "core/delegationfixtures.h"
#include "storage/database.h"
#include "storage/delegationrepository.h"
#include "storage/handoverrepository.h"
#include "storage/researchlogrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/researchtopicrepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;
using test::fieldsOf;

namespace {

ResearchRequest request(const QDate& received, const QDate& due)
{
    ResearchRequest r;
    r.requestingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
    r.questionJa = QStringLiteral("米国の911通報システムの運用体制について");
    r.questionEn = QStringLiteral("How is 911 dispatch organized in US counties?");
    r.received = received;
    r.due = due;
    return r;
}

ResearchTopic topic(StaffMemberId owner, const QString& titleEn, TopicStatus status)
{
    ResearchTopic t;
    t.owner = owner;
    t.titleEn = titleEn;
    t.status = status;
    t.start = QDate(2024, 5, 1);
    return t;
}

ResearchLogEntry entry(ResearchTopicId topicId, StaffMemberId author, const QDate& date,
                       LogKind kind, const QString& notes)
{
    ResearchLogEntry e;
    e.topicId = topicId;
    e.author = author;
    e.date = date;
    e.kind = kind;
    e.notes = notes;
    return e;
}

} // namespace

TEST_CASE("An official's term ends after it starts and normally lasts two years",
          "[research][staff][server]")
{
    StaffMember s;
    s.person.id = 1;
    s.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
    s.termStart = QDate(2025, 4, 1);
    CHECK(StaffMember::suggestedTermEnd(s.termStart) == QDate(2027, 3, 31));
    s.termEnd = QDate(2027, 3, 31);
    CHECK(s.validate().isEmpty());
    s.termEnd = s.termStart;
    CHECK(fieldsOf(s.validate()) == QStringList{QStringLiteral("termEnd")});
    s.termEnd = QDate(2025, 3, 31);
    CHECK(fieldsOf(s.validate()) == QStringList{QStringLiteral("termEnd")});

    auto db = test::memoryDatabase();
    s.person.id = test::addPerson(*db, QStringLiteral("Suzuki"), QStringLiteral("Ichiro"));
    CHECK(fieldsOf([&] { StaffRepository(*db).add(s); }) == QStringList{QStringLiteral("termEnd")});
    CHECK(StaffRepository(*db).list().isEmpty());

    SECTION("the term is over once its last day has passed")
    {
        s.termEnd = QDate(2027, 3, 31);
        CHECK_FALSE(s.hasTermEnded(QDate(2027, 3, 31)));
        CHECK(s.hasTermEnded(QDate(2027, 4, 1)));
        CHECK(s.isServingOn(QDate(2027, 3, 31)));
        CHECK_FALSE(s.isServingOn(QDate(2027, 4, 1)));
    }
}

TEST_CASE("A dispatched official has a sending government — local staff have none",
          "[research][staff][server]")
{
    auto db = test::memoryDatabase();
    StaffRepository staff(*db);
    StaffMember s;
    s.person.id = test::addPerson(*db, QStringLiteral("Tanaka"), QStringLiteral("Aiko"),
                                  QStringLiteral("田中"), QStringLiteral("愛子"));
    s.termStart = QDate(2025, 4, 1);
    CHECK(fieldsOf([&] { staff.add(s); }) == QStringList{QStringLiteral("sendingGovernment")});

    s.sendingGovernment = GovernmentRef::municipality(QStringLiteral("281000"));
    const StaffMember official = staff.add(s);
    CHECK(official.sendingGovernment.nameJa == QStringLiteral("兵庫県神戸市"));
    CHECK(official.person.name.kanji() == QStringLiteral("田中 愛子"));

    StaffMember local;
    local.person.id = test::addPerson(*db, QStringLiteral("Côté"), QStringLiteral("Émilie"));
    local.kind = StaffKind::LocalStaff;
    local.positionEn = QStringLiteral("Program Coordinator");
    local.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("13"));
    CHECK(fieldsOf(local.validate()) == QStringList{QStringLiteral("sendingGovernment")});
    local.sendingGovernment = {};
    CHECK(staff.add(local).person.name.latin() == QStringLiteral("Émilie Côté"));

    StaffFilter serving;
    serving.servingOn = QDate(2025, 3, 1);
    CHECK(staff.list(serving).size() == 1); // the local staff member, without a term
    serving.servingOn = QDate(2025, 6, 1);
    CHECK(staff.list(serving).size() == 2);
    serving.kind = StaffKind::DispatchedOfficial;
    CHECK(staff.list(serving).size() == 1);
}

TEST_CASE("A research request is overdue from the day after its due date", "[research][requests]")
{
    ResearchRequest r = request(QDate(2025, 6, 2), QDate(2025, 6, 30));
    CHECK_FALSE(r.isOverdue(QDate(2025, 6, 29)));
    CHECK_FALSE(r.isOverdue(QDate(2025, 6, 30))); // due today: not yet late
    CHECK(r.isOverdue(QDate(2025, 7, 1)));
    CHECK(r.daysOverdue(QDate(2025, 7, 1)) == 1);
    CHECK(r.daysOverdue(QDate(2025, 6, 30)) == 0);

    SECTION("across the turn of the year")
    {
        r.due = QDate(2025, 12, 31);
        CHECK_FALSE(r.isOverdue(QDate(2025, 12, 31)));
        CHECK(r.isOverdue(QDate(2026, 1, 1)));
    }
    SECTION("a request in progress can be late")
    {
        r.status = RequestStatus::InProgress;
        CHECK(r.isOverdue(QDate(2025, 7, 1)));
    }
    SECTION("an answered or closed request is never late")
    {
        r.status = RequestStatus::Answered;
        CHECK_FALSE(r.isOverdue(QDate(2026, 1, 1)));
        r.status = RequestStatus::Closed;
        CHECK_FALSE(r.isOverdue(QDate(2026, 1, 1)));
    }
    SECTION("a request without a due date is never late")
    {
        r.due = {};
        CHECK_FALSE(r.isOverdue(QDate(2030, 1, 1)));
    }
}

TEST_CASE("The request list can ask for the overdue ones on a given day",
          "[research][requests][server]")
{
    auto db = test::memoryDatabase();
    ResearchRequestRepository requests(*db);
    const ResearchRequest dueJune30 = requests.add(request(QDate(2025, 6, 2), QDate(2025, 6, 30)));
    const ResearchRequest dueJuly15 = requests.add(request(QDate(2025, 6, 5), QDate(2025, 7, 15)));
    ResearchRequest answered = request(QDate(2025, 5, 1), QDate(2025, 5, 31));
    answered.status = RequestStatus::Answered;
    answered.answerSummary = QStringLiteral("Counties run public-safety answering points.");
    answered.answered = QDate(2025, 6, 10);
    requests.add(answered);
    requests.add(request(QDate(2025, 6, 20), {}));

    ResearchRequestFilter overdue;
    overdue.overdueOn = QDate(2025, 6, 30);
    CHECK(requests.list(overdue).isEmpty());
    overdue.overdueOn = QDate(2025, 7, 1);
    const QList<ResearchRequest> late = requests.list(overdue);
    REQUIRE(late.size() == 1);
    CHECK(late.first().id == dueJune30.id);
    overdue.overdueOn = QDate(2025, 7, 16);
    CHECK(requests.list(overdue).size() == 2);

    // Open requests first, the soonest due first; answered ones after.
    const QList<ResearchRequest> all = requests.list();
    REQUIRE(all.size() == 4);
    CHECK(all[0].id == dueJune30.id);
    CHECK(all[1].id == dueJuly15.id);
    CHECK_FALSE(all[2].due.isValid());
    CHECK(all[3].status == RequestStatus::Answered);

    ResearchRequestFilter ibaraki;
    ibaraki.prefectureCode = QStringLiteral("08");
    CHECK(requests.list(ibaraki).size() == 4);
    CHECK(all[0].requestingGovernment.nameJa == QStringLiteral("茨城県"));
}

TEST_CASE("A research request is checked before it is saved", "[research][requests]")
{
    ResearchRequest r = request(QDate(2025, 6, 2), QDate(2025, 6, 1));
    CHECK(fieldsOf(r.validate()) == QStringList{QStringLiteral("due")});
    r.due = QDate(2025, 6, 30);
    r.status = RequestStatus::Answered;
    CHECK(fieldsOf(r.validate()) == QStringList{QStringLiteral("answerSummary")});
    r.answerSummary = QStringLiteral("See the attached memo.");
    r.answered = QDate(2025, 6, 1);
    CHECK(fieldsOf(r.validate()) == QStringList{QStringLiteral("answered")});
    r.answered = QDate(2025, 6, 20);
    CHECK(r.validate().isEmpty());
    r.questionJa.clear();
    r.questionEn = QStringLiteral(" ");
    CHECK(fieldsOf(r.validate()) == QStringList{QStringLiteral("questionJa")});
    r.questionJa = QStringLiteral("質問");
    r.sources << ResearchSource{0, SourceKind::Link, {}, {}, QStringLiteral("not a link"), {}};
    CHECK(fieldsOf(r.validate()) == QStringList{QStringLiteral("sources")});
}

TEST_CASE("A request's sources are kept, and a person used as a source cannot be removed",
          "[research][requests][server]")
{
    auto db = test::memoryDatabase();
    const OrganizationId naco = test::addOrganization(*db, QStringLiteral("NACo"));
    const PersonId expert =
        test::addPerson(*db, QStringLiteral("O'Brien"), QStringLiteral("Siobhán"));
    ResearchRequest r = request(QDate(2025, 6, 2), QDate(2025, 6, 30));
    r.sources = {
        {0, SourceKind::Organization, {naco, {}, {}}, {}, {}, QStringLiteral("county survey")},
        {0, SourceKind::Person, {}, {expert, {}}, {}, QStringLiteral("phone interview")},
        {0, SourceKind::Link, {}, {}, QStringLiteral("https://www.911.gov"), {}},
    };
    ResearchRequestRepository requests(*db);
    const ResearchRequest saved = requests.add(r);
    REQUIRE(saved.sources.size() == 3);
    CHECK(saved.sources[0].organization.nameEn == QStringLiteral("NACo"));
    CHECK(saved.sources[1].person.name.latin() == QStringLiteral("Siobhán O'Brien"));
    CHECK(saved.sources[2].url == QStringLiteral("https://www.911.gov"));

    CHECK(
        test::refusal(StorageError::Kind::Referenced, "a person used as a source was removed", [&] {
            PersonRepository(*db).remove(expert);
        }).contains(QStringLiteral("Sources of research answers")));
    requests.remove(saved.id);
    CHECK_NOTHROW(PersonRepository(*db).remove(expert));
}

TEST_CASE("When an official's term ends, their active topics are flagged for handover",
          "[research][handover][server]")
{
    auto db = test::memoryDatabase();
    const StaffMember official =
        test::addOfficial(*db, test::addPerson(*db, QStringLiteral("Ito"), QStringLiteral("Jun")),
                          QDate(2024, 4, 1), QDate(2026, 3, 31));
    ResearchTopicRepository topics(*db);
    const ResearchTopic homelessness =
        topics.add(topic(official.id, QStringLiteral("Homelessness policy"), TopicStatus::Active));
    topics.add(topic(official.id, QStringLiteral("Transit funding"), TopicStatus::Completed));
    topics.add(topic(official.id, QStringLiteral("Rural broadband"), TopicStatus::Paused));

    const QDate lastDay(2026, 3, 31), nextDay(2026, 4, 1);
    CHECK_FALSE(topics.find(homelessness.id)->needsHandover(lastDay));
    CHECK(topics.find(homelessness.id)->needsHandover(nextDay));
    CHECK(topicNeedsHandover(homelessness, official, nextDay));
    CHECK_FALSE(topicNeedsHandover(homelessness, official, lastDay));

    ResearchTopicFilter flagged;
    flagged.needingHandoverOn = lastDay;
    CHECK(topics.list(flagged).isEmpty());
    flagged.needingHandoverOn = nextDay;
    const QList<ResearchTopic> waiting = topics.list(flagged);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().titleEn == QStringLiteral("Homelessness policy"));

    HandoverRepository handover(*db);
    CHECK(handover.officialsAwaitingHandover(lastDay).isEmpty());
    const QList<StaffMember> awaiting = handover.officialsAwaitingHandover(nextDay);
    REQUIRE(awaiting.size() == 1);
    CHECK(awaiting.first().id == official.id);
}

TEST_CASE("The handover view lists everything an official owns", "[research][handover][server]")
{
    auto db = test::memoryDatabase();
    const StaffMember leaving =
        test::addOfficial(*db,
                          test::addPerson(*db, QStringLiteral("Mori"), QStringLiteral("Kaori"),
                                          QStringLiteral("森"), QStringLiteral("香織")),
                          QDate(2023, 4, 1), QDate(2025, 3, 31));
    const StaffMember successor =
        test::addOfficial(*db, test::addPerson(*db, QStringLiteral("Ueda"), QStringLiteral("Ryo")),
                          QDate(2025, 4, 1), QDate(2027, 3, 31));

    ResearchTopicRepository topics(*db);
    const ResearchTopic active =
        topics.add(topic(leaving.id, QStringLiteral("Homelessness policy"), TopicStatus::Active));
    const ResearchTopic done =
        topics.add(topic(leaving.id, QStringLiteral("Transit funding"), TopicStatus::Completed));
    topics.add(topic(successor.id, QStringLiteral("Someone else's topic"), TopicStatus::Active));

    ResearchLogRepository log(*db);
    log.add(entry(active.id, leaving.id, QDate(2024, 5, 2), LogKind::Interview,
                  QStringLiteral("NAEH")));
    log.add(entry(done.id, leaving.id, QDate(2024, 1, 10), LogKind::Reading,
                  QStringLiteral("FTA report")));
    log.add(entry(active.id, 0, QDate(2024, 6, 1), LogKind::Writing, QStringLiteral("Draft")));

    ResearchRequestRepository requests(*db);
    ResearchRequest open = request(QDate(2025, 2, 1), QDate(2025, 3, 15));
    open.assignedTo = leaving.id;
    requests.add(open);
    ResearchRequest answered = request(QDate(2024, 9, 1), QDate(2024, 9, 30));
    answered.assignedTo = leaving.id;
    answered.status = RequestStatus::Answered;
    answered.answerSummary = QStringLiteral("Answered by memo.");
    requests.add(answered);

    Delegation d;
    d.nameJa = QStringLiteral("兵庫県訪問団");
    d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
    d.arrival = QDate(2025, 5, 12);
    d.departure = QDate(2025, 5, 15);
    d.status = DelegationStatus::Planning;
    d.staffInCharge = leaving.id;
    DelegationRepository(*db).add(d);

    HandoverRepository handovers(*db);
    const QDate today(2025, 4, 2);
    const std::optional<Handover> h = handovers.handover(leaving.id, today);
    REQUIRE(h);
    CHECK(h->official.person.name.kanji() == QStringLiteral("森 香織"));
    REQUIRE(h->topics.size() == 2);
    CHECK(h->topics.first().titleEn == QStringLiteral("Homelessness policy")); // active first
    REQUIRE(h->topicsNeedingHandover(today).size() == 1);
    CHECK(h->topicsNeedingHandover(today).first().id == active.id);
    CHECK(h->logEntries.size() == 3);
    CHECK(h->logEntries.first().date == QDate(2024, 1, 10)); // oldest first
    CHECK(h->requests.size() == 2);
    CHECK(h->requests.first().isOverdue(today));
    CHECK(h->delegations.size() == 1);
    CHECK(h->openItemCount() == 3); // active topic, open request, delegation

    SECTION("handing over moves the open work and keeps the log's authors")
    {
        const HandoverTransfer moved = handovers.transfer(leaving.id, successor.id);
        CHECK(moved.topics == 1);
        CHECK(moved.requests == 1);
        CHECK(moved.delegations == 1);

        const Handover after = *handovers.handover(leaving.id, today);
        REQUIRE(after.topics.size() == 1);
        CHECK(after.topics.first().status == TopicStatus::Completed);
        CHECK(after.topicsNeedingHandover(today).isEmpty());
        CHECK(after.openItemCount() == 0);
        // The entries they wrote stay theirs; the unsigned one went with the topic.
        CHECK(after.logEntries.size() == 2);

        const Handover inherited = *handovers.handover(successor.id, today);
        CHECK(inherited.topics.size() == 2);
        CHECK(inherited.requests.size() == 1);
        CHECK(inherited.delegations.size() == 1);
        CHECK(handovers.officialsAwaitingHandover(today).isEmpty());
    }
    SECTION("an official cannot hand over to themselves")
    {
        CHECK(fieldsOf([&] { handovers.transfer(leaving.id, leaving.id); }) ==
              QStringList{QStringLiteral("successor")});
    }
    SECTION("an official who still owns records cannot be removed")
    {
        try {
            StaffRepository(*db).remove(leaving.id);
            FAIL("an official with records was removed");
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Referenced);
            CHECK(e.message().contains(QStringLiteral("Research topics")));
            CHECK(e.message().contains(QStringLiteral("Delegations")));
        }
    }
}

TEST_CASE("Three research entries under a topic read back in order and in both languages",
          "[research][log][server]")
{
    auto db = test::memoryDatabase();
    const StaffMember official =
        test::addOfficial(*db,
                          test::addPerson(*db, QStringLiteral("Yoshida"), QStringLiteral("Hanako"),
                                          QStringLiteral("𠮷田"), QStringLiteral("花子")),
                          QDate(2025, 4, 1), QDate(2027, 3, 31));
    ResearchTopic t =
        topic(official.id, QStringLiteral("Homelessness policy in US cities"), TopicStatus::Active);
    t.titleJa = QStringLiteral("米国都市におけるホームレス対策");
    t.tags = {QStringLiteral(" housing "), QStringLiteral("Housing"), QString(),
              QStringLiteral("福祉")};
    t.deliverables << ResearchDeliverable{0,
                                          QStringLiteral("Homelessness in New York"),
                                          QStringLiteral("ニューヨーク市のホームレス対策"),
                                          QDate(2026, 2, 1),
                                          {}};
    ResearchTopicRepository topics(*db);
    t = topics.add(t);
    CHECK(t.tags == QStringList{QStringLiteral("housing"), QStringLiteral("福祉")});
    CHECK(t.deliverables.size() == 1);
    CHECK(t.title(Language::Japanese) == QStringLiteral("米国都市におけるホームレス対策"));
    CHECK(t.title(Language::English) == QStringLiteral("Homelessness policy in US cities"));
    CHECK(t.ownerName.familyKanji == QStringLiteral("𠮷田"));

    const OrganizationId dhs =
        test::addOrganization(*db, QStringLiteral("NYC Department of Homeless Services"),
                              QStringLiteral("ニューヨーク市ホームレスサービス局"));
    const PersonId commissioner =
        test::addPerson(*db, QStringLiteral("Côté"), QStringLiteral("Marie-Hélène"));
    ResearchLogRepository log(*db);
    ResearchLogEntry visit = entry(t.id, official.id, QDate(2025, 9, 3), LogKind::SiteVisit,
                                   QStringLiteral("ブロンクスのシェルターを視察。"));
    visit.organizations << OrganizationRef{dhs, {}, {}};
    visit.people << PersonRef{commissioner, {}};
    log.add(visit);
    log.add(entry(t.id, official.id, QDate(2025, 7, 14), LogKind::Reading,
                  QStringLiteral("HUD Annual Homeless Assessment Report, 2024")));
    ResearchLogEntry interview = entry(t.id, official.id, QDate(2025, 8, 20), LogKind::Interview,
                                       QStringLiteral("Interview on Housing First; "
                                                      "ハウジングファーストについて聴取。"));
    interview.outcome = QStringLiteral("Follow up with the Montréal programme.");
    interview.people << PersonRef{commissioner, {}};
    log.add(interview);

    ResearchLogFilter byTopic;
    byTopic.topicId = t.id;
    const QList<ResearchLogEntry> entries = log.list(byTopic);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].kind == LogKind::Reading);
    CHECK(entries[1].kind == LogKind::Interview);
    CHECK(entries[2].kind == LogKind::SiteVisit);
    CHECK(entries[1].outcome == QStringLiteral("Follow up with the Montréal programme."));
    CHECK(entries[2].notes == QStringLiteral("ブロンクスのシェルターを視察。"));
    REQUIRE(entries[2].organizations.size() == 1);
    CHECK(entries[2].organizations.first().display(Language::Japanese) ==
          QStringLiteral("ニューヨーク市ホームレスサービス局"));
    CHECK(entries[2].organizations.first().display(Language::English) ==
          QStringLiteral("NYC Department of Homeless Services"));
    CHECK(entries[2].people.first().name.latin() == QStringLiteral("Marie-Hélène Côté"));
    CHECK(entries[2].topicTitleJa == t.titleJa);
    CHECK(entries[2].authorName.kanji() == QStringLiteral("𠮷田 花子"));
    CHECK(topics.find(t.id)->logEntryCount == 3);

    // Filtered by date (both ends included) and by the official who wrote them.
    ResearchLogFilter august;
    august.from = QDate(2025, 8, 1);
    august.to = QDate(2025, 9, 3);
    const QList<ResearchLogEntry> lateSummer = log.list(august);
    REQUIRE(lateSummer.size() == 2);
    CHECK(lateSummer[0].kind == LogKind::Interview);
    CHECK(lateSummer[1].kind == LogKind::SiteVisit);
    ResearchLogFilter byOfficial;
    byOfficial.staffMember = official.id;
    CHECK(log.list(byOfficial).size() == 3);
    byOfficial.staffMember = official.id + 1000;
    CHECK(log.list(byOfficial).isEmpty());

    ResearchTopicFilter byTag;
    byTag.tag = QStringLiteral("HOUSING");
    CHECK(topics.list(byTag).size() == 1);
    CHECK(topics.allTags() == QStringList{QStringLiteral("housing"), QStringLiteral("福祉")});

    SECTION("an entry says what happened")
    {
        ResearchLogEntry empty = entry(t.id, official.id, QDate(2025, 9, 4), LogKind::Writing, {});
        CHECK(fieldsOf(empty.validate()) == QStringList{QStringLiteral("notes")});
    }
    SECTION("removing the topic removes its log")
    {
        topics.remove(t.id);
        CHECK(log.list().isEmpty());
        CHECK_NOTHROW(PersonRepository(*db).remove(commissioner));
    }
}
