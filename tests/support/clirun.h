#pragma once

#include "cli/cli.h"

#include <QStringList>
#include <QTextStream>

namespace klausul::test {

/** What one in-process `klausul-cli` command returned and printed. */
struct CliResult
{
    int code;
    QString out;
    QString err;
};

/** Runs `klausul-cli ARGUMENTS...` in process (the CLI tests link klausul_cli). */
inline CliResult runCli(QStringList arguments)
{
    arguments.prepend(QStringLiteral("klausul-cli"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = cli::run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace klausul::test
