#include "draftguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace klausul {

namespace {

QByteArray fingerprintOf(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("missing");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QByteArrayLiteral("unreadable");
    return hash.result();
}

} // namespace

DraftGuard::DraftGuard() = default;
DraftGuard::~DraftGuard() = default;

QString DraftGuard::lockFilePath(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(
        QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

bool DraftGuard::lock(const QString &path, QString *holder)
{
    auto lock = std::make_unique<QLockFile>(lockFilePath(path));
    lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (holder) {
            if (lock->getLockInfo(&pid, &host, &application))
                *holder = tr("process %1 on %2").arg(pid).arg(host);
            else
                *holder = tr("another program");
        }
        return false;
    }
    // The folder is read-only or similar: no lock is possible, and none is held by anyone.
    m_lock.reset();
    return true;
}

void DraftGuard::unlock()
{
    m_lock.reset();
}

bool DraftGuard::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

void DraftGuard::remember(const QString &path)
{
    m_path = path;
    m_fingerprint = fingerprintOf(path);
}

bool DraftGuard::changedOnDisk() const
{
    return !m_path.isEmpty() && fingerprintOf(m_path) != m_fingerprint;
}

} // namespace klausul
