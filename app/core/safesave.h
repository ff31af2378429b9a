#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QIODevice;

namespace klausul {

/**
 * The one way Klausul writes files: through QSaveFile, so a failed or cancelled write leaves
 * the original file byte-identical and never a half-written one. The data is flushed, checked and
 * synced before the rename (a full disk is often only reported at the flush), and a target that
 * exists but is not a regular file (FIFO, socket, device) is refused.
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
    /**
     * Copies each (source, target) pair into place as one unit: every target is written, flushed
     * and synced beside itself first, and only when all succeeded are they renamed over the
     * targets. On failure no target has changed.
     */
    static bool copyAllInto(const QList<QPair<QString, QString>> &copies, QString *error);
    /** Copies everything `source` gives into `path` atomically; a read error changes nothing. */
    static bool copyInto(QIODevice &source, const QString &path, QString *error);
};

} // namespace klausul
