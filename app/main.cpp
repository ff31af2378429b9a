#include "core/libraryloader.h"
#include "core/settings.h"
#include "core/translations.h"
#include "gui/dialogs.h"
#include "gui/exportdialog.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QIcon>
#include <QStringList>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Klausul"));
    QApplication::setOrganizationName(QStringLiteral("Klausul"));
    QApplication::setApplicationVersion(QStringLiteral(KLAUSUL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dk.klausul.Klausul"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/klausul/icons/klausul.svg")));

    klausul::Settings settings;
    klausul::installTranslators(settings.uiLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Information-security clauses for Danish public IT contracts"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("draft"),
        QCoreApplication::translate("main", "A draft (*.klausul) to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption exportScreenshot(QStringLiteral("export-screenshot"),
        QCoreApplication::translate("main", "Also save a picture of the export dialog to FILE."),
        QStringLiteral("FILE"));
    parser.addOption(exportScreenshot);
    const QCommandLineOption example(QStringLiteral("example"),
        QCoreApplication::translate("main",
            "Open the bundled example draft (a municipality's cloud case-management system)."));
    parser.addOption(example);
    parser.process(app);

    QStringList folders;
    const QStringList organisation = settings.libraryFolders();
    if (!organisation.isEmpty())
        folders = QStringList {klausul::LibraryLoader::bundledPath()} + organisation;
    // The library loads on other threads while the window is built; the window waits for it
    // where it needs it. The compiled-in library was validated when it was built.
    auto loading = klausul::LibraryLoader::loadInBackground(
        folders, klausul::LibraryLoader::Validation::TrustCompiledIn);
    klausul::MainWindow window([&loading] { return loading.get(); }, &settings);
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    else if (parser.isSet(example))
        window.openFile(
            QStringLiteral(":/klausul/library/examples/kommune-sagsbehandling.klausul"));
    else
        window.offerRecovery();

    if (parser.isSet(screenshot)) {
        window.resize(1600, 960);
        QEventLoop settle; // let the debounced previews render
        QTimer::singleShot(600, &settle, &QEventLoop::quit);
        settle.exec();
        bool saved = window.grab().save(parser.value(screenshot));
        if (parser.isSet(exportScreenshot)) {
            klausul::ExportDialog dialog(window.document(), &settings, &window);
            dialog.show();
            QEventLoop show;
            QTimer::singleShot(200, &show, &QEventLoop::quit);
            show.exec();
            saved = dialog.grab().save(parser.value(exportScreenshot)) && saved;
        }
        return saved ? 0 : 1;
    }
    return QApplication::exec();
}
