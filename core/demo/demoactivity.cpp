// The records of the office's work, for DemoGenerator: the fellowship,
// delegations, research, JETAA chapters, sister affiliations and events.
#include "demo/demogenerator.h"
#include "demo/demonames.h"
#include "search/textnormalizer.h"
#include "storage/bulkinsert.h"
#include "storage/cohortrepository.h"

#include <iterator>

namespace jlgc {

using namespace demo;

namespace {

struct Theme {
    const char* en;
    const char16_t* ja;
};

const Theme Themes[] = {
    {"Disaster recovery and coastal communities", u"震災復興と沿岸のまちづくり"},
    {"Tourism and regional revitalization", u"観光と地域活性化"},
    {"Ageing society and community care", u"高齢社会と地域包括ケア"},
    {"Local industry and small business", u"地場産業と中小企業"},
    {"Education and international exchange", u"教育と国際交流"},
    {"Renewable energy in rural towns", u"農村の再生可能エネルギー"},
    {"Public transport and compact cities", u"公共交通とコンパクトシティ"},
    {"Local government finance", u"地方財政"},
    {"Agriculture and food exports", u"農業と食品輸出"},
    {"Digital government", u"デジタル・ガバメント"},
};
const int ThemeCount = int(std::size(Themes));

} // namespace

void DemoGenerator::addFellowship()
{
    // One cohort a year since 1993 (none in 2020 and 2021), about twenty
    // fellows each, hosted by a prefecture and one of its municipalities.
    BulkInsert cohort = stampedInsert(
        QStringLiteral("cohort"),
        {QStringLiteral("year"), QStringLiteral("programme_start"), QStringLiteral("programme_end"),
         QStringLiteral("tokyo_start"), QStringLiteral("tokyo_end"), QStringLiteral("host_start"),
         QStringLiteral("host_end"), QStringLiteral("host_prefecture_code"),
         QStringLiteral("host_municipality_code"), QStringLiteral("theme_en"),
         QStringLiteral("theme_ja")},
        BulkInsert::OnConflict::Ignore);
    const CohortRepository cohorts(m_db);
    BulkInsert fellow =
        stampedInsert(QStringLiteral("fellow"),
                      {QStringLiteral("person_id"), QStringLiteral("cohort_id"),
                       QStringLiteral("organization_id"), QStringLiteral("subdivision_code"),
                       QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("arrival"),
                       QStringLiteral("departure")},
                      BulkInsert::OnConflict::Ignore);
    int cohortsAdded = 0;
    int fellows = 0;
    const int lastYear =
        m_options.today.month() >= 10 ? m_options.today.year() + 1 : m_options.today.year();
    for (int year = 1993; year <= lastYear; ++year) {
        if (year == 2020 || year == 2021)
            continue;
        const QDate start(year, 10, 5 + pick(10));
        const Place& host = m_municipalities[pick(int(m_municipalities.size()))];
        const Theme& theme = Themes[pick(ThemeCount)];
        const bool newCohort =
            insertStamped(cohort.set(QStringLiteral("year"), year)
                              .set(QStringLiteral("programme_start"), isoDate(start))
                              .set(QStringLiteral("programme_end"), isoDate(start.addDays(13)))
                              .set(QStringLiteral("tokyo_start"), isoDate(start))
                              .set(QStringLiteral("tokyo_end"), isoDate(start.addDays(4)))
                              .set(QStringLiteral("host_start"), isoDate(start.addDays(5)))
                              .set(QStringLiteral("host_end"), isoDate(start.addDays(12)))
                              .set(QStringLiteral("host_prefecture_code"), host.prefecture)
                              .set(QStringLiteral("host_municipality_code"), host.code)
                              .set(QStringLiteral("theme_en"), QLatin1String(theme.en))
                              .set(QStringLiteral("theme_ja"), QString::fromUtf16(theme.ja)));
        if (newCohort)
            ++cohortsAdded;
        const qint64 id = cohorts.findByYear(year)->id;
        const bool past = start.addDays(13) < m_options.today;
        const int size = 16 + pick(9);
        for (int i = 0; i < size; ++i) {
            const auto& [org, subdivision] = m_naOrgs[pick(int(m_naOrgs.size()))];
            const char* status = "attended";
            if (!past) {
                static const char* const Open[] = {"nominated", "applied", "selected", "confirmed"};
                status = Open[pick(4)];
            } else if (chance(4)) {
                status = "withdrawn";
            }
            const bool added = insertStamped(
                fellow.set(QStringLiteral("person_id"), westernPerson())
                    .set(QStringLiteral("cohort_id"), id)
                    .set(QStringLiteral("organization_id"), org)
                    .set(QStringLiteral("subdivision_code"), subdivision)
                    .set(QStringLiteral("title"), QLatin1String(Titles[pick(TitleCount)]))
                    .set(QStringLiteral("status"), QLatin1String(status))
                    .set(QStringLiteral("arrival"), isoDate(start.addDays(-1)))
                    .set(QStringLiteral("departure"), isoDate(start.addDays(14))));
            if (added)
                ++fellows;
        }
    }
    count("cohort", cohortsAdded);
    count("fellow", fellows);
}

void DemoGenerator::addDelegations()
{
    // One delegation for every 200 people, from a municipality of Japan,
    // with three to six members and an itinerary of four to eight visits.
    const int wanted = qMax(5, m_options.people / 200);
    BulkInsert d = stampedInsert(
        QStringLiteral("delegation"),
        {QStringLiteral("name_en"), QStringLiteral("name_ja"), QStringLiteral("municipality_code"),
         QStringLiteral("purpose_en"), QStringLiteral("purpose_ja"), QStringLiteral("arrival_date"),
         QStringLiteral("departure_date"), QStringLiteral("status"), QStringLiteral("member_count"),
         QStringLiteral("staff_member_id")});
    BulkInsert member(m_db, QStringLiteral("delegation_member"),
                      {QStringLiteral("delegation_id"), QStringLiteral("person_id"),
                       QStringLiteral("role"), QStringLiteral("title_en"),
                       QStringLiteral("position")},
                      BulkInsert::OnConflict::Ignore);
    BulkInsert item = stampedInsert(
        QStringLiteral("delegation_itinerary_item"),
        {QStringLiteral("uid"), QStringLiteral("delegation_id"), QStringLiteral("item_date"),
         QStringLiteral("start_time"), QStringLiteral("end_time"), QStringLiteral("place_en"),
         QStringLiteral("place_ja"), QStringLiteral("organization_id"), QStringLiteral("topic_en"),
         QStringLiteral("topic_ja"), QStringLiteral("transport_en"),
         QStringLiteral("transport_ja")});
    // How a delegation goes from one visit to the next.
    static const Theme Transport[] = {{"Chartered bus", u"貸切バス"},
                                      {"Subway", u"地下鉄"},
                                      {"On foot", u"徒歩"},
                                      {"Taxi", u"タクシー"},
                                      {"Commuter rail", u"通勤鉄道"}};
    qint64 members = 0;
    qint64 items = 0;
    for (int i = 0; i < wanted; ++i) {
        const Place& from = m_municipalities[pick(int(m_municipalities.size()))];
        const NorthAmericanCity& to = Cities[pick(CityCount)];
        const Theme& theme = Themes[pick(ThemeCount)];
        const QDate arrival = m_options.today.addDays(-pick(365 * 30) + 400);
        const QDate departure = arrival.addDays(3 + pick(5));
        const char* status = departure < m_options.today ? (chance(5) ? "cancelled" : "completed")
                             : chance(50)                ? "confirmed"
                                                         : "planning";
        const int size = 3 + pick(4);
        insertStamped(
            d.set(
                 QStringLiteral("name_en"),
                 QStringLiteral("%1 delegation to %2").arg(from.nameEn, QString::fromUtf8(to.name)))
                .set(QStringLiteral("name_ja"),
                     QStringLiteral("%1%2%3訪問団")
                         .arg(from.prefectureJa, from.nameJa, QString::fromUtf16(to.katakana)))
                .set(QStringLiteral("municipality_code"), from.code)
                .set(QStringLiteral("purpose_en"), QLatin1String(theme.en))
                .set(QStringLiteral("purpose_ja"), QString::fromUtf16(theme.ja))
                .set(QStringLiteral("arrival_date"), isoDate(arrival))
                .set(QStringLiteral("departure_date"), isoDate(departure))
                .set(QStringLiteral("status"), QLatin1String(status))
                .set(QStringLiteral("member_count"), size)
                .set(QStringLiteral("staff_member_id"), m_staff[pick(int(m_staff.size()))]));
        const qint64 id = d.lastInsertId();
        for (int m = 0; m < size; ++m) {
            const bool added =
                member.set(QStringLiteral("delegation_id"), id)
                    .set(QStringLiteral("person_id"), japanesePerson())
                    .set(QStringLiteral("role"), m == 0   ? QStringLiteral("leader")
                                                 : m == 1 ? QStringLiteral("deputy_leader")
                                                          : QStringLiteral("member"))
                    .set(QStringLiteral("title_en"), QLatin1String(Titles[pick(TitleCount)]))
                    .set(QStringLiteral("position"), m)
                    .insert();
            if (added)
                ++members;
        }
        const int visits = 4 + pick(5);
        for (int v = 0; v < visits; ++v) {
            const int hour = v % 2 == 0 ? 9 + pick(2) : 13 + pick(3);
            insertStamped(
                item.set(QStringLiteral("uid"),
                         QStringLiteral("demo-%1-%2@jlgc-desk").arg(id).arg(v))
                    .set(QStringLiteral("delegation_id"), id)
                    .set(QStringLiteral("item_date"), isoDate(arrival.addDays(1 + v / 2)))
                    .set(QStringLiteral("start_time"),
                         QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')))
                    .set(QStringLiteral("end_time"),
                         QStringLiteral("%1:30").arg(hour + 1, 2, 10, QLatin1Char('0')))
                    .set(QStringLiteral("place_en"), QString::fromUtf8(to.name))
                    .set(QStringLiteral("place_ja"), QString::fromUtf16(to.katakana))
                    .set(QStringLiteral("organization_id"), northAmericanOrg())
                    .set(QStringLiteral("topic_en"), QLatin1String(theme.en))
                    .set(QStringLiteral("topic_ja"), QString::fromUtf16(theme.ja))
                    .set(QStringLiteral("transport_en"), QLatin1String(Transport[v % 5].en))
                    .set(QStringLiteral("transport_ja"), QString::fromUtf16(Transport[v % 5].ja)));
            ++items;
        }
    }
    count("delegation", wanted);
    count("delegation_member", members);
    count("delegation_itinerary_item", items);
}

void DemoGenerator::addResearch()
{
    // A research topic for every 2,000 people with six log entries each, and
    // a research request from Japan for every 1,000.
    const int topics = qMax(3, m_options.people / 2000);
    const int requests = qMax(5, m_options.people / 1000);
    BulkInsert topic = stampedInsert(QStringLiteral("research_topic"),
                                     {QStringLiteral("owner_staff_id"), QStringLiteral("title_en"),
                                      QStringLiteral("title_ja"), QStringLiteral("description"),
                                      QStringLiteral("status"), QStringLiteral("start_date")});
    BulkInsert log = stampedInsert(QStringLiteral("research_log_entry"),
                                   {QStringLiteral("topic_id"), QStringLiteral("author_staff_id"),
                                    QStringLiteral("entry_date"), QStringLiteral("kind"),
                                    QStringLiteral("notes")});
    // Whom an entry was with: an organization of the city, and for an
    // interview a person there too.
    BulkInsert logOrganization(m_db, QStringLiteral("research_log_organization"),
                               {QStringLiteral("entry_id"), QStringLiteral("organization_id")},
                               BulkInsert::OnConflict::Ignore);
    BulkInsert logPerson(m_db, QStringLiteral("research_log_person"),
                         {QStringLiteral("entry_id"), QStringLiteral("person_id")},
                         BulkInsert::OnConflict::Ignore);
    static const char* const Kinds[] = {"interview", "site_visit", "conference", "reading",
                                        "writing"};
    for (int i = 0; i < topics; ++i) {
        const Theme& theme = Themes[pick(ThemeCount)];
        const NorthAmericanCity& city = Cities[pick(CityCount)];
        const QDate start = m_options.today.addDays(-pick(365 * 20));
        const qint64 owner = m_staff[pick(int(m_staff.size()))];
        insertStamped(
            topic.set(QStringLiteral("owner_staff_id"), owner)
                .set(QStringLiteral("title_en"),
                     QStringLiteral("%1 in %2")
                         .arg(QLatin1String(theme.en), QString::fromUtf8(city.name)))
                .set(QStringLiteral("title_ja"),
                     QStringLiteral("%1における%2")
                         .arg(QString::fromUtf16(city.katakana), QString::fromUtf16(theme.ja)))
                .set(QStringLiteral("description"),
                     QStringLiteral("Comparative study for Japanese local "
                                    "governments."))
                .set(QStringLiteral("status"), start.addYears(2) < m_options.today
                                                   ? QStringLiteral("completed")
                                                   : QStringLiteral("active"))
                .set(QStringLiteral("start_date"), isoDate(start)));
        const qint64 id = topic.lastInsertId();
        for (int e = 0; e < 6; ++e) {
            const int kind = pick(5);
            insertStamped(
                log.set(QStringLiteral("topic_id"), id)
                    .set(QStringLiteral("author_staff_id"), owner)
                    .set(QStringLiteral("entry_date"), isoDate(start.addDays(e * 30 + pick(20))))
                    .set(QStringLiteral("kind"), QLatin1String(Kinds[kind]))
                    .set(QStringLiteral("notes"), QStringLiteral("Notes on %1, %2.")
                                                      .arg(QString::fromLatin1(theme.en).toLower(),
                                                           QString::fromUtf8(city.name))));
            if (kind >= 3) // reading and writing are done alone
                continue;
            const qint64 entry = log.lastInsertId();
            logOrganization.set(QStringLiteral("entry_id"), entry)
                .set(QStringLiteral("organization_id"), northAmericanOrg())
                .insert();
            if (kind == 0)
                logPerson.set(QStringLiteral("entry_id"), entry)
                    .set(QStringLiteral("person_id"), westernPerson())
                    .insert();
        }
    }
    count("research_topic", topics);
    count("research_log_entry", qint64(topics) * 6);

    BulkInsert request =
        stampedInsert(QStringLiteral("research_request"),
                      {QStringLiteral("prefecture_code"), QStringLiteral("question_ja"),
                       QStringLiteral("question_en"), QStringLiteral("received_date"),
                       QStringLiteral("due_date"), QStringLiteral("assigned_staff_id"),
                       QStringLiteral("status"), QStringLiteral("answered_date")});
    for (int i = 0; i < requests; ++i) {
        const Theme& theme = Themes[pick(ThemeCount)];
        const QDate received = m_options.today.addDays(-pick(365 * 15));
        const QDate due = received.addDays(30 + pick(60));
        const bool answered = due.addDays(20) < m_options.today || chance(30);
        insertStamped(
            request
                .set(QStringLiteral("prefecture_code"),
                     m_prefectures[pick(int(m_prefectures.size()))].first)
                .set(QStringLiteral("question_ja"), QStringLiteral("米国・カナダの%1の事例について")
                                                        .arg(QString::fromUtf16(theme.ja)))
                .set(QStringLiteral("question_en"),
                     QStringLiteral("Cases of %1 in the US and Canada")
                         .arg(QString::fromLatin1(theme.en).toLower()))
                .set(QStringLiteral("received_date"), isoDate(received))
                .set(QStringLiteral("due_date"), isoDate(due))
                .set(QStringLiteral("assigned_staff_id"), m_staff[pick(int(m_staff.size()))])
                .set(QStringLiteral("status"),
                     answered ? QStringLiteral("answered") : QStringLiteral("in_progress"))
                .set(QStringLiteral("answered_date"),
                     answered ? QVariant(isoDate(received.addDays(20 + pick(40)))) : QVariant()));
    }
    count("research_request", requests);
}

void DemoGenerator::addJetaa()
{
    // A chapter in each of the larger cities (a fixed number, as in life),
    // funded each fiscal year since 2005 with two to four budget lines.
    BulkInsert chapter = stampedInsert(QStringLiteral("jetaa_chapter"),
                                       {QStringLiteral("name"), QStringLiteral("country"),
                                        QStringLiteral("city"), QStringLiteral("subdivision_code"),
                                        QStringLiteral("status"), QStringLiteral("founded_year")});
    BulkInsert funding =
        stampedInsert(QStringLiteral("chapter_funding"),
                      {QStringLiteral("chapter_id"), QStringLiteral("fiscal_year"),
                       QStringLiteral("application_date"), QStringLiteral("currency"),
                       QStringLiteral("approved_amount"), QStringLiteral("approved_currency"),
                       QStringLiteral("report_due"), QStringLiteral("report_received"),
                       QStringLiteral("status")});
    BulkInsert line(m_db, QStringLiteral("funding_line"),
                    {QStringLiteral("funding_id"), QStringLiteral("position"),
                     QStringLiteral("purpose"), QStringLiteral("amount")});
    static const char* const Purposes[] = {"Japan Night",  "Networking reception",
                                           "Newsletter",   "Language exchange",
                                           "Career forum", "Pre-departure orientation"};
    int chapters = 0;
    int fundings = 0;
    int lines = 0;
    const int chapterCount = qMin(CityCount, qMax(5, 20 + m_options.people / 100000));
    const int lastFy =
        m_options.today.month() >= 4 ? m_options.today.year() : m_options.today.year() - 1;
    for (int c = 0; c < chapterCount; ++c) {
        const NorthAmericanCity& city = Cities[c];
        const QString sub = QLatin1String(city.subdivision);
        const QString country = sub.left(2);
        insertStamped(chapter
                          .set(QStringLiteral("name"),
                               QStringLiteral("JETAA %1").arg(QString::fromUtf8(city.name)))
                          .set(QStringLiteral("country"), country)
                          .set(QStringLiteral("city"), QString::fromUtf8(city.name))
                          .set(QStringLiteral("subdivision_code"), sub)
                          .set(QStringLiteral("status"), QStringLiteral("active"))
                          .set(QStringLiteral("founded_year"), 1989 + pick(15)));
        const qint64 id = chapter.lastInsertId();
        ++chapters;
        const QString currency =
            country == QLatin1String("CA") ? QStringLiteral("CAD") : QStringLiteral("USD");
        for (int fy = 2005; fy <= lastFy; ++fy) {
            const bool current = fy == lastFy;
            const int parts = 2 + pick(3);
            QList<int> amounts;
            int total = 0;
            for (int p = 0; p < parts; ++p) {
                amounts << (5 + pick(40)) * 100;
                total += amounts.back();
            }
            insertStamped(
                funding.set(QStringLiteral("chapter_id"), id)
                    .set(QStringLiteral("fiscal_year"), fy)
                    .set(QStringLiteral("application_date"), isoDate(QDate(fy, 3, 1 + pick(28))))
                    .set(QStringLiteral("currency"), currency)
                    .set(QStringLiteral("approved_amount"), total * 100) // in cents
                    .set(QStringLiteral("approved_currency"), currency)
                    .set(QStringLiteral("report_due"), isoDate(QDate(fy + 1, 4, 30)))
                    .set(QStringLiteral("report_received"),
                         current ? QVariant() : QVariant(isoDate(QDate(fy + 1, 4, 1 + pick(28)))))
                    .set(QStringLiteral("status"),
                         current ? QStringLiteral("approved") : QStringLiteral("closed")));
            const qint64 fid = funding.lastInsertId();
            ++fundings;
            for (int p = 0; p < parts; ++p) {
                line.set(QStringLiteral("funding_id"), fid)
                    .set(QStringLiteral("position"), p)
                    .set(QStringLiteral("purpose"), QLatin1String(Purposes[pick(6)]))
                    .set(QStringLiteral("amount"), amounts[p] * 100)
                    .insert();
                ++lines;
            }
        }
    }
    count("jetaa_chapter", chapters);
    count("chapter_funding", fundings);
    count("funding_line", lines);
}

void DemoGenerator::addSisterAffiliations()
{
    // Sister cities between municipalities of Japan and North American
    // cities: one for every 1,000 people, at most one per municipality.
    const int wanted = qMin(int(m_municipalities.size()), qMax(5, m_options.people / 1000));
    BulkInsert q = stampedInsert(
        QStringLiteral("sister_affiliation"),
        {QStringLiteral("prefecture_code"), QStringLiteral("municipality_code"),
         QStringLiteral("na_name"), QStringLiteral("na_key"), QStringLiteral("na_kind"),
         QStringLiteral("subdivision_code"), QStringLiteral("country"), QStringLiteral("type"),
         QStringLiteral("established_year"), QStringLiteral("status")},
        BulkInsert::OnConflict::Ignore);
    int affiliations = 0;
    const int step = qMax(1, int(m_municipalities.size()) / wanted);
    for (int i = 0; i < wanted; ++i) {
        const Place& place = m_municipalities[(i * step) % m_municipalities.size()];
        const NorthAmericanCity& city = Cities[pick(CityCount)];
        const QString name = QString::fromUtf8(city.name);
        const QString sub = QLatin1String(city.subdivision);
        const bool added =
            insertStamped(q.set(QStringLiteral("prefecture_code"), place.prefecture)
                              .set(QStringLiteral("municipality_code"), place.code)
                              .set(QStringLiteral("na_name"), name)
                              .set(QStringLiteral("na_key"), normalizeForSearch(name))
                              .set(QStringLiteral("na_kind"), QStringLiteral("city"))
                              .set(QStringLiteral("subdivision_code"), sub)
                              .set(QStringLiteral("country"), sub.left(2))
                              .set(QStringLiteral("type"), QStringLiteral("sister_city"))
                              .set(QStringLiteral("established_year"), 1955 + pick(65))
                              .set(QStringLiteral("status"), QStringLiteral("active")));
        if (added)
            ++affiliations;
    }
    count("sister_affiliation", affiliations);
}

void DemoGenerator::addEvents()
{
    // An event for every 500 people, each with five to twenty attendees.
    const int wanted = qMax(5, m_options.people / 500);
    BulkInsert event = stampedInsert(QStringLiteral("office_event"),
                                     {QStringLiteral("title_en"), QStringLiteral("title_ja"),
                                      QStringLiteral("kind"), QStringLiteral("event_date"),
                                      QStringLiteral("start_time"), QStringLiteral("place"),
                                      QStringLiteral("attendance")});
    BulkInsert attendee(m_db, QStringLiteral("office_event_attendee"),
                        {QStringLiteral("event_id"), QStringLiteral("person_id")},
                        BulkInsert::OnConflict::Ignore);
    // The organizations an event is held with (one or two).
    BulkInsert partner(
        m_db, QStringLiteral("office_event_organization"),
        {QStringLiteral("event_id"), QStringLiteral("organization_id"), QStringLiteral("role")},
        BulkInsert::OnConflict::Ignore);
    static const char* const Roles[] = {"Co-organizer", "Venue", "Sponsor"};
    struct Kind {
        const char* code;
        const char* en;
        const char16_t* ja;
    };
    static const Kind Kinds[] = {
        {"japan_day", "Japan Day %1", u"%1ジャパンデー"},
        {"fair", "%1 Japan Fair", u"%1日本フェア"},
        {"jet_info_session", "JET Programme information session, %1", u"JETプログラム説明会（%1）"},
        {"reception", "New Year reception, %1", u"新年レセプション（%1）"},
        {"seminar", "Local government seminar, %1", u"地方自治セミナー（%1）"},
    };
    qint64 attendees = 0;
    for (int i = 0; i < wanted; ++i) {
        const Kind& kind = Kinds[pick(int(std::size(Kinds)))];
        const NorthAmericanCity& city = Cities[pick(CityCount)];
        const int people = 5 + pick(16);
        insertStamped(event
                          .set(QStringLiteral("title_en"),
                               QString::fromUtf8(kind.en).arg(QString::fromUtf8(city.name)))
                          .set(QStringLiteral("title_ja"),
                               QString::fromUtf16(kind.ja).arg(QString::fromUtf16(city.katakana)))
                          .set(QStringLiteral("kind"), QLatin1String(kind.code))
                          .set(QStringLiteral("event_date"),
                               isoDate(m_options.today.addDays(-pick(365 * 25) + 120)))
                          .set(QStringLiteral("start_time"), QStringLiteral("18:00"))
                          .set(QStringLiteral("place"), QString::fromUtf8(city.name))
                          .set(QStringLiteral("attendance"), 20 + pick(400)));
        const qint64 id = event.lastInsertId();
        for (int o = 0, partners = 1 + pick(2); o < partners; ++o)
            partner.set(QStringLiteral("event_id"), id)
                .set(QStringLiteral("organization_id"), northAmericanOrg())
                .set(QStringLiteral("role"), QLatin1String(Roles[pick(3)]))
                .insert();
        for (int a = 0; a < people; ++a) {
            const bool added = attendee.set(QStringLiteral("event_id"), id)
                                   .set(QStringLiteral("person_id"),
                                        chance(50) ? japanesePerson() : westernPerson())
                                   .insert();
            if (added)
                ++attendees;
        }
    }
    count("office_event", wanted);
    count("office_event_attendee", attendees);
}

} // namespace jlgc
