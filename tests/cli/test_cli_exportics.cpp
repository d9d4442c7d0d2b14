#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "support/testsupport.h"

#include <QProcess>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run jlgcDesk(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JLGC_APP_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
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
    const Run ok = jlgcDesk({QStringLiteral("--database"), dbPath, QStringLiteral("export-ics"),
                             QString::number(id), ics});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("2 event")));
    const QString text = QString::fromUtf8(test::readFile(ics));
    CHECK(text.count(QStringLiteral("BEGIN:VEVENT")) == 2);
    CHECK(text.contains(QStringLiteral("兵庫県訪問団")));

    const Run missing =
        jlgcDesk({QStringLiteral("--database"), dbPath, QStringLiteral("export-ics"),
                  QStringLiteral("999"), dir.path(QStringLiteral("none.ics"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("999")));
    const Run usage = jlgcDesk({QStringLiteral("export-ics"), QStringLiteral("x")});
    CHECK(usage.exitCode == 2);
}
