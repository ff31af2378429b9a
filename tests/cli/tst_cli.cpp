#include "cli/cli.h"
#include "core/draftdocument.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/translations.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace klausul;

/** klausul-cli commands run in-process (the same code path as the binary's main()). */
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validate_bundled_exitsZero();
    void validate_brokenFile_printsLocatedErrorAndExitsOne();
    void validate_hostileFolder_refusesEveryFile();
    void validate_missingFile_exitsFour();
    void usage_errors_exitTwo_data();
    void usage_errors_exitTwo();
    void list_json_hasDocumentedFields();
    void list_filters_data();
    void list_filters();
    void list_english_titlesInEnglish();
    void show_json_hasEveryPart();
    void show_text_fillsDefaults();
    void show_unknownId_exitsOne();
    void check_problems_printsLocatedErrorsAndExitsOne();
    void check_json_countsProblems();
    void export_all_writesBothFilesAndLeavesDraftUnchanged();
    void export_notApproved_refusesListing_andForceStamps();
    void export_withErrors_refusesTenderButNotReview();
    void export_xlsx_writesTheScheduleWorkbook();
    void export_failures_mapToExitCodes_data();
    void export_failures_mapToExitCodes();
    void export_brokenTools_exitThreeAndNothingChanged_data();
    void export_brokenTools_exitThreeAndNothingChanged();
    void examples_checkClean_andTenderExportsWithoutForce();
    void examples_withoutValues_checkLocatesEachAndTenderRefuses();

private:
    using Result = test::CliResult;
    static Result run(QStringList arguments) { return test::runCli(std::move(arguments)); }
};

void TestCli::initTestCase()
{
    QVERIFY(installTranslators(Language::English));
}

void TestCli::validate_bundled_exitsZero()
{
    const Result r = run({QStringLiteral("validate")});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.contains(QStringLiteral("0 errors, 0 warnings")));
}

void TestCli::validate_brokenFile_printsLocatedErrorAndExitsOne()
{
    const QString file = test::dataPath(QStringLiteral("clauses/broken/unknown-iso-control.xml"));
    const Result r = run({QStringLiteral("validate"), QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")), file});
    QCOMPARE(r.code, int(cli::Invalid));
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first(),
        file +
            QStringLiteral(":24:5: error: ISO/IEC 27001:2022 Annex A (test "
                           "subset) has no item \"5.99\""));
}

void TestCli::validate_hostileFolder_refusesEveryFile()
{
    const QString folder = test::dataPath(QStringLiteral("clauses/hostile"));
    QStringList args {QStringLiteral("validate"), QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid"))};
    QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        args << dir.filePath(file);
    const Result r = run(args);
    QCOMPARE(r.code, int(cli::Invalid));
    static const QRegularExpression located(QStringLiteral("^.+:\\d+:\\d+: (error|note): .+$"));
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        QVERIFY2(r.err.contains(path + u':'), qPrintable(file + QStringLiteral(" not refused")));
    }
    for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(located.match(line).hasMatch(), qPrintable(line));
    for (const QString &marker : test::secretMarkers()) {
        QVERIFY(!r.err.contains(marker));
        QVERIFY(!r.out.contains(marker));
    }
}

void TestCli::validate_missingFile_exitsFour()
{
    const Result r = run({QStringLiteral("validate"), QStringLiteral("/nonexistent/x.xml")});
    QCOMPARE(r.code, int(cli::FileError));
    QVERIFY(r.err.startsWith(QStringLiteral("/nonexistent/x.xml: error: ")));
    const Result lib = run(
        {QStringLiteral("list"), QStringLiteral("--library"), QStringLiteral("/nonexistent/lib")});
    QCOMPARE(lib.code, int(cli::FileError));
}

void TestCli::usage_errors_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("list"), QStringLiteral("--colour")};
    QTest::newRow("bad language") << QStringList {
        QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("de")};
    QTest::newRow("bad type") << QStringList {
        QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("XL")};
    QTest::newRow("show without id") << QStringList {QStringLiteral("show")};
    QTest::newRow("option without value")
        << QStringList {QStringLiteral("list"), QStringLiteral("--query")};
}

void TestCli::usage_errors_exitTwo()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments);
    QCOMPARE(r.code, int(cli::Usage));
    QVERIFY(!r.err.isEmpty() || !r.out.isEmpty());
}

