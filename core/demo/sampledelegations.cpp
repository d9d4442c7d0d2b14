#include "demo/sampledelegations.h"

#include "demo/demonames.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/researchlogrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/researchtopicrepository.h"
#include "storage/staffrepository.h"

namespace jlgc {

namespace {

PersonId addPerson(Database& db, const demo::SampleName& name)
{
    Person p;
    p.name = name.toPersonName();
    return PersonRepository(db).add(p).id;
}

OrganizationId organization(Database& db, const char* en, const char16_t* ja)
{
    OrganizationRepository repo(db);
    for (const Organization& o : repo.list())
        if (o.nameEn == QString::fromUtf8(en))
            return o.id;
    Organization o;
    o.nameEn = QString::fromUtf8(en);
    o.nameJa = QString::fromUtf16(ja);
    o.kind = OrganizationKind::LocalGovernment;
    return repo.add(o).id;
}

StaffMember official(Database& db, PersonId person, const char* prefecture, const QDate& start,
                     const char16_t* positionJa, const char* positionEn)
{
    StaffMember s;
    s.person.id = person;
    s.sendingGovernment = GovernmentRef::prefecture(QLatin1String(prefecture));
    s.termStart = start;
    s.termEnd = StaffMember::suggestedTermEnd(start);
    s.positionJa = QString::fromUtf16(positionJa);
    s.positionEn = QString::fromUtf8(positionEn);
    return StaffRepository(db).add(s);
}

} // namespace

void addSampleDelegations(Database& db, const QDate& today)
{
    db.transaction([&] {
        // Staff: a serving official, one whose term has just ended, local staff.
        const StaffMember kato =
            official(db, addPerson(db, {"Kato", "Yuki", u"加藤", u"由紀", u"かとう", u"ゆき"}),
                     "28", today.addMonths(-8), u"所長補佐", "Assistant Director");
        const StaffMember mori =
            official(db, addPerson(db, {"Mori", "Kaori", u"森", u"香織", u"もり", u"かおり"}), "08",
                     today.addYears(-2).addDays(-20), u"所長補佐", "Assistant Director");
        StaffMember local;
        local.person.id = addPerson(db, {"Rivera", "Ana", nullptr, nullptr, nullptr, nullptr});
        local.kind = StaffKind::LocalStaff;
        local.positionEn = QStringLiteral("Program Coordinator");
        local.positionJa = QStringLiteral("プログラムコーディネーター");
        local.termStart = QDate(2019, 9, 1);
        StaffRepository(db).add(local);

        // A four-day delegation from Hyogo with six members and twelve meetings.
        struct Member {
            demo::SampleName name;
            DelegationRole role;
            const char16_t* titleJa;
            const char* titleEn;
        };
        const Member members[] = {
            {{"Fujii", "Masato", u"藤井", u"正人", u"ふじい", u"まさと"},
             DelegationRole::Leader,
             u"兵庫県副知事",
             "Vice-Governor of Hyogo Prefecture"},
            {{"Yoshida", "Naoko", u"𠮷田", u"直子", u"よしだ", u"なおこ"},
             DelegationRole::DeputyLeader,
             u"兵庫県議会議員",
             "Member, Hyogo Prefectural Assembly"},
            {{"Hasegawa", "Jun", u"長谷川", u"淳", u"はせがわ", u"じゅん"},
             DelegationRole::Member,
             u"防災企画局長",
             "Director, Disaster Management Planning"},
            {{"Ishikawa", "Emi", u"石川", u"恵美", u"いしかわ", u"えみ"},
             DelegationRole::Member,
             u"国際交流課長",
             "Director, International Exchange Division"},
            {{"Okada", "Shota", u"岡田", u"翔太", u"おかだ", u"しょうた"},
             DelegationRole::Member,
             u"危機管理部主幹",
             "Senior Officer, Crisis Management"},
            {{"Kimura", "Aya", u"木村", u"彩", u"きむら", u"あや"},
             DelegationRole::Secretariat,
             u"国際交流課主任",
             "Coordinator, International Exchange Division"},
        };
        Delegation d;
        d.nameJa = QStringLiteral("兵庫県防災・国際交流視察団");
        d.nameEn = QStringLiteral("Hyogo Prefecture Delegation on Disaster Management");
        d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
        d.purposeJa = QStringLiteral("米国・カナダの防災体制と姉妹都市交流の視察");
        d.purposeEn = QStringLiteral("Emergency management and sister-city exchange");
        d.arrival = today.addDays(12);
        d.departure = d.arrival.addDays(3);
        d.status = DelegationStatus::Confirmed;
        d.staffInCharge = kato.id;
        d.protocol.giftsGiven = QStringLiteral("播州織のスカーフ (Banshu-ori scarves) ×8");
        d.protocol.formsOfAddress =
            QStringLiteral("藤井副知事: \"Vice-Governor Fujii\"; 議員: \"Assembly Member\"");
        d.protocol.dietaryNeeds = QStringLiteral("岡田様: 甲殻類アレルギー");
        for (const Member& m : members) {
            DelegationMember dm;
            dm.person.id = addPerson(db, m.name);
            dm.role = m.role;
            dm.titleJa = QString::fromUtf16(m.titleJa);
            dm.titleEn = QString::fromUtf8(m.titleEn);
            d.members << dm;
        }
        d = DelegationRepository(db).add(d);

        const OrganizationId nycem =
            organization(db, "NYC Emergency Management", u"ニューヨーク市危機管理局");
        const OrganizationId montreal = organization(db, "City of Montréal", u"モントリオール市");
        struct Meeting {
            int day;
            QTime start;
            QTime end;
            const char* zone;
            const char16_t* topicJa;
            const char* topicEn;
            const char16_t* placeJa;
            const char* placeEn;
            OrganizationId org;
            const char16_t* transportJa;
            const char* transportEn;
        };
        const Meeting meetings[] = {
            {0,
             {9, 30},
             {10, 30},
             "America/New_York",
             u"事務所ブリーフィング",
             "Briefing at JLGC",
             u"JLGC事務所",
             "JLGC office",
             0,
             u"徒歩",
             "On foot"},
            {0,
             {11, 0},
             {12, 30},
             "America/New_York",
             u"危機管理局訪問",
             "Visit to NYC Emergency Management",
             u"危機管理局本部",
             "NYCEM headquarters",
             nycem,
             u"貸切バス",
             "Chartered bus"},
            {0,
             {14, 0},
             {15, 30},
             "America/New_York",
             u"911通報センター視察",
             "911 call centre tour",
             u"公共安全応答センター",
             "Public Safety Answering Center",
             nycem,
             u"貸切バス",
             "Chartered bus"},
            {1,
             {9, 0},
             {10, 30},
             "America/New_York",
             u"州緊急事態管理局との意見交換",
             "Exchange with the state emergency office",
             u"州政府庁舎",
             "State Office Building",
             0,
             u"鉄道",
             "Train"},
            {1,
             {11, 0},
             {12, 0},
             "America/New_York",
             u"州議会議員との昼食会",
             "Lunch with state legislators",
             u"議会食堂",
             "Legislative dining room",
             0,
             {},
             {}},
            {1,
             {14, 0},
             {15, 30},
             "America/New_York",
             u"赤十字支部訪問",
             "Visit to the Red Cross chapter",
             u"赤十字ニューヨーク支部",
             "Red Cross New York chapter",
             0,
             u"貸切バス",
             "Chartered bus"},
            {2,
             {10, 0},
             {11, 30},
             "America/Toronto",
             u"モントリオール市との意見交換",
             "Meeting with the City of Montréal",
             u"モントリオール市庁舎",
             "Hôtel de Ville de Montréal",
             montreal,
             u"航空機",
             "Flight"},
            {2,
             {13, 30},
             {15, 0},
             "America/Toronto",
             u"消防局視察",
             "Fire service visit",
             u"消防局",
             "Service de sécurité incendie",
             montreal,
             u"貸切バス",
             "Chartered bus"},
            {2,
             {18, 0},
             {20, 0},
             "America/Toronto",
             u"歓迎レセプション",
             "Welcome reception",
             u"市庁舎",
             "City Hall",
             montreal,
             {},
             {}},
            {3,
             {9, 0},
             {10, 0},
             "America/Toronto",
             u"姉妹都市委員会",
             "Sister-city committee",
             u"市庁舎",
             "City Hall",
             montreal,
             {},
             {}},
            {3,
             {10, 30},
             {11, 30},
             "America/Toronto",
             u"総括会議",
             "Wrap-up meeting",
             u"ホテル",
             "Hotel",
             0,
             {},
             {}},
            {3,
             {14, 0},
             {15, 0},
             "America/Toronto",
             u"空港へ移動・帰国",
             "To the airport; flight home",
             u"モントリオール空港",
             "Montréal–Trudeau airport",
             0,
             u"貸切バス",
             "Chartered bus"},
        };
        DelegationItineraryRepository itinerary(db);
        for (const Meeting& m : meetings) {
            DelegationItineraryItem i;
            i.delegationId = d.id;
            i.date = d.arrival.addDays(m.day);
            i.start = m.start;
            i.end = m.end;
            i.timeZone = m.zone;
            i.topicJa = QString::fromUtf16(m.topicJa);
            i.topicEn = QString::fromUtf8(m.topicEn);
            i.placeJa = QString::fromUtf16(m.placeJa);
            i.placeEn = QString::fromUtf8(m.placeEn);
            i.organization.id = m.org;
            if (m.transportJa) {
                i.transportJa = QString::fromUtf16(m.transportJa);
                i.transportEn = QString::fromUtf8(m.transportEn);
            }
            itinerary.add(i);
        }

        Delegation past;
        past.nameJa = QStringLiteral("茨城県議会視察団");
        past.nameEn = QStringLiteral("Ibaraki Prefectural Assembly Delegation");
        past.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
        past.arrival = today.addMonths(-3);
        past.departure = past.arrival.addDays(2);
        past.status = DelegationStatus::Completed;
        past.expectedMemberCount = 9;
        past.staffInCharge = mori.id;
        past.thankYouSent = past.departure.addDays(7);
        DelegationRepository(db).add(past);
        Delegation inquiry;
        inquiry.nameJa = QStringLiteral("神戸市訪問団");
        inquiry.nameEn = QStringLiteral("City of Kobe Delegation");
        inquiry.sendingGovernment = GovernmentRef::municipality(QStringLiteral("281000"));
        inquiry.status = DelegationStatus::Inquiry;
        inquiry.expectedMemberCount = 5;
        DelegationRepository(db).add(inquiry);

        // Research requests: one overdue, one due soon, one answered.
        ResearchRequestRepository requests(db);
        ResearchRequest r;
        r.requestingGovernment = GovernmentRef::prefecture(QStringLiteral("08"));
        r.questionJa = QStringLiteral("米国の郡における911通報の運用体制について");
        r.questionEn = QStringLiteral("How do US counties organize 911 dispatch?");
        r.received = today.addDays(-40);
        r.due = today.addDays(-5);
        r.assignedTo = mori.id;
        r.status = RequestStatus::InProgress;
        requests.add(r);
        r.questionJa = QStringLiteral("カナダの州におけるホームレス対策の財源");
        r.questionEn = QStringLiteral("How do Canadian provinces fund homelessness programmes?");
        r.received = today.addDays(-10);
        r.due = today.addDays(20);
        r.assignedTo = kato.id;
        r.status = RequestStatus::Received;
        requests.add(r);
        r.requestingGovernment = GovernmentRef::municipality(QStringLiteral("281000"));
        r.questionJa = QStringLiteral("姉妹都市交流の予算規模");
        r.questionEn = QStringLiteral("Budgets of sister-city programmes");
        r.received = today.addDays(-90);
        r.due = today.addDays(-60);
        r.status = RequestStatus::Answered;
        r.answerSummary = QStringLiteral("Survey of twelve cities sent by memo.");
        r.answered = today.addDays(-62);
        requests.add(r);

        // A research topic with three log entries; the official's term has ended.
        ResearchTopic t;
        t.owner = mori.id;
        t.titleJa = QStringLiteral("米国都市におけるホームレス対策");
        t.titleEn = QStringLiteral("Homelessness policy in US cities");
        t.status = TopicStatus::Active;
        t.start = today.addMonths(-10);
        t.tags = {QStringLiteral("housing"), QStringLiteral("福祉")};
        t = ResearchTopicRepository(db).add(t);
        ResearchLogRepository log(db);
        const struct {
            int daysAgo;
            LogKind kind;
            const char16_t* notes;
        } entries[] = {
            {200, LogKind::Reading, u"HUD Annual Homeless Assessment Report を精読"},
            {150, LogKind::Interview, u"Interview with the NYC Department of Homeless Services"},
            {90, LogKind::SiteVisit,
             u"ブロンクスのシェルターを視察。Housing First の実施状況を確認"},
        };
        for (const auto& e : entries) {
            ResearchLogEntry entry;
            entry.topicId = t.id;
            entry.author = mori.id;
            entry.date = today.addDays(-e.daysAgo);
            entry.kind = e.kind;
            entry.notes = QString::fromUtf16(e.notes);
            log.add(entry);
        }
    });
}

} // namespace jlgc
