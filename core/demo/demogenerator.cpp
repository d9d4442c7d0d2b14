#include "demo/demogenerator.h"

#include "demo/demonames.h"
#include "search/searchindex.h"
#include "search/textnormalizer.h"
#include "storage/bulkinsert.h"
#include "storage/history.h"
#include "storage/recordkinds.h"
#include "storage/referencerepository.h"
#include "storage/sqlrefs.h"

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

BulkInsert DemoGenerator::stampedInsert(const QString& table, QStringList columns,
                                        BulkInsert::OnConflict onConflict)
{
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    return BulkInsert(m_db, table, columns, onConflict);
}

bool DemoGenerator::insertStamped(BulkInsert& q)
{
    return q.set(QStringLiteral("created_at"), m_now)
        .set(QStringLiteral("updated_at"), m_now)
        .insert();
}

qint64 DemoGenerator::userRecordCount(const Database& db)
{
    // Organizations are not counted: a new database holds the associations
    // every office works with.
    static const QStringList UserTables = {QStringLiteral("person"),
                                           QStringLiteral("cohort"),
                                           QStringLiteral("delegation"),
                                           QStringLiteral("jetaa_chapter"),
                                           QStringLiteral("office_event"),
                                           QStringLiteral("research_topic"),
                                           QStringLiteral("sister_affiliation")};
    qint64 n = 0;
    for (const RecordKind& k : RecordKinds::all())
        if (UserTables.contains(k.table))
            n += RecordKinds::count(db, k);
    return n;
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
        const ReferenceRepository reference(m_db);
        for (const Municipality& m : reference.municipalities())
            m_municipalities << Place{m.code,         m.prefectureCode, m.nameEn,   m.nameJa,
                                      m.prefectureEn, m.prefectureJa,   m.nameKana, m.kind};
        for (const Prefecture& p : reference.prefectures())
            m_prefectures << qMakePair(p.code, p.nameJa);
    }
    BulkInsert::startLoad(m_db);
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
    BulkInsert::finishLoad(m_db);
}

