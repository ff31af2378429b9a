#include "cli/cli.h"
#include "core/docxpackage.h"
#include "core/translations.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace klausul;

/** The library maintainer's commands run in-process: fmt, lint and diff of two folders. */
class TestCliLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fmt_check_listsFilesAndExitsOneWritingNothing();
    void fmt_write_formatsThenCheckPasses();
    void fmt_brokenFile_locatedErrorOthersStillFormatted();
    void fmt_missingPath_exitsFour();
    void fmt_noPath_exitsTwo();
    void lint_fixtureLibrary_printsRulesAndExitsOne();
    void lint_bundledCopy_noErrorsExitsZero();
    void lint_notAFolder_exitsFour();
    void lint_singleFile_checksOnlyThatClause();
    void diff_libraries_textListsChangesAndExitsOneForVersionRule();
    void diff_libraries_jsonAndMarkdown();
    void diff_libraries_docx_writesChangeListWithPandoc();
    void diff_usageErrors_exitTwo();
    void diff_drafts_stillComparesDrafts();
    void upgrade_threeWay_reportsThenAcceptsOnlyWhenDecided();
    void upgrade_readOnlyDraft_reportWorksAcceptRefused();

private:
    using Result = test::CliResult;
    static Result run(QStringList arguments) { return test::runCli(std::move(arguments)); }
    /** A draft `path` made with the old librarydiff fixture library, holding `clauses`. */
    static bool makeOldDraft(const QString &path, const QStringList &clauses);
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestCliLibrary::initTestCase()
{
    QVERIFY(installTranslators(Language::English));
}

void TestCliLibrary::fmt_check_listsFilesAndExitsOneWritingNothing()
{
    QTemporaryDir dir;
    const QString messy = dir.filePath(QStringLiteral("FMT-01.xml"));
    const QString canonical = dir.filePath(QStringLiteral("FMT-02.xml"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("format/messy.xml")), messy));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("format/messy.expected.xml")), canonical));
    const QByteArray before = readAll(messy);
    const Result r = run({QStringLiteral("fmt"), QStringLiteral("--check"), dir.path()});
    QCOMPARE(r.code, int(cli::Invalid));
    QVERIFY2(
        r.out.contains(messy + QStringLiteral(": not in the canonical layout")), qPrintable(r.out));
    QVERIFY(!r.out.contains(canonical + u':'));
    QVERIFY(r.out.contains(QStringLiteral("1 of 2 files to format")));
    QCOMPARE(readAll(messy), before);
    const Result clean = run({QStringLiteral("fmt"), QStringLiteral("--check"), canonical});
    QCOMPARE(clean.code, int(cli::Success));
}

void TestCliLibrary::fmt_write_formatsThenCheckPasses()
{
    QTemporaryDir dir;
    const QString messy = dir.filePath(QStringLiteral("FMT-01.xml"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("format/messy.xml")), messy));
    QFile::setPermissions(messy, QFile::ReadOwner | QFile::WriteOwner);
    const Result r = run({QStringLiteral("fmt"), dir.path()});
    QCOMPARE(r.code, int(cli::Success));
    QVERIFY(r.out.contains(messy + QStringLiteral(": formatted")));
    QCOMPARE(readAll(messy), readAll(test::dataPath(QStringLiteral("format/messy.expected.xml"))));
    const Result again = run({QStringLiteral("fmt"), QStringLiteral("--check"), dir.path()});
    QCOMPARE(again.code, int(cli::Success));
    QVERIFY(again.out.contains(QStringLiteral("0 of 1 files to format")));
}

void TestCliLibrary::fmt_brokenFile_locatedErrorOthersStillFormatted()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("A-broken.xml"));
    const QByteArray brokenBytes("<?xml version=\"1.0\"?>\n<clause>\n  <title>\n</clause>\n");
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(brokenBytes);
    }
    const QString messy = dir.filePath(QStringLiteral("FMT-01.xml"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("format/messy.xml")), messy));
    QFile::setPermissions(messy, QFile::ReadOwner | QFile::WriteOwner);
    const Result r = run({QStringLiteral("fmt"), dir.path()});
    QCOMPARE(r.code, int(cli::Invalid));
    QVERIFY2(r.err.startsWith(broken + QStringLiteral(":4:")), qPrintable(r.err));
    QCOMPARE(readAll(broken), brokenBytes); // nothing lost
    QCOMPARE(readAll(messy), readAll(test::dataPath(QStringLiteral("format/messy.expected.xml"))));
}

void TestCliLibrary::fmt_missingPath_exitsFour()
{
    const Result r = run({QStringLiteral("fmt"), QStringLiteral("/nonexistent/lib")});
    QCOMPARE(r.code, int(cli::FileError));
    QVERIFY(r.err.startsWith(QStringLiteral("/nonexistent/lib: error: ")));
}

