#pragma once

#include "core/issue.h"

#include <QString>
#include <QStringList>

namespace klausul::test {

/** An absolute path below tests/data. */
QString dataPath(const QString &relative);
/** An absolute path below the source tree. */
QString sourcePath(const QString &relative);

/** One row of tests/data/clauses/expectations.tsv. */
struct Expectation
{
    QString fixture; ///< relative to tests/data/clauses, e.g. "hostile/xxe-file.xml"
    int line = 0;
    QString message;
};
/** Every expectation, keyed by fixture path. */
QList<Expectation> readExpectations();

/** Every issue as `file:line:column: severity: message`, one per line (for failure output). */
QString describe(const IssueList &issues);

/** The process's peak resident set size in KiB (getrusage). */
long peakRssKiB();

/** Copies a folder tree; returns false on any failure. */
bool copyTree(const QString &from, const QString &to);

/** Strings that must never appear in any output (content of files hostile input points at). */
QStringList secretMarkers();

} // namespace klausul::test
