#include "demo/demogenerator.h"

#include "demo/demonames.h"
#include "search/searchindex.h"
#include "search/textnormalizer.h"
#include "storage/database.h"
#include "storage/history.h"

#include <QDateTime>
#include <iterator>

namespace jlgc {

using namespace demo;

namespace {

QString u16(const char16_t* s)
{
    return QString::fromUtf16(s);
}

QString latin(const char* s)
{
    return QString::fromUtf8(s);
}

// Romaji in lower case without accents or punctuation, for e-mail addresses.
QString mailPart(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D))
        if (c.isLetter() && c.unicode() < 128)
            out += c.toLower();
    return out;
}

} // namespace

DemoGenerator::DemoGenerator(Database& db, const Options& options)
    : m_db(db), m_options(options), m_rng(options.seed),
      m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{
}

qint64 DemoGenerator::userRecordCount(const Database& db)
{
    // Organizations are not counted: a new database holds the associations
    // every office works with.
    return Query(db, QStringLiteral("SELECT (SELECT count(*) FROM person) + (SELECT count(*) "
                                    "FROM cohort) + (SELECT count(*) FROM delegation) + "
                                    "(SELECT count(*) FROM jetaa_chapter) + (SELECT count(*) "
                                    "FROM office_event) + (SELECT count(*) FROM "
                                    "research_topic) + (SELECT count(*) FROM sister_affiliation)"))
        .exec()
        .scalar()
        .toLongLong();
}

void DemoGenerator::run(const std::function<void(const QString&)>& progress)
{
    auto say = [&](const QString& line) {
        if (progress)
            progress(line);
    };
    if (m_options.people < 1)
        throw StorageError(StorageError::Kind::Validation,
                           tr("The number of people must be at least 1."));
    if (!m_options.force && userRecordCount(m_db) > 0)
        throw StorageError(StorageError::Kind::Validation,
                           tr("The database already holds records; demo data is only added to "
                              "a new database. Name a new file with --database, or add --force "
                              "to add demo records to these."));
    {
        Query q(m_db, QStringLiteral("SELECT m.code, m.prefecture_code, m.name_en, m.name_ja, "
                                     "m.kind, p.name_en, p.name_ja FROM municipality m JOIN "
                                     "prefecture p ON p.code = m.prefecture_code ORDER BY m.code"));
        q.exec();
        while (q.next())
            m_municipalities << Place{q.text(0), q.text(1), q.text(2),
                                      q.text(3), q.text(5), q.text(6)};
        Query p(m_db, QStringLiteral("SELECT code, name_ja FROM prefecture ORDER BY code"));
        p.exec();
        while (p.next())
            m_prefectures << qMakePair(p.text(0), p.text(1));
    }
    // A large cache keeps the indexes of a million rows in memory while writing.
    Query(m_db, QStringLiteral("PRAGMA cache_size = -262144")).exec();
    m_db.transaction([&] {
        // Generated records are not edits anyone made: no history, no Trash
        // copies (a million rows of change log would double the file).
        History::removeTriggers(m_db);
        say(QStringLiteral("organizations"));
        addOrganizations();
        say(QStringLiteral("people and affiliations"));
        addPeople();
        addStaff();
        say(QStringLiteral("fellowship"));
        addFellowship();
        say(QStringLiteral("delegations"));
        addDelegations();
        say(QStringLiteral("research"));
        addResearch();
        say(QStringLiteral("JETAA chapters, sister affiliations, events"));
        addJetaa();
        addSisterAffiliations();
        addEvents();
        History::installTriggers(m_db);
    });
    say(QStringLiteral("search index"));
    SearchIndex(m_db).refresh();
    Query(m_db, QStringLiteral("PRAGMA cache_size = -2000")).exec();
    Query(m_db, QStringLiteral("ANALYZE")).exec();
}

