#include "domain/datetext.h"
#include "domain/officeevent.h"
#include "domain/timezonenames.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace jlgc;

TEST_CASE("A date is read in every form the office types it", "[datetext]")
{
    const QDate d(2027, 1, 18);
    for (const char* typed : {"2027-01-18",
                              "2027-1-18",
                              "2027/1/18",
                              "2027/01/18",
                              "2027.1.18",
                              "20270118",
                              "1/18/2027",
                              "01/18/2027",
                              "1/18/27",
                              "Jan 18, 2027",
                              "January 18 2027",
                              "jan. 18th, 2027",
                              "18 Jan 2027",
                              "18 January 2027",
                              "Mon, Jan 18, 2027",
                              "2027/01/18（月）",
                              "2027年1月18日",
                              "2027年01月18日",
                              "2027 年 1 月 18 日",
                              "令和9年1月18日",
                              "令和９年１月１８日",
                              "R9.1.18",
                              "r9/1/18",
                              "２０２７／１／１８",
                              "  2027-01-18  "}) {
        INFO(typed);
        CHECK(DateText::parse(QString::fromUtf8(typed)) == d);
    }
    CHECK(DateText::parse(QStringLiteral("平成31年4月30日")) == QDate(2019, 4, 30));
    CHECK(DateText::parse(QStringLiteral("令和元年5月1日")) == QDate(2019, 5, 1));
    CHECK(DateText::parse(QStringLiteral("昭和30年1月1日")) == QDate(1955, 1, 1));
    CHECK(DateText::parse(QStringLiteral("today")) == QDate::currentDate());
    CHECK(DateText::parse(QStringLiteral("今日")) == QDate::currentDate());
}

TEST_CASE("Text that is not a date is refused, and empty is told apart", "[datetext]")
{
    for (const char* typed : {"2027-02-30", "13/1/2027", "1/32", "hello", "2027", "2027-01",
                              "Foo 18, 2027", "令和9年13月1日", "—2025040120250401"}) {
        INFO(typed);
        bool empty = true;
        CHECK_FALSE(DateText::parse(QString::fromUtf8(typed), {}, &empty).isValid());
        CHECK_FALSE(empty);
    }
    bool empty = false;
    CHECK_FALSE(DateText::parse(QStringLiteral("   "), {}, &empty).isValid());
    CHECK(empty);
}

TEST_CASE("A month and day alone mean the coming date, or the one near the record's", "[datetext]")
{
    const QDate today = QDate::currentDate();
    // Without a context: today or later, within a year.
    for (const char* typed : {"1/18", "1月18日", "Jan 18", "18 Jan", "12/31", "3/1"}) {
        INFO(typed);
        const QDate d = DateText::parse(QString::fromUtf8(typed));
        REQUIRE(d.isValid());
        CHECK(d >= today);
        CHECK(d < today.addYears(1));
    }
    CHECK(DateText::parse(QStringLiteral("%1/%2").arg(today.month()).arg(today.day())) == today);
    // Near a cohort of January 2027: that January, even from another year.
    CHECK(DateText::parse(QStringLiteral("1/18"), QDate(2027, 1, 10)) == QDate(2027, 1, 18));
    CHECK(DateText::parse(QStringLiteral("1月5日"), QDate(2027, 1, 10)) == QDate(2027, 1, 5));
    // Across the new year: the nearest.
    CHECK(DateText::parse(QStringLiteral("12/30"), QDate(2027, 1, 2)) == QDate(2026, 12, 30));
    CHECK(DateText::parse(QStringLiteral("1/3"), QDate(2026, 12, 28)) == QDate(2027, 1, 3));
}

TEST_CASE("Dates and times are written one way per language", "[datetext]")
{
    const QDate d(2025, 4, 1);
    CHECK(DateText::date(d, Language::English) == QStringLiteral("Apr 1, 2025"));
    CHECK(DateText::date(d, Language::Japanese) == QStringLiteral("2025/04/01"));
    CHECK(DateText::date(d, Language::English, DateText::Style::WithWeekday) ==
          QStringLiteral("Tue, Apr 1, 2025"));
    CHECK(DateText::date(d, Language::Japanese, DateText::Style::WithWeekday) ==
          QStringLiteral("2025/04/01（火）"));
    CHECK(DateText::date({}, Language::English).isEmpty());
    CHECK(DateText::time(QTime(9, 30)) == QStringLiteral("09:30"));
    CHECK(DateText::time(QTime(14, 0)) == QStringLiteral("14:00"));
    CHECK(DateText::dateTime(QDateTime(d, QTime(14, 5)), Language::Japanese) ==
          QStringLiteral("2025/04/01 14:05"));
    // What is written reads back.
    for (const Language l : {Language::English, Language::Japanese})
        for (const auto style : {DateText::Style::Date, DateText::Style::WithWeekday})
            CHECK(DateText::parse(DateText::date(QDate(2031, 9, 30), l, style)) ==
                  QDate(2031, 9, 30));
}

TEST_CASE("A span of days or hours runs with a dash in English and ～ in Japanese",
          "[datetext][events]")
{
    OfficeEvent fair;
    fair.date = QDate(2025, 5, 17);
    fair.endDate = QDate(2025, 5, 18);
    CHECK(fair.whenText(Language::English) == QStringLiteral("May 17, 2025–May 18, 2025"));
    CHECK(fair.whenText(Language::Japanese) == QStringLiteral("2025/05/17～2025/05/18"));
    OfficeEvent talk;
    talk.date = QDate(2025, 5, 17);
    talk.startTime = QTime(10, 0);
    talk.endTime = QTime(11, 30);
    CHECK(talk.whenText(Language::English) == QStringLiteral("May 17, 2025 10:00–11:30"));
    CHECK(talk.whenText(Language::Japanese) == QStringLiteral("2025/05/17 10:00～11:30"));
    CHECK(DateText::until(Language::English) == QStringLiteral(" – "));
    CHECK(DateText::until(Language::Japanese) == QStringLiteral("～"));
}

TEST_CASE("Time zones are named in both languages", "[datetext]")
{
    CHECK(TimeZoneNames::display("America/Chicago", Language::English) ==
          QStringLiteral("Central Time (Chicago)"));
    CHECK(TimeZoneNames::display("America/Chicago", Language::Japanese) ==
          QStringLiteral("米国中部時間（シカゴ）"));
    CHECK(TimeZoneNames::city("America/Chicago", Language::Japanese) == QStringLiteral("シカゴ"));
    CHECK(TimeZoneNames::display("Europe/London", Language::English) ==
          QStringLiteral("Europe/London"));
    CHECK(TimeZoneNames::city("America/Port_of_Spain", Language::English) ==
          QStringLiteral("Port of Spain"));
}
