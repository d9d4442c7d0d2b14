// Data safety with real processes: the window and commands on one file at
// once, a full disk, a read-only file system, a restore while another
// program writes, two imports at once. (Locks, WAL files and what another
// process sees exist only between processes.)
#include "apprunner.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>
#include <catch2/catch.hpp>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace jlgc;
using jlgc::test::runApp;
using Result = jlgc::test::AppResult;

namespace {

QStringList onDb(const QString& db, const QStringList& args)
{
    return QStringList{QStringLiteral("--database"), db} + args;
}

// The window's settings and data folders inside the test's folder.
QStringList isolated(const test::TempDir& dir)
{
    return {QStringLiteral("QT_QPA_PLATFORM=offscreen"),
            QStringLiteral("XDG_CONFIG_HOME=") + dir.path(QStringLiteral("config")),
            QStringLiteral("XDG_DATA_HOME=") + dir.path(QStringLiteral("data"))};
}

bool waitFor(const std::function<bool()>& condition, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > ms)
            return false;
        QThread::msleep(50);
    }
    return true;
}

QStringList backupsOf(const QString& db, const QString& kind)
{
    const QDir dir(QFileInfo(db).absoluteDir().filePath(QStringLiteral("backups")));
    QStringList files;
    for (const QString& f :
         dir.entryList({QStringLiteral("*-") + kind + QStringLiteral(".sqlite")}, QDir::Files))
        files << dir.filePath(f);
    return files;
}

// The files the process has open that were deleted (ls -l /proc/PID/fd).
QStringList deletedOpenFiles(qint64 pid)
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString& fd :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t n =
            ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target - 1);
        if (n <= 0)
            continue;
        const QString link = QString::fromLocal8Bit(target, n);
        if (link.endsWith(QLatin1String(" (deleted)")))
            deleted << link;
    }
    return deleted;
}

// Leaves `free` bytes on the file system of `folder` (a file fills the rest).
void fillDiskLeaving(const QString& folder, qint64 free)
{
    struct statvfs fs = {};
    REQUIRE(::statvfs(QFile::encodeName(folder).constData(), &fs) == 0);
    const qint64 available = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    REQUIRE(available > free);
    QFile filler(QDir(folder).filePath(QStringLiteral("filler.bin")));
    REQUIRE(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'f');
    for (qint64 left = available - free; left > 0; left -= block.size())
        filler.write(block.constData(), std::min<qint64>(left, block.size()));
}

QByteArray peopleCsv(int count, const QByteArray& prefix)
{
    QByteArray csv = "Family name,Given name,Family name (kanji),Email\r\n";
    for (int i = 0; i < count; ++i)
        csv += prefix + QByteArray::number(i) + ",Ada," + (i % 2 ? "𠮷田" : "髙橋") + "," + prefix +
               QByteArray::number(i) + "@example.org\r\n";
    return csv;
}

} // namespace

TEST_CASE("The window keeps its locks after its start-up work — a command closing last does not "
          "delete its WAL",
          "[cli][safety][window]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("office.sqlite"));
    REQUIRE(runApp(onDb(db, {QStringLiteral("info")})).exitCode == 0);

    auto window = test::startApp(onDb(db, {}), isolated(dir));
    const qint64 pid = window->processId();
    // The start-up work is done once today's backup is there (the check,
    // the full check, and the backup on connections of their own).
    REQUIRE(waitFor([&] { return !backupsOf(db, QStringLiteral("daily")).isEmpty(); }, 60000));
    QThread::msleep(500);
    CHECK(test::lockHolders(db).contains(pid));

    const Result info = runApp(onDb(db, {QStringLiteral("info")}));
    CHECK(info.exitCode == 0);
    const Result writes = runApp(onDb(db, {QStringLiteral("stress-write"), QStringLiteral("20")}));
    CHECK(writes.exitCode == 0);

    CHECK(test::lockHolders(db).contains(pid));
    CHECK(QFileInfo::exists(db + QStringLiteral("-wal")));
    CHECK(deletedOpenFiles(pid).isEmpty());

    window->kill();
    window->waitForFinished(10000);
    const Result check = runApp(onDb(db, {QStringLiteral("check")}));
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(test::sqliteScalar(db, "SELECT count(*) FROM person WHERE notes LIKE 'stress %'") == 20);
}

