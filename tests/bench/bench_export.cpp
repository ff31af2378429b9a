// Benchmark: a 300-requirement annex exported through Klausul's pipeline, against bare pandoc on
// the same AST and bare LibreOffice on the same DOCX. Not a test: it prints a table.
//
//   cmake --preset release && cmake --build --preset release --target bench
//   build/release/tests/bench/bench_export [requirements [--ast-only]]

#include "benchsupport.h"
#include "core/exportjob.h"
#include "core/libraryloader.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

using namespace klausul;

namespace {

double timeProcess(
    const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

/** Child: exports a DOCX of `count` requirements and prints its own peak RSS in KiB. */
int docxRssChild(int count)
{
    const auto library = LibraryLoader::load();
    QTemporaryDir dir;
    ExportRequest docx;
    docx.annex = AnnexBuilder::build(*library, bench::makeDraft(*library, count));
    docx.docxPath = dir.filePath(QStringLiteral("big.docx"));
    docx.pandocTimeoutMs = 30 * 60 * 1000;
    docx.officeTimeoutMs = 30 * 60 * 1000;
    ExportJob job(docx);
    const bool ok = job.run() == ExportJob::Result::Success;
    if (!ok)
        QTextStream(stderr) << job.errorString() << '\n';
    QTextStream(stdout) << (ok ? test::peakRssKiB() : -1) << '\n';
    return ok ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--docx-rss") == 0)
        return docxRssChild(QString::fromLocal8Bit(argv[2]).toInt());
    QTextStream out(stdout);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 300;
    const auto library = LibraryLoader::load();

    const Draft draft = bench::makeDraft(*library, count);
    QElapsedTimer timer;
    timer.start();
    const Annex annex = AnnexBuilder::build(*library, draft);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    PandocAst::Options options;
    options.apiVersion = {1, 22};
    // The median of 7 builds: one build is a few tens of milliseconds, within a scheduler's noise.
    QByteArray json;
    QList<double> astTimes;
    for (int run = 0; run < 7; ++run) {
        timer.restart();
        json = PandocAst::json(annex, options);
        astTimes << double(timer.nsecsElapsed()) / 1e6;
    }
    const double astMs = bench::median(astTimes);
    if (argc > 2 && qstrcmp(argv[2], "--ast-only") == 0) {
        out << QStringLiteral("| Pandoc AST build (median of 7) | %1 ms (%2 KiB JSON) |\n")
                   .arg(astMs, 0, 'f', 1)
                   .arg(json.size() / 1024);
        return 0;
    }

    QTemporaryDir dir;
    QFile::copy(QStringLiteral(":/klausul/export/reference.docx"),
        dir.filePath(QStringLiteral("ref.docx")));
    const QString pandoc = ExternalTools::pandoc();
    const QString soffice = ExternalTools::soffice();

    // Both LibreOffice routes start from a prepared profile, as a user's second export does:
    // Klausul's is prepared by one untimed export (kept in the cache folder and copied per run),
    // the bare anchor's by one untimed start of its own.
    {
        ExportRequest warm;
        warm.annex = annex;
        warm.pdfPath = dir.filePath(QStringLiteral("warm.pdf"));
        ExportJob(warm).run();
    }
    const QString profile =
        QUrl::fromLocalFile(dir.filePath(QStringLiteral("bare-profile"))).toString();
    timeProcess(soffice,
        {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
            QStringLiteral("--norestore"), QStringLiteral("--terminate_after_init")});

    QList<double> ourDocx, bareDocx, ourPdf, barePdf;
    for (int run = 0; run < 3; ++run) {
        ExportRequest docx;
        docx.annex = annex;
        docx.docxPath = dir.filePath(QStringLiteral("ours.docx"));
        timer.restart();
        ExportJob(docx).run();
        ourDocx << double(timer.nsecsElapsed()) / 1e6;

        bareDocx << timeProcess(pandoc,
            {QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("-t"),
                QStringLiteral("docx"), QStringLiteral("--toc"),
                QStringLiteral("--reference-doc=") + dir.filePath(QStringLiteral("ref.docx")),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("bare.docx"))},
            json);

        ExportRequest pdf;
        pdf.annex = annex;
        pdf.pdfPath = dir.filePath(QStringLiteral("ours.pdf"));
        timer.restart();
        ExportJob(pdf).run();
        ourPdf << double(timer.nsecsElapsed()) / 1e6;

        barePdf << timeProcess(soffice,
            {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(),
                dir.filePath(QStringLiteral("bare.docx"))});
    }
    // A 9,999-requirement draft exported to DOCX in a process of its own: its peak RSS.
    // LibreOffice is switched off for this child: its process is not ours, and filling the table
    // of contents of 9,999 requirements keeps it busy for more than half an hour.
    QProcess big;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KLAUSUL_SOFFICE"), QStringLiteral("/nonexistent"));
    big.setProcessEnvironment(environment);
    big.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--docx-rss"), QStringLiteral("9999")});
    big.waitForFinished(-1);
    const long bigRssKiB = QString::fromLatin1(big.readAllStandardOutput()).trimmed().toLong();

    const double docxRatio = bench::median(ourDocx) / std::max(1.0, bench::median(bareDocx));
    const double pdfRatio = bench::median(ourPdf) / std::max(1.0, bench::median(barePdf));
    out << QStringLiteral("| %1-requirement annex | value |\n|---|---|\n").arg(count);
    out << QStringLiteral("| annex build (library + draft) | %1 ms |\n").arg(buildMs, 0, 'f', 1);
    out << QStringLiteral("| Pandoc AST build (median of 7) | %1 ms (%2 KiB JSON) |\n")
               .arg(astMs, 0, 'f', 1)
               .arg(json.size() / 1024);
    out << QStringLiteral(
        "| Klausul DOCX export, table of contents filled (median of 3) | %1 ms |\n")
               .arg(bench::median(ourDocx), 0, 'f', 0);
    out << QStringLiteral("| bare pandoc -f json -t docx, same AST | %1 ms |\n")
               .arg(bench::median(bareDocx), 0, 'f', 0);
    out << QStringLiteral("| DOCX overhead ratio | %1 |\n").arg(docxRatio, 0, 'f', 2);
    out << QStringLiteral(
        "| Klausul PDF export (DOCX + LibreOffice, TOC update, PDF/A) | %1 ms |\n")
               .arg(bench::median(ourPdf), 0, 'f', 0);
    out << QStringLiteral(
        "| bare pandoc DOCX + bare soffice --convert-to pdf (prepared profile) | %1 ms |\n")
               .arg(bench::median(bareDocx) + bench::median(barePdf), 0, 'f', 0);
    out << QStringLiteral("| PDF overhead ratio | %1 |\n")
               .arg(bench::median(ourPdf) /
                       std::max(1.0, bench::median(bareDocx) + bench::median(barePdf)),
                   0, 'f', 2);
    out << QStringLiteral("| (bare soffice alone) | %1 ms; ratio to it %2 |\n")
               .arg(bench::median(barePdf), 0, 'f', 0)
               .arg(pdfRatio, 0, 'f', 2);
    out << (bigRssKiB > 0
            ? QStringLiteral(
                  "| 9,999-requirement draft: DOCX export peak RSS (own process, pandoc only) | %1 "
                  "MiB |\n")
                  .arg(bigRssKiB / 1024)
            : QStringLiteral("| 9,999-requirement draft: DOCX export | failed: %1 |\n")
                  .arg(QString::fromLocal8Bit(big.readAllStandardError()).trimmed().left(200)));
    return 0;
}
