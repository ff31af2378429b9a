#include "safesave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace klausul {

bool SafeSave::write(const QString &path, const QByteArray &data, QString *error)
{
    return write(
        path, [&](QIODevice &device) { return device.write(data) == data.size(); }, error);
}

bool SafeSave::write(
    const QString &path, const std::function<bool(QIODevice &)> &writer, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        if (error)
            *error = tr("%1 is a folder").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("the folder %1 does not exist")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!writer(file) || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        if (error)
            *error = tr("writing %1 failed: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error =
                tr("cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool SafeSave::copyInto(const QString &source, const QString &path, QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                tr("cannot read %1: %2").arg(QDir::toNativeSeparators(source), in.errorString());
        return false;
    }
    return write(
        path,
        [&](QIODevice &out) {
            char buffer[64 * 1024];
            for (;;) {
                const qint64 n = in.read(buffer, sizeof buffer);
                if (n < 0)
                    return false;
                if (n == 0)
                    return true;
                if (out.write(buffer, n) != n)
                    return false;
            }
        },
        error);
}

} // namespace klausul
