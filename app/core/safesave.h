#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace klausul {

/**
 * The one way Klausul writes files: through QSaveFile, so a failed or cancelled write leaves
 * the original file byte-identical and never a half-written one.
 */
class SafeSave
{
    Q_DECLARE_TR_FUNCTIONS(klausul::SafeSave)

public:
    /** Writes `data` to `path` atomically. */
    static bool write(const QString &path, const QByteArray &data, QString *error);

    /**
     * Opens `path` for an atomic write and calls `writer` with the device; commits only when the
     * writer returns true and every write succeeded. Otherwise the target is left untouched.
     */
    static bool write(
        const QString &path, const std::function<bool(QIODevice &)> &writer, QString *error);

    /** Copies a finished temporary file into place atomically. */
    static bool copyInto(const QString &source, const QString &path, QString *error);
};

} // namespace klausul
