// Whole-window figures on a demo database (jlgc-desk demo --scale N):
// opening it, then every list opened, filtered, sorted and scrolled to its
// end — the longest time the window's event loop was blocked and the time
// to each list's first screen (listblocking.cpp) —, scrolling the people and
// organizations lists, global search percentiles against the same statements
// run on SQLite's C API, the memory after every list was shown, and
// (`report FILE`) the people directory as PDF. Prints "name value" lines
// (and "list NAME key value …" lines); scripts/bench makes the table.
// Nothing is asserted. The database may be written to (the window's daily
// backup goes into a folder beside it): run it on a copy.
#include "common/page.h"
#include "common/recordlistmodel.h"
#include "common/recordpage.h"
#include "common/uilanguage.h"
#include "listblocking.h"
#include "mainwindow.h"
#include "reports/report.h"
#include "reports/reportdocument.h"
#include "reports/reportregistry.h"
#include "search/searchindex.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace jlgc;

namespace {

void print(const char* name, double value)
{
    printf("%s %.2f\n", name, value);
    fflush(stdout);
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

using bench::residentMb;

// The files whose pages are resident the most (/proc/self/smaps), to say
// where memory goes.
void printLargestMappings(int count)
{
    QFile f(QStringLiteral("/proc/self/smaps"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QHash<QString, double> byName;
    QString name;
    // Line by line until a read gives nothing: /proc files say they are
    // empty, so neither atEnd() nor readAll() can be trusted on them.
    for (QByteArray l = f.readLine(); !l.isEmpty(); l = f.readLine()) {
        l.chop(1);
        const QList<QByteArray> parts = l.simplified().split(' ');
        if (parts.size() >= 5 && parts[0].contains('-') && !l.startsWith("Rss"))
            name = parts.size() >= 6 ? QString::fromUtf8(parts[5]) : QStringLiteral("[anon]");
        else if (l.startsWith("Rss:") && parts.size() >= 2)
            byName[name] += parts[1].toDouble() / 1024.0;
    }
    QList<QPair<double, QString>> sorted;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (int i = 0; i < qMin(count, int(sorted.size())); ++i)
        fprintf(stderr, "  resident %6.1f MB  %s\n", sorted[i].first, qPrintable(sorted[i].second));
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qMin(v.size() - 1, qsizetype(p * double(v.size())))];
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

// The statements SearchIndex::search runs, straight on SQLite's C API.
int directSearch(sqlite3* db, sqlite3_stmt* stmt, const QString& query)
{
    const QString match = SearchIndex::matchExpression(query);
    int rows = 0;
    for (const SearchSource& s : SearchIndex::sources()) {
        const QByteArray expr =
            QStringLiteral("kind : \"%1\" AND tokens : (%2)").arg(s.kind, match).toUtf8();
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, expr.constData(), int(expr.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(stmt, 2, 50);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            // Read the columns as the index does.
            for (int c = 0; c < 6; ++c)
                (void)sqlite3_column_text(stmt, c);
            ++rows;
        }
    }
    (void)db;
    return rows;
}

void searchFigures(const QString& path)
{
    const QStringList one = {QStringLiteral("山"), QStringLiteral("田"), QStringLiteral("佐"),
                             QStringLiteral("さ"), QStringLiteral("子")};
    const QStringList two = {QStringLiteral("山田"), QStringLiteral("佐藤"), QStringLiteral("田中"),
                             QStringLiteral("たか"), QStringLiteral("太郎")};
    Database db(path);
    SearchIndex index(db);
    index.refresh();
    if (db.onServer()) { // the application's search alone: no file to compare with
        for (const auto& [name, queries] : {std::pair{"search1", one}, std::pair{"search2", two}}) {
            QList<double> app;
            for (int rep = 0; rep < 20; ++rep)
                for (const QString& q : queries) {
                    QElapsedTimer t;
                    t.start();
                    index.search(q, Language::Japanese, 50);
                    app << ms(t);
                }
            print(QStringLiteral("%1_p95_ms").arg(QLatin1String(name)).toUtf8().constData(),
                  percentile(app, 0.95));
        }
        return;
    }
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT i.kind, i.record_id, i.title_en, i.title_ja, i.subtitle_en, "
                       "i.subtitle_ja FROM search_fts f JOIN search_item i ON i.rowid = f.rowid "
                       "WHERE search_fts MATCH ?1 LIMIT ?2",
                       -1, &stmt, nullptr);
    for (const auto& [name, queries] : {std::pair{"search1", one}, std::pair{"search2", two}}) {
        QList<double> app;
        QList<double> direct;
        for (int rep = 0; rep < 20; ++rep) {
            for (const QString& q : queries) {
                QElapsedTimer t;
                t.start();
                index.search(q, Language::Japanese, 50);
                app << ms(t);
                t.restart();
                directSearch(raw, stmt, q);
                direct << ms(t);
            }
        }
        print(QStringLiteral("%1_p95_ms").arg(QLatin1String(name)).toUtf8().constData(),
              percentile(app, 0.95));
        print(QStringLiteral("%1_sqlite_p95_ms").arg(QLatin1String(name)).toUtf8().constData(),
              percentile(direct, 0.95));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
}

int report(const QString& path)
{
    Database db(path);
    const qint64 people =
        Query(db, QStringLiteral("SELECT count(*) FROM person")).exec().scalar().toLongLong();
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    ReportOptions options;
    const int pages =
        ReportRegistry::build(db, *ReportRegistry::find(QStringLiteral("people")), options)
            ->writePdf(dir.filePath(QStringLiteral("people.pdf")));
    print("report_people_rows", double(people));
    print("report_pages", pages);
    print("report_ms", ms(t));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JLGC-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("jlgc-desk-bench"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args[1] == QLatin1String("report"))
        return report(args[2]);
    if (args.size() == 2 && args[1] == QLatin1String("selftest"))
        return bench::selfTest();
    if (args.size() != 2) {
        fprintf(stderr, "usage: jlgc_ui_bench DATABASE | report DATABASE | selftest\n");
        return 2;
    }
    const QString path = args[1];
    LanguageManager language;
    language.setLanguage(Language::English);
    MainWindow window(&language);
    window.resize(1280, 800);
    window.show();
    settle();
    print("rss_window_mb", residentMb());
    QElapsedTimer t;
    t.start();
    window.openDatabase(path);
    settle();
    print("open_database_ms", ms(t));
    print("rss_open_mb", residentMb());

    // The window checks the file after it opens (a quick check, then the
    // full one at low priority) and then makes the day's backup, all in the
    // background: the lists are measured once that is over (the time it
    // took is printed), not while it takes one of the machine's cores.
    t.restart();
    // (A server has neither: nothing to wait for.)
    if (Database* db = window.database();
        db && !db->isInMemory() && !db->isReadOnly() && !db->onServer()) {
        double lastLook = -1e9;
        bool backedUp = false;
        bench::waitFor(
            [&] {
                if (!db->integrityCheckDone() || !db->fullCheckDone())
                    return false;
                if (bench::nowMs() - lastLook >= 100) {
                    lastLook = bench::nowMs();
                    for (const Backups::Entry& e : Backups(path).list())
                        backedUp = backedUp || (e.kind == Backups::Kind::Daily &&
                                                e.created.date() == QDate::currentDate());
                }
                return backedUp;
            },
            600000);
        bench::runFor(300);
    }
    print("startup_background_s", ms(t) / 1000);
    // Every page made (ahead, while the window waits for the user), no list
    // read yet but the dashboard's.
    bench::waitFor([&] { return window.allPagesReady(); }, 60000);
    print("rss_ready_mb", residentMb());

    // Every list: opened, filtered, sorted and scrolled to its end.
    const bench::ListSummary lists = bench::measureEveryList(window);
    print("list_max_block_ms", lists.maxBlockMs);
    print("list_max_busy_ms", lists.maxBusyMs);
    print("list_slowest_first_screen_ms", lists.slowestFirstScreenMs);

    // Scroll the people and organization lists to their ends: in a hundred
    // jumps of the scroll bar (dragging it), then a few wheel turns at the end.
    for (int which = 0; which < 2; ++which) {
        // The first pages are the dashboard, then people and organizations:
        // look them up by class rather than by position.
        const char* const wanted = which == 0 ? "PeoplePage" : "OrganizationsPage";
        RecordPage* records = nullptr;
        for (Page* page : window.pages())
            if (QByteArray(page->metaObject()->className()).endsWith(wanted))
                records = qobject_cast<RecordPage*>(page);
        if (!records)
            continue;
        window.showPage(records);
        settle();
        QScrollBar* bar = records->listScrollBar();
        double worst = 0;
        QElapsedTimer all;
        all.start();
        for (int step = 1; step <= 100; ++step) {
            t.restart();
            bar->setValue(int(qint64(bar->maximum()) * step / 100));
            settle();
            worst = qMax(worst, ms(t));
        }
        for (int step = 0; step < 20; ++step) {
            t.restart();
            bar->setValue(bar->value() - bar->singleStep() * 3);
            settle();
            worst = qMax(worst, ms(t));
        }
        const QByteArray prefix = which == 0 ? "scroll_people" : "scroll_organizations";
        const auto* list = qobject_cast<const RecordListModel*>(records->table()->model());
        print((prefix + "_rows").constData(),
              list ? list->totalCount() : records->table()->model()->rowCount());
        print((prefix + "_worst_step_ms").constData(), worst);
        print((prefix + "_total_ms").constData(), ms(all));
    }
    print("rss_all_lists_mb", residentMb());
    // Of which memory the program allocated, and pages of files it maps
    // (fonts, libraries) that the system can drop and read again.
    print("rss_all_lists_anon_mb", residentMb("RssAnon:"));
    print("rss_all_lists_file_mb", residentMb("RssFile:") + residentMb("RssShmem:"));
    if (qEnvironmentVariableIsSet("JLGC_BENCH_SMAPS"))
        printLargestMappings(qMax(12, qEnvironmentVariableIntValue("JLGC_BENCH_SMAPS")));
    // JLGC_BENCH_HEAP: what the allocator holds, and an exit right here, so
    // that under heaptrack what is "leaked" is what was in use with every
    // list shown (heaptrack -o F jlgc_ui_bench DB; heaptrack_print F).
    if (qEnvironmentVariableIsSet("JLGC_BENCH_HEAP")) {
        print("sqlite_memory_mb", double(sqlite3_memory_used()) / 1048576.0);
        print("sqlite_memory_highwater_mb", double(sqlite3_memory_highwater(0)) / 1048576.0);
        malloc_stats();
        // What the allocator holds free that the system could have back.
        malloc_trim(0);
        print("rss_after_malloc_trim_mb", residentMb());
        std::fflush(stdout);
        _exit(0);
    }
    searchFigures(path);
    return 0;
}