void DemoGenerator::addOrganizations()
{
    // One organization for every ten people: the prefectures and
    // municipalities of Japan first, then North American cities, states,
    // associations and companies.
    const int wanted = qMax(60, m_options.people / 10);
    Query q(m_db, QStringLiteral("INSERT INTO organization (name_en, name_ja, name_kana, "
                                 "short_name, kind, country, subdivision_code, prefecture_code, "
                                 "municipality_code, city, website, created_at, updated_at) "
                                 "VALUES (:en, :ja, :kana, :short, :kind, :country, :sub, :pref, "
                                 ":muni, :city, :web, :now, :now2)"));
    int added = 0;
    auto insert = [&](const QString& en, const QString& ja, const QVariant& kana, const char* kind,
                      const char* country, const QVariant& sub, const QVariant& pref,
                      const QVariant& muni, const QVariant& city) {
        q.bind(QStringLiteral(":en"), en)
            .bind(QStringLiteral(":ja"), ja)
            .bind(QStringLiteral(":kana"), kana)
            .bind(QStringLiteral(":short"), QVariant())
            .bind(QStringLiteral(":kind"), QLatin1String(kind))
            .bind(QStringLiteral(":country"), QLatin1String(country))
            .bind(QStringLiteral(":sub"), sub)
            .bind(QStringLiteral(":pref"), pref)
            .bind(QStringLiteral(":muni"), muni)
            .bind(QStringLiteral(":city"), city)
            .bind(QStringLiteral(":web"), QVariant())
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
        ++added;
        return q.lastInsertId();
    };
    // Japanese governments: a quarter of the organizations at most.
    const int japanese = qMax(10, wanted / 4);
    {
        Query p(m_db, QStringLiteral("SELECT code, name_en, name_ja, name_kana FROM prefecture "
                                     "ORDER BY code"));
        p.exec();
        while (p.next() && added < japanese)
            m_japanOrgs << insert(p.text(1) + QStringLiteral(" Prefectural Government"), p.text(2),
                                  p.text(3), "japanese_government", "JP", QVariant(), p.text(0),
                                  QVariant(), QVariant());
        Query m(m_db, QStringLiteral("SELECT code, prefecture_code, name_en, name_ja, name_kana, "
                                     "kind FROM municipality ORDER BY code"));
        m.exec();
        while (m.next() && added < japanese) {
            const QString kind = m.text(5);
            const QString en =
                m.text(2) + (kind == QLatin1String("city")           ? QStringLiteral(" City")
                             : kind == QLatin1String("town")         ? QStringLiteral(" Town")
                             : kind == QLatin1String("special_ward") ? QStringLiteral(" City")
                                                                     : QStringLiteral(" Village"));
            m_japanOrgs << insert(en, m.text(3), m.text(4), "japanese_government", "JP", QVariant(),
                                  QVariant(), m.text(0), m.text(2));
        }
    }
    struct Template {
        const char* en;       // %1: city
        const char16_t* ja;   // %1: city in katakana
        const char16_t* kana; // %1: city in hiragana
        const char* kind;
    };
    static const Template Templates[] = {
        {"City of %1", u"%1市", u"%1し", "local_government"},
        {"%1 Japan Society", u"%1日本協会", u"%1にほんきょうかい", "association"},
        {"%1 Sister Cities Association", u"%1姉妹都市協会", u"%1しまいとしきょうかい",
         "association"},
        {"%1 Chamber of Commerce", u"%1商工会議所", u"%1しょうこうかいぎしょ", "other"},
        {"%1 Economic Development Council", u"%1経済開発評議会", u"%1けいざいかいはつひょうぎかい",
         "other"},
        {"%1 International Center", u"%1国際センター", u"%1こくさいせんたー", "association"},
        {"%1 Regional Planning Commission", u"%1地域計画委員会", u"%1ちいきけいかくいいんかい",
         "local_government"},
        {"University of %1", u"%1大学", u"%1だいがく", "other"},
    };
    static const char* const Firms[] = {"Partners",   "Consulting", "Trading",    "Logistics",
                                        "Foundation", "Institute",  "Associates", "Group"};
    static const char16_t* const FirmsJa[] = {
        u"パートナーズ", u"コンサルティング", u"トレーディング", u"ロジスティクス",
        u"財団",         u"研究所",           u"アソシエイツ",   u"グループ"};
    while (added < wanted) {
        const NorthAmericanCity& c = Cities[pick(CityCount)];
        const QString city = latin(c.name);
        const QString kata = u16(c.katakana);
        const QString sub = QLatin1String(c.subdivision);
        const char* country = sub.startsWith(QLatin1String("CA")) ? "CA" : "US";
        QString en;
        QString ja;
        QString kana;
        const char* kind;
        if (chance(60)) {
            const Template& t = Templates[pick(int(std::size(Templates)))];
            en = latin(t.en).arg(city);
            ja = u16(t.ja).arg(kata);
            kana = u16(t.kana).arg(toHiragana(kata));
            kind = t.kind;
        } else {
            const int f = pick(int(std::size(Firms)));
            const char* family = WesternFamilyNames[pick(WesternFamilyNameCount)];
            en = QStringLiteral("%1 %2 %3").arg(latin(family), city, latin(Firms[f]));
            ja = QStringLiteral("%1%2").arg(kata, u16(FirmsJa[f]));
            kana = toHiragana(ja);
            kind = "other";
        }
        const qint64 id = insert(en, ja, kana, kind, country, sub, QVariant(), QVariant(), city);
        m_naOrgs << qMakePair(id, sub);
    }
    count("organization", added);
}

