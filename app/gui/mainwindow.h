#pragma once

#include "core/library.h"

#include <QMainWindow>

class QTreeWidget;
class QTextBrowser;

namespace klausul {

/** The main window: the loaded library as a theme tree with a preview of the selected clause. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LibraryPtr library, QWidget *parent = nullptr);

private:
    void populate();
    void showClause(const QString &id);

    LibraryPtr m_library;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace klausul
