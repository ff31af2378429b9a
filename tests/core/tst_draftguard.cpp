#include "core/draftguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace klausul;

class TestDraftGuard : public QObject
{
    Q_OBJECT

private slots:
    void lock_heldByAnother_refusedNamingHolder();
    void lock_ownerGone_isTaken();
    void changedOnDisk_afterOtherWrite_isTrue();

private:
    static void write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }
};

void TestDraftGuard::lock_heldByAnother_refusedNamingHolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bilag.klausul"));
    write(path, "<draft/>");
    DraftGuard first;
    DraftGuard second;
    QString holder;
    QVERIFY(first.lock(path, &holder));
    QVERIFY(first.isLocked());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".bilag.klausul.lock"))));
    QVERIFY(!second.lock(path, &holder));
    QVERIFY2(
        holder.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(holder));
    first.unlock();
    QVERIFY(second.lock(path, &holder));
}

void TestDraftGuard::lock_ownerGone_isTaken()
{
    // A Klausul that crashed left its lock; the process (PID) is gone, so the lock is stale.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bilag.klausul"));
    write(path, "<draft/>");
    write(DraftGuard::lockFilePath(path),
        "2147483646\nklausul\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    DraftGuard guard;
    QString holder;
    QVERIFY2(guard.lock(path, &holder), qPrintable(holder));
}

void TestDraftGuard::changedOnDisk_afterOtherWrite_isTrue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bilag.klausul"));
    write(path, "<draft>one</draft>");
    DraftGuard guard;
    guard.remember(path);
    QVERIFY(!guard.changedOnDisk());
    write(path, "<draft>two</draft>"); // same size, maybe the same second
    QVERIFY(guard.changedOnDisk());
    guard.remember(path);
    QVERIFY(!guard.changedOnDisk());
    QVERIFY(QFile::remove(path));
    QVERIFY(guard.changedOnDisk());
}

QTEST_GUILESS_MAIN(TestDraftGuard)
#include "tst_draftguard.moc"
