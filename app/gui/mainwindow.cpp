#include "mainwindow.h"

#include "core/librarymodel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>

namespace klausul {

MainWindow::MainWindow(LibraryPtr library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Klausul"));

    auto *splitter = new QSplitter(this);
    m_model = new LibraryModel(this);
    m_model->setLibrary(m_library);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_model);
    m_tree->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();
    m_preview = new QTextBrowser(splitter);
    m_preview->setObjectName(QStringLiteral("clausePreview"));
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            showClause(current.data(LibraryModel::ClauseIdRole).toString());
        });
    statusBar()->showMessage(tr("%n clause(s) loaded", nullptr, int(m_library->clauses().size())));
    resize(1100, 700);
}

void MainWindow::showClause(const QString &id)
{
    const Clause *clause = m_library->clause(id);
    if (!clause) {
        m_preview->clear();
        return;
    }
    m_preview->setPlainText(clause->title.get(Language::Danish) + QStringLiteral("\n\n") +
        RichText::toPlainText(clause->body.get(Language::Danish)));
}

} // namespace klausul