void TestCliLibrary::fmt_noPath_exitsTwo()
{
    QCOMPARE(run({QStringLiteral("fmt")}).code, int(cli::Usage));
    QCOMPARE(run({QStringLiteral("lint")}).code, int(cli::Usage));
}

void TestCliLibrary::lint_fixtureLibrary_printsRulesAndExitsOne()
{
    const QString folder = test::dataPath(QStringLiteral("lint/library"));
    const Result r = run({QStringLiteral("lint"), folder});
    QCOMPARE(r.code, int(cli::Invalid));
    for (const char *rule : {"[bilingual-parameters]", "[bilingual-lists]", "[bilingual-numbers]",
             "[vague-word]", "[number-not-parameter]", "[parameter-without-guidance]",
             "[repeated-guidance]", "[term-in-lower-case]", "[withdrawn-without-reason]"})
        QVERIFY2(r.err.contains(QLatin1String(rule)), rule);
    QVERIFY2(r.err.contains(folder + QStringLiteral("/styring/LNT-10.xml:2: error: withdrawn")),
        qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("12 clauses checked: 3 errors, 8 warnings")),
        qPrintable(r.out));
}

void TestCliLibrary::lint_bundledCopy_noErrorsExitsZero()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("clauses"));
    QVERIFY(test::copyTree(test::sourcePath(QStringLiteral("clauses")), copy));
    const Result r = run({QStringLiteral("lint"), copy});
    QCOMPARE(r.code, int(cli::Success));
    QVERIFY(!r.err.contains(QStringLiteral(": error: ")));
    QVERIFY(r.out.contains(QStringLiteral(": 0 errors, ")));
}

void TestCliLibrary::lint_notAFolder_exitsFour()
{
    const Result r = run({QStringLiteral("lint"), QStringLiteral("/nonexistent/lib")});
    QCOMPARE(r.code, int(cli::FileError));
    QVERIFY(r.err.startsWith(QStringLiteral("/nonexistent/lib: error: ")));
}

void TestCliLibrary::lint_singleFile_checksOnlyThatClause()
{
    // A file inside a library folder: checked against its library, only its own findings.
    const QString file = test::dataPath(QStringLiteral("lint/library/styring/LNT-09.xml"));
    const Result r = run({QStringLiteral("lint"), file});
    QCOMPARE(r.code, int(cli::Success));
    QVERIFY2(r.err.startsWith(file + u':'), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("[term-in-lower-case]")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("LNT-10")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("1 clause checked: 0 errors, 2 warnings")),
        qPrintable(r.out));
    const QString withdrawn = test::dataPath(QStringLiteral("lint/library/styring/LNT-10.xml"));
    QCOMPARE(run({QStringLiteral("lint"), withdrawn}).code, int(cli::Invalid));

    // A clause file outside any library: checked against the bundled library.
    QTemporaryDir dir;
    const QString loose = dir.filePath(QStringLiteral("ADG-01.xml"));
    QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("clauses/adgang/ADG-01.xml")), loose));
    const Result alone = run({QStringLiteral("lint"), loose});
    QCOMPARE(alone.code, int(cli::Success));
    QVERIFY2(
        alone.out.contains(QStringLiteral("1 clause checked: 0 errors, ")), qPrintable(alone.out));

    // A file that is not a clause gives a located error.
    const QString broken = dir.filePath(QStringLiteral("broken.xml"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("<clause>");
    out.close();
    const Result bad = run({QStringLiteral("lint"), broken});
    QCOMPARE(bad.code, int(cli::Invalid));
    QVERIFY2(bad.err.startsWith(broken + u':'), qPrintable(bad.err));
}

void TestCliLibrary::diff_libraries_textListsChangesAndExitsOneForVersionRule()
{
    const QString old = test::dataPath(QStringLiteral("librarydiff/old"));
    const QString now = test::dataPath(QStringLiteral("librarydiff/new"));
    const Result r = run({QStringLiteral("diff"), old, now});
    QCOMPARE(r.code, int(cli::Invalid));
    QVERIFY2(
        r.out.startsWith(QStringLiteral(
            "Library test.klausul.diff 1.0 → 1.1: 1 added, 1 withdrawn, 1 removed, 6 changed")),
        qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("+ DIF-02 (version 1)")));
    QVERIFY(r.err.contains(
        now + QStringLiteral("/styring/DIF-05.xml:2: error: DIF-05: the wording changed")));
    QVERIFY(r.err.contains(now + QStringLiteral("/styring/DIF-06.xml:2: warning: ")));
    // The same folder twice: nothing changed, exit 0.
    const Result same = run({QStringLiteral("diff"), now, now});
    QCOMPARE(same.code, int(cli::Success));
    QVERIFY(same.err.isEmpty());
}

