// The records of the office's work, for DemoGenerator: the fellowship,
// delegations, research, JETAA chapters, sister affiliations and events.
#include "demo/demogenerator.h"
#include "demo/demonames.h"
#include "search/textnormalizer.h"
#include "storage/database.h"

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
    Query cohort(m_db, QStringLiteral("INSERT OR IGNORE INTO cohort (year, programme_start, "
                                      "programme_end, tokyo_start, tokyo_end, host_start, "
                                      "host_end, host_prefecture_code, host_municipality_code, "
                                      "theme_en, theme_ja, created_at, updated_at) VALUES (:y, "
                                      ":ps, :pe, :ts, :te, :hs, :he, :hp, :hm, :ten, :tja, :now, "
                                      ":now2)"));
    Query cohortId(m_db, QStringLiteral("SELECT id FROM cohort WHERE year = :y"));
    Query fellow(m_db, QStringLiteral("INSERT OR IGNORE INTO fellow (person_id, cohort_id, "
                                      "organization_id, subdivision_code, title, status, arrival, "
                                      "departure, created_at, updated_at) VALUES (:p, :c, :o, "
                                      ":s, :t, :st, :a, :d, :now, :now2)"));
    int cohorts = 0;
    int fellows = 0;
    const int lastYear =
        m_options.today.month() >= 10 ? m_options.today.year() + 1 : m_options.today.year();
    for (int year = 1993; year <= lastYear; ++year) {
        if (year == 2020 || year == 2021)
            continue;
        const QDate start(year, 10, 5 + pick(10));
        const Place& host = m_municipalities[pick(int(m_municipalities.size()))];
        const Theme& theme = Themes[pick(ThemeCount)];
        cohort.bind(QStringLiteral(":y"), year)
            .bind(QStringLiteral(":ps"), isoDate(start))
            .bind(QStringLiteral(":pe"), isoDate(start.addDays(13)))
            .bind(QStringLiteral(":ts"), isoDate(start))
            .bind(QStringLiteral(":te"), isoDate(start.addDays(4)))
            .bind(QStringLiteral(":hs"), isoDate(start.addDays(5)))
            .bind(QStringLiteral(":he"), isoDate(start.addDays(12)))
            .bind(QStringLiteral(":hp"), host.prefecture)
            .bind(QStringLiteral(":hm"), host.code)
            .bind(QStringLiteral(":ten"), QLatin1String(theme.en))
            .bind(QStringLiteral(":tja"), QString::fromUtf16(theme.ja))
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
        cohorts += cohort.numRowsAffected();
        const qint64 id = cohortId.bind(QStringLiteral(":y"), year).exec().scalar().toLongLong();
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
            fellow.bind(QStringLiteral(":p"), westernPerson())
                .bind(QStringLiteral(":c"), id)
                .bind(QStringLiteral(":o"), org)
                .bind(QStringLiteral(":s"), subdivision)
                .bind(QStringLiteral(":t"), QLatin1String(Titles[pick(TitleCount)]))
                .bind(QStringLiteral(":st"), QLatin1String(status))
                .bind(QStringLiteral(":a"), isoDate(start.addDays(-1)))
                .bind(QStringLiteral(":d"), isoDate(start.addDays(14)))
                .bind(QStringLiteral(":now"), m_now)
                .bind(QStringLiteral(":now2"), m_now)
                .exec();
            fellows += fellow.numRowsAffected();
        }
    }
    count("cohort", cohorts);
    count("fellow", fellows);
}

