#include "core/libraryloader.h"
#include "core/librarymodel.h"
#include "gui/mainwindow.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace klausul;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void construct_bundledLibrary_listsEveryClause();
    void select_clause_showsItInPreview();
};

void TestMainWindow::construct_bundledLibrary_listsEveryClause()
{
    const LibraryPtr library = LibraryLoader::load();
    MainWindow window(library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QAbstractItemModel *model = tree->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int clauses = 0;
    for (int i = 0; i < model->rowCount(); ++i)
        clauses += model->rowCount(model->index(i, 0));
    QCOMPARE(clauses, int(library->clauses().size()));
    QCOMPARE(model->rowCount(), int(library->themes().size()));
}

void TestMainWindow::select_clause_showsItInPreview()
{
    const LibraryPtr library = LibraryLoader::load();
    MainWindow window(library);
    window.show();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    auto *preview = window.findChild<QTextBrowser *>(QStringLiteral("clausePreview"));
    QVERIFY(tree && preview);
    auto *model = qobject_cast<LibraryModel *>(tree->model());
    QVERIFY(model);
    const QModelIndex index = model->indexOfClause(QStringLiteral("HAE-01"));
    QVERIFY(index.isValid());
    tree->setCurrentIndex(index);
    QTRY_VERIFY(
        preview->toPlainText().contains(QStringLiteral("Underretning om Sikkerhedshændelser")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
