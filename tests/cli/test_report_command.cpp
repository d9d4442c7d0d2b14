#include "apprunner.h"
#include "core/reportsamples.h"
#include "core/reporttestsupport.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/records.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace jlgc;
using jlgc::test::pdfText;
using jlgc::test::runApp;
using Result = jlgc::test::AppResult;

namespace {

// A database file with one organization and one person named in kanji.
QString sampleDatabase(const test::TempDir& dir, OrganizationId* orgId = nullptr)
{
    const QString path = dir.path(QStringLiteral("office.sqlite"));
    Database db(path);
    const OrganizationId id =
        OrganizationRepository(db)
            .add(test::organization(QStringLiteral("Nagano Prefectural Government"),
                                    QStringLiteral("長野県庁"),
                                    OrganizationKind::JapaneseGovernment, QStringLiteral("JP")))
            .id;
    if (orgId)
        *orgId = id;
    Person p =
        test::person(QStringLiteral("Yoshida"), QStringLiteral("Tsukiko"), QStringLiteral("𠮷田"),
                     QStringLiteral("月子"), QStringLiteral("よしだ"), QStringLiteral("つきこ"));
    p.affiliations << Affiliation{0, id, {}, QStringLiteral("国際課長"), QDate(2020, 4, 1), {}};
    PersonRepository(db).add(p);
    return path;
}

} // namespace

TEST_CASE("report --list names every report and its options", "[cli][reports]")
{
    const Result r = runApp({QStringLiteral("report"), QStringLiteral("--list")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("contacts")));
    CHECK(r.out.contains(QStringLiteral("Contact directory of partner organizations")));
    CHECK(r.out.contains(QStringLiteral("[--id ID]")));
    CHECK(r.out.contains(QStringLiteral("people")));
    CHECK(r.out.contains(QStringLiteral("--page-size letter|a4")));
    CHECK(r.out.contains(QStringLiteral("--lang en|ja|both")));
}

