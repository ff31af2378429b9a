#include "mainwindow.h"

#include <QHeaderView>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeWidget>

namespace klausul {

MainWindow::MainWindow(LibraryPtr library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Klausul"));

    auto *splitter = new QSplitter(this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setHeaderLabels({tr("Clause"), tr("Type")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview = new QTextBrowser(splitter);
    m_preview->setObjectName(QStringLiteral("clausePreview"));
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showClause(item->data(0, Qt::UserRole).toString());
    });
    populate();
    resize(1100, 700);
}

void MainWindow::populate()
{
    for (const Theme &theme : m_library->themes()) {
        auto *themeItem = new QTreeWidgetItem(m_tree, {theme.name.get(Language::Danish)});
        for (const Clause &clause : m_library->clauses()) {
            if (clause.theme != theme.id)
                continue;
            auto *item = new QTreeWidgetItem(themeItem,
                {clause.id + QStringLiteral("  ") + clause.title.get(Language::Danish),
                    requirementTypeCode(clause.type)});
            item->setData(0, Qt::UserRole, clause.id);
        }
    }
    m_tree->expandAll();
    statusBar()->showMessage(tr("%n clause(s) loaded", nullptr, int(m_library->clauses().size())));
}

void MainWindow::showClause(const QString &id)
{
    const Clause *clause = m_library->clause(id);
    if (!clause) {
        m_preview->clear();
        return;
    }
    QString text = clause->title.get(Language::Danish) + QStringLiteral("\n\n") +
        RichText::toPlainText(clause->body.get(Language::Danish));
    m_preview->setPlainText(text);
}

} // namespace klausul
