#pragma once

#include "draft.h"
#include "issue.h"

#include <QByteArray>
#include <QCoreApplication>

struct _xmlNode;

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
    /**
     * Reads only a draft's details, for a list of drafts such as the start page's examples: the
     * file is parsed safely but not validated, and nothing else is read. Opening the draft
     * (read()) validates it.
     */
    static std::optional<DraftMetadata> readMetadata(const QString &path, IssueList *issues);
    /** Parses draft XML already in memory (`fileName` is used in issues). */
    static std::optional<Draft> parse(
        const QByteArray &data, const QString &fileName, IssueList *issues);
    /** The draft as XML. */
    static QByteArray serialize(const Draft &draft);
    /** Saves atomically. */
    static bool write(const Draft &draft, const QString &path, QString *error);

private:
    /** Whether `root` is a <draft> of the draft namespace in a format this version reads. */
    static bool checkRoot(const _xmlNode *root, const QString &fileName, IssueList *issues);
};

} // namespace klausul