TEST_CASE("An import that meets a full disk writes no row and says so", "[cli][safety][csv]")
{
    test::TmpfsMount disk(QStringLiteral("32m"));
    if (!disk.valid()) {
        WARN("Not run: a full disk needs a small tmpfs (" << disk.why().toStdString() << ")");
        return;
    }
    test::TempDir dir;
    const QString db = disk.path(QStringLiteral("office.sqlite"));
    REQUIRE(runApp(onDb(db, {QStringLiteral("info")})).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("people.csv"));
    test::writeFile(csv, peopleCsv(5000, "Full"));
    // Room for the backup taken before the import and a little more: the
    // disk fills up while the rows are written.
    fillDiskLeaving(disk.path(QString()), QFileInfo(db).size() + 400 * 1024);

    const Result r = runApp(onDb(db, {QStringLiteral("import"), QStringLiteral("people"), csv}));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("disk is full")));
    CHECK(r.out.contains(QStringLiteral("Backup taken")) == false);
    CHECK(test::sqliteScalar(db, "SELECT count(*) FROM person") == 0);
    CHECK(backupsOf(db, QStringLiteral("before-import")).size() == 1); // it got that far
    const Result check = runApp(onDb(db, {QStringLiteral("check")}));
    CHECK(check.exitCode == 0);
}

TEST_CASE("A restore while another program writes loses none of its commits",
          "[cli][safety][backups]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("office.sqlite"));
    const QString backup = dir.path(QStringLiteral("monday.sqlite"));
    REQUIRE(runApp(onDb(db, {QStringLiteral("stress-write"), QStringLiteral("5")})).exitCode == 0);
    REQUIRE(runApp(onDb(db, {QStringLiteral("backup"), backup})).exitCode == 0);

    auto writer = test::startApp(onDb(db, {QStringLiteral("stress-write"), QStringLiteral("600")}));
    QByteArray printed;
    REQUIRE(waitFor(
        [&] {
            writer->waitForReadyRead(50);
            printed += writer->readAllStandardOutput();
            return printed.count("committed") >= 100;
        },
        60000));
    const Result restore = runApp(onDb(db, {QStringLiteral("restore"), backup}));
    INFO(restore.err.toStdString());
    CHECK(restore.exitCode == 0);
    writer->waitForFinished(120000);
    printed += writer->readAllStandardOutput();
    INFO(writer->readAllStandardError().toStdString());
    CHECK(writer->exitCode() == 0);

    const QStringList kept = backupsOf(db, QStringLiteral("before-restore"));
    REQUIRE(kept.size() == 1);
    QList<int> committed;
    static const QRegularExpression line(QStringLiteral("^committed (\\d+) \\d+$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(printed)); it.hasNext();)
        committed << it.next().captured(1).toInt();
    REQUIRE(committed.size() == 600);
    int inFile = 0;
    int inKept = 0;
    for (int seq : committed) {
        const QByteArray sql =
            "SELECT count(*) FROM person WHERE notes = 'stress " + QByteArray::number(seq) + "'";
        const bool here = test::sqliteScalar(db, sql.constData()) == 1;
        const bool there = test::sqliteScalar(kept.front(), sql.constData()) == 1;
        INFO("commit " << seq);
        CHECK((here || there));
        inFile += here ? 1 : 0;
        inKept += there ? 1 : 0;
    }
    CHECK(inKept >= 100); // those before the restore are in the file it replaced
    CHECK(inFile > 0);    // those after it went on into the restored file
    CHECK(inFile + inKept >= 600);
    const Result check = runApp(onDb(db, {QStringLiteral("check")}));
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("The same file imported twice at once adds each row once", "[cli][safety][csv]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("office.sqlite"));
    REQUIRE(runApp(onDb(db, {QStringLiteral("info")})).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("people.csv"));
    test::writeFile(csv, peopleCsv(2000, "Twice"));
    const QStringList args = onDb(db, {QStringLiteral("import"), QStringLiteral("people"), csv});
    auto first = test::startApp(args);
    auto second = test::startApp(args);
    first->waitForFinished(120000);
    second->waitForFinished(120000);
    INFO(first->readAllStandardError().toStdString()
         << second->readAllStandardError().toStdString());
    CHECK(first->exitCode() == 0);
    CHECK(second->exitCode() == 0);
    CHECK(test::sqliteScalar(db, "SELECT count(*) FROM person") == 2000);
    // Each kept its own backup (the same second, two names); the one checked
    // again after the other's import took another.
    CHECK(backupsOf(db, QStringLiteral("before-import")).size() >= 2);
    CHECK(QDir(dir.path(QStringLiteral("backups")))
              .entryList({QStringLiteral("*.part*")}, QDir::Files)
              .isEmpty());
}

TEST_CASE("A database on a read-only file system is read — writing is refused with a message",
          "[cli][safety]")
{
    test::TmpfsMount disk(QStringLiteral("20m"));
    if (!disk.valid()) {
        WARN("Not run: a read-only file system needs a tmpfs (" << disk.why().toStdString() << ")");
        return;
    }
    test::TempDir dir;
    const QString db = disk.path(QStringLiteral("office.sqlite"));
    const QString csv = dir.path(QStringLiteral("people.csv"));
    test::writeFile(csv, peopleCsv(3, "Readonly"));
    REQUIRE(runApp(onDb(db, {QStringLiteral("import"), QStringLiteral("people"), csv})).exitCode ==
            0);
    REQUIRE(disk.remountReadOnly());

    const Result info = runApp(onDb(db, {QStringLiteral("info"), QStringLiteral("--json")}));
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("people")).toInt() ==
          3);
    CHECK(root.value(QStringLiteral("read_only")).toBool());
    CHECK(runApp(onDb(db, {QStringLiteral("check")})).exitCode == 0);
    const Result search = runApp(onDb(db, {QStringLiteral("search"), QStringLiteral("髙橋")}));
    CHECK(search.exitCode == 0);
    CHECK(search.out.contains(QStringLiteral("Readonly")));
    const QString out = dir.path(QStringLiteral("out.csv"));
    CHECK(runApp(onDb(db, {QStringLiteral("export"), QStringLiteral("people"), out})).exitCode ==
          0);
    CHECK(test::readFile(out).contains("Readonly2"));
    const QString pdf = dir.path(QStringLiteral("contacts.pdf"));
    CHECK(runApp(onDb(db, {QStringLiteral("report"), QStringLiteral("contacts"),
                           QStringLiteral("--output"), pdf}))
              .exitCode == 0);

    const Result import =
        runApp(onDb(db, {QStringLiteral("import"), QStringLiteral("people"), csv}));
    CHECK(import.exitCode != 0);
    CHECK(import.err.contains(QStringLiteral("read-only")));
}

TEST_CASE("Commands that only read do not wait for the integrity check — writing ones do",
          "[cli][safety]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("office.sqlite"));
    REQUIRE(runApp(onDb(db, {QStringLiteral("info")})).exitCode == 0);
    // A page of a table that info does not read is damaged (quick_check fails).
    const qint64 pageSize = test::sqliteScalar(db, "PRAGMA page_size");
    const qint64 root =
        test::sqliteScalar(db, "SELECT rootpage FROM sqlite_master WHERE name = 'change_log'");
    REQUIRE(root > 1);
    {
        QFile file(db);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek((root - 1) * pageSize);
        file.write(QByteArray(64, '\xff'));
    }
    const Result check = runApp(onDb(db, {QStringLiteral("check")}));
    CHECK(check.exitCode != 0);
    const Result info = runApp(onDb(db, {QStringLiteral("info")}));
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("1741")));
    const QString csv = dir.path(QStringLiteral("people.csv"));
    test::writeFile(csv, peopleCsv(2, "Checked"));
    const Result import =
        runApp(onDb(db, {QStringLiteral("import"), QStringLiteral("people"), csv}));
    CHECK(import.exitCode != 0);
    CHECK(import.err.contains(QStringLiteral("damaged")));
}

