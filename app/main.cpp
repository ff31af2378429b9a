#include "core/libraryloader.h"
#include "core/translations.h"
#include "gui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Klausul"));
    QApplication::setOrganizationName(QStringLiteral("Klausul"));
    QApplication::setApplicationVersion(QStringLiteral(KLAUSUL_VERSION));
    klausul::installTranslators(klausul::systemLanguage());

    klausul::MainWindow window(klausul::LibraryLoader::load());
    window.show();
    return QApplication::exec();
}