void DemoGenerator::addDelegations()
{
    // One delegation for every 200 people, from a municipality of Japan,
    // with three to six members and an itinerary of four to eight visits.
    const int wanted = qMax(5, m_options.people / 200);
    Query d(m_db, QStringLiteral("INSERT INTO delegation (name_en, name_ja, municipality_code, "
                                 "purpose_en, purpose_ja, arrival_date, departure_date, status, "
                                 "member_count, staff_member_id, created_at, updated_at) VALUES "
                                 "(:en, :ja, :m, :pen, :pja, :a, :d, :st, :n, :staff, :now, "
                                 ":now2)"));
    Query member(m_db, QStringLiteral("INSERT OR IGNORE INTO delegation_member (delegation_id, "
                                      "person_id, role, title_en, position) VALUES (:d, :p, "
                                      ":r, :t, :pos)"));
    Query item(m_db, QStringLiteral("INSERT INTO delegation_itinerary_item (uid, delegation_id, "
                                    "item_date, start_time, end_time, place_en, place_ja, "
                                    "organization_id, topic_en, topic_ja, created_at, "
                                    "updated_at) VALUES (:uid, :d, :date, :s, :e, :pen, :pja, "
                                    ":o, :ten, :tja, :now, :now2)"));
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
        d.bind(QStringLiteral(":en"),
               QStringLiteral("%1 delegation to %2").arg(from.nameEn, QString::fromUtf8(to.name)))
            .bind(QStringLiteral(":ja"),
                  QStringLiteral("%1%2%3訪問団")
                      .arg(from.prefectureJa, from.nameJa, QString::fromUtf16(to.katakana)))
            .bind(QStringLiteral(":m"), from.code)
            .bind(QStringLiteral(":pen"), QLatin1String(theme.en))
            .bind(QStringLiteral(":pja"), QString::fromUtf16(theme.ja))
            .bind(QStringLiteral(":a"), isoDate(arrival))
            .bind(QStringLiteral(":d"), isoDate(departure))
            .bind(QStringLiteral(":st"), QLatin1String(status))
            .bind(QStringLiteral(":n"), size)
            .bind(QStringLiteral(":staff"), m_staff[pick(int(m_staff.size()))])
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
        const qint64 id = d.lastInsertId();
        for (int m = 0; m < size; ++m) {
            member.bind(QStringLiteral(":d"), id)
                .bind(QStringLiteral(":p"), japanesePerson())
                .bind(QStringLiteral(":r"), m == 0   ? QStringLiteral("leader")
                                            : m == 1 ? QStringLiteral("deputy_leader")
                                                     : QStringLiteral("member"))
                .bind(QStringLiteral(":t"), QLatin1String(Titles[pick(TitleCount)]))
                .bind(QStringLiteral(":pos"), m)
                .exec();
            members += member.numRowsAffected();
        }
        const int visits = 4 + pick(5);
        for (int v = 0; v < visits; ++v) {
            const int hour = v % 2 == 0 ? 9 + pick(2) : 13 + pick(3);
            item.bind(QStringLiteral(":uid"), QStringLiteral("demo-%1-%2@jlgc-desk").arg(id).arg(v))
                .bind(QStringLiteral(":d"), id)
                .bind(QStringLiteral(":date"), isoDate(arrival.addDays(1 + v / 2)))
                .bind(QStringLiteral(":s"),
                      QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')))
                .bind(QStringLiteral(":e"),
                      QStringLiteral("%1:30").arg(hour + 1, 2, 10, QLatin1Char('0')))
                .bind(QStringLiteral(":pen"), QString::fromUtf8(to.name))
                .bind(QStringLiteral(":pja"), QString::fromUtf16(to.katakana))
                .bind(QStringLiteral(":o"), northAmericanOrg())
                .bind(QStringLiteral(":ten"), QLatin1String(theme.en))
                .bind(QStringLiteral(":tja"), QString::fromUtf16(theme.ja))
                .bind(QStringLiteral(":now"), m_now)
                .bind(QStringLiteral(":now2"), m_now)
                .exec();
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
    Query topic(m_db, QStringLiteral("INSERT INTO research_topic (owner_staff_id, title_en, "
                                     "title_ja, description, status, start_date, created_at, "
                                     "updated_at) VALUES (:o, :en, :ja, :desc, :st, :s, :now, "
                                     ":now2)"));
    Query log(m_db, QStringLiteral("INSERT INTO research_log_entry (topic_id, author_staff_id, "
                                   "entry_date, kind, notes, created_at, updated_at) VALUES (:t, "
                                   ":a, :d, :k, :n, :now, :now2)"));
    static const char* const Kinds[] = {"interview", "site_visit", "conference", "reading",
                                        "writing"};
    for (int i = 0; i < topics; ++i) {
        const Theme& theme = Themes[pick(ThemeCount)];
        const NorthAmericanCity& city = Cities[pick(CityCount)];
        const QDate start = m_options.today.addDays(-pick(365 * 20));
        const qint64 owner = m_staff[pick(int(m_staff.size()))];
        topic.bind(QStringLiteral(":o"), owner)
            .bind(QStringLiteral(":en"),
                  QStringLiteral("%1 in %2")
                      .arg(QLatin1String(theme.en), QString::fromUtf8(city.name)))
            .bind(QStringLiteral(":ja"),
                  QStringLiteral("%1における%2")
                      .arg(QString::fromUtf16(city.katakana), QString::fromUtf16(theme.ja)))
            .bind(QStringLiteral(":desc"), QStringLiteral("Comparative study for Japanese local "
                                                          "governments."))
            .bind(QStringLiteral(":st"), start.addYears(2) < m_options.today
                                             ? QStringLiteral("completed")
                                             : QStringLiteral("active"))
            .bind(QStringLiteral(":s"), isoDate(start))
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
        const qint64 id = topic.lastInsertId();
        for (int e = 0; e < 6; ++e)
            log.bind(QStringLiteral(":t"), id)
                .bind(QStringLiteral(":a"), owner)
                .bind(QStringLiteral(":d"), isoDate(start.addDays(e * 30 + pick(20))))
                .bind(QStringLiteral(":k"), QLatin1String(Kinds[pick(5)]))
                .bind(QStringLiteral(":n"), QStringLiteral("Notes on %1, %2.")
                                                .arg(QString::fromLatin1(theme.en).toLower(),
                                                     QString::fromUtf8(city.name)))
                .bind(QStringLiteral(":now"), m_now)
                .bind(QStringLiteral(":now2"), m_now)
                .exec();
    }
    count("research_topic", topics);
    count("research_log_entry", qint64(topics) * 6);

    Query request(m_db, QStringLiteral("INSERT INTO research_request (prefecture_code, "
                                       "question_ja, question_en, received_date, due_date, "
                                       "assigned_staff_id, status, answered_date, created_at, "
                                       "updated_at) VALUES (:p, :qja, :qen, :r, :due, :staff, "
                                       ":st, :ans, :now, :now2)"));
    for (int i = 0; i < requests; ++i) {
        const Theme& theme = Themes[pick(ThemeCount)];
        const QDate received = m_options.today.addDays(-pick(365 * 15));
        const QDate due = received.addDays(30 + pick(60));
        const bool answered = due.addDays(20) < m_options.today || chance(30);
        request.bind(QStringLiteral(":p"), m_prefectures[pick(int(m_prefectures.size()))].first)
            .bind(
                QStringLiteral(":qja"),
                QStringLiteral("米国・カナダの%1の事例について").arg(QString::fromUtf16(theme.ja)))
            .bind(QStringLiteral(":qen"), QStringLiteral("Cases of %1 in the US and Canada")
                                              .arg(QString::fromLatin1(theme.en).toLower()))
            .bind(QStringLiteral(":r"), isoDate(received))
            .bind(QStringLiteral(":due"), isoDate(due))
            .bind(QStringLiteral(":staff"), m_staff[pick(int(m_staff.size()))])
            .bind(QStringLiteral(":st"),
                  answered ? QStringLiteral("answered") : QStringLiteral("in_progress"))
            .bind(QStringLiteral(":ans"),
                  answered ? QVariant(isoDate(received.addDays(20 + pick(40)))) : QVariant())
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
    }
    count("research_request", requests);
}

void DemoGenerator::addJetaa()
{
    // A chapter in each of the larger cities (a fixed number, as in life),
    // funded each fiscal year since 2005 with two to four budget lines.
    Query chapter(m_db, QStringLiteral("INSERT INTO jetaa_chapter (name, country, city, "
                                       "subdivision_code, status, founded_year, created_at, "
                                       "updated_at) VALUES (:n, :c, :city, :s, 'active', :y, "
                                       ":now, :now2)"));
    Query funding(m_db, QStringLiteral("INSERT INTO chapter_funding (chapter_id, fiscal_year, "
                                       "application_date, currency, approved_amount, "
                                       "approved_currency, report_due, report_received, status, "
                                       "created_at, updated_at) VALUES (:c, :fy, :app, :cur, :amt, "
                                       ":cur2, :due, :rec, :st, :now, :now2)"));
    Query line(m_db, QStringLiteral("INSERT INTO funding_line (funding_id, position, purpose, "
                                    "amount) VALUES (:f, :pos, :p, :a)"));
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
        chapter
            .bind(QStringLiteral(":n"),
                  QStringLiteral("JETAA %1").arg(QString::fromUtf8(city.name)))
            .bind(QStringLiteral(":c"), country)
            .bind(QStringLiteral(":city"), QString::fromUtf8(city.name))
            .bind(QStringLiteral(":s"), sub)
            .bind(QStringLiteral(":y"), 1989 + pick(15))
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
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
            funding.bind(QStringLiteral(":c"), id)
                .bind(QStringLiteral(":fy"), fy)
                .bind(QStringLiteral(":app"), isoDate(QDate(fy, 3, 1 + pick(28))))
                .bind(QStringLiteral(":cur"), currency)
                .bind(QStringLiteral(":amt"), total * 100) // in cents
                .bind(QStringLiteral(":cur2"), currency)
                .bind(QStringLiteral(":due"), isoDate(QDate(fy + 1, 4, 30)))
                .bind(QStringLiteral(":rec"),
                      current ? QVariant() : QVariant(isoDate(QDate(fy + 1, 4, 1 + pick(28)))))
                .bind(QStringLiteral(":st"),
                      current ? QStringLiteral("approved") : QStringLiteral("closed"))
                .bind(QStringLiteral(":now"), m_now)
                .bind(QStringLiteral(":now2"), m_now)
                .exec();
            const qint64 fid = funding.lastInsertId();
            ++fundings;
            for (int p = 0; p < parts; ++p) {
                line.bind(QStringLiteral(":f"), fid)
                    .bind(QStringLiteral(":pos"), p)
                    .bind(QStringLiteral(":p"), QLatin1String(Purposes[pick(6)]))
                    .bind(QStringLiteral(":a"), amounts[p] * 100)
                    .exec();
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
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO sister_affiliation (prefecture_code, "
                                 "municipality_code, na_name, na_key, na_kind, subdivision_code, "
                                 "country, type, established_year, status, created_at, "
                                 "updated_at) VALUES (:p, :m, :n, :k, 'city', :s, :c, "
                                 "'sister_city', :y, 'active', :now, :now2)"));
    int added = 0;
    const int step = qMax(1, int(m_municipalities.size()) / wanted);
    for (int i = 0; i < wanted; ++i) {
        const Place& place = m_municipalities[(i * step) % m_municipalities.size()];
        const NorthAmericanCity& city = Cities[pick(CityCount)];
        const QString name = QString::fromUtf8(city.name);
        const QString sub = QLatin1String(city.subdivision);
        q.bind(QStringLiteral(":p"), place.prefecture)
            .bind(QStringLiteral(":m"), place.code)
            .bind(QStringLiteral(":n"), name)
            .bind(QStringLiteral(":k"), normalizeForSearch(name))
            .bind(QStringLiteral(":s"), sub)
            .bind(QStringLiteral(":c"), sub.left(2))
            .bind(QStringLiteral(":y"), 1955 + pick(65))
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
        added += q.numRowsAffected();
    }
    count("sister_affiliation", added);
}

void DemoGenerator::addEvents()
{
    // An event for every 500 people, each with five to twenty attendees.
    const int wanted = qMax(5, m_options.people / 500);
    Query event(m_db, QStringLiteral("INSERT INTO office_event (title_en, title_ja, kind, "
                                     "event_date, start_time, place, attendance, created_at, "
                                     "updated_at) VALUES (:en, :ja, :k, :d, :t, :p, :a, :now, "
                                     ":now2)"));
    Query attendee(m_db, QStringLiteral("INSERT OR IGNORE INTO office_event_attendee (event_id, "
                                        "person_id) VALUES (:e, :p)"));
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
        event
            .bind(QStringLiteral(":en"),
                  QString::fromUtf8(kind.en).arg(QString::fromUtf8(city.name)))
            .bind(QStringLiteral(":ja"),
                  QString::fromUtf16(kind.ja).arg(QString::fromUtf16(city.katakana)))
            .bind(QStringLiteral(":k"), QLatin1String(kind.code))
            .bind(QStringLiteral(":d"), isoDate(m_options.today.addDays(-pick(365 * 25) + 120)))
            .bind(QStringLiteral(":t"), QStringLiteral("18:00"))
            .bind(QStringLiteral(":p"), QString::fromUtf8(city.name))
            .bind(QStringLiteral(":a"), 20 + pick(400))
            .bind(QStringLiteral(":now"), m_now)
            .bind(QStringLiteral(":now2"), m_now)
            .exec();
        const qint64 id = event.lastInsertId();
        for (int a = 0; a < people; ++a) {
            attendee.bind(QStringLiteral(":e"), id)
                .bind(QStringLiteral(":p"), chance(50) ? japanesePerson() : westernPerson())
                .exec();
            attendees += attendee.numRowsAffected();
        }
    }
    count("office_event", wanted);
    count("office_event_attendee", attendees);
}

} // namespace jlgc
