#include "recovery.h"

#include "draftio.h"
#include "safesave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace klausul {

namespace {

/** The id of this boot of the machine (Linux); PIDs are only unique within one boot. */
QString bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed())
                                          : QString();
}

/** When process `pid` started, in clock ticks since boot (Linux); empty when unknown. */
QString processStart(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const qsizetype paren = stat.lastIndexOf(')');
    if (paren < 0)
        return {};
    // Fields after the command name: state is field 3, starttime field 22.
    const QList<QByteArray> fields = stat.mid(paren + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

/**
 * Whether the process that wrote a recovery record still runs. A PID alone is not enough (it is
 * reused, certainly after a reboot): the boot and the process's start time must match too.
 */
bool processAlive(const QJsonObject &info)
{
    const qint64 pid = info.value(QStringLiteral("pid")).toInteger();
    if (pid <= 0)
        return false;
    const QString boot = info.value(QStringLiteral("boot")).toString();
    const QString started = info.value(QStringLiteral("started")).toString();
    const QString thisBoot = bootId();
    if (!thisBoot.isEmpty()) { // Linux: boot and start time known
        if (boot != thisBoot || started.isEmpty() || started != processStart(pid))
            return false;
    }
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

/** The absolute, canonical form of a draft's path (symlinks and ".." resolved). */
QString canonicalPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u':'))
        return path;
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

QString Recovery::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString Recovery::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Recovery::save(
    const QString &key, const Draft &draft, const QString &originalPath, QString *error)
{
    QDir().mkpath(folder());
    const QDir dir(folder());
    if (!DraftIo::write(draft, dir.filePath(key + QStringLiteral(".klausul")), error))
        return false;
    const qint64 pid = QCoreApplication::applicationPid();
    const QJsonObject info {{QStringLiteral("original"), canonicalPath(originalPath)},
        {QStringLiteral("saved"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QStringLiteral("pid"), pid}, {QStringLiteral("boot"), bootId()},
        {QStringLiteral("started"), processStart(pid)}};
    return SafeSave::write(
        dir.filePath(key + QStringLiteral(".json")), QJsonDocument(info).toJson(), error);
}

void Recovery::remove(const QString &key)
{
    const QDir dir(folder());
    QFile::remove(dir.filePath(key + QStringLiteral(".klausul")));
    QFile::remove(dir.filePath(key + QStringLiteral(".json")));
}

QList<Recovery::Entry> Recovery::orphaned()
{
    QList<Entry> entries;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
            continue;
        const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
        if (processAlive(info))
            continue;
        const QString key = name.chopped(5);
        const QString draft = dir.filePath(key + QStringLiteral(".klausul"));
        if (!QFile::exists(draft))
            continue;
        entries.append({key, draft, info.value(QStringLiteral("original")).toString(),
            QDateTime::fromString(info.value(QStringLiteral("saved")).toString(), Qt::ISODate)});
    }
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.saved > b.saved; });
    return entries;
}

} // namespace klausul