void TestCliLibrary::diff_libraries_jsonAndMarkdown()
{
    const QString old = test::dataPath(QStringLiteral("librarydiff/old"));
    const QString now = test::dataPath(QStringLiteral("librarydiff/new"));
    const Result json = run({QStringLiteral("diff"), QStringLiteral("--json"), old, now});
    QCOMPARE(json.code, int(cli::Invalid));
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("newVersion")).toString(), QStringLiteral("1.1"));
    QCOMPARE(object.value(QStringLiteral("clauses")).toArray().size(), 9);
    const Result md = run({QStringLiteral("diff"), QStringLiteral("--markdown"), old, now});
    QVERIFY(md.out.startsWith(QStringLiteral("# Changes in test.klausul.diff 1.1 (from 1.0)")));
    QVERIFY(md.out.contains(QStringLiteral("### DIF-04 Plan DIF-04")));
}

void TestCliLibrary::diff_libraries_docx_writesChangeListWithPandoc()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("aendringsliste.docx"));
    const Result r = run({QStringLiteral("diff"), QStringLiteral("--docx"), QStringLiteral("-o"),
        output, test::dataPath(QStringLiteral("librarydiff/old")),
        test::dataPath(QStringLiteral("librarydiff/new"))});
    QCOMPARE(r.code, int(cli::Invalid)); // the version rule still fails the run
    QVERIFY2(r.out.contains(output + QStringLiteral(" written")), qPrintable(r.out + r.err));
    QString error;
    const std::optional<DocxPackage> docx = DocxPackage::read(output, &error);
    QVERIFY2(docx, qPrintable(error));
    const QString document = QString::fromUtf8(docx->part(QStringLiteral("word/document.xml")));
    for (const char *text : {"Ændrede klausuler", "Udgåede klausuler", "Erstattes af DIF-02",
             "opdateret", "DIF-07 Plan DIF-07"})
        QVERIFY2(document.contains(QString::fromUtf8(text)), text);
    QVERIFY(document.contains(QStringLiteral("<w:strike/>")) ||
        document.contains(QStringLiteral("<w:strike ")));
}

void TestCliLibrary::diff_usageErrors_exitTwo()
{
    const QString old = test::dataPath(QStringLiteral("librarydiff/old"));
    const QString now = test::dataPath(QStringLiteral("librarydiff/new"));
    QCOMPARE(
        run({QStringLiteral("diff"), QStringLiteral("--docx"), old, now}).code, int(cli::Usage));
    QCOMPARE(run({QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--markdown"),
                     old, now})
                 .code,
        int(cli::Usage));
    const QString draft = test::dataPath(QStringLiteral("drafts/full.klausul"));
    QCOMPARE(run({QStringLiteral("diff"), QStringLiteral("--markdown"), draft, draft}).code,
        int(cli::Usage));
    QCOMPARE(run({QStringLiteral("diff"), old}).code, int(cli::Usage));
}

void TestCliLibrary::diff_drafts_stillComparesDrafts()
{
    const QString draft = test::dataPath(QStringLiteral("drafts/full.klausul"));
    const Result r = run({QStringLiteral("diff"), QStringLiteral("--json"), draft, draft});
    QCOMPARE(r.code, int(cli::Success));
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("before")).toString(), draft);
    QVERIFY(object.value(QStringLiteral("changes")).toArray().isEmpty());
}

bool TestCliLibrary::makeOldDraft(const QString &path, const QStringList &clauses)
{
    const QString oldLib = test::dataPath(QStringLiteral("librarydiff/old"));
    const QString lib = QStringLiteral("--library");
    if (run({QStringLiteral("new"), lib, oldLib, QStringLiteral("-o"), path,
                QStringLiteral("--authority"), QStringLiteral("Testkommune"),
                QStringLiteral("--tender"), QStringLiteral("Test")})
            .code != cli::Success)
        return false;
    for (const QString &id : clauses) {
        if (run({QStringLiteral("add"), lib, oldLib, path, id}).code != cli::Success)
            return false;
    }
    return true;
}

/**
 * The per-draft upgrade end to end: a draft made and edited with the old fixture library, then
 * `upgrade` with the new one shows the three texts; `--accept` refuses while own wording the
 * library changed under is undecided (the file untouched), and accepts with a decision.
 */