void TestCli::list_json_hasDocumentedFields()
{
    const Result r = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::Success));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray array = doc.array();
    QVERIFY(array.size() >= 5);
    bool sawIncident = false;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        for (const char *key : {"id", "version", "status", "title", "theme", "option", "type",
                 "languages", "references"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (o.value(QStringLiteral("id")).toString() == QLatin1String("HAE-01")) {
            sawIncident = true;
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("MK"));
            QCOMPARE(o.value(QStringLiteral("option")).toString(), QStringLiteral("C"));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
            QCOMPARE(o.value(QStringLiteral("version")).toInt(), 2); // second edition: NIS2 art. 23
            QCOMPARE(o.value(QStringLiteral("languages")).toArray(),
                (QJsonArray {QStringLiteral("da"), QStringLiteral("en")}));
            const QJsonArray refs = o.value(QStringLiteral("references")).toArray();
            QVERIFY(refs.contains(
                QJsonObject {{QStringLiteral("scheme"), QStringLiteral("iso27001:2022")},
                    {QStringLiteral("id"), QStringLiteral("5.24")}}));
            QVERIFY(refs.contains(QJsonObject {{QStringLiteral("scheme"), QStringLiteral("cis:8")},
                {QStringLiteral("id"), QStringLiteral("17")}}));
            QVERIFY(refs.contains(QJsonObject {{QStringLiteral("scheme"), QStringLiteral("nis2")},
                {QStringLiteral("id"), QStringLiteral("21(2)(b)")}}));
            QVERIFY(refs.contains(QJsonObject {{QStringLiteral("scheme"), QStringLiteral("gdpr")},
                {QStringLiteral("id"), QStringLiteral("33")}}));
        }
    }
    QVERIFY(sawIncident);
}

void TestCli::list_filters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("mustNotContain");
    const QString valid = test::dataPath(QStringLiteral("clauses/valid"));
    const QString lib = QStringLiteral("--library");
    QTest::newRow("query") << QStringList {lib, valid, QStringLiteral("--query"),
                                  QStringLiteral("kryptering")}
                           << QStringLiteral("VAL-03") << QStringLiteral("VAL-01");
    QTest::newRow("Danish query ae")
        << QStringList {lib, valid, QStringLiteral("--query"), QStringLiteral("haendelser")}
        << QStringLiteral("VAL-01") << QStringLiteral("VAL-03");
    QTest::newRow("theme") << QStringList {lib, valid, QStringLiteral("--theme"),
                                  QStringLiteral("styring")}
                           << QStringLiteral("VAL-04") << QStringLiteral("VAL-01");
    QTest::newRow("control") << QStringList {lib, valid, QStringLiteral("--control"),
                                    QStringLiteral("8.24")}
                             << QStringLiteral("VAL-03") << QStringLiteral("VAL-01");
    QTest::newRow("scheme:control")
        << QStringList {lib, valid, QStringLiteral("--control"), QStringLiteral("gdpr:33")}
        << QStringLiteral("VAL-01") << QStringLiteral("VAL-03");
    QTest::newRow("type") << QStringList {lib, valid, QStringLiteral("--type"),
                                 QStringLiteral("PK")}
                          << QStringLiteral("VAL-04") << QStringLiteral("VAL-01");
}

void TestCli::list_filters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mustContain);
    QFETCH(QString, mustNotContain);
    arguments.prepend(QStringLiteral("list"));
    const Result r = run(arguments);
    QCOMPARE(r.code, int(cli::Success));
    QVERIFY2(r.out.contains(mustContain), qPrintable(r.out));
    QVERIFY2(!r.out.contains(mustNotContain), qPrintable(r.out));
}

