#include "cli/cli.h"
#include "core/language.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("klausul-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Klausul"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KLAUSUL_VERSION));
    klausul::installTranslators(klausul::systemLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = klausul::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
