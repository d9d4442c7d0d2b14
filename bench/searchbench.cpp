// Global search latency against the same question asked of SQLite directly
// (a LIKE scan over the name columns), on synthetic databases of 10,000 and
// 100,000 people (JLGC_BENCH_LARGE=1 adds 1,000,000). Prints figures only.
#include "search/searchindex.h"
#include "storage/database.h"
#include "syntheticpeople.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <map>
#include <memory>

using namespace jlgc;

namespace {

QTemporaryDir& tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

// One database per size, built once and indexed before timing starts;
// closed before the application object goes (main).
std::map<int, std::unique_ptr<Database>> databases;

Database& databaseOf(int people)
{
    auto& slot = databases[people];
    if (!slot) {
        slot = std::make_unique<Database>(
            QDir(tempDir().path()).filePath(QStringLiteral("bench-%1.sqlite").arg(people)));
        bench::addSyntheticPeople(*slot, people);
        QElapsedTimer t;
        t.start();
        SearchIndex(*slot).refresh();
        fprintf(stderr, "indexed %d people in %lld ms\n", people,
                static_cast<long long>(t.elapsed()));
    }
    return *slot;
}

const QString Queries[] = {QStringLiteral("山"), QStringLiteral("山田"), QStringLiteral("山田太郎"),
                           QStringLiteral("yam"), QStringLiteral("tremblay")};

void searchIndex(benchmark::State& state)
{
    Database& db = databaseOf(int(state.range(0)));
    const QString query = Queries[state.range(1)];
    SearchIndex index(db);
    qsizetype hits = 0;
    for (auto _ : state)
        hits = index.search(query, Language::Japanese, 50).size();
    state.SetLabel(query.toStdString() + " (" + std::to_string(hits) + " shown)");
}

void sqliteLike(benchmark::State& state)
{
    Database& db = databaseOf(int(state.range(0)));
    const QString query = Queries[state.range(1)];
    const QString pattern = QLatin1Char('%') + query + QLatin1Char('%');
    qint64 hits = 0;
    for (auto _ : state) {
        Query q(db, QStringLiteral(
                        "SELECT id FROM person WHERE family_name_kanji || given_name_kanji LIKE "
                        ":p OR family_name LIKE :p2 OR given_name LIKE :p3 LIMIT 50"));
        q.bind(QStringLiteral(":p"), pattern)
            .bind(QStringLiteral(":p2"), pattern)
            .bind(QStringLiteral(":p3"), pattern)
            .exec();
        hits = 0;
        while (q.next())
            ++hits;
    }
    state.SetLabel(query.toStdString() + " (" + std::to_string(hits) + " shown)");
}

void sizes(benchmark::internal::Benchmark* b)
{
    QList<int> people = {10000, 100000};
    if (qEnvironmentVariableIntValue("JLGC_BENCH_LARGE") == 1)
        people << 1000000;
    for (int n : people)
        for (int q = 0; q < 5; ++q)
            b->Args({n, q});
    b->Unit(benchmark::kMicrosecond);
}

} // namespace

BENCHMARK(searchIndex)->Apply(sizes);
BENCHMARK(sqliteLike)->Apply(sizes);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    databases.clear();
    return 0;
}
