#pragma once

#include "issue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace klausul {

/**
 * The one canonical layout of library XML (clauses, manifest, questions, reference lists,
 * consistency and definitions), so that a git diff of a library shows real changes only.
 *
 * - `<?xml version="1.0" encoding="UTF-8"?>`, LF line ends, a final newline, no blank lines;
 * - element-only content one element per line, indented by two spaces per level;
 * - attributes in the schema's order (`attributeOrder()`; unknown ones after, as found), wrapped
 *   under the first attribute when the start tag is wider than `LineWidth`;
 * - text (paragraphs, list items, titles, labels) with white space collapsed and filled to
 *   `LineWidth`, continuation lines indented one level deeper; inline elements (`<term>`,
 *   `<param>`, `<em>` …) are never split.
 *
 * Klausul's readers collapse white space in text, so the layout never changes what a file means;
 * comments and processing instructions are kept. The result is idempotent.
 */
class XmlFormat
{
    Q_DECLARE_TR_FUNCTIONS(klausul::XmlFormat)

public:
    static constexpr int LineWidth = 100;
    static constexpr int IndentStep = 2;

    /** The canonical form of `data`; an empty array (and located issues) when it is not XML. */
    static QByteArray format(const QByteArray &data, const QString &fileName, IssueList *issues);

    enum class Result { Unchanged, Changed, Failed };
    /**
     * Formats one file. With `write`, a file whose canonical form differs is replaced through
     * SafeSave (a failure leaves it byte-identical); without, nothing is written.
     */
    static Result formatFile(const QString &path, bool write, IssueList *issues);

    /**
     * The XML files named by `paths`: files as given, folders searched recursively for `*.xml`
     * (sorted). A path that does not exist gives an Io issue.
     */
    static QStringList xmlFiles(const QStringList &paths, IssueList *issues);

    /** The canonical attribute order of an element of the library namespace. */
    static QStringList attributeOrder(const QString &element);
};

} // namespace klausul