void TestCli::list_english_titlesInEnglish()
{
    const Result r = run({QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--library"), test::dataPath(QStringLiteral("clauses/valid"))});
    QCOMPARE(r.code, int(cli::Success));
    QVERIFY(r.out.contains(QStringLiteral("Notification of Security Incidents")));
    QVERIFY(!r.out.contains(QStringLiteral("Underretning")));
    QVERIFY(r.out.contains(QStringLiteral("(withdrawn)")));
}

void TestCli::show_json_hasEveryPart()
{
    const Result r =
        run({QStringLiteral("show"), QStringLiteral("VAL-01"), QStringLiteral("--json"),
            QStringLiteral("--library"), test::dataPath(QStringLiteral("clauses/valid"))});
    QCOMPARE(r.code, int(cli::Success));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString(),
        QStringLiteral("Notification of Security Incidents"));
    const QJsonArray body =
        o.value(QStringLiteral("body")).toObject().value(QStringLiteral("da")).toArray();
    QCOMPARE(body.size(), 3);
    const QJsonArray para = body.at(0).toObject().value(QStringLiteral("p")).toArray();
    QCOMPARE(
        para.at(1).toObject().value(QStringLiteral("term")).toString(), QStringLiteral("Kunden"));
    QCOMPARE(para.at(3).toObject().value(QStringLiteral("param")).toString(),
        QStringLiteral("deadline"));
    QVERIFY(body.at(1).toObject().contains(QStringLiteral("ul")));
    QCOMPARE(o.value(QStringLiteral("parameters")).toArray().size(), 7);
    const QJsonObject deadline = o.value(QStringLiteral("parameters")).toArray().at(0).toObject();
    QCOMPARE(deadline.value(QStringLiteral("unit")).toString(), QStringLiteral("hours"));
    QCOMPARE(deadline.value(QStringLiteral("max")).toDouble(), 24.0);
    QCOMPARE(deadline.value(QStringLiteral("default")).toString(), QStringLiteral("12"));
    QCOMPARE(o.value(QStringLiteral("variants")).toArray().size(), 1);
    QVERIFY(o.value(QStringLiteral("guidance"))
                .toObject()
                .value(QStringLiteral("da"))
                .toObject()
                .contains(QStringLiteral("remedies")));
    QVERIFY(o.value(QStringLiteral("applies")).toObject().contains(QStringLiteral("all")));
    QCOMPARE(o.value(QStringLiteral("references"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toObject()
                 .value(QStringLiteral("en"))
                 .toString(),
        QStringLiteral("Information security incident management planning and preparation"));
}

void TestCli::show_text_fillsDefaults()
{
    const Result r = run({QStringLiteral("show"), QStringLiteral("VAL-01"),
        QStringLiteral("--library"), test::dataPath(QStringLiteral("clauses/valid"))});
    QCOMPARE(r.code, int(cli::Success));
    QVERIFY2(
        r.out.contains(QStringLiteral("senest [Frist: 12\u00a0timer] efter")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("[Bod]")));
    QVERIFY(r.out.contains(QStringLiteral("Danish legal note.")
                               .replace(QStringLiteral("Danish"), QStringLiteral("Dansk"))));
}

void TestCli::show_unknownId_exitsOne()
{
    const Result r = run({QStringLiteral("show"), QStringLiteral("NOPE-99")});
    QCOMPARE(r.code, int(cli::Invalid));
    QVERIFY(r.err.contains(QStringLiteral("NOPE-99")));
}

void TestCli::check_problems_printsLocatedErrorsAndExitsOne()
{
    const QString draft = test::dataPath(QStringLiteral("drafts/problems.klausul"));
    const Result r = run({QStringLiteral("check"), QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")), draft});
    QCOMPARE(r.code, int(cli::Invalid));
    QVERIFY2(r.err.contains(draft +
                 QStringLiteral(":12:5: error: requirement 7.1: the parameter "
                                "\"Bod\" has no value")),
        qPrintable(r.err));
    QVERIFY(r.err.contains(draft +
        QStringLiteral(":16:5: error: requirement 7.2: the clause NOPE-01 is not in the library")));
    QVERIFY(r.out.contains(QStringLiteral("4 requirements: 4 errors, 2 warnings")));
    const Result clean = run({QStringLiteral("check"), QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")),
        test::dataPath(QStringLiteral("drafts/full.klausul"))});
    QCOMPARE(clean.code, int(cli::Success));
}

void TestCli::check_json_countsProblems()
{
    const Result r = run({QStringLiteral("check"), QStringLiteral("--json"),
        QStringLiteral("--library"), test::dataPath(QStringLiteral("clauses/valid")),
        test::dataPath(QStringLiteral("drafts/problems.klausul"))});
    QCOMPARE(r.code, int(cli::Invalid));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("warnings")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("requirements")).toInt(), 4);
    const QJsonObject first = o.value(QStringLiteral("problems")).toArray().at(0).toObject();
    for (const char *key : {"severity", "message", "file", "line", "column", "item"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
}

namespace {

/** full.klausul with every requirement and explanation approved (it passes the gate). */
bool approvedCopy(const QString &path)
{
    IssueList issues;
    const auto library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    if (!library || !draft)
        return false;
    DraftDocument document(library, *draft);
    for (const DraftItem *item : draft->items())
        document.setReviewStatus(item->uid, ReviewStatus::Approved, QStringLiteral("Anne Holm"));
    for (const Explanation &e : draft->explanations)
        document.approveExplanation(e.clauseId, QStringLiteral("Anne Holm"));
    QString error;
    return DraftIo::write(document.draft(), path, &error);
}

QString unzip(const QString &docx, const QString &part)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, part});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void TestCli::export_notApproved_refusesListing_andForceStamps()
{
    // full.klausul has requirements in draft and ready state: the tender edition is refused.
    QTemporaryDir dir;
    const QStringList base {QStringLiteral("export"),
        test::dataPath(QStringLiteral("drafts/full.klausul")), QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")), QStringLiteral("--format"),
        QStringLiteral("docx")};
    const Result tender =
        run(base + QStringList {QStringLiteral("-o"), dir.filePath(QStringLiteral("t.docx"))});
    QCOMPARE(tender.code, int(cli::Invalid));
    QVERIFY2(tender.err.contains(QStringLiteral("requirement 9.3 is ready for review")),
        qPrintable(tender.err));
    QVERIFY(tender.err.contains(QStringLiteral("not approved")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t.docx"))));
    const Result contract = run(base +
        QStringList {QStringLiteral("--edition"), QStringLiteral("contract"), QStringLiteral("-o"),
            dir.filePath(QStringLiteral("c.docx"))});
    QCOMPARE(contract.code, int(cli::Invalid));

    // --force: made, and stamped in the text and the document properties.
    const Result forced = run(base +
        QStringList {QStringLiteral("--force"), QStringLiteral("-o"),
            dir.filePath(QStringLiteral("f.docx"))});
    QVERIFY2(forced.code == cli::Success, qPrintable(forced.err));
    const QString docx = dir.filePath(QStringLiteral("f.docx"));
    QVERIFY(unzip(docx, QStringLiteral("word/document.xml"))
                .contains(QStringLiteral("UDKAST – ikke godkendt")));
    QVERIFY(unzip(docx, QStringLiteral("word/header*.xml"))
                .contains(QStringLiteral("UDKAST – ikke godkendt")));
    QVERIFY(unzip(docx, QStringLiteral("docProps/custom.xml"))
                .contains(QStringLiteral("UDKAST – ikke godkendt")));
    QVERIFY(unzip(docx, QStringLiteral("docProps/core.xml"))
                .contains(QStringLiteral("UDKAST – ikke godkendt")));

    // Approved: no stamp.
    const QString approved = dir.filePath(QStringLiteral("approved.klausul"));
    QVERIFY(approvedCopy(approved));
    QStringList clean = base;
    clean[1] = approved;
    const Result ok =
        run(clean + QStringList {QStringLiteral("-o"), dir.filePath(QStringLiteral("ok.docx"))});
    QVERIFY2(ok.code == cli::Success, qPrintable(ok.err));
    QVERIFY(!unzip(dir.filePath(QStringLiteral("ok.docx")), QStringLiteral("word/document.xml"))
                 .contains(QStringLiteral("UDKAST")));
}

void TestCli::export_all_writesBothFilesAndLeavesDraftUnchanged()
{
    QTemporaryDir dir;
    const QString draft = dir.filePath(QStringLiteral("full.klausul"));
    QVERIFY(approvedCopy(draft));
    QFile file(draft);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const Result r = run({QStringLiteral("export"), draft, QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")), QStringLiteral("--format"),
        QStringLiteral("all"), QStringLiteral("-o"), dir.filePath(QStringLiteral("bilag9.docx"))});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("bilag9.docx"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("bilag9.pdf"))));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    // Into a folder: the file is named after the draft, edition and language.
    const Result folder = run({QStringLiteral("export"), draft, QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")), QStringLiteral("--format"),
        QStringLiteral("docx"), QStringLiteral("--edition"), QStringLiteral("contract"),
        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), dir.path()});
    QVERIFY2(folder.code == cli::Success, qPrintable(folder.err));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("full-contract-en.docx"))));
}