void DemoGenerator::addPeople()
{
    Query person(m_db, QStringLiteral("INSERT INTO person (family_name, given_name, "
                                      "family_name_kanji, given_name_kanji, family_name_kana, "
                                      "given_name_kana, title, email, phone, languages, "
                                      "created_at, updated_at) VALUES (:f, :g, :fk, :gk, :fr, "
                                      ":gr, :title, :email, :phone, :lang, :now, :now2)"));
    Query affiliation(m_db, QStringLiteral("INSERT INTO person_affiliation (person_id, "
                                           "organization_id, role, start_date, end_date) VALUES "
                                           "(:p, :o, :role, :start, :end)"));
    m_japanesePeople.reserve(m_options.people / 2 + 1);
    m_westernPeople.reserve(m_options.people / 2 + 1);
    qint64 affiliations = 0;
    for (int i = 0; i < m_options.people; ++i) {
        const bool japanese = chance(45);
        QString family;
        QString given;
        if (japanese) {
            const JapaneseName& f = FamilyNames[pick(FamilyNameCount)];
            const JapaneseName& g = GivenNames[pick(GivenNameCount)];
            family = latin(f.romaji);
            given = latin(g.romaji);
            person.bind(QStringLiteral(":fk"), u16(f.kanji))
                .bind(QStringLiteral(":gk"), u16(g.kanji))
                .bind(QStringLiteral(":fr"), u16(f.kana))
                .bind(QStringLiteral(":gr"), u16(g.kana))
                .bind(QStringLiteral(":lang"), QStringLiteral("Japanese, English"))
                .bind(QStringLiteral(":phone"),
                      QStringLiteral("+81 3-%1-%2").arg(1000 + pick(9000)).arg(1000 + pick(9000)));
        } else {
            family = latin(WesternFamilyNames[pick(WesternFamilyNameCount)]);
            given = latin(WesternGivenNames[pick(WesternGivenNameCount)]);
            person.bind(QStringLiteral(":fk"), QVariant())
                .bind(QStringLiteral(":gk"), QVariant())
                .bind(QStringLiteral(":fr"), QVariant())
                .bind(QStringLiteral(":gr"), QVariant())
                .bind(QStringLiteral(":lang"),
                      chance(20) ? QStringLiteral("English, Japanese") : QStringLiteral("English"))
                .bind(QStringLiteral(":phone"),
                      QStringLiteral("+1 %1-555-%2").arg(200 + pick(700)).arg(1000 + pick(9000)));
        }
        const char* title = Titles[pick(TitleCount)];
        person.bind(QStringLiteral(":f"), family)
            .bind(QStringLiteral(":g"), given)
            .bind(QStringLiteral(":title"), latin(title))
            .bind(QStringLiteral(":email"),
                  chance(70)
                      ? QVariant(QStringLiteral("%1.%2%3@example.%4")
                                     .arg(mailPart(given), mailPart(family))
                                     .arg(i)
                                     .arg(japanese ? QStringLiteral("jp") : QStringLiteral("org")))
                      : QVariant())
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
        const qint64 id = person.lastInsertId();
        (japanese ? m_japanesePeople : m_westernPeople) << id;
        if (chance(85)) {
            const qint64 org = japanese && !m_japanOrgs.isEmpty()
                                   ? m_japanOrgs[pick(int(m_japanOrgs.size()))]
                                   : northAmericanOrg();
            const QDate start = m_options.today.addDays(-pick(365 * 25));
            const bool ended = chance(15);
            affiliation.bind(QStringLiteral(":p"), id)
                .bind(QStringLiteral(":o"), org)
                .bind(QStringLiteral(":role"), latin(title))
                .bind(QStringLiteral(":start"), isoDate(start))
                .bind(QStringLiteral(":end"),
                      ended ? QVariant(isoDate(start.addDays(30 + pick(2000)))) : QVariant())
                .exec();
            ++affiliations;
        }
    }
    if (m_japanesePeople.isEmpty())
        m_japanesePeople << m_westernPeople.front();
    if (m_westernPeople.isEmpty())
        m_westernPeople << m_japanesePeople.front();
    count("person", m_options.people);
    count("person_affiliation", affiliations);
}

