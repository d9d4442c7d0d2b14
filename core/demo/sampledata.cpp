#include "demo/sampledata.h"

#include "demo/demonames.h"
#include "demo/jetaasampledata.h"
#include "demo/sampledelegations.h"
#include "demo/samplefellowship.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"

#include <QHash>

namespace jlgc {

namespace {

Organization org(const char* en, const char16_t* ja, const char16_t* kana, OrganizationKind kind,
                 const char* country, const char* subdivision, const char* prefecture,
                 const char* municipality, const char* city)
{
    Organization o;
    o.nameEn = QString::fromUtf8(en);
    o.nameJa = QString::fromUtf16(ja);
    o.nameKana = QString::fromUtf16(kana);
    o.kind = kind;
    o.country = QLatin1String(country);
    o.subdivisionCode = QLatin1String(subdivision);
    o.prefectureCode = QLatin1String(prefecture);
    o.municipalityCode = QLatin1String(municipality);
    o.city = QString::fromUtf8(city);
    return o;
}

struct SamplePerson {
    demo::SampleName name;
    const char* title;
    const char* organization; // key into the organizations added
    const char* role;
    const char* email;
};

} // namespace

void addSampleRecords(Database& db)
{
    db.transaction([&] {
        OrganizationRepository orgs(db);
        QHash<QString, OrganizationId> ids;
        for (const Organization& o : orgs.list())
            ids.insert(o.shortName, o.id);
        const QList<QPair<const char*, Organization>> added = {
            {"IBARAKI", org("Ibaraki Prefectural Government", u"茨城県", u"いばらきけん",
                            OrganizationKind::JapaneseGovernment, "JP", "", "08", "", "Mito")},
            {"KITAIBARAKI",
             org("Kitaibaraki City", u"北茨城市", u"きたいばらきし",
                 OrganizationKind::JapaneseGovernment, "JP", "", "08", "082155", "Kitaibaraki")},
            {"HYOGO", org("Hyogo Prefectural Government", u"兵庫県", u"ひょうごけん",
                          OrganizationKind::JapaneseGovernment, "JP", "", "28", "", "Kobe")},
            {"OHIO", org("State of Ohio", u"オハイオ州", u"おはいおしゅう",
                         OrganizationKind::StateGovernment, "US", "US-OH", "", "", "Columbus")},
            {"MONTREAL", org("City of Montréal", u"モントリオール市", u"もんとりおーるし",
                             OrganizationKind::LocalGovernment, "CA", "CA-QC", "", "", "Montréal")},
            {"CGJ", org("Consulate General of Japan in New York", u"在ニューヨーク日本国総領事館",
                        u"ざいにゅーよーくにほんこくそうりょうじかん", OrganizationKind::Consulate,
                        "US", "US-NY", "", "", "New York")},
        };
        for (const auto& [key, o] : added)
            ids.insert(QLatin1String(key), orgs.add(o).id);

        const SamplePerson people[] = {
            {{"Yamada", "Taro", u"山田", u"太郎", u"やまだ", u"たろう"},
             "Director",
             "IBARAKI",
             "International Affairs Division",
             "t.yamada@example.jp"},
            {{"Yoshida", "Hanako", u"𠮷田", u"花子", u"よしだ", u"はなこ"},
             "Deputy Director",
             "KITAIBARAKI",
             "Planning",
             "h.yoshida@example.jp"},
            {{"Takahashi", "Ken", u"髙橋", u"健", u"たかはし", u"けん"},
             "Section Chief",
             "HYOGO",
             "Exchange programmes",
             ""},
            {{"Yamazaki", "Mika", u"山﨑", u"美香", u"やまざき", u"みか"},
             "Coordinator",
             "HYOGO",
             "Delegations",
             ""},
            {{"Abe", "Satoshi", u"阿部", u"聡", u"あべ", u"さとし"},
             "Consul",
             "CGJ",
             "Culture",
             ""},
            {{"O'Brien", "Siobhán", nullptr, nullptr, nullptr, nullptr},
             "Program Director",
             "NACo",
             "International programs",
             "sobrien@example.org"},
            {{"Tremblay", "Geneviève", nullptr, nullptr, nullptr, nullptr},
             "Conseillère",
             "MONTREAL",
             "Relations internationales",
             ""},
            {{"Johnson", "Michael", nullptr, nullptr, nullptr, nullptr},
             "Deputy Director",
             "OHIO",
             "Global Ohio",
             "mjohnson@example.gov"},
            {{"Watanabe", "Ichiro", u"渡辺", u"一郎", u"わたなべ", u"いちろう"},
             "Mayor",
             "KITAIBARAKI",
             "Mayor",
             ""},
            {{"Garcia", "Elena", nullptr, nullptr, nullptr, nullptr},
             "Senior Policy Analyst",
             "NCSL",
             "State–international relations",
             ""},
        };
        PersonRepository repo(db);
        QHash<QString, qint64> personIds;
        for (const SamplePerson& s : people) {
            Person p;
            p.name = s.name.toPersonName();
            if (s.name.isJapanese()) {
                p.languages = QStringLiteral("Japanese, English");
            } else {
                p.languages = QStringLiteral("English");
            }
            p.title = QString::fromUtf8(s.title);
            p.email = QString::fromUtf8(s.email);
            p.affiliations << Affiliation{0,
                                          ids.value(QLatin1String(s.organization)),
                                          {},
                                          QString::fromUtf8(s.role),
                                          QDate(2023, 4, 1),
                                          {}};
            personIds.insert(p.name.family, repo.add(p).id);
        }
        addSampleFellowship(db, ids, personIds);
        addJetaaSampleRecords(db);
        addSampleDelegations(db);
    });
}

} // namespace jlgc