void TestCli::export_withErrors_refusesTenderButNotReview()
{
    QTemporaryDir dir;
    const QStringList base {QStringLiteral("export"),
        test::dataPath(QStringLiteral("drafts/problems.klausul")), QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")), QStringLiteral("--format"),
        QStringLiteral("docx")};
    const Result tender =
        run(base + QStringList {QStringLiteral("-o"), dir.filePath(QStringLiteral("t.docx"))});
    QCOMPARE(tender.code, int(cli::Invalid));
    QVERIFY(tender.err.contains(QStringLiteral("4 errors")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t.docx"))));
    const Result review = run(base +
        QStringList {QStringLiteral("--edition"), QStringLiteral("review"), QStringLiteral("-o"),
            dir.filePath(QStringLiteral("r.docx"))});
    QVERIFY2(review.code == cli::Success, qPrintable(review.err));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("r.docx"))));
}

void TestCli::export_xlsx_writesTheScheduleWorkbook()
{
    QTemporaryDir dir;
    const QStringList base {QStringLiteral("export"),
        test::dataPath(QStringLiteral("drafts/full.klausul")), QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")), QStringLiteral("--force"),
        QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o")};
    // Into a folder: named after the draft and language; a file name gets ".xlsx".
    const Result folder = run(base + QStringList {dir.path()});
    QVERIFY2(folder.code == cli::Success, qPrintable(folder.err));
    const QString named = dir.filePath(QStringLiteral("full-schedule-da.xlsx"));
    QCOMPARE(folder.out.trimmed(), named);
    QFile workbook(named);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(4), QByteArray("PK\x03\x04"));
    const Result file = run(base + QStringList {dir.filePath(QStringLiteral("skema"))});
    QVERIFY2(file.code == cli::Success, qPrintable(file.err));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("skema.xlsx"))));
    const Result missing =
        run(base + QStringList {dir.filePath(QStringLiteral("missing/skema.xlsx"))});
    QCOMPARE(missing.code, int(cli::FileError));
    QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
}

