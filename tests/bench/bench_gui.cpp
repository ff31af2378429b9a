// Benchmark: start-up to the shown main window with the bundled library, against an empty Qt
// window, and filter latency of the library browser with a 10,000-clause library. Not a test.
//
//   cmake --build --preset release --target bench_gui && build/release/tests/bench/bench_gui

#include "benchsupport.h"
#include "core/clausefiltermodel.h"
#include "core/libraryloader.h"
#include "core/librarymodel.h"
#include "core/settings.h"
#include "gui/mainwindow.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace klausul;

namespace { } // namespace

/** A child process that shows one window and exits: whole-process start-up time. */
int child(int argc, char *argv[], bool klausulWindow)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    if (klausulWindow) {
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(LibraryLoader::load(), &settings);
        window.show();
        return QTest::qWaitForWindowExposed(&window) ? 0 : 1;
    }
    QMainWindow window;
    window.resize(1400, 860);
    window.show();
    return QTest::qWaitForWindowExposed(&window) ? 0 : 1;
}

double timeChild(const QString &program, const QString &mode)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, {mode});
    process.waitForFinished(60000);
    return double(timer.nsecsElapsed()) / 1e6;
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 1 && qstrcmp(argv[1], "--child-empty") == 0)
        return child(argc, argv, false);
    if (argc > 1 && qstrcmp(argv[1], "--child-klausul") == 0)
        return child(argc, argv, true);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    QTemporaryDir dir;

    // 1. and 2. Whole processes: start, show the window, exit.
    QList<double> empty;
    QList<double> klausul;
    const QString self = QCoreApplication::applicationFilePath();
    for (int run = 0; run < 7; ++run) {
        empty << timeChild(self, QStringLiteral("--child-empty"));
        klausul << timeChild(self, QStringLiteral("--child-klausul"));
    }

    // 3. Filter latency in the browser's model with 10,000 clauses.
    bench::generateLibrary(dir.filePath(QStringLiteral("lib")), 10000);
    const auto big = LibraryLoader::load({dir.filePath(QStringLiteral("lib"))});
    LibraryModel model;
    model.setLibrary(big);
    ClauseFilterModel filter;
    QElapsedTimer setup;
    setup.start();
    filter.setLibraryModel(&model);
    const double indexMs = double(setup.nsecsElapsed()) / 1e6;
    const QStringList typed {QStringLiteral("hændelse"), QStringLiteral("kryptering"),
        QStringLiteral("backup"), QStringLiteral("underleverandør"), QStringLiteral("5.24"),
        QStringLiteral("adgang")};
    QList<double> latency;
    for (int w = 0; latency.size() < 100; ++w) {
        const QString word = typed.at(w % typed.size());
        for (int length = 1; length <= word.size() && latency.size() < 100; ++length) {
            QElapsedTimer timer;
            timer.start();
            filter.setSearchText(word.left(length));
            (void)filter.rowCount();
            latency << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    QList<double> facets;
    for (const QString &type :
        {QStringLiteral("MK"), QStringLiteral("K"), QString(), QStringLiteral("PK"), QString()}) {
        QElapsedTimer timer;
        timer.start();
        filter.setFacet(ClauseFilterModel::Facet::Type, type);
        (void)filter.rowCount();
        facets << double(timer.nsecsElapsed()) / 1e6;
    }

    out << QStringLiteral("| measurement | value |\n|---|---|\n");
    out << QStringLiteral("| process start to shown: empty QMainWindow (median of 7) | %1 ms |\n")
               .arg(bench::percentile(empty, 0.5), 0, 'f', 0);
    out << QStringLiteral(
        "| process start to shown: Klausul with the bundled library (median of 7) | %1 ms |\n")
               .arg(bench::percentile(klausul, 0.5), 0, 'f', 0);
    out << QStringLiteral("| filter model over 10,000 clauses: index build | %1 ms |\n")
               .arg(indexMs, 0, 'f', 0);
    out << QStringLiteral("| filter latency, 100 incremental queries: p50 | %1 ms |\n")
               .arg(bench::percentile(latency, 0.5), 0, 'f', 1);
    out << QStringLiteral("| filter latency: p95 | %1 ms |\n")
               .arg(bench::percentile(latency, 0.95), 0, 'f', 1);
    out << QStringLiteral("| facet change latency: median | %1 ms |\n")
               .arg(bench::percentile(facets, 0.5), 0, 'f', 1);
    out.flush();
    return 0;
}
