#include "apprunner.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "support/testsupport.h"

#include <QProcess>
#include <catch2/catch.hpp>

using namespace jlgc;
using Run = jlgc::test::AppResult;
using jlgc::test::runApp;

namespace {
} // namespace

TEST_CASE("export-ics writes a delegation's itinerary as a calendar file", "[cli][delegations]")
{
    test::TempDir dir;
    const QString dbPath = dir.path(QStringLiteral("office.sqlite"));
    qint64 id = 0;
    {
        Database db(dbPath);
        Delegation d;
        d.nameJa = QStringLiteral("兵庫県訪問団");
        d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
        d.arrival = QDate(2025, 5, 12);
        d.departure = QDate(2025, 5, 13);
        id = DelegationRepository(db).add(d).id;
        for (int h : {9, 11}) {
            DelegationItineraryItem i;
            i.delegationId = id;
            i.date = QDate(2025, 5, 12);
            i.start = QTime(h, 0);
            i.end = QTime(h + 1, 0);
            i.topicJa = QStringLiteral("会議");
            DelegationItineraryRepository(db).add(i);
        }
    }
    const QString ics = dir.path(QStringLiteral("hyogo.ics"));
    const Run ok = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("export-ics"),
                           QString::number(id), ics});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("2 event")));
    const QString text = QString::fromUtf8(test::readFile(ics));
    CHECK(text.count(QStringLiteral("BEGIN:VEVENT")) == 2);
    CHECK(text.contains(QStringLiteral("兵庫県訪問団")));

    const Run missing = runApp({QStringLiteral("--database"), dbPath, QStringLiteral("export-ics"),
                                QStringLiteral("999"), dir.path(QStringLiteral("none.ics"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("999")));
    const Run usage = runApp({QStringLiteral("export-ics"), QStringLiteral("x")});
    CHECK(usage.exitCode == 2);
}
