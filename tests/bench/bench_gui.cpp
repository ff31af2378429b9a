// Benchmark: start-up to the shown main window with the bundled library, against an empty Qt
// window, and filter latency of the library browser with a 10,000-clause library. Not a test.
//
//   cmake --build --preset release --target bench_gui && build/release/tests/bench/bench_gui
//   (--start-only: only the start-up figures; --preview-only: only the keystroke figures)

#include "benchsupport.h"
#include "core/clausefiltermodel.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/librarymodel.h"
#include "core/settings.h"
#include "core/translations.h"
#include "gui/inspector.h"
#include "gui/mainwindow.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace klausul;

namespace {

/**
 * Types into the own-wording editor of a requirement in the middle of a draft of `count`
 * requirements, one key at a time, and measures each key until the annex preview's document has
 * been replaced (its debounce timer included). Returns the latencies in ms.
 */
QList<double> previewLatencies(const QString &folder, int count, int keys)
{
    const auto library = LibraryLoader::load();
    Settings settings(QDir(folder).filePath(QStringLiteral("preview-settings.ini")));
    MainWindow window(library, &settings);
    window.resize(1400, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    const QString path = QDir(folder).filePath(QStringLiteral("preview.klausul"));
    QString error;
    if (!DraftIo::write(bench::makeDraft(*library, count), path, &error) || !window.openFile(path))
        return {};
    auto *preview = window.findChild<QTextBrowser *>(QStringLiteral("annexPreview"));
    auto *inspector = window.findChild<Inspector *>(QStringLiteral("inspector"));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("wordingEdit"));
    if (!preview || !inspector || !editor)
        return {};
    int updates = 0;
    QObject::connect(preview->document(), &QTextDocument::contentsChanged, [&] { ++updates; });
    QTest::qWait(1000); // the first preview
    inspector->setCurrentItem(QStringLiteral("i%1").arg(count / 2));
    QTest::qWait(300);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QList<double> latencies;
    // Letters only: a trailing space does not change the rendered text, so no update follows.
    const char typed[] = "leverandorenskaldesudenbrugehstspaaalletjenester";
    for (int k = 0; k < keys; ++k) {
        const int before = updates;
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(editor, typed[std::size_t(k) % (sizeof typed - 1)]);
        while (updates == before && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        latencies << double(timer.nsecsElapsed()) / 1e6;
    }
    return latencies;
}

} // namespace

/** Tells the parent that the window is on screen: the start-up ends here, not at exit. */
void reportShown()
{
    std::fputs("shown\n", stdout);
    std::fflush(stdout);
}

/**
 * A child process that shows one window and exits. Klausul's goes the way `klausul` starts
 * (app/main.cpp): settings, translators, the library, the window.
 */
int child(int argc, char *argv[], bool klausulWindow)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    if (klausulWindow) {
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        installTranslators(settings.uiLanguage());
        auto loading =
            LibraryLoader::loadInBackground({}, LibraryLoader::Validation::TrustCompiledIn);
        MainWindow window([&loading] { return loading.get(); }, &settings);
        window.show();
        // Not offerRecovery(): a recovery file of another run would wait for an answer.
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        reportShown();
        return 0;
    }
    QMainWindow window;
    window.resize(1400, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    reportShown();
    return 0;
}

/** Milliseconds from starting the child to its window shown, and to its exit. */
std::pair<double, double> timeChild(const QString &program, const QString &mode)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, {mode});
    double shown = -1;
    while (shown < 0 && process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        process.waitForReadyRead(10);
        if (process.readAllStandardOutput().contains("shown"))
            shown = double(timer.nsecsElapsed()) / 1e6;
    }
    process.waitForFinished(60000);
    const double exited = double(timer.nsecsElapsed()) / 1e6;
    return {shown < 0 ? exited : shown, exited};
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
    if (argc > 1 && qstrcmp(argv[1], "--preview-only") == 0) {
        const QList<double> preview = previewLatencies(dir.path(), 300, 40);
        out << QStringLiteral("| keystroke to preview (300 requirements): p50 %1 ms, p95 %2 ms |\n")
                   .arg(bench::percentile(preview, 0.5), 0, 'f', 1)
                   .arg(bench::percentile(preview, 0.95), 0, 'f', 1);
        return 0;
    }

    // 1. and 2. Whole processes: start, show the window, exit.
    QList<double> empty;
    QList<double> klausul;
    QList<double> emptyExit;
    QList<double> klausulExit;
    const QString self = QCoreApplication::applicationFilePath();
    // One pair first, not counted: it fills the file cache. Then 15 pairs, each an empty window
    // and Klausul one after the other, so a slower moment of the machine touches both.
    timeChild(self, QStringLiteral("--child-empty"));
    timeChild(self, QStringLiteral("--child-klausul"));
    for (int run = 0; run < 15; ++run) {
        const auto [e, eExit] = timeChild(self, QStringLiteral("--child-empty"));
        const auto [k, kExit] = timeChild(self, QStringLiteral("--child-klausul"));
        empty << e;
        emptyExit << eExit;
        klausul << k;
        klausulExit << kExit;
    }
    auto startFigures = [&] {
        out << QStringLiteral(
            "| process start to shown: empty QMainWindow (median of 15) | %1 ms |\n")
                   .arg(bench::percentile(empty, 0.5), 0, 'f', 0);
        out << QStringLiteral("| process start to shown: Klausul with the bundled library (median "
                              "of 15) | %1 ms |\n")
                   .arg(bench::percentile(klausul, 0.5), 0, 'f', 0);
        out << QStringLiteral("| ratio Klausul start / empty window | %1 |\n")
                   .arg(bench::percentile(klausul, 0.5) /
                           std::max(1.0, bench::percentile(empty, 0.5)),
                       0, 'f', 2);
        out << QStringLiteral(
            "| process start to exit after shown: empty / Klausul (median of 15) | "
            "%1 / %2 ms |\n")
                   .arg(bench::percentile(emptyExit, 0.5), 0, 'f', 0)
                   .arg(bench::percentile(klausulExit, 0.5), 0, 'f', 0);
    };
    if (argc > 1 && qstrcmp(argv[1], "--start-only") == 0) {
        startFigures();
        return 0;
    }

    // 3. Keystroke in the own wording until the annex preview is updated, 300 requirements.
    const QList<double> preview = previewLatencies(dir.path(), 300, 40);

    // 4. Filter latency in the browser's model with 10,000 clauses.
    bench::generateLibrary(dir.filePath(QStringLiteral("lib")), 10000);
    const auto big = LibraryLoader::load({dir.filePath(QStringLiteral("lib"))});
    LibraryModel model;
    model.setLibrary(big);
    ClauseFilterModel filter;
    QElapsedTimer setup;
    setup.start();
    filter.setLibraryModel(&model);
    const double indexMs = double(setup.nsecsElapsed()) / 1e6;
    setup.restart();
    filter.setSearchText(QStringLiteral("h"));
    const double firstSearchMs = double(setup.nsecsElapsed()) / 1e6;
    filter.setSearchText(QString());
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
    startFigures();
    out << QStringLiteral("| filter model over 10,000 clauses: index build | %1 ms |\n")
               .arg(indexMs, 0, 'f', 0);
    out << QStringLiteral("| first query (builds the library's shared search index) | %1 ms |\n")
               .arg(firstSearchMs, 0, 'f', 0);
    out << QStringLiteral("| keystroke in own wording to annex preview updated, 300 requirements: "
                          "p50 | %1 ms |\n")
               .arg(bench::percentile(preview, 0.5), 0, 'f', 0);
    out << QStringLiteral("| keystroke to preview: p95 (%1 keys) | %2 ms |\n")
               .arg(preview.size())
               .arg(bench::percentile(preview, 0.95), 0, 'f', 0);
    out << QStringLiteral("| filter latency, 100 incremental queries: p50 | %1 ms |\n")
               .arg(bench::percentile(latency, 0.5), 0, 'f', 1);
    out << QStringLiteral("| filter latency: p95 | %1 ms |\n")
               .arg(bench::percentile(latency, 0.95), 0, 'f', 1);
    out << QStringLiteral("| facet change latency: median | %1 ms |\n")
               .arg(bench::percentile(facets, 0.5), 0, 'f', 1);
    out.flush();
    return 0;
}
