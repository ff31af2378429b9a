#pragma once

#include "core/library.h"

#include <QMainWindow>

class QTreeView;
class QTextBrowser;

namespace klausul {

class LibraryModel;

/** The main window: the loaded library as a theme tree with a preview of the selected clause. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LibraryPtr library, QWidget *parent = nullptr);

private:
    void showClause(const QString &id);

    LibraryPtr m_library;
    LibraryModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace klausul
