#include "safesave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace klausul {

bool SafeSave::write(const QString &path, const QByteArray &data, QString *error)
{
    return write(
        path, [&](QIODevice &device) { return device.write(data) == data.size(); }, error);
}

namespace {

/** Checks the target, opens `file` and writes, flushes and syncs everything; no commit yet. */
bool stage(QSaveFile &file, const QString &path, const std::function<bool(QIODevice &)> &writer,
    QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        if (error)
            *error = SafeSave::tr("%1 is a folder").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = SafeSave::tr("the folder %1 does not exist")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.exists() && !info.isFile()) {
        // A FIFO, socket or device: QSaveFile would rename a regular file over it (or block).
        if (error)
            *error = SafeSave::tr("%1 is not a regular file").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = SafeSave::tr("cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // Qt 6.4's commit() renames over the target even when the last buffered write failed (a
    // full disk is often only seen when the buffer is flushed), so flush and check first, and
    // make the data durable before the rename replaces the old file.
    errno = 0;
    bool written = writer(file) && file.error() == QFileDevice::NoError && file.flush() &&
        file.error() == QFileDevice::NoError;
    const int writeErrno = errno;
    QString reason = written ? QString() : file.errorString();
    if (!written && (reason.isEmpty() || reason == QLatin1String("Unknown error")) &&
        writeErrno != 0)
        reason = QString::fromLocal8Bit(std::strerror(writeErrno));
#ifdef Q_OS_UNIX
    if (written && ::fsync(file.handle()) != 0) {
        written = false;
        reason = QString::fromLocal8Bit(std::strerror(errno));
    }
#endif
    if (!written) {
        if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
            reason = SafeSave::tr("the data could not be written");
        file.cancelWriting();
        if (error)
            *error =
                SafeSave::tr("writing %1 failed: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

bool commit(QSaveFile &file, const QString &path, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = SafeSave::tr("cannot save %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool copyDevice(QIODevice &in, QIODevice &out, QString *readError)
{
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = in.read(buffer, sizeof buffer);
        if (n < 0) {
            *readError = in.errorString();
            return false;
        }
        if (n == 0)
            return true;
        if (out.write(buffer, n) != n)
            return false;
    }
}

} // namespace

bool SafeSave::write(
    const QString &path, const std::function<bool(QIODevice &)> &writer, QString *error)
{
    QSaveFile file(path);
    return stage(file, path, writer, error) && commit(file, path, error);
}

bool SafeSave::copyAllInto(const QList<QPair<QString, QString>> &copies, QString *error)
{
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const auto &[source, path] : copies) {
        if (!QFileInfo(source).isFile()) {
            if (error)
                *error = tr("cannot read %1: it is not a regular file")
                             .arg(QDir::toNativeSeparators(source));
            return false;
        }
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(source), in.errorString());
            return false;
        }
        files.push_back(std::make_unique<QSaveFile>(path));
        QString readError;
        if (!stage(
                *files.back(), path,
                [&](QIODevice &out) { return copyDevice(in, out, &readError); }, error)) {
            if (!readError.isEmpty() && error)
                *error =
                    tr("reading %1 failed: %2").arg(QDir::toNativeSeparators(source), readError);
            return false; // the staged files are discarded: nothing changed
        }
    }
    for (size_t i = 0; i < files.size(); ++i) {
        if (!commit(*files[i], copies.at(qsizetype(i)).second, error))
            return false;
    }
    return true;
}

bool SafeSave::copyInto(const QString &source, const QString &path, QString *error)
{
    if (!QFileInfo(source).isFile()) {
        if (error)
            *error = tr("cannot read %1: it is not a regular file")
                         .arg(QDir::toNativeSeparators(source));
        return false;
    }
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                tr("cannot read %1: %2").arg(QDir::toNativeSeparators(source), in.errorString());
        return false;
    }
    return copyInto(in, path, error);
}

bool SafeSave::copyInto(QIODevice &in, const QString &path, QString *error)
{
    QString readError;
    const bool ok = write(
        path, [&](QIODevice &out) { return copyDevice(in, out, &readError); }, error);
    if (!ok && !readError.isEmpty() && error)
        *error =
            tr("reading the data for %1 failed: %2").arg(QDir::toNativeSeparators(path), readError);
    return ok;
}

} // namespace klausul
