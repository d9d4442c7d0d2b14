#include "demo/jetaasampledata.h"

#include "storage/chapterfundingrepository.h"
#include "storage/database.h"
#include "storage/jetaachapterrepository.h"
#include "storage/officeeventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/sisteraffiliationrepository.h"

#include <QHash>

namespace jlgc {

namespace {

struct SampleChapter {
    const char* name;
    const char* shortName;
    const char* subdivision; // ISO 3166-2; the country is its first two letters
    const char* city;
    int founded;
    const char* parent; // name of the chapter a subchapter belongs to
    int members;
};

// The JET Alumni Association chapters of North America (sample figures).
const SampleChapter Chapters[] = {
    {"JETAA New York", "JETAANY", "US-NY", "New York", 1989, nullptr, 860},
    {"JETAA Washington DC", "JETAADC", "US-DC", "Washington", 1989, nullptr, 610},
    {"JETAA Southern California", "JETAASC", "US-CA", "Los Angeles", 1990, nullptr, 720},
    {"JETAA Northern California", "JETAANC", "US-CA", "San Francisco", 1990, nullptr, 540},
    {"JETAA Chicago", "JETAAChicago", "US-IL", "Chicago", 1991, nullptr, 380},
    {"JETAA Hawaii", "JETAAHI", "US-HI", "Honolulu", 1991, nullptr, 210},
    {"JETAA Florida", "JETAAFL", "US-FL", "Miami", 1993, nullptr, 190},
    {"JETAA Texas", "JETAATX", "US-TX", "Houston", 1992, nullptr, 330},
    {"Heartland JETAA", "HJETAA", "US-MO", "Kansas City", 1994, nullptr, 150},
    {"JETAA Minnesota", "JETAAMN", "US-MN", "Minneapolis", 1992, nullptr, 260},
    {"Mid-South JETAA", "MSJETAA", "US-TN", "Nashville", 1996, nullptr, 120},
    {"JETAA New England", "JETAANE", "US-MA", "Boston", 1990, nullptr, 450},
    {"JETAA Pacific Northwest", "JETAAPNW", "US-WA", "Seattle", 1990, nullptr, 500},
    {"Oregon JETAA", "OJETAA", "US-OR", "Portland", 1991, nullptr, 280},
    {"Rocky Mountain JETAA", "RMJETAA", "US-CO", "Denver", 1995, nullptr, 230},
    {"Southeast JETAA", "SEJETAA", "US-GA", "Atlanta", 1993, nullptr, 310},
    {"JETAA Michigan", "JETAAMI", "US-MI", "Detroit", 1997, nullptr, 140},
    {"JETAA Ohio", "JETAAOH", "US-OH", "Columbus", 1998, nullptr, 170},
    {"JETAA Alaska", "JETAAAK", "US-AK", "Anchorage", 1999, nullptr, 60},
    {"JETAA British Columbia", "JETAABC", "CA-BC", "Vancouver", 1990, nullptr, 420},
    {"JETAA Northern Alberta", "JETAANA", "CA-AB", "Edmonton", 1993, nullptr, 160},
    {"JETAA Southern Alberta", "JETAASA", "CA-AB", "Calgary", 1993, nullptr, 180},
    {"JETAA Manitoba", "JETAAMB", "CA-MB", "Winnipeg", 1994, nullptr, 90},
    {"JETAA Toronto", "JETAAT", "CA-ON", "Toronto", 1989, nullptr, 650},
    {"JETAA Ottawa", "JETAAO", "CA-ON", "Ottawa", 1990, nullptr, 300},
    {"JETAA Montréal", "AJETM", "CA-QC", "Montréal", 1991, nullptr, 260},
    {"JETAA San Diego", "JETAASD", "US-CA", "San Diego", 2004, "JETAA Southern California", 95},
    {"JETAA Sacramento", "", "US-CA", "Sacramento", 2008, "JETAA Northern California", 40},
    {"JETAA Philadelphia", "JETAAPhilly", "US-PA", "Philadelphia", 2001, "JETAA Washington DC",
     110},
};

Person alumnus(const char* family, const char* given)
{
    Person p;
    p.name.family = QString::fromUtf8(family);
    p.name.given = QString::fromUtf8(given);
    p.languages = QStringLiteral("English, Japanese");
    p.notes = QStringLiteral("Former JET participant");
    return p;
}

SisterAffiliation tie(const char* japanCode, const char* name, NorthAmericanKind kind,
                      const char* subdivision, AffiliationType type, PartialDate established)
{
    SisterAffiliation a;
    a.japanCode = QLatin1String(japanCode);
    a.northAmericaName = QString::fromUtf8(name);
    a.northAmericaKind = kind;
    a.subdivisionCode = QLatin1String(subdivision);
    a.country = a.subdivisionCode.left(2);
    a.type = type;
    a.established = established;
    return a;
}

} // namespace

void addJetaaSampleRecords(Database& db)
{
    db.transaction([&] {
        PersonRepository people(db);
        const Person chen = people.add(alumnus("Chen", "Rebecca"));
        const Person miller = people.add(alumnus("Miller", "Jordan"));
        const Person roy = people.add(alumnus("Roy", "Émilie"));
        const Person nguyen = people.add(alumnus("Nguyen", "David"));
        QHash<QString, PersonId> known;
        for (const Person& p : people.list())
            known.insert(p.name.family, p.id);

        JetaaChapterRepository chapters(db);
        QHash<QString, ChapterId> ids;
        for (const SampleChapter& s : Chapters) {
            JetaaChapter c;
            c.name = QString::fromUtf8(s.name);
            c.shortName = QString::fromUtf8(s.shortName);
            c.subdivisionCode = QLatin1String(s.subdivision);
            c.country = c.subdivisionCode.left(2);
            c.city = QString::fromUtf8(s.city);
            c.founded = PartialDate::ofYear(s.founded);
            if (s.parent)
                c.parentId = ids.value(QString::fromUtf8(s.parent));
            c.memberships = {{FiscalYear(2024), s.members - s.members / 20},
                             {FiscalYear(2025), s.members}};
            if (c.name == QLatin1String("JETAA New York")) {
                c.website = QStringLiteral("https://jetaany.org");
                c.officers = {
                    {0, chen.id, {}, OfficerOffice::President, {}, QDate(2024, 7, 1), {}},
                    {0, miller.id, {}, OfficerOffice::Treasurer, {}, QDate(2024, 7, 1), {}}};
            } else if (c.name == QLatin1String("JETAA Toronto")) {
                c.officers = {{0, roy.id, {}, OfficerOffice::President, {}, QDate(2023, 9, 1), {}}};
            } else if (c.name == QLatin1String("JETAA Southern California")) {
                c.officers = {
                    {0, nguyen.id, {}, OfficerOffice::President, {}, QDate(2025, 1, 1), {}}};
            } else if (c.name == QLatin1String("JETAA Sacramento")) {
                c.status = ChapterStatus::InDevelopment;
            }
            ids.insert(c.name, chapters.add(c).id);
        }

        // CLAIR funding for FY2025 of three chapters.
        ChapterFundingRepository funding(db);
        struct SampleFunding {
            const char* chapter;
            QDate applied;
            const char* currency;
            QList<FundingLine> lines;
            qint64 approved;
            qint64 budgetJpy;
            Disbursement paid;
            QDate reportDue;
            QDate reportReceived;
            FundingStatus status;
        };
        const SampleFunding fundings[] = {
            {"JETAA New York",
             QDate(2025, 2, 20),
             "USD",
             {{0, QStringLiteral("Welcome-back reception for returning JETs"), 350000},
              {0, QStringLiteral("Career forum"), 200000},
              {0, QStringLiteral("Japan Day volunteers"), 100000}},
             600000,
             900000,
             {0, QDate(2025, 6, 16), 600000, QStringLiteral("W-2025-014")},
             QDate(2026, 4, 30),
             {},
             FundingStatus::Disbursed},
            {"JETAA Toronto",
             QDate(2025, 2, 28),
             "CAD",
             {{0, QStringLiteral("Pre-departure orientation"), 250000},
              {0, QStringLiteral("Newsletter"), 50000}},
             300000,
             330000,
             {0, QDate(2025, 7, 2), 300000, QStringLiteral("W-2025-021")},
             QDate(2026, 3, 31),
             QDate(2026, 3, 18),
             FundingStatus::Reported},
            {"JETAA Southern California",
             QDate(2025, 3, 3),
             "USD",
             {{0, QStringLiteral("JET information sessions on campuses"), 180000},
              {0, QStringLiteral("Mentoring programme"), 120000}},
             250000,
             375000,
             {0, QDate(2025, 8, 1), 250000, QStringLiteral("W-2025-030")},
             QDate(2026, 3, 31),
             {},
             FundingStatus::Disbursed},
        };
        for (const SampleFunding& s : fundings) {
            ChapterFunding f;
            f.chapterId = ids.value(QString::fromUtf8(s.chapter));
            f.fiscalYear = FiscalYear(2025);
            f.applicationDate = s.applied;
            f.currency = QLatin1String(s.currency);
            f.lines = s.lines;
            f.approved = s.approved;
            f.budgetJpy = s.budgetJpy;
            f.disbursements = {s.paid};
            f.reportDue = s.reportDue;
            f.reportReceived = s.reportReceived;
            f.status = s.status;
            funding.add(f);
        }

        // Sister ties, the first of them St. Paul–Nagasaki (1955).
        SisterAffiliationRepository affiliations(db);
        SisterAffiliation stPaul = tie("422011", "St. Paul", NorthAmericanKind::City, "US-MN",
                                       AffiliationType::SisterCity, PartialDate::ofYear(1955));
        stPaul.notes = QStringLiteral("The first sister-city affiliation between Japan and the "
                                      "United States.");
        stPaul.activities = {{0, QDate(2025, 10, 1), ActivityKind::Anniversary,
                              QStringLiteral("70th anniversary delegation to St. Paul")}};
        affiliations.add(stPaul);
        SisterAffiliation washington = tie("28", "Washington", NorthAmericanKind::State, "US-WA",
                                           AffiliationType::SisterState, PartialDate{1963, 10, 0});
        if (known.contains(QStringLiteral("Takahashi")))
            washington.contacts = {{0,
                                    known.value(QStringLiteral("Takahashi")),
                                    {},
                                    ContactSide::Japan,
                                    QStringLiteral("Exchange programmes")}};
        affiliations.add(washington);
        SisterAffiliation ohio = tie("11", "Ohio", NorthAmericanKind::State, "US-OH",
                                     AffiliationType::SisterState, PartialDate::ofYear(1990));
        if (known.contains(QStringLiteral("Johnson")))
            ohio.contacts = {{0,
                              known.value(QStringLiteral("Johnson")),
                              {},
                              ContactSide::NorthAmerica,
                              QStringLiteral("Global Ohio")}};
        affiliations.add(ohio);
        affiliations.add(tie("011002", "Portland", NorthAmericanKind::City, "US-OR",
                             AffiliationType::SisterCity, PartialDate::ofYear(1959)));
        affiliations.add(tie("13", "New York City", NorthAmericanKind::City, "US-NY",
                             AffiliationType::SisterCity, PartialDate{1960, 2, 29}));
        affiliations.add(tie("01", "Alberta", NorthAmericanKind::Province, "CA-AB",
                             AffiliationType::SisterState, PartialDate::ofYear(1980)));
        affiliations.add(tie("141003", "Vancouver", NorthAmericanKind::City, "CA-BC",
                             AffiliationType::SisterCity, PartialDate::ofYear(1965)));
        affiliations.add(tie("082155", "Montréal", NorthAmericanKind::City, "CA-QC",
                             AffiliationType::Friendship, PartialDate::ofYear(2018)));

        // Events.
        OfficeEventRepository events(db);
        QHash<QString, OrganizationId> orgs;
        for (const Organization& o : OrganizationRepository(db).list())
            orgs.insert(o.shortName.isEmpty() ? o.nameEn : o.shortName, o.id);
        OfficeEvent japanDay;
        japanDay.titleEn = QStringLiteral("Japan Day @ Central Park");
        japanDay.titleJa = QStringLiteral("ジャパンデー＠セントラルパーク");
        japanDay.kind = EventKind::JapanDay;
        japanDay.date = QDate(2025, 5, 11);
        japanDay.startTime = QTime(10, 0);
        japanDay.endTime = QTime(17, 0);
        japanDay.place = QStringLiteral("Central Park, Naumburg Bandshell, New York");
        japanDay.attendance = 55000;
        if (orgs.contains(QStringLiteral("Consulate General of Japan in New York")))
            japanDay.organizations = {
                {orgs.value(QStringLiteral("Consulate General of Japan in New York")),
                 {},
                 QStringLiteral("Co-organizer")}};
        japanDay.attendees = {{chen.id, {}, QStringLiteral("JETAA volunteers")}};
        events.add(japanDay);

        OfficeEvent session;
        session.titleEn = QStringLiteral("JET Programme information session");
        session.titleJa = QStringLiteral("JETプログラム説明会");
        session.kind = EventKind::JetInfoSession;
        session.date = QDate(2025, 10, 15);
        session.startTime = QTime(18, 30);
        session.endTime = QTime(20, 0);
        session.place = QStringLiteral("JLGC, New York");
        session.attendance = 64;
        events.add(session);

        OfficeEvent travel;
        travel.titleEn = QStringLiteral("New York Times Travel Show");
        travel.titleJa = QStringLiteral("ニューヨーク・タイムズ・トラベルショー");
        travel.kind = EventKind::Fair;
        travel.date = QDate(2026, 1, 23);
        travel.endDate = QDate(2026, 1, 25);
        travel.place = QStringLiteral("Javits Center, New York");
        travel.attendance = 30000;
        events.add(travel);

        OfficeEvent reception;
        reception.titleEn = QStringLiteral("New Year reception");
        reception.titleJa = QStringLiteral("新年賀詞交歓会");
        reception.kind = EventKind::Reception;
        reception.date = QDate(2026, 1, 14);
        reception.startTime = QTime(18, 0);
        reception.place = QStringLiteral("JLGC, New York");
        events.add(reception);
    });
}

} // namespace jlgc
