#include "demo/samplefellowship.h"

#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/fellowshipitineraryrepository.h"
#include "storage/homestayrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"

namespace jlgc {

namespace {

QDate d(int month, int day)
{
    return QDate(2019, month, day);
}

const QString Kitaibaraki = QStringLiteral("082155");

struct SampleFellow {
    const char* family;
    const char* given;
    const char* organization; // key of the organizations
    const char* title;
    FellowStatus status;
    const char* dietary;
};

struct SampleFamily {
    const char16_t* kanji;
    const char16_t* kana;
    const char* romaji;
    int capacity;
    const char* languages;
    const char* dietary;
    const char* pets;
};

struct SampleItem {
    int month;
    int day;
    const char* start; // "" for all day
    const char* end;
    FellowshipItemType type;
    const char* en;
    const char16_t* ja;
    const char* place;
    const char* host; // key of the organizations, or ""
};

} // namespace

Cohort sampleCohort2019()
{
    Cohort c;
    c.year = 2019;
    c.programmeStart = d(10, 27);
    c.programmeEnd = d(11, 5);
    c.tokyoStart = d(10, 27);
    c.tokyoEnd = d(10, 31);
    c.hostStart = d(10, 31);
    c.hostEnd = d(11, 5);
    c.hostPrefectureCode = QStringLiteral("08");
    c.hostMunicipalityCode = Kitaibaraki;
    c.themeEn = QStringLiteral("Disaster recovery and coastal communities");
    c.themeJa = QStringLiteral("震災復興と沿岸のまちづくり");
    return c;
}

void addSampleFellowship(Database& db, const QHash<QString, qint64>& organizations,
                         const QHash<QString, qint64>& people)
{
    OrganizationRepository orgs(db);
    QHash<QString, qint64> orgIds = organizations;
    auto government = [&](const char* key, const char* en, const char16_t* ja,
                          OrganizationKind kind, const char* subdivision, const char* city) {
        Organization o;
        o.nameEn = QString::fromUtf8(en);
        o.nameJa = QString::fromUtf16(ja);
        o.kind = kind;
        o.country = QStringLiteral("US");
        o.subdivisionCode = QLatin1String(subdivision);
        o.city = QString::fromUtf8(city);
        orgIds.insert(QLatin1String(key), orgs.add(o).id);
    };
    government("COLUMBUS", "City of Columbus", u"コロンバス市", OrganizationKind::LocalGovernment,
               "US-OH", "Columbus");
    government("WASHINGTON", "Washington State Department of Commerce", u"ワシントン州商務局",
               OrganizationKind::StateGovernment, "US-WA", "Olympia");
    government("KING", "King County", u"キング郡", OrganizationKind::LocalGovernment, "US-WA",
               "Seattle");
    government("SAVANNAH", "City of Savannah", u"サバンナ市", OrganizationKind::LocalGovernment,
               "US-GA", "Savannah");
    government("GEORGIA", "State of Georgia", u"ジョージア州", OrganizationKind::StateGovernment,
               "US-GA", "Atlanta");

    const Cohort cohort = CohortRepository(db).add(sampleCohort2019());

    // Michael Johnson of the State of Ohio is already on record; the others are added.
    const SampleFellow fellows[] = {
        {"Johnson", "Michael", "OHIO", "Deputy Director, Global Ohio", FellowStatus::Confirmed, ""},
        {"Carter", "Emily", "COLUMBUS", "Budget Analyst", FellowStatus::Confirmed, ""},
        {"Nguyen", "David", "KING", "Emergency Management Program Manager", FellowStatus::Confirmed,
         "Vegetarian"},
        {"Thompson", "Rachel", "WASHINGTON", "Trade Policy Advisor", FellowStatus::Confirmed, ""},
        {"Bell", "Marcus", "SAVANNAH", "Assistant City Manager", FellowStatus::Selected, ""},
        {"Walsh", "Kevin", "GEORGIA", "Economic Development Officer", FellowStatus::Confirmed, ""},
    };
    PersonRepository persons(db);
    FellowRepository fellowRepo(db);
    QHash<QString, FellowId> fellowIds;
    for (const SampleFellow& s : fellows) {
        const QString family = QString::fromUtf8(s.family);
        PersonId person = people.value(family);
        if (person <= 0) {
            Person p;
            p.name.family = family;
            p.name.given = QString::fromUtf8(s.given);
            p.title = QString::fromUtf8(s.title);
            p.languages = QStringLiteral("English");
            p.affiliations << Affiliation{0,
                                          orgIds.value(QLatin1String(s.organization)),
                                          {},
                                          QString::fromUtf8(s.title),
                                          QDate(2016, 1, 4),
                                          {}};
            person = persons.add(p).id;
        }
        Fellow f;
        f.cohortId = cohort.id;
        f.personId = person;
        f.organizationId = orgIds.value(QLatin1String(s.organization));
        f.titleAtTime = QString::fromUtf8(s.title);
        f.status = s.status;
        f.statusDate = s.status == FellowStatus::Confirmed ? d(7, 15) : d(6, 20);
        f.arrival = d(10, 27);
        f.departure = d(11, 5);
        f.dietaryNotes = QString::fromUtf8(s.dietary);
        fellowIds.insert(family, fellowRepo.add(f).id);
    }
    // A fellow who had to cancel: the record and its history stay.
    fellowRepo.withdraw(fellowIds.value(QStringLiteral("Walsh")), PlacementAction::Keep, d(9, 2),
                        QStringLiteral("Family reasons"));

    const SampleFamily families[] = {
        {u"相田", u"あいだ", "Aida", 2, "Japanese, some English", "Vegetarian meals are no trouble",
         ""},
        {u"佐藤", u"さとう", "Sato", 1, "Japanese, English", "", "A cat"},
        {u"根本", u"ねもと", "Nemoto", 2, "Japanese", "", ""},
        {u"大津", u"おおつ", "Otsu", 1, "Japanese, a little English", "", "A dog"},
        {u"菊池", u"きくち", "Kikuchi", 1, "Japanese, English", "Can do gluten-free", ""},
    };
    HostFamilyRepository familyRepo(db);
    QHash<QString, HostFamilyId> familyIds;
    for (const SampleFamily& s : families) {
        HostFamily f;
        f.familyNameKanji = QString::fromUtf16(s.kanji);
        f.familyNameKana = QString::fromUtf16(s.kana);
        f.familyNameRomaji = QString::fromUtf8(s.romaji);
        f.municipalityCode = Kitaibaraki;
        f.capacity = s.capacity;
        f.languages = QString::fromUtf8(s.languages);
        f.dietaryNotes = QString::fromUtf8(s.dietary);
        f.pets = QString::fromUtf8(s.pets);
        if (f.familyNameRomaji == QLatin1String("Aida"))
            f.members = {
                {0, 0, QStringLiteral("相田 健一"), 52, QStringLiteral("Host father"), {}},
                {0, 0, QStringLiteral("相田 洋子"), 49, QStringLiteral("Host mother"), {}},
                {0, 0, QStringLiteral("相田 美咲"), 16, QStringLiteral("Daughter"), {}},
            };
        familyIds.insert(f.familyNameRomaji, familyRepo.add(f).id);
    }

    HomestayRepository homestays(db);
    const QPair<const char*, const char*> placements[] = {
        {"Johnson", "Aida"},
        {"Nguyen", "Aida"},
        {"Carter", "Sato"},
        {"Thompson", "Nemoto"},
    };
    for (const auto& [fellow, family] : placements) {
        HomestayPlacement p;
        p.fellowId = fellowIds.value(QLatin1String(fellow));
        p.hostFamilyId = familyIds.value(QLatin1String(family));
        p.firstNight = d(10, 31);
        p.lastNight = d(11, 4);
        homestays.add(p);
    }

    const SampleItem items[] = {
        {10, 27, "16:00", "17:30", FellowshipItemType::Lecture, "Welcome and orientation",
         u"歓迎会・オリエンテーション", "CLAIR, Chiyoda-ku", ""},
        {10, 28, "10:00", "12:00", FellowshipItemType::Lecture, "Local government in Japan",
         u"講義「日本の地方自治」", "CLAIR, Chiyoda-ku", ""},
        {10, 28, "14:00", "16:00", FellowshipItemType::Meeting,
         "Ministry of Internal Affairs and Communications", u"総務省訪問", "Kasumigaseki", ""},
        {10, 29, "10:00", "11:30", FellowshipItemType::Meeting, "Tokyo Metropolitan Government",
         u"東京都庁訪問", "Shinjuku", ""},
        {10, 29, "14:00", "16:30", FellowshipItemType::SiteVisit, "Disaster preparedness centre",
         u"防災館視察", "Ikebukuro", ""},
        {10, 30, "", "", FellowshipItemType::Cultural, "Asakusa and the Sumida river",
         u"浅草・隅田川", "Taito-ku", ""},
        {10, 31, "09:00", "12:00", FellowshipItemType::Travel, "Train to Kitaibaraki",
         u"北茨城市へ移動", "Ueno → Isohara", ""},
        {10, 31, "14:00", "15:00", FellowshipItemType::Meeting, "Courtesy call on the Mayor",
         u"市長表敬訪問", "Kitaibaraki City Hall", "KITAIBARAKI"},
        {10, 31, "18:00", "20:00", FellowshipItemType::Cultural,
         "Welcome dinner with the host families", u"ホストファミリーとの歓迎夕食会", "Isohara",
         "KITAIBARAKI"},
        {11, 1, "09:30", "12:00", FellowshipItemType::SiteVisit,
         "Otsu fishing port: rebuilding after 2011", u"大津漁港 復興の現場", "Otsu fishing port",
         "KITAIBARAKI"},
        {11, 1, "14:00", "16:00", FellowshipItemType::Lecture, "Tsunami recovery planning",
         u"講義「津波からの復興計画」", "Kitaibaraki City Hall", "KITAIBARAKI"},
        {11, 2, "10:00", "15:00", FellowshipItemType::Cultural, "Izura coast and Rokkakudo",
         u"五浦海岸・六角堂", "Izura", ""},
        {11, 3, "", "", FellowshipItemType::Free, "A day with the host family",
         u"ホストファミリーと過ごす日", "", ""},
        {11, 4, "10:00", "12:00", FellowshipItemType::Meeting, "Ibaraki Prefectural Government",
         u"茨城県庁訪問", "Mito", "IBARAKI"},
        {11, 4, "18:00", "20:00", FellowshipItemType::Cultural, "Farewell party", u"送別会",
         "Isohara", "KITAIBARAKI"},
        {11, 5, "10:00", "", FellowshipItemType::Travel, "Return to Tokyo and departure",
         u"東京へ移動・帰国", "Isohara → Narita", ""},
    };
    FellowshipItineraryRepository itinerary(db);
    for (const SampleItem& s : items) {
        FellowshipItineraryItem i;
        i.cohortId = cohort.id;
        i.date = d(s.month, s.day);
        i.startTime = QTime::fromString(QLatin1String(s.start), QStringLiteral("HH:mm"));
        i.endTime = QTime::fromString(QLatin1String(s.end), QStringLiteral("HH:mm"));
        i.type = s.type;
        i.descriptionEn = QString::fromUtf8(s.en);
        i.descriptionJa = QString::fromUtf16(s.ja);
        i.place = QString::fromUtf8(s.place);
        i.hostOrganizationId = orgIds.value(QLatin1String(s.host));
        itinerary.add(i);
    }
}

} // namespace jlgc
