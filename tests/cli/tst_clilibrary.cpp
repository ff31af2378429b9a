#include "cli/cli.h"
#include "core/translations.h"
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

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    static Result run(QStringList arguments);
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TestCliLibrary::Result TestCliLibrary::run(QStringList arguments)
{
    arguments.prepend(QStringLiteral("klausul-cli"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = cli::run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

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
    QVERIFY(r.out.contains(QStringLiteral("1 of 2 file(s) to format")));
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
    QVERIFY(again.out.contains(QStringLiteral("0 of 1 file(s) to format")));
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
    QVERIFY2(r.out.contains(QStringLiteral("11 clause(s) checked: 3 error(s), 7 warning(s)")),
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
    QVERIFY(r.out.contains(QStringLiteral(": 0 error(s), ")));
}

void TestCliLibrary::lint_notAFolder_exitsFour()
{
    const Result r = run({QStringLiteral("lint"), QStringLiteral("/nonexistent/lib")});
    QCOMPARE(r.code, int(cli::FileError));
    QVERIFY(r.err.startsWith(QStringLiteral("/nonexistent/lib: error: ")));
}

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_clilibrary.moc"
