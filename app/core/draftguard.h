#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace klausul {

/**
 * Guards one open draft file against a second writer: a QLockFile beside it (".NAME.lock", with
 * QLockFile's stale-lock detection, so a crashed Klausul does not lock a file for ever) and a
 * fingerprint of the file as last read or written, so a change made on disk by another program
 * is noticed before a save would overwrite it.
 */
class DraftGuard
{
    Q_DECLARE_TR_FUNCTIONS(klausul::DraftGuard)

public:
    DraftGuard();
    ~DraftGuard();
    DraftGuard(const DraftGuard &) = delete;
    DraftGuard &operator=(const DraftGuard &) = delete;

    /**
     * Locks `path` for this process; the previous lock is released only on success. Returns false
     * when another process holds the lock; then `holder` says who (process, host) and the draft
     * should be opened read-only.
     */
    bool lock(const QString &path, QString *holder);
    void unlock();
    bool isLocked() const;

    /** Remembers the file's content as this process last read or wrote it. */
    void remember(const QString &path);
    /** True when the file on disk is no longer what remember() saw (changed or deleted). */
    bool changedOnDisk() const;
    QString path() const { return m_path; }

    /** The lock file used for `path`. */
    static QString lockFilePath(const QString &path);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
    QByteArray m_fingerprint; ///< empty: nothing remembered
};

} // namespace klausul