TEST_CASE("report writes a PDF whose text holds the stored names", "[cli][reports]")
{
    test::TempDir dir;
    const QString db = sampleDatabase(dir);
    const QString pdf = dir.path(QStringLiteral("contacts.pdf"));
    const Result r = runApp({QStringLiteral("--database"), db, QStringLiteral("report"),
                             QStringLiteral("contacts"), QStringLiteral("--output"), pdf,
                             QStringLiteral("--lang"), QStringLiteral("both"),
                             QStringLiteral("--page-size"), QStringLiteral("a4")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Wrote")));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("𠮷田")));
    CHECK(text.contains(QStringLiteral("月子")));
    CHECK(text.contains(QStringLiteral("長野県庁")));
    CHECK(text.contains(QStringLiteral("国際課長")));
    CHECK(text.contains(QStringLiteral("YOSHIDA Tsukiko")));
    // Nothing is left behind but the report.
    CHECK(QDir(QFileInfo(pdf).absolutePath())
              .entryList(QDir::Files | QDir::Hidden)
              .filter(QStringLiteral("contacts"))
              .size() == 1);
}

TEST_CASE("A bad option, a reversed date range or a missing record writes no file",
          "[cli][reports]")
{
    test::TempDir dir;
    const QString db = sampleDatabase(dir);
    const QString pdf = dir.path(QStringLiteral("never.pdf"));
    auto report = [&](const QStringList& more) {
        return runApp(QStringList{QStringLiteral("--database"), db, QStringLiteral("report")} +
                      more + QStringList{QStringLiteral("--output"), pdf});
    };

    const Result lang =
        report({QStringLiteral("people"), QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(lang.exitCode == 2);
    CHECK(lang.err.contains(QStringLiteral("--lang is en, ja or both")));

    const Result size =
        report({QStringLiteral("people"), QStringLiteral("--page-size"), QStringLiteral("legal")});
    CHECK(size.exitCode == 2);
    CHECK(size.err.contains(QStringLiteral("letter or a4")));

    const Result notTaken =
        report({QStringLiteral("people"), QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(notTaken.exitCode == 2);
    CHECK(notTaken.err.contains(QStringLiteral("does not take --year")));

    const Result range =
        report({QStringLiteral("people"), QStringLiteral("--from"), QStringLiteral("2025-05-01"),
                QStringLiteral("--to"), QStringLiteral("2025-04-01")});
    CHECK(range.exitCode == 2);
    CHECK(range.err.contains(QStringLiteral("after the end date")));

    const Result badDate =
        report({QStringLiteral("people"), QStringLiteral("--from"), QStringLiteral("1 April")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));

    const Result unknown = report({QStringLiteral("payroll")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("no report called payroll")));

    const Result missing =
        report({QStringLiteral("contacts"), QStringLiteral("--id"), QStringLiteral("4242")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("4242")));

    const Result noOutput = runApp(
        {QStringLiteral("--database"), db, QStringLiteral("report"), QStringLiteral("people")});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("--output")));

    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(
        QDir(dir.path(QString())).entryList(QDir::Files).filter(QStringLiteral(".pdf")).isEmpty());
}

TEST_CASE("report NAME writes each report of the office's areas", "[cli][reports]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("areas.sqlite"));
    test::AreaSamples ids;
    {
        Database database(db);
        ids = test::addAreaSamples(database);
    }
    struct Run {
        const char* name;
        QStringList options;
        QString expected;
    };
    const QList<Run> runs = {
        {"fellowship-cohort",
         {QStringLiteral("--year"), QStringLiteral("2026")},
         QStringLiteral("シボーン")},
        {"fellowship-medical",
         {QStringLiteral("--id"), QString::number(ids.cohort)},
         test::AreaSamples::medical()},
        {"delegation-itinerary",
         {QStringLiteral("--id"), QString::number(ids.delegation)},
         QStringLiteral("𠮷田 月子")},
        {"research-topic",
         {QStringLiteral("--id"), QString::number(ids.topic)},
         QStringLiteral("シェルター報告書 𠮷田")},
        {"handover",
         {QStringLiteral("--id"), QString::number(ids.official)},
         QStringLiteral("髙橋 日向")},
        {"research-requests",
         {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
          QStringLiteral("2026-12-31")},
         QStringLiteral("𠮷田町の緊急通報の仕組み")},
        {"jetaa-funding",
         {QStringLiteral("--fiscal-year"), QStringLiteral("2026")},
         QStringLiteral("JETAA Montréal")},
        {"sister-cities", {}, QStringLiteral("Trois-Rivières")},
        {"events",
         {QStringLiteral("--from"), QStringLiteral("2026-05-01")},
         QStringLiteral("ジャパンデー 𠮷田 月日金長")},
    };
    for (const Run& run : runs) {
        INFO(run.name);
        const QString pdf = dir.path(QLatin1String(run.name) + QStringLiteral(".pdf"));
        const Result r =
            runApp(QStringList{QStringLiteral("--database"), db, QStringLiteral("report"),
                               QLatin1String(run.name), QStringLiteral("--output"), pdf,
                               QStringLiteral("--lang"), QStringLiteral("both")} +
                   run.options);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(pdfText(pdf).contains(run.expected));
    }

    // A record that does not exist, or a required option left out: no file.
    const QString never = dir.path(QStringLiteral("never.pdf"));
    const Result missing = runApp({QStringLiteral("--database"), db, QStringLiteral("report"),
                                   QStringLiteral("delegation-itinerary"), QStringLiteral("--id"),
                                   QStringLiteral("4242"), QStringLiteral("--output"), never});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("4242")));
    const Result noYear =
        runApp({QStringLiteral("--database"), db, QStringLiteral("report"),
                QStringLiteral("jetaa-funding"), QStringLiteral("--output"), never});
    CHECK(noYear.exitCode == 2);
    CHECK(noYear.err.contains(QStringLiteral("--fiscal-year")));
    CHECK_FALSE(QFileInfo::exists(never));

    const Result list = runApp({QStringLiteral("report"), QStringLiteral("--list")});
    for (const Run& run : runs)
        CHECK(list.out.contains(QLatin1String(run.name)));
}

TEST_CASE("JETAA funding: a report's due date stands on one line in each language",
          "[cli][reports][jetaa]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("areas.sqlite"));
    {
        Database database(db);
        test::addAreaSamples(database);
    }
    // -layout keeps the rows' lines: a date broken before its last word (or
    // its 日) in the narrow Report column is not found whole on any line.
    for (const auto& [language, wanted] :
         {std::pair{QStringLiteral("en"), QStringLiteral("Due October 31, 2026")},
          std::pair{QStringLiteral("ja"), QStringLiteral("期限：2026年10月31日")}}) {
        const QString pdf = dir.path(language + QStringLiteral(".pdf"));
        const Result r = runApp({QStringLiteral("--database"), db, QStringLiteral("report"),
                                 QStringLiteral("jetaa-funding"), QStringLiteral("--fiscal-year"),
                                 QStringLiteral("2026"), QStringLiteral("--output"), pdf,
                                 QStringLiteral("--lang"), language});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = pdfText(pdf);
        INFO(wanted.toStdString() << " on one line of:\n" << text.toStdString());
        const QStringList lines = text.split(QLatin1Char('\n'));
        CHECK(std::any_of(lines.cbegin(), lines.cend(),
                          [&](const QString& line) { return line.contains(wanted); }));
    }
}