void TestCliLibrary::upgrade_threeWay_reportsThenAcceptsOnlyWhenDecided()
{
    QTemporaryDir dir;
    const QString draft = dir.filePath(QStringLiteral("d.klausul"));
    const QString oldLib = test::dataPath(QStringLiteral("librarydiff/old"));
    const QString newLib = test::dataPath(QStringLiteral("librarydiff/new"));
    const QString lib = QStringLiteral("--library");
    QVERIFY(makeOldDraft(draft, {QStringLiteral("DIF-07"), QStringLiteral("DIF-04")}));
    const QString wording = dir.filePath(QStringLiteral("w.txt"));
    {
        QFile file(wording);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Leverandøren leverer en plan for DIF-07 senest {deadline} efter "
                                  "aftalen, godkendt af kunden.\n")
                       .toUtf8());
    }
    QCOMPARE(
        run({QStringLiteral("wording"), lib, oldLib, draft, QStringLiteral("1"),
                QStringLiteral("--file"), wording, QStringLiteral("--lang"), QStringLiteral("da")})
            .code,
        int(cli::Success));

    const Result report = run({QStringLiteral("upgrade"), lib, newLib, draft});
    QCOMPARE(report.code, int(cli::Success));
    QVERIFY2(report.out.contains(QStringLiteral("old standard text: Leverandøren leverer en plan "
                                                "for DIF-07 senest {deadline} efter aftalen.")),
        qPrintable(report.out));
    QVERIFY(report.out.contains(QStringLiteral("{+ i formatet {format}+}")));
    QVERIFY(
        report.out.contains(QStringLiteral("own wording: Leverandøren leverer en plan for "
                                           "DIF-07 senest {deadline} efter aftalen, godkendt af "
                                           "kunden.")));
    QVERIFY(report.out.contains(QStringLiteral("{+opdateret +}"))); // DIF-04, no own wording

    const Result json =
        run({QStringLiteral("upgrade"), lib, newLib, QStringLiteral("--json"), draft});
    QCOMPARE(json.code, int(cli::Success));
    const QJsonArray upgrades = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("upgrades"))
                                    .toArray();
    QCOMPARE(upgrades.size(), 2);
    QVERIFY(upgrades.at(0).toObject().value(QStringLiteral("needs-decision")).toBool());
    QVERIFY(!upgrades.at(1).toObject().value(QStringLiteral("needs-decision")).toBool());

    const QByteArray before = readAll(draft);
    const Result refused =
        run({QStringLiteral("upgrade"), lib, newLib, QStringLiteral("--accept"), draft});
    QCOMPARE(refused.code, int(cli::Invalid));
    QVERIFY2(refused.err.contains(QStringLiteral("--keep-wording")), qPrintable(refused.err));
    QCOMPARE(readAll(draft), before);

    QCOMPARE(run({QStringLiteral("upgrade"), lib, newLib, QStringLiteral("--accept"),
                     QStringLiteral("--take-standard"), QStringLiteral("--keep-wording"), draft})
                 .code,
        int(cli::Usage));
    QCOMPARE(run({QStringLiteral("upgrade"), lib, newLib, QStringLiteral("--accept"),
                     QStringLiteral("--keep-wording"), draft})
                 .code,
        int(cli::Success));
    const Result after = run({QStringLiteral("upgrade"), lib, newLib, draft});
    QVERIFY2(
        after.out.contains(QStringLiteral("every requirement is based on the library's current "
                                          "version")),
        qPrintable(after.out));
    // The own wording was kept, and the draft now records version 2's text.
    const QByteArray saved = readAll(draft);
    QVERIFY(saved.contains("godkendt af kunden"));
    QVERIFY(saved.contains("<basis clause=\"DIF-07\" version=\"2\""));
    QVERIFY(!saved.contains("<basis clause=\"DIF-07\" version=\"1\""));
}

void TestCliLibrary::upgrade_readOnlyDraft_reportWorksAcceptRefused()
{
    QTemporaryDir dir;
    const QString draft = dir.filePath(QStringLiteral("d.klausul"));
    const QString newLib = test::dataPath(QStringLiteral("librarydiff/new"));
    const QString lib = QStringLiteral("--library");
    QVERIFY(makeOldDraft(draft, {QStringLiteral("DIF-04")}));
    QVERIFY(QFile::setPermissions(draft, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    const QByteArray before = readAll(draft);
    QCOMPARE(run({QStringLiteral("upgrade"), lib, newLib, draft}).code, int(cli::Success));
    const Result accept =
        run({QStringLiteral("upgrade"), lib, newLib, QStringLiteral("--accept"), draft});
    QCOMPARE(accept.code, int(cli::FileError));
    QCOMPARE(readAll(draft), before);
    QVERIFY(run({QStringLiteral("upgrade"), lib, newLib, draft, QStringLiteral("9.7")}).code != 0);
}

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_clilibrary.moc"
