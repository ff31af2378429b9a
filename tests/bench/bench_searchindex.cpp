// Benchmark: the search index build alone, repeated over one loaded library, with wall and CPU
// time per build (CPU time is less sensitive to a shared machine's load than wall time). Not a
// test: it prints a table.
//
//   cmake --preset release && cmake --build --preset release --target bench_searchindex
//   build/release/tests/bench/bench_searchindex [clauses] [runs] [folder]
//
// With a folder, the synthetic library is generated there once and reused by later runs.

#include "benchsupport.h"
#include "core/libraryloader.h"
#include "core/searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace klausul;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 7;
    QTemporaryDir temporary;
    QString folder = argc > 3 ? QString::fromLocal8Bit(argv[3]) : temporary.path();
    QTextStream out(stdout);
    if (argc <= 3 || !QDir(folder).exists(QStringLiteral("synthetic"))) {
        QDir().mkpath(folder);
        bench::generateLibrary(folder, count);
    }
    const auto library = LibraryLoader::load({folder});
    QList<double> wall;
    QList<double> cpu;
    QList<double> queryTimes; // of the last build's index
    int terms = 0;
    const QStringList queries = bench::typedQueries();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = bench::processCpuMs();
        timer.start();
        const SearchIndex index(library->clauses(), library->themes());
        wall << double(timer.nsecsElapsed()) / 1e6;
        cpu << bench::processCpuMs() - cpuStart;
        terms = index.termCount();
        queryTimes.clear();
        for (const QString &query : queries) {
            timer.restart();
            const auto hits = index.search(query);
            queryTimes << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    out << QStringLiteral("| search index build, %1 clauses, %2 terms, %3 runs | median | min |\n")
               .arg(library->clauses().size())
               .arg(terms)
               .arg(runs);
    out << QStringLiteral("|---|---|---|\n");
    out << QStringLiteral("| wall | %1 ms | %2 ms |\n")
               .arg(bench::median(wall), 0, 'f', 0)
               .arg(*std::min_element(wall.begin(), wall.end()), 0, 'f', 0);
    out << QStringLiteral("| CPU, all threads | %1 ms | %2 ms |\n")
               .arg(bench::median(cpu), 0, 'f', 0)
               .arg(*std::min_element(cpu.begin(), cpu.end()), 0, 'f', 0);
    out << QStringLiteral("| search, %1 incremental queries, last build: p50 / p95 | %2 ms | "
                          "%3 ms |\n")
               .arg(queryTimes.size())
               .arg(bench::percentile(queryTimes, 0.5), 0, 'f', 2)
               .arg(bench::percentile(queryTimes, 0.95), 0, 'f', 2);
    return 0;
}
