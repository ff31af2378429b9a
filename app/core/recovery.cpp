#include "recovery.h"

#include "draftio.h"
#include "safesave.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace klausul {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0;
#else
    return false;
#endif
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
    const QJsonObject info {{QStringLiteral("original"), originalPath},
        {QStringLiteral("saved"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
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
        if (processAlive(info.value(QStringLiteral("pid")).toInteger()))
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
