#pragma once

#include "draft.h"
#include "issue.h"

#include <QByteArray>
#include <QCoreApplication>

namespace klausul {

/**
 * Reading and writing drafts (*.klausul). Reading goes through SafeXml and the compiled-in
 * draft.xsd; writing produces the same XML (lossless round trip) through SafeSave.
 */
class DraftIo
{
    Q_DECLARE_TR_FUNCTIONS(klausul::DraftIo)

public:
    /** The current format version written to new files. */
    static constexpr int FormatVersion = 1;

    /** Reads a draft file; on failure returns nullopt and adds located issues. */
    static std::optional<Draft> read(const QString &path, IssueList *issues);
    /** Parses draft XML already in memory (`fileName` is used in issues). */
    static std::optional<Draft> parse(
        const QByteArray &data, const QString &fileName, IssueList *issues);
    /** The draft as XML. */
    static QByteArray serialize(const Draft &draft);
    /** Saves atomically. */
    static bool write(const Draft &draft, const QString &path, QString *error);
};

} // namespace klausul
