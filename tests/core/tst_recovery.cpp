#include "core/draftio.h"
#include "core/recovery.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace klausul;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void save_relativePath_recordsAbsoluteCanonicalPath();
    void orphaned_ownRecord_isNotOffered();
    void orphaned_samePidOtherBootOrStart_isOffered_data();
    void orphaned_samePidOtherBootOrStart_isOffered();

private:
    static Draft draft();
    static QJsonObject record(const QString &key);
    static void rewrite(const QString &key, const QJsonObject &info);
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRecovery::init()
{
    QDir(Recovery::folder()).removeRecursively();
}

Draft TestRecovery::draft()
{
    Draft d;
    d.metadata.authority = QStringLiteral("Testkommune");
    d.metadata.tender = QStringLiteral("Drift");
    d.metadata.annexNumber = QStringLiteral("9");
    d.metadata.annexTitle = QStringLiteral("Informationssikkerhed");
    return d;
}

QJsonObject TestRecovery::record(const QString &key)
{
    QFile file(QDir(Recovery::folder()).filePath(key + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestRecovery::rewrite(const QString &key, const QJsonObject &info)
{
    QFile file(QDir(Recovery::folder()).filePath(key + QStringLiteral(".json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(info).toJson());
}

void TestRecovery::save_relativePath_recordsAbsoluteCanonicalPath()
{
    // Today's folder is reached through a symlink; tomorrow Klausul starts elsewhere and must
    // still restore over this folder's file, not over a same-named file in its new folder.
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real"));
    QVERIFY(QDir().mkpath(real));
    QVERIFY(QFile::link(real, dir.filePath(QStringLiteral("link"))));
    QString error;
    QVERIFY(DraftIo::write(draft(), real + QStringLiteral("/bilag.klausul"), &error));
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.filePath(QStringLiteral("link"))));
    const QString key = Recovery::newKey();
    const bool saved = Recovery::save(key, draft(), QStringLiteral("bilag.klausul"), &error);
    QVERIFY(QDir::setCurrent(before));
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(record(key).value(QStringLiteral("original")).toString(),
        QDir(QFileInfo(real).canonicalFilePath()).filePath(QStringLiteral("bilag.klausul")));
}

void TestRecovery::orphaned_ownRecord_isNotOffered()
{
    QString error;
    const QString key = Recovery::newKey();
    QVERIFY(Recovery::save(key, draft(), QString(), &error));
    QVERIFY(Recovery::orphaned().isEmpty());
}

void TestRecovery::orphaned_samePidOtherBootOrStart_isOffered_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    // After a reboot the PID may belong to a new, unrelated process (here: ours).
    QTest::newRow("other boot") << QStringLiteral("boot")
                                << QStringLiteral("00000000-0000-0000-0000-000000000000");
    QTest::newRow("other process start") << QStringLiteral("started") << QStringLiteral("1");
    QTest::newRow("old record without boot") << QStringLiteral("boot") << QString();
}

void TestRecovery::orphaned_samePidOtherBootOrStart_isOffered()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QString error;
    const QString key = Recovery::newKey();
    QVERIFY(Recovery::save(key, draft(), QString(), &error));
    QJsonObject info = record(key);
    QCOMPARE(info.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
    if (value.isEmpty())
        info.remove(field);
    else
        info.insert(field, value);
    rewrite(key, info);
    const QList<Recovery::Entry> entries = Recovery::orphaned();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().key, key);
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
