// Benchmark: load + validate a synthetic 10,000-clause library, compared with xmllint on the same
// files, and search latency over 200 incremental queries. Not a test: it prints a table.
//
//   cmake --preset release && cmake --build --preset release --target bench
//   build/release/tests/bench/bench_library [clauses] [--load-only]
//
// --load-only: after each of the three loads, prints the heap in use and held by malloc
// (mallinfo2) and the RSS, then stops after the peak RSS (for heaptrack: the search index built
// afterwards has a peak of its own).

#include "benchsupport.h"
#include "core/libraryloader.h"
#include "core/searchindex.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <malloc.h>

using namespace klausul;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;
    const bool loadOnly = app.arguments().contains(QStringLiteral("--load-only"));
    QTemporaryDir dir;
    QElapsedTimer timer;

    timer.start();
    const QStringList files = bench::generateLibrary(dir.path(), count);
    const qint64 librarySize = bench::diskSize(dir.path());
    out() << QStringLiteral("Synthetic library: %1 clause files, %2 MiB on disk, in %3 (generated "
                            "in %4 ms)\n\n")
                 .arg(files.size())
                 .arg(double(librarySize) / 1048576.0, 0, 'f', 1)
                 .arg(dir.path())
                 .arg(timer.elapsed());
    out().flush();

    // 1. Klausul: read, parse safely, validate against the schema, build the model, cross-check.
    QList<double> loadTimes;
    int clauses = 0;
    int issues = 0;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const auto library = LibraryLoader::load({dir.path()});
        loadTimes << double(timer.nsecsElapsed()) / 1e6;
        clauses = int(library->clauses().size());
        issues = int(library->issues().size());
        if (loadOnly) {
            const struct mallinfo2 heap = mallinfo2();
            out() << QStringLiteral("load %1: heap in use %2 MiB, held by malloc %3 MiB, peak RSS "
                                    "%4 MiB\n")
                         .arg(run + 1)
                         .arg(double(heap.uordblks + heap.hblkhd) / 1048576.0, 0, 'f', 1)
                         .arg(double(heap.arena + heap.hblkhd) / 1048576.0, 0, 'f', 1)
                         .arg(double(test::peakRssKiB()) / 1024.0, 0, 'f', 1);
        }
    }
    const long rssAfterLoad = test::peakRssKiB();
    if (loadOnly) {
        out() << QStringLiteral("peak RSS after loading: %1 MiB (%2 MiB over the library's size)\n")
                     .arg(rssAfterLoad / 1024)
                     .arg(double(rssAfterLoad) / 1024.0 - double(librarySize) / 1048576.0, 0, 'f',
                         0);
        return 0;
    }

    // 2. xmllint on the same clause files: parse + XSD validation only, no model, no cross-checks.
    QList<double> lintTimes;
    const QString schema = test::sourcePath(QStringLiteral("clauses/schema/clause.xsd"));
    for (int run = 0; run < 3; ++run) {
        QProcess lint;
        lint.setStandardErrorFile(QProcess::nullDevice());
        lint.setStandardOutputFile(QProcess::nullDevice());
        QStringList args {QStringLiteral("--noout"), QStringLiteral("--schema"), schema};
        args += files;
        timer.restart();
        lint.start(QStringLiteral("xmllint"), args);
        lint.waitForFinished(-1);
        lintTimes << double(timer.nsecsElapsed()) / 1e6;
    }

    // 3. Search: index build, then 200 incremental queries (typing words letter by letter).
    const auto library = LibraryLoader::load({dir.path()});
    timer.restart();
    const double indexCpuStart = bench::processCpuMs();
    const SearchIndex &index = library->searchIndex(); // built here, on first use
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;
    const double indexCpuMs = bench::processCpuMs() - indexCpuStart;
    QList<double> queryTimes;
    QList<int> hitCounts;
    for (const QString &query : bench::typedQueries()) {
        timer.restart();
        const auto hits = index.search(query);
        queryTimes << double(timer.nsecsElapsed()) / 1e6;
        hitCounts << int(hits.size());
    }

    out() << QStringLiteral("| measurement | value |\n|---|---|\n");
    out() << QStringLiteral("| clauses loaded | %1 (%2 issues) |\n").arg(clauses).arg(issues);
    out() << QStringLiteral("| Klausul load + validate + cross-check (median of 3) | %1 ms |\n")
                 .arg(bench::median(loadTimes), 0, 'f', 0);
    out() << QStringLiteral(
        "| xmllint --noout --schema on the same files (median of 3) | %1 ms |\n")
                 .arg(bench::median(lintTimes), 0, 'f', 0);
    out() << QStringLiteral("| ratio Klausul / xmllint | %1 |\n")
                 .arg(
                     bench::median(loadTimes) / std::max(1.0, bench::median(lintTimes)), 0, 'f', 2);
    out() << QStringLiteral("| library on disk | %1 MiB; clauses sharing a paragraph with another: "
                            "%2 |\n")
                 .arg(double(librarySize) / 1048576.0, 0, 'f', 1)
                 .arg(bench::sharedParagraphs(library->clauses()));
    out() << QStringLiteral("| peak RSS after loading | %1 MiB (%2 MiB over the library's size; "
                            "target <= 40) |\n")
                 .arg(rssAfterLoad / 1024)
                 .arg(double(rssAfterLoad) / 1024.0 - double(librarySize) / 1048576.0, 0, 'f', 0);
    out() << QStringLiteral("| search index build | %1 ms (CPU of all threads %2 ms), %3 terms |\n")
                 .arg(indexMs, 0, 'f', 0)
                 .arg(indexCpuMs, 0, 'f', 0)
                 .arg(index.termCount());
    out() << QStringLiteral("| search, 200 incremental queries: p50 | %1 ms |\n")
                 .arg(bench::percentile(queryTimes, 0.5), 0, 'f', 2);
    out() << QStringLiteral("| search: p95 | %1 ms |\n")
                 .arg(bench::percentile(queryTimes, 0.95), 0, 'f', 2);
    out() << QStringLiteral("| search: max | %1 ms |\n")
                 .arg(bench::percentile(queryTimes, 1.0), 0, 'f', 2);
    out().flush();
    return 0;
}
