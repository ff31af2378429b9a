#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace klausul::cli {

/** Exit codes of klausul-cli (docs/ARCHITECTURE.md, "The CLI contract"). */
enum ExitCode {
    Success = 0, ///< done, no problems
    Invalid = 1, ///< invalid input or problems found
    Usage = 2, ///< usage error
    ToolFailed = 3, ///< an external tool (pandoc, LibreOffice) is missing or failed
    FileError = 4, ///< a file cannot be read or written
};

/**
 * Runs klausul-cli in-process: `arguments` as in main() (program name first); normal output goes
 * to `out`, problems to `err` as `file:line:column: error: message`. Returns the exit code.
 */
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace klausul::cli