void TestCli::export_failures_mapToExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("code");
    const QString draft = test::dataPath(QStringLiteral("drafts/full.klausul"));
    const QString lib = test::dataPath(QStringLiteral("clauses/valid"));
    // --force: these failures come after the publication gate (full.klausul is not approved).
    const QStringList base {QStringLiteral("export"), draft, QStringLiteral("--library"), lib,
        QStringLiteral("--force")};
    QTest::newRow("no output") << base << QByteArray() << int(cli::Usage);
    QTest::newRow("bad format") << base +
            QStringList {QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("-o"),
                QStringLiteral("/tmp/x")}
                                << QByteArray() << int(cli::Usage);
    QTest::newRow("bad edition") << base +
            QStringList {QStringLiteral("--edition"), QStringLiteral("final"), QStringLiteral("-o"),
                QStringLiteral("/tmp/x")}
                                 << QByteArray() << int(cli::Usage);
    QTest::newRow("missing folder")
        << base + QStringList {QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/x.docx")}
        << QByteArray() << int(cli::FileError);
    QTest::newRow("missing draft")
        << QStringList {QStringLiteral("export"), QStringLiteral("/nonexistent/d.klausul"),
               QStringLiteral("-o"), QStringLiteral("/tmp/x")}
        << QByteArray() << int(cli::FileError);
    QTest::newRow("pdf name, docx format") << base +
            QStringList {QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"),
                QStringLiteral("/tmp/klausul-x.pdf")}
                                           << QByteArray() << int(cli::Usage);
    QTest::newRow("docx name, pdf format") << base +
            QStringList {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                QStringLiteral("/tmp/klausul-x.docx")}
                                           << QByteArray() << int(cli::Usage);
    QTest::newRow("pandoc missing") << base +
            QStringList {QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"),
                QStringLiteral("/tmp/klausul-nopandoc.docx")}
                                    << QByteArray("/nonexistent-bin") << int(cli::ToolFailed);
}