void DemoGenerator::addStaff()
{
    // The New York office: a dozen local staff and officials dispatched from
    // prefectures and cities for two or three years each.
    Query q(m_db, QStringLiteral("INSERT INTO staff_member (person_id, kind, prefecture_code, "
                                 "municipality_code, position_en, position_ja, term_start, "
                                 "term_end, created_at, updated_at) VALUES (:p, :kind, :pref, "
                                 ":muni, :pen, :pja, :start, :end, :now, :now2)"));
    const int local = 12;
    const int dispatched = 24;
    for (int i = 0; i < local + dispatched; ++i) {
        const bool isLocal = i < local;
        QVariant pref;
        QVariant muni;
        QVariant start;
        QVariant end;
        if (!isLocal) {
            if (chance(50))
                pref = m_prefectures[pick(int(m_prefectures.size()))].first;
            else
                muni = m_municipalities[pick(int(m_municipalities.size()))].code;
            const QDate s(m_options.today.year() - 6 + (i - local) / 4, 4, 1);
            start = isoDate(s);
            end = isoDate(s.addYears(2 + pick(2)).addDays(-1));
        }
        q.bind(QStringLiteral(":p"), isLocal ? westernPerson() : japanesePerson())
            .bind(QStringLiteral(":kind"),
                  isLocal ? QStringLiteral("local") : QStringLiteral("dispatched"))
            .bind(QStringLiteral(":pref"), pref)
            .bind(QStringLiteral(":muni"), muni)
            .bind(QStringLiteral(":pen"), isLocal ? QStringLiteral("Program Coordinator")
                                                  : QStringLiteral("Assistant Director"))
            .bind(QStringLiteral(":pja"), isLocal ? QStringLiteral("プログラムコーディネーター")
                                                  : QStringLiteral("所長補佐"))
            .bind(QStringLiteral(":start"), start)
            .bind(QStringLiteral(":end"), end)
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
        m_staff << q.lastInsertId();
    }
    count("staff_member", local + dispatched);
}

} // namespace jlgc
