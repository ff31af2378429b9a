// A stand-in for the GUI's autosave and save, driven by tests/faults/run.sh with the real core
// code (DraftIo, Recovery, SafeSave):
//   faults_autosave loop DRAFT      changes the draft and autosaves it again and again until it
//                                    is killed (kill -9 lands in the middle of a write)
//   faults_autosave save DRAFT OUT  changes the draft and saves it to OUT as the GUI's Save does
// The recovery folder is the GUI's: the application and organisation names are the same.
#include "core/draftio.h"
#include "core/recovery.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace klausul;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Klausul"));
    QCoreApplication::setOrganizationName(QStringLiteral("Klausul"));
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        err << "usage: faults_autosave loop DRAFT | save DRAFT OUT\n";
        return 2;
    }
    const QString path = arguments.at(2);
    IssueList issues;
    std::optional<Draft> draft = DraftIo::read(path, &issues);
    if (!draft) {
        for (const Issue &issue : std::as_const(issues))
            err << issue.toString() << '\n';
        return 4;
    }
    draft->metadata.tender += QStringLiteral(" (unsaved change)");
    QString error;
    if (arguments.at(1) == QLatin1String("save") && arguments.size() == 4) {
        if (DraftIo::write(*draft, arguments.at(3), &error))
            return 0;
        err << error << '\n';
        return 4;
    }
    if (arguments.at(1) != QLatin1String("loop"))
        return 2;
    const QString key = Recovery::newKey();
    QTextStream(stdout) << key << Qt::endl;
    for (;;) {
        if (!Recovery::save(key, *draft, path, &error)) {
            err << error << '\n';
            return 4;
        }
    }
}