void TestCli::export_failures_mapToExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, path);
    QFETCH(int, code);
    const QByteArray saved = qgetenv("PATH");
    if (!path.isEmpty())
        qputenv("PATH", path);
    const Result r = run(arguments);
    qputenv("PATH", saved);
    QCOMPARE(r.code, code);
    if (code == cli::ToolFailed)
        QVERIFY2(r.err.contains(QStringLiteral("pandoc is not installed")), qPrintable(r.err));
}

namespace {

/** A small fake tool (a shell script written by the test; the app itself never runs a shell). */
QString writeTool(const QString &dir, const QString &name, const QByteArray &body)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    return paren > 0 && text.mid(paren + 2, 1) == "Z"; // a zombie waiting for init is gone too
}

// Answers the API-version question like pandoc does, then misbehaves.
const QByteArray ApiVersion = "case \"$*\" in *--to=json*) exec pandoc \"$@\";; esac\n";
const QByteArray OutputArgument =
    "for a; do case $a in --output=*) out=${a#--output=};; esac; done\n";

} // namespace

void TestCli::export_brokenTools_exitThreeAndNothingChanged_data()
{
    QTest::addColumn<QByteArray>("pandoc"); // empty: the real one
    QTest::addColumn<QByteArray>("soffice"); // empty: the real one
    QTest::addColumn<QString>("message");
    QTest::newRow("pandoc writes a broken ZIP")
        << ApiVersion + OutputArgument +
            "printf 'PK\\003\\004' > \"$out\"; yes garbage | head -c 4000 >> \"$out\"\n"
        << QByteArray() << QStringLiteral("not a readable ZIP");
    QTest::newRow("pandoc hangs and leaves a child")
        << ApiVersion + "sleep 600 & echo $! > \"$KLAUSUL_TEST_PIDFILE\"\nwait\n"
        << QByteArray() << QStringLiteral("pandoc did not finish within 2 seconds");
    QTest::newRow("LibreOffice exits 0 and does nothing")
        << QByteArray() << QByteArray("exit 0\n") << QStringLiteral("libreoffice-writer-nogui");
    QTest::newRow("LibreOffice makes a profile but no PDF")
        << QByteArray()
        << QByteArray("mkdir -p \"$HOME/office-profile/user/basic/Standard\"\n"
                      "touch \"$TMPDIR/lu1234.tmp\"\nexit 0\n")
        << QStringLiteral("libreoffice-writer-nogui");
    QTest::newRow("LibreOffice hangs and leaves soffice.bin")
        << QByteArray()
        << QByteArray("touch \"$TMPDIR/lu5678.tmp\"\n"
                      "sleep 600 & echo $! > \"$KLAUSUL_TEST_PIDFILE\"\nwait\n")
        << QStringLiteral("LibreOffice did not finish within 2 seconds");
}

