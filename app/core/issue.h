#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace klausul {

/**
 * A finding while reading, validating or checking: what is wrong and where.
 *
 * The CLI prints it as `file:line:column: error: message`; the GUI lists it in the problems
 * panel and jumps to the clause, requirement or field it names.
 */
struct Issue
{
    enum class Severity { Error, Warning, Note };
    /** Io: the file could not be read or written (exit code 4); Content: everything else. */
    enum class Category { Content, Io };

    Severity severity = Severity::Error;
    Category category = Category::Content;
    QString message; ///< translated, one line
    QString file; ///< path as given, or the resource path of a bundled file
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown
    QString clauseId; ///< the clause concerned, if any
    QString itemId; ///< the draft item concerned (its uid), if any
    QString field; ///< the field concerned, e.g. "param:deadline", "wording", "explanation"

    static Issue error(
        const QString &message, const QString &file = {}, int line = 0, int column = 0);
    static Issue warning(
        const QString &message, const QString &file = {}, int line = 0, int column = 0);
    static Issue note(
        const QString &message, const QString &file = {}, int line = 0, int column = 0);

    bool isError() const { return severity == Severity::Error; }

    /** `file:line:column: error: message`, the form compilers use (parts that are unknown are left
     * out). */
    QString toString() const;

    friend bool operator==(const Issue &a, const Issue &b);
};

using IssueList = QList<Issue>;

/** "error", "warning" or "note": untranslated, like a compiler's. */
QString severityKeyword(Issue::Severity severity);

int countIssues(const IssueList &issues, Issue::Severity severity);
bool hasErrors(const IssueList &issues);
bool hasIoErrors(const IssueList &issues);

} // namespace klausul
