#include "core/draftguard.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace klausul;

/** Smoke tests of the real klausul-cli binary: process exit codes, streams and encoding. */
class TestCliBinary : public QObject
{
    Q_OBJECT

private slots:
    void version_printsVersionAndExitsZero();
    void validate_bundled_exitsZero();
    void validate_hostile_exitsOneWithLocatedErrors();
    void list_json_isUtf8Json();
    void unknownCommand_exitsTwo();
    void set_draftLockedByAnotherProcess_exitsFourUnchanged();

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments);
};

TestCliBinary::Result TestCliBinary::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KLAUSUL_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

void TestCliBinary::version_printsVersionAndExitsZero()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("klausul-cli ") + QStringLiteral(KLAUSUL_VERSION)));
}

void TestCliBinary::validate_bundled_exitsZero()
{
    const Result r = run({QStringLiteral("validate")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCliBinary::validate_hostile_exitsOneWithLocatedErrors()
{
    const QString file = test::dataPath(QStringLiteral("clauses/hostile/xxe-file.xml"));
    const Result r = run({QStringLiteral("validate"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(file + QStringLiteral(":2:1: error: document type declarations")),
        qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("root:x")));
}

void TestCliBinary::list_json_isUtf8Json()
{
    const Result r = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().size() >= 5);
    QVERIFY(r.out.contains(QStringLiteral("Sikkerhedshændelser")));
}

void TestCliBinary::unknownCommand_exitsTwo()
{
    const Result r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command")));
}

void TestCliBinary::set_draftLockedByAnotherProcess_exitsFourUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.klausul"));
    QVERIFY(QFile::copy(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul")), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    QLockFile lock(DraftGuard::lockFilePath(path)); // as the app holds it
    QVERIFY(lock.tryLock(0));
    const QStringList arguments {
        QStringLiteral("set"), path, QStringLiteral("7"), QStringLiteral("retention=24")};
    const Result r = run(arguments);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral(".lock")), qPrintable(r.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    file.close();
    lock.unlock();
    const Result again = run(arguments);
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY(again.out.contains(QStringLiteral("retention")));
}

QTEST_GUILESS_MAIN(TestCliBinary)
#include "tst_clibinary.moc"