void TestCli::export_brokenTools_exitThreeAndNothingChanged()
{
    QFETCH(QByteArray, pandoc);
    QFETCH(QByteArray, soffice);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bin = dir.filePath(QStringLiteral("bin"));
    const QString temp = dir.filePath(QStringLiteral("tmp"));
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(bin) && QDir().mkpath(temp) && QDir().mkpath(out));
    const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
    // An export from before: --format all must leave both untouched or replace both.
    const QString docx = QDir(out).filePath(QStringLiteral("bilag.docx"));
    QFile old(docx);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("the old export") > 0);
    old.close();

    const QList<QPair<const char *, QByteArray>> environment {
        {"KLAUSUL_PANDOC",
            pandoc.isEmpty() ? QByteArray()
                             : QFile::encodeName(writeTool(bin, QStringLiteral("pandoc"), pandoc))},
        {"KLAUSUL_SOFFICE",
            soffice.isEmpty()
                ? QByteArray()
                : QFile::encodeName(writeTool(bin, QStringLiteral("soffice"), soffice))},
        {"KLAUSUL_PANDOC_TIMEOUT", "2"}, {"KLAUSUL_SOFFICE_TIMEOUT", "2"},
        {"KLAUSUL_TEST_PIDFILE", QFile::encodeName(pidFile)}, {"TMPDIR", QFile::encodeName(temp)}};
    QList<QByteArray> saved;
    for (const auto &[name, value] : environment) {
        saved << qgetenv(name);
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    const Result r = run({QStringLiteral("export"),
        test::dataPath(QStringLiteral("drafts/full.klausul")), QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")), QStringLiteral("--force"),
        QStringLiteral("--format"), QStringLiteral("all"), QStringLiteral("-o"), docx});
    for (qsizetype i = 0; i < environment.size(); ++i) {
        if (saved.at(i).isEmpty())
            qunsetenv(environment.at(i).first);
        else
            qputenv(environment.at(i).first, saved.at(i));
    }

    QCOMPARE(r.code, int(cli::ToolFailed));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old export"));
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden),
        QStringList {QStringLiteral("bilag.docx")});
    // Nothing left behind: no temporary file, no process.
    QCOMPARE(QDir(temp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList());
    QFile pid(pidFile);
    if (pid.open(QIODevice::ReadOnly)) {
        const qint64 child = pid.readAll().trimmed().toLongLong();
        QVERIFY(child > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(processGone(child), "the tool's child is still running", 5000);
    } else {
        QVERIFY2(!message.contains(QLatin1String("did not finish")), "no child was started");
    }
}

void TestCli::examples_checkClean_andTenderExportsWithoutForce()
{
    QTemporaryDir dir;
    const QDir examples(test::sourcePath(QStringLiteral("clauses/examples")));
    const QStringList files = examples.entryList({QStringLiteral("*.klausul")});
    QCOMPARE(files.size(), 3);
    for (const QString &name : files) {
        const QString path = examples.filePath(name);
        const Result check = run({QStringLiteral("check"), path});
        QVERIFY2(check.code == cli::Success, qPrintable(name + u'\n' + check.err));
        QVERIFY2(
            check.out.contains(QStringLiteral(": 0 errors, 0 warnings")), qPrintable(check.out));
        const QString out = dir.filePath(name + QStringLiteral(".docx"));
        const Result tender = run({QStringLiteral("export"), path, QStringLiteral("--format"),
            QStringLiteral("docx"), QStringLiteral("-o"), out});
        QVERIFY2(tender.code == cli::Success, qPrintable(name + u'\n' + tender.err));
        QVERIFY(QFileInfo(out).size() > 0);
    }
}

void TestCli::examples_withoutValues_checkLocatesEachAndTenderRefuses()
{
    QTemporaryDir dir;
    const QDir examples(test::sourcePath(QStringLiteral("clauses/examples")));
    for (const QString &name : examples.entryList({QStringLiteral("*.klausul")})) {
        QFile file(examples.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString xml = QString::fromUtf8(file.readAll());
        const int values = int(xml.count(QStringLiteral("<value ")));
        xml.remove(QRegularExpression(QStringLiteral("\\s*<value [^>]*>[^<]*</value>")));
        const QString stripped = dir.filePath(name);
        QFile out(stripped);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(xml.toUtf8());
        out.close();
        const Result check = run({QStringLiteral("check"), QStringLiteral("--json"), stripped});
        const QJsonArray problems = QJsonDocument::fromJson(check.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("problems"))
                                        .toArray();
        int unfilled = 0;
        for (const QJsonValue &value : problems) {
            const QJsonObject problem = value.toObject();
            if (!problem.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("has no value")))
                continue;
            ++unfilled;
            QVERIFY(problem.value(QStringLiteral("line")).toInt() > 0);
            QVERIFY(problem.value(QStringLiteral("column")).toInt() > 0);
            QCOMPARE(problem.value(QStringLiteral("file")).toString(), stripped);
        }
        // Every example sets REV-01's audit period end or other values only it can know.
        if (name != QLatin1String("saas-moedebooking.klausul")) {
            QVERIFY2(unfilled >= 1, qPrintable(name));
            QCOMPARE(check.code, int(cli::Invalid));
            const QString docx = dir.filePath(name + QStringLiteral(".docx"));
            const Result tender = run({QStringLiteral("export"), stripped,
                QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), docx});
            QCOMPARE(tender.code, int(cli::Invalid));
            QVERIFY(tender.err.contains(QStringLiteral("--force")));
            QVERIFY(!QFile::exists(docx));
        }
        QVERIFY(values >= unfilled);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