TEST_CASE("info on another program's SQLite database fails and leaves it byte for byte",
          "[cli][safety]")
{
    test::TempDir dir;
    const QString notes = dir.path(QStringLiteral("notes.sqlite"));
    test::writeFile(notes, {});
    test::sqliteExec(notes, "CREATE TABLE notes(id, body); INSERT INTO notes VALUES (1, 'hello')");
    const QByteArray before = test::readFile(notes);
    const Result r = runApp(onDb(notes, {QStringLiteral("info")}));
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("not a JLGC Desk database")));
    CHECK(test::readFile(notes) == before);
    CHECK(QFileInfo(notes).size() == before.size());
}

TEST_CASE("A server's address is never taken for a file's name — a file's address is the file",
          "[cli][safety]")
{
    test::TempDir dir;
    const QDir here = QDir::current();
    // A server's address is a server (here one that cannot be reached),
    // any other address nothing at all: no folder is made for either.
    for (const QString& address : {QStringLiteral("postgresql://office.example/jlgc"),
                                   QStringLiteral("postgres://kenji@office.example:5432/jlgc"),
                                   QStringLiteral("https://office.example/jlgc")}) {
        INFO(address.toStdString());
        const Result r = runApp(onDb(address, {QStringLiteral("info")}));
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(address.startsWith(QLatin1String("https"))
                                 ? QStringLiteral("nothing was created")
                                 : QStringLiteral("could not be reached")));
        CHECK_FALSE(here.exists(address.section(QLatin1Char('/'), 0, 0)));
    }
    // A password in the address is not repeated.
    const Result withPassword = runApp(onDb(
        QStringLiteral("postgresql://kenji:s3cret@office.example/jlgc"), {QStringLiteral("info")}));
    CHECK(withPassword.err.contains(QStringLiteral("kenji@office.example")));
    CHECK_FALSE(withPassword.err.contains(QStringLiteral("s3cret")));

    const QString file = dir.path(QStringLiteral("office.sqlite"));
    const Result r = runApp(onDb(QUrl::fromLocalFile(file).toString(), {QStringLiteral("info")}));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo::exists(file));
}
