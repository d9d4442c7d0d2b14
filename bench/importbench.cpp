// CSV import of 10,000 people (JLGC_BENCH_ROWS to change): the time to read
// and check every row (the wizard's validation page) and to write them all in
// one transaction, into an empty database file and into one that already
// holds them (every row then a likely duplicate). Then the inputs a careless
// or hostile file brings, each at two sizes ten times apart (linear work
// takes about ten times as long, quadratic a hundred): a chain of
// subchapters listed children first, a file of 1,000 columns, one of 20,000
// (refused), and a search of thousands of words (refused). Prints figures only.
#include "io/csvexport.h"
#include "io/csvimport.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "support/hostilecsv.h"
#include "syntheticpeople.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace jlgc;

namespace {

// addAll: rows like records already there (or like each other: the
// synthetic names repeat) are added too, so that every row is written.
void importInto(Database& db, const QByteArray& csv, const char* what, bool addAll)
{
    const CsvFormat& people = *CsvFormat::find(QStringLiteral("people"));
    QElapsedTimer t;
    t.start();
    CsvImport import(db, people);
    import.loadBytes(csv);
    const qint64 read = t.elapsed();
    import.analyze();
    const qint64 checked = t.elapsed();
    int duplicates = 0;
    for (qsizetype i = 0; i < import.rows().size(); ++i) {
        if (import.rows()[i].duplicates.isEmpty())
            continue;
        if (addAll)
            import.setDecision(int(i), ImportDecision::Add);
        else
            ++duplicates;
    }
    const ImportSummary s = import.commit(false);
    const qint64 total = t.elapsed();
    std::printf("%-34s %6lld rows: read %5lld ms, checked %6lld ms, written %6lld ms, total "
                "%6lld ms (%d added, %d duplicates skipped, %d rejected)\n",
                what, static_cast<long long>(import.records().size()), static_cast<long long>(read),
                static_cast<long long>(checked - read), static_cast<long long>(total - checked),
                static_cast<long long>(total), s.added, duplicates, import.rejectedCount());
}

// Reads, checks and writes the file into a new database; the milliseconds.
qint64 importTimed(const QString& file, const char* kind, const QByteArray& csv)
{
    QFile::remove(file);
    Database db(file);
    QElapsedTimer t;
    t.start();
    CsvImport import(db, *CsvFormat::find(QString::fromLatin1(kind)));
    if (import.loadBytes(csv)) {
        import.analyze();
        import.commit(false);
    }
    return t.elapsed();
}

void hostileInputs(const QTemporaryDir& dir)
{
    const QString file = QDir(dir.path()).filePath(QStringLiteral("hostile.sqlite"));
    for (const int depth : {300, 3000})
        std::printf(
            "%-34s %6d rows: %lld ms\n", "subchapters, children first", depth,
            static_cast<long long>(importTimed(file, "jetaa-chapters", test::chapterChain(depth))));
    for (const int columns : {100, 1000, 20000})
        std::printf("%-34s %6d columns: %lld ms%s\n", "people file, 3 rows", columns,
                    static_cast<long long>(importTimed(file, "people", test::wideCsv(columns))),
                    columns > CsvImport::MaxColumns ? " (refused)" : "");
    QFile::remove(file);
    Database db(file);
    for (const int words : {300, 3000}) {
        QString query;
        for (int i = 0; i < words; ++i)
            query += QChar(u'a' + i % 26) + QLatin1Char(' ');
        QElapsedTimer t;
        t.start();
        try {
            SearchIndex(db).search(query, Language::English);
        } catch (const StorageError&) {
        }
        SearchIndex::matchExpression(query);
        std::printf("%-34s %6d words: %lld ms (refused)\n", "search", words,
                    static_cast<long long>(t.elapsed()));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = qEnvironmentVariableIsSet("JLGC_BENCH_ROWS")
                         ? qEnvironmentVariableIntValue("JLGC_BENCH_ROWS")
                         : 10000;
    QTemporaryDir dir;
    Database source(QDir(dir.path()).filePath(QStringLiteral("source.sqlite")));
    bench::addSyntheticPeople(source, rows);
    const CsvFormat& people = *CsvFormat::find(QStringLiteral("people"));
    QElapsedTimer t;
    t.start();
    const QByteArray csv = CsvExport::exportRecords(source, people, people.allIds(source));
    std::printf("%-34s %6d rows: %lld ms (%lld KiB)\n", "export", rows,
                static_cast<long long>(t.elapsed()), static_cast<long long>(csv.size() / 1024));

    Database empty(QDir(dir.path()).filePath(QStringLiteral("empty.sqlite")));
    importInto(empty, csv, "import into an empty database", true);
    importInto(empty, csv, "import again (all duplicates)", false);
    // JLGC_BENCH_SERVER: an empty database on an office server (behind
    // bench/delayproxy.cpp for a network's round trips), the same imports.
    if (const QString server = qEnvironmentVariable("JLGC_BENCH_SERVER"); !server.isEmpty()) {
        QElapsedTimer opening;
        opening.start();
        Database onServer(server);
        std::printf("%-34s %6lld ms\n", "open the server (schema made)",
                    static_cast<long long>(opening.elapsed()));
        importInto(onServer, csv, "import into the server", true);
        importInto(onServer, csv, "import again on the server", false);
    }
    hostileInputs(dir);
    return 0;
}