void DemoGenerator::addOrganizations()
{
    // One organization for every ten people: the prefectures and
    // municipalities of Japan first, then North American cities, states,
    // associations and companies.
    const int wanted = qMax(60, m_options.people / 10);
    BulkInsert q = stampedInsert(
        QStringLiteral("organization"),
        {QStringLiteral("name_en"), QStringLiteral("name_ja"), QStringLiteral("name_kana"),
         QStringLiteral("short_name"), QStringLiteral("kind"), QStringLiteral("country"),
         QStringLiteral("subdivision_code"), QStringLiteral("prefecture_code"),
         QStringLiteral("municipality_code"), QStringLiteral("city"), QStringLiteral("website")});
    int added = 0;
    auto insert = [&](const QString& en, const QString& ja, const QVariant& kana, const char* kind,
                      const char* country, const QVariant& sub, const QVariant& pref,
                      const QVariant& muni, const QVariant& city) {
        insertStamped(q.set(QStringLiteral("name_en"), en)
                          .set(QStringLiteral("name_ja"), ja)
                          .set(QStringLiteral("name_kana"), kana)
                          .set(QStringLiteral("short_name"), QVariant())
                          .set(QStringLiteral("kind"), QLatin1String(kind))
                          .set(QStringLiteral("country"), QLatin1String(country))
                          .set(QStringLiteral("subdivision_code"), sub)
                          .set(QStringLiteral("prefecture_code"), pref)
                          .set(QStringLiteral("municipality_code"), muni)
                          .set(QStringLiteral("city"), city)
                          .set(QStringLiteral("website"), QVariant()));
        ++added;
        return q.lastInsertId();
    };
    // Japanese governments: a quarter of the organizations at most.
    const int japanese = qMax(10, wanted / 4);
    for (const Prefecture& p : ReferenceRepository(m_db).prefectures()) {
        if (added >= japanese)
            break;
        m_japanOrgs << insert(p.nameEn + QStringLiteral(" Prefectural Government"), p.nameJa,
                              p.nameKana, "japanese_government", "JP", QVariant(), p.code,
                              QVariant(), QVariant());
    }
    for (const Place& m : std::as_const(m_municipalities)) {
        if (added >= japanese)
            break;
        const QString en =
            m.nameEn + (m.kind == QLatin1String("city")           ? QStringLiteral(" City")
                        : m.kind == QLatin1String("town")         ? QStringLiteral(" Town")
                        : m.kind == QLatin1String("special_ward") ? QStringLiteral(" City")
                                                                  : QStringLiteral(" Village"));
        m_japanOrgs << insert(en, m.nameJa, m.nameKana, "japanese_government", "JP", QVariant(),
                              QVariant(), m.code, m.nameEn);
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
    BulkInsert person =
        stampedInsert(QStringLiteral("person"),
                      sqlrefs::personNameColumnNames() +
                          QStringList{QStringLiteral("title"), QStringLiteral("email"),
                                      QStringLiteral("phone"), QStringLiteral("languages")});
    BulkInsert affiliation(m_db, QStringLiteral("person_affiliation"),
                           {QStringLiteral("person_id"), QStringLiteral("organization_id"),
                            QStringLiteral("role"), QStringLiteral("start_date"),
                            QStringLiteral("end_date")});
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
            person.set(QStringLiteral("family_name_kanji"), u16(f.kanji))
                .set(QStringLiteral("given_name_kanji"), u16(g.kanji))
                .set(QStringLiteral("family_name_kana"), u16(f.kana))
                .set(QStringLiteral("given_name_kana"), u16(g.kana))
                .set(QStringLiteral("languages"), QStringLiteral("Japanese, English"))
                .set(QStringLiteral("phone"),
                     QStringLiteral("+81 3-%1-%2").arg(1000 + pick(9000)).arg(1000 + pick(9000)));
        } else {
            family = latin(WesternFamilyNames[pick(WesternFamilyNameCount)]);
            given = latin(WesternGivenNames[pick(WesternGivenNameCount)]);
            person.set(QStringLiteral("family_name_kanji"), QVariant())
                .set(QStringLiteral("given_name_kanji"), QVariant())
                .set(QStringLiteral("family_name_kana"), QVariant())
                .set(QStringLiteral("given_name_kana"), QVariant())
                .set(QStringLiteral("languages"),
                     chance(20) ? QStringLiteral("English, Japanese") : QStringLiteral("English"))
                .set(QStringLiteral("phone"),
                     QStringLiteral("+1 %1-555-%2").arg(200 + pick(700)).arg(1000 + pick(9000)));
        }
        const char* title = Titles[pick(TitleCount)];
        insertStamped(person.set(QStringLiteral("family_name"), family)
                          .set(QStringLiteral("given_name"), given)
                          .set(QStringLiteral("title"), latin(title))
                          .set(QStringLiteral("email"),
                               chance(70) ? QVariant(QStringLiteral("%1.%2%3@example.%4")
                                                         .arg(mailPart(given), mailPart(family))
                                                         .arg(i)
                                                         .arg(japanese ? QStringLiteral("jp")
                                                                       : QStringLiteral("org")))
                                          : QVariant()));
        const qint64 id = person.lastInsertId();
        (japanese ? m_japanesePeople : m_westernPeople) << id;
        if (chance(85)) {
            const qint64 org = japanese && !m_japanOrgs.isEmpty()
                                   ? m_japanOrgs[pick(int(m_japanOrgs.size()))]
                                   : northAmericanOrg();
            const QDate start = m_options.today.addDays(-pick(365 * 25));
            const bool ended = chance(15);
            affiliation.set(QStringLiteral("person_id"), id)
                .set(QStringLiteral("organization_id"), org)
                .set(QStringLiteral("role"), latin(title))
                .set(QStringLiteral("start_date"), isoDate(start))
                .set(QStringLiteral("end_date"),
                     ended ? QVariant(isoDate(start.addDays(30 + pick(2000)))) : QVariant())
                .insert();
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
    BulkInsert q = stampedInsert(
        QStringLiteral("staff_member"),
        {QStringLiteral("person_id"), QStringLiteral("kind"), QStringLiteral("prefecture_code"),
         QStringLiteral("municipality_code"), QStringLiteral("position_en"),
         QStringLiteral("position_ja"), QStringLiteral("term_start"), QStringLiteral("term_end")});
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
        insertStamped(
            q.set(QStringLiteral("person_id"), isLocal ? westernPerson() : japanesePerson())
                .set(QStringLiteral("kind"),
                     isLocal ? QStringLiteral("local") : QStringLiteral("dispatched"))
                .set(QStringLiteral("prefecture_code"), pref)
                .set(QStringLiteral("municipality_code"), muni)
                .set(QStringLiteral("position_en"), isLocal ? QStringLiteral("Program Coordinator")
                                                            : QStringLiteral("Assistant Director"))
                .set(QStringLiteral("position_ja"),
                     isLocal ? QStringLiteral("プログラムコーディネーター")
                             : QStringLiteral("所長補佐"))
                .set(QStringLiteral("term_start"), start)
                .set(QStringLiteral("term_end"), end));
        m_staff << q.lastInsertId();
    }
    count("staff_member", local + dispatched);
}

} // namespace jlgc
