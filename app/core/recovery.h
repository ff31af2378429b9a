#pragma once

#include "draft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace klausul {

/**
 * Autosave and crash recovery. While a draft has unsaved changes its content is written now and
 * then to a recovery file in the application's data folder, next to a small description (the
 * original file's absolute canonical path, the time, the process: PID, boot id and start time, as
 * a PID alone is reused). A clean save or close removes it; recovery files left by a process that
 * is gone are offered for restoring at the next start.
 */
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(klausul::Recovery)

public:
    struct Entry
    {
        QString key;
        QString recoveryFile;
        QString originalPath; ///< absolute and canonical; empty for a draft that was never saved
        QDateTime saved;
    };

    /** The folder of recovery files. */
    static QString folder();
    /** A fresh key for a document of this process. */
    static QString newKey();
    static bool save(
        const QString &key, const Draft &draft, const QString &originalPath, QString *error);
    static void remove(const QString &key);
    /** Recovery files of processes that are no longer running, newest first. */
    static QList<Entry> orphaned();
};

} // namespace klausul
