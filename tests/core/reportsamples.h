#pragma once

// One record of every area the reports read, named with the characters a PDF
// gets wrong most easily: kanji that share a glyph with a Kangxi radical
// (月 日 金 長), a character above U+FFFF (𠮷), variants (髙 﨑), kana, and
// Latin names with accents and apostrophes (Montréal, O'Brien).
#include "domain/chapterfunding.h"
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
#include "storage/officeeventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/researchlogrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/researchtopicrepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "storage/staffrepository.h"
#include "support/records.h"

namespace jlgc::test {

struct AreaSamples {
    CohortId cohort = 0;
    DelegationId delegation = 0;
    ResearchTopicId topic = 0;
    StaffMemberId official = 0;
    // What only the medical and dietary report may print.
    static QString dietary() { return QStringLiteral("Vegetarian, no shellfish (月見 ok)"); }
    static QString medical() { return QStringLiteral("Asthma: carries an inhaler"); }
    static QString emergency() { return QStringLiteral("Seán O'Brien"); }
};

inline QDate day(int month, int d)
{
    return QDate(2026, month, d);
}

inline PersonId samplePerson(Database& db, const QString& family, const QString& given,
                             const QString& familyKanji = {}, const QString& givenKanji = {},
                             const QString& familyKana = {}, const QString& givenKana = {})
{
    return PersonRepository(db)
        .add(person(family, given, familyKanji, givenKanji, familyKana, givenKana))
        .id;
}

inline AreaSamples addAreaSamples(Database& db)
{
    AreaSamples ids;
    OrganizationRepository orgs(db);
    const OrganizationId montrealId =
        orgs.add(organization(QStringLiteral("Ville de Montréal"),
                              QStringLiteral("モントリオール市"), OrganizationKind::LocalGovernment,
                              QStringLiteral("CA"), QStringLiteral("CA-QC")))
            .id;
    const OrganizationId obrienId =
        orgs.add(organization(QStringLiteral("O'Brien County"), QStringLiteral("オブライエン郡"),
                              OrganizationKind::LocalGovernment, QStringLiteral("US"),
                              QStringLiteral("US-OH")))
            .id;
    const OrganizationId ibarakiId =
        orgs.add(organization(QStringLiteral("Ibaraki Prefectural Government"),
                              QStringLiteral("茨城県庁 月日金長"),
                              OrganizationKind::JapaneseGovernment, QStringLiteral("JP"), {},
                              QStringLiteral("08")))
            .id;

    const PersonId yoshida = samplePerson(db, QStringLiteral("Yoshida"), QStringLiteral("Tsukiko"),
                                          QStringLiteral("𠮷田"), QStringLiteral("月子"),
                                          QStringLiteral("よしだ"), QStringLiteral("つきこ"));
    const PersonId takahashi = samplePerson(
        db, QStringLiteral("Takahashi"), QStringLiteral("Hinata"), QStringLiteral("髙橋"),
        QStringLiteral("日向"), QStringLiteral("たかはし"), QStringLiteral("ひなた"));
    const PersonId yamasaki = samplePerson(
        db, QStringLiteral("Yamasaki"), QStringLiteral("Kintaro"), QStringLiteral("山﨑"),
        QStringLiteral("金太郎"), QStringLiteral("やまさき"), QStringLiteral("きんたろう"));
    const PersonId hasegawa = samplePerson(db, QStringLiteral("Hasegawa"), QStringLiteral("Akira"),
                                           QStringLiteral("長谷川"), QStringLiteral("明"),
                                           QStringLiteral("はせがわ"), QStringLiteral("あきら"));
    const PersonId tremblay =
        samplePerson(db, QStringLiteral("Tremblay"), QStringLiteral("Geneviève"));
    // A North American fellow whose name is also kept in katakana.
    const PersonId siobhan =
        samplePerson(db, QStringLiteral("O'Brien"), QStringLiteral("Siobhán"),
                     QStringLiteral("オブライエン"), QStringLiteral("シボーン"));

    // Fellowship: the 2026 programme hosted by 北茨城市.
    Cohort c;
    c.year = 2026;
    c.programmeStart = day(10, 25);
    c.programmeEnd = day(11, 3);
    c.tokyoStart = day(10, 25);
    c.tokyoEnd = day(10, 28);
    c.hostStart = day(10, 29);
    c.hostEnd = day(11, 3);
    c.hostPrefectureCode = QStringLiteral("08");
    c.hostMunicipalityCode = QStringLiteral("082155");
    c.themeEn = QStringLiteral("Coastal towns after the disaster");
    c.themeJa = QStringLiteral("月日金長：沿岸のまちづくり");
    ids.cohort = CohortRepository(db).add(c).id;
    FellowRepository fellows(db);
    Fellow f1;
    f1.cohortId = ids.cohort;
    f1.personId = tremblay;
    f1.organizationId = montrealId;
    f1.titleAtTime = QStringLiteral("Conseillère, Montréal");
    f1.status = FellowStatus::Confirmed;
    f1 = fellows.add(f1);
    Fellow f2;
    f2.cohortId = ids.cohort;
    f2.personId = siobhan;
    f2.organizationId = obrienId;
    f2.titleAtTime = QStringLiteral("Chief Financial Officer");
    f2.status = FellowStatus::Attended;
    f2.dietaryNotes = AreaSamples::dietary();
    f2.medicalNotes = AreaSamples::medical();
    f2.emergencyContactName = AreaSamples::emergency();
    f2.emergencyContactRelation = QStringLiteral("Brother");
    f2.emergencyContactPhone = QStringLiteral("+1 614-555-0199");
    f2 = fellows.add(f2);
    FellowshipItineraryItem item;
    item.cohortId = ids.cohort;
    item.date = day(10, 29);
    item.startTime = QTime(10, 0);
    item.endTime = QTime(11, 30);
    item.place = QStringLiteral("北茨城市役所");
    item.hostOrganizationId = ibarakiId;
    item.descriptionEn = QStringLiteral("Courtesy call on the mayor");
    item.descriptionJa = QStringLiteral("市長表敬訪問（長）");
    FellowshipItineraryRepository(db).add(item);
    HostFamily family;
    family.familyNameKanji = QStringLiteral("山﨑");
    family.familyNameKana = QStringLiteral("やまさき");
    family.familyNameRomaji = QStringLiteral("Yamasaki");
    family.municipalityCode = QStringLiteral("082155");
    family.addressJa = QStringLiteral("北茨城市 秘密町 9-9-9");
    family.capacity = 2;
    family.dietaryNotes = QStringLiteral("vegetarian, no shellfish");
    const HostFamilyId familyId = HostFamilyRepository(db).add(family).id;
    HomestayRepository homestays(db);
    for (const Fellow& f : {f1, f2}) {
        HomestayPlacement p;
        p.fellowId = f.id;
        p.hostFamilyId = familyId;
        p.firstNight = day(10, 30);
        p.lastNight = day(11, 1);
        p.acceptedWarnings = {HomestayWarningKind::Dietary, HomestayWarningKind::OutsideHostArea};
        homestays.add(p);
    }

    // Staff, a delegation, research.
    StaffMember official;
    official.person.id = takahashi;
    official.kind = StaffKind::DispatchedOfficial;
    official.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
    official.positionEn = QStringLiteral("Deputy Director");
    official.positionJa = QStringLiteral("次長");
    official.termStart = QDate(2024, 4, 1);
    official.termEnd = QDate(2026, 3, 31);
    ids.official = StaffRepository(db).add(official).id;

    Delegation d;
    d.nameEn = QStringLiteral("Ibaraki Prefecture delegation on snow removal");
    d.nameJa = QStringLiteral("茨城県 除雪視察団（月日金長）");
    d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
    d.purposeEn = QStringLiteral("Snow removal in Montréal");
    d.purposeJa = QStringLiteral("モントリオールの除雪");
    d.arrival = day(12, 1);
    d.departure = day(12, 3);
    d.status = DelegationStatus::Confirmed;
    d.members = {{0,
                  {yoshida, {}},
                  DelegationRole::Leader,
                  QStringLiteral("Vice Governor"),
                  QStringLiteral("副知事")},
                 {0,
                  {yamasaki, {}},
                  DelegationRole::Member,
                  QStringLiteral("Director"),
                  QStringLiteral("国際課長")}};
    d.interpreters = {{0, {hasegawa, {}}, QStringLiteral("Japanese–French, consecutive")}};
    d.staffInCharge = ids.official;
    d.protocol.dietaryNeeds = QStringLiteral("DELEGATION-DIET no pork");
    ids.delegation = DelegationRepository(db).add(d).id;
    DelegationItineraryItem meeting;
    meeting.delegationId = ids.delegation;
    meeting.date = day(12, 2);
    meeting.start = QTime(9, 30);
    meeting.end = QTime(11, 0);
    meeting.placeEn = QStringLiteral("Hôtel de Ville de Montréal");
    meeting.placeJa = QStringLiteral("モントリオール市庁舎");
    meeting.organization.id = montrealId;
    meeting.contact.id = tremblay;
    meeting.topicEn = QStringLiteral("Snow removal operations");
    meeting.topicJa = QStringLiteral("除雪作業について");
    meeting.transportEn = QStringLiteral("Chartered bus");
    meeting.transportJa = QStringLiteral("貸切バス");
    DelegationItineraryRepository(db).add(meeting);

    ResearchTopic topic;
    topic.owner = ids.official;
    topic.titleEn = QStringLiteral("Homelessness policy in Montréal");
    topic.titleJa = QStringLiteral("モントリオールのホームレス対策（月日金長）");
    topic.status = TopicStatus::Active;
    topic.start = QDate(2025, 5, 1);
    topic.tags = {QStringLiteral("housing")};
    topic.deliverables = {{0,
                           QStringLiteral("Report on shelters"),
                           QStringLiteral("シェルター報告書 𠮷田"),
                           QDate(2025, 12, 1),
                           {}}};
    ids.topic = ResearchTopicRepository(db).add(topic).id;
    ResearchLogRepository log(db);
    ResearchLogEntry e;
    e.topicId = ids.topic;
    e.author = ids.official;
    e.date = QDate(2025, 9, 10);
    e.kind = LogKind::Interview;
    e.organizations = {{montrealId, {}, {}}};
    e.people = {{tremblay, {}}};
    e.notes = QStringLiteral("Met the shelter coordinator; 𠮷田 joined");
    e.outcome = QStringLiteral("Data on winter shelters");
    log.add(e);
    e.date = QDate(2025, 6, 2);
    e.kind = LogKind::SiteVisit;
    e.people = {{siobhan, {}}};
    e.notes = QStringLiteral("Visited a day centre");
    e.outcome.clear();
    log.add(e);

    ResearchRequestRepository requests(db);
    ResearchRequest q;
    q.requestingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
    q.questionEn = QStringLiteral("How does O'Brien County run 911 dispatch?");
    q.questionJa = QStringLiteral("𠮷田町の緊急通報の仕組み");
    q.received = day(9, 1);
    q.due = day(10, 1);
    q.assignedTo = ids.official;
    q.status = RequestStatus::InProgress;
    requests.add(q);
    q.questionEn = QStringLiteral("Snow budgets in Montréal");
    q.questionJa = QStringLiteral("モントリオールの除雪予算（髙橋）");
    q.received = day(8, 1);
    q.due = day(9, 1);
    q.status = RequestStatus::Answered;
    q.answered = day(8, 20);
    q.answerSummary = QStringLiteral("About 10% of the city budget");
    requests.add(q);

    // JETAA chapters and their FY2026 funding, in two currencies.
    JetaaChapterRepository chapters(db);
    const auto addChapter = [&chapters](const QString& name, const QString& subdivision) {
        return chapters.add(test::chapter(name, subdivision)).id;
    };
    const ChapterId montrealChapterId =
        addChapter(QStringLiteral("JETAA Montréal"), QStringLiteral("CA-QC"));
    const ChapterId ohioId =
        addChapter(QStringLiteral("JETAA O'Brien Valley"), QStringLiteral("US-OH"));
    ChapterFundingRepository fundings(db);
    ChapterFunding cad;
    cad.chapterId = montrealChapterId;
    cad.fiscalYear = FiscalYear(2026);
    cad.currency = QStringLiteral("CAD");
    cad.applicationDate = day(3, 1);
    cad.lines = {{0, QStringLiteral("Welcome reception"), 300000}};
    cad.approved = 250000;
    cad.budgetJpy = 275000;
    cad.status = FundingStatus::Approved;
    cad.reportDue = day(10, 31); // overdue on November 28
    fundings.add(cad);
    ChapterFunding usd;
    usd.chapterId = ohioId;
    usd.fiscalYear = FiscalYear(2026);
    usd.currency = QStringLiteral("USD");
    usd.applicationDate = day(3, 2);
    usd.lines = {{0, QStringLiteral("Career forum"), 123456}};
    usd.approved = 100000;
    usd.budgetJpy = 150000;
    usd.disbursements = {{0, day(5, 1), 100000, QStringLiteral("W-1")}};
    usd.status = FundingStatus::Reported;
    usd.reportDue = day(9, 30);
    usd.reportReceived = day(9, 15);
    fundings.add(usd);

    // Affiliations: a prefecture with a province, a city with a county.
    SisterAffiliationRepository affiliations(db);
    struct Tie {
        const char* japan;
        QString name;
        NorthAmericanKind kind;
        const char* subdivision;
        AffiliationType type;
        PartialDate established;
    };
    for (const Tie& t :
         {Tie{"08", QStringLiteral("Montréal"), NorthAmericanKind::City, "CA-QC",
              AffiliationType::Friendship, PartialDate::ofYear(1989)},
          Tie{"082155", QStringLiteral("O'Brien County"), NorthAmericanKind::County, "US-OH",
              AffiliationType::SisterCity, PartialDate::ofDate(QDate(1965, 10, 7))},
          Tie{"082015", QStringLiteral("Trois-Rivières"), NorthAmericanKind::City, "CA-QC",
              AffiliationType::SisterCity, PartialDate::ofYear(2001)}}) {
        SisterAffiliation a;
        a.japanCode = QLatin1String(t.japan);
        a.northAmericaName = t.name;
        a.northAmericaKind = t.kind;
        a.subdivisionCode = QLatin1String(t.subdivision);
        a.country = a.subdivisionCode.left(2);
        a.type = t.type;
        a.established = t.established;
        affiliations.add(a);
    }

    OfficeEvent event;
    event.titleEn = QStringLiteral("Japan Day @ Central Park");
    event.titleJa = QStringLiteral("ジャパンデー 𠮷田 月日金長");
    event.kind = EventKind::JapanDay;
    event.date = day(5, 10);
    event.startTime = QTime(10, 0);
    event.endTime = QTime(17, 0);
    event.place = QStringLiteral("Central Park, Naumburg Bandshell");
    event.organizations = {{montrealId, {}, QStringLiteral("Booth")}};
    event.attendance = 45000;
    OfficeEventRepository(db).add(event);
    OfficeEvent seminar;
    seminar.titleEn = QStringLiteral("Seminar on O'Brien's reforms");
    seminar.titleJa = QStringLiteral("髙橋 山﨑 セミナー");
    seminar.kind = EventKind::Seminar;
    seminar.date = day(2, 3);
    seminar.place = QStringLiteral("JLGC office");
    OfficeEventRepository(db).add(seminar);
    return ids;
}

} // namespace jlgc::test
