#include "core/libraryloader.h"
#include "core/settings.h"
#include "gui/clauseeditor.h"
#include "gui/dialogs.h"
#include "gui/mainwindow.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

using namespace klausul;

/** ClauseEditorWindow: the library maintainer's clause editor, driven through its widgets. */
class TestClauseEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void open_smallLibrary_listsItsClausesWithoutProblems();
    void newClause_withParameterAndVariant_validatesAndSavesValidFile();
    void editTitle_undo_restoresPreviousValue();
    void editBody_approvedClause_asksAndBumpsVersion();
    void save_readOnlyFolder_givesClearErrorAndLeavesFileUntouched();
    void newClause_takenId_isRefused();
    void duplicateAndWithdraw_givesDraftCopyAndLintWarning();
    void addReference_fromSearch_addsToClause();
    void mainWindowAction_opensEditorOnChosenFolder();
    void browseBundledCopy_withoutEdits_changesNothing();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

namespace {

template<typename T>
T *widget(QWidget *window, const char *name)
{
    T *found = window->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

void typeInto(QPlainTextEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->textCursor().removeSelectedText();
    edit->insertPlainText(text);
}

bool hasProblem(const IssueList &issues, const QString &fragment)
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [&](const Issue &issue) { return issue.message.contains(fragment); });
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestClauseEditor::init()
{
    QVERIFY(m_dir.isValid());
    m_library =
        m_dir.filePath(QStringLiteral("library-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(test::copyTree(test::dataPath(QStringLiteral("librarydiff/new")), m_library));
}

void TestClauseEditor::open_smallLibrary_listsItsClausesWithoutProblems()
{
    ClauseEditorWindow editor(m_library);
    QVERIFY(editor.clauseIds().contains(QStringLiteral("DIF-01")));
    QVERIFY(editor.selectClause(QStringLiteral("DIF-01")));
    QCOMPARE(widget<QLineEdit>(&editor, "idEdit")->text(), QStringLiteral("DIF-01"));
    QVERIFY(!widget<QLineEdit>(&editor, "titleEn")->text().isEmpty());
    QVERIFY2(!hasErrors(editor.validateNow()), qPrintable(test::describe(editor.problems())));
    QVERIFY(!editor.isModified());
}

void TestClauseEditor::newClause_withParameterAndVariant_validatesAndSavesValidFile()
{
    ClauseEditorWindow editor(m_library);
    QString error;
    QVERIFY2(editor.newClause(QStringLiteral("DIF-20"), QStringLiteral("styring"), &error),
        qPrintable(error));
    QCOMPARE(editor.currentId(), QStringLiteral("DIF-20"));
    // A new clause has empty texts: the schema says so.
    QVERIFY(hasErrors(editor.validateNow()));

    typeInto(widget<QLineEdit>(&editor, "titleDa"), QStringLiteral("Ny klausul om frister"));
    typeInto(widget<QLineEdit>(&editor, "titleEn"), QStringLiteral("New clause on deadlines"));
    typeInto(widget<QPlainTextEdit>(&editor, "bodyDa"),
        QStringLiteral("Leverandøren skal svare inden {deadline}.\n\n- skriftligt\n- på dansk"));
    typeInto(widget<QPlainTextEdit>(&editor, "bodyEn"),
        QStringLiteral(
            "The supplier shall answer within {deadline}.\n\n- in writing\n- in Danish"));
    for (const char *heading :
        {"purpose", "contract-types", "pros-cons", "follow-up", "remedies", "legal-note"}) {
        for (const char *lang : {"da", "en"}) {
            const QByteArray name = QByteArray("guidance-") + lang + '-' + heading;
            typeInto(widget<QPlainTextEdit>(&editor, name.constData()), QStringLiteral("Tekst."));
        }
    }
    // {deadline} is not declared yet: a problem.
    IssueList issues = editor.validateNow();
    QVERIFY2(hasErrors(issues), qPrintable(test::describe(issues)));
    QVERIFY2(hasProblem(issues, QStringLiteral("deadline")), qPrintable(test::describe(issues)));

    // Add the parameter through the table.
    widget<QPushButton>(&editor, "addParameter")->click();
    auto *table = widget<QTableWidget>(&editor, "parameterTable");
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(QStringLiteral("deadline")); // name
    table->item(0, 1)->setText(QStringLiteral("integer")); // type
    table->item(0, 2)->setText(QStringLiteral("days")); // unit
    table->item(0, 3)->setText(QStringLiteral("1")); // min
    table->item(0, 8)->setCheckState(Qt::Unchecked); // not required …
    table->item(0, 7)->setText(QStringLiteral("10")); // … default 10
    table->item(0, 9)->setText(QStringLiteral("Svarfrist"));
    table->item(0, 10)->setText(QStringLiteral("Deadline for answers"));
    table->item(0, 11)->setText(QStringLiteral("Vælg efter opgavens art."));
    table->item(0, 12)->setText(QStringLiteral("Choose by the kind of task."));

    // And a stricter variant.
    widget<QPushButton>(&editor, "addVariant")->click();
    typeInto(widget<QLineEdit>(&editor, "variantId"), QStringLiteral("skaerpet"));
    typeInto(widget<QLineEdit>(&editor, "variantLabelDa"), QStringLiteral("Skærpet"));
    typeInto(widget<QLineEdit>(&editor, "variantLabelEn"), QStringLiteral("Stricter"));
    typeInto(widget<QPlainTextEdit>(&editor, "variantBodyDa"),
        QStringLiteral("Leverandøren skal svare straks og senest inden {deadline}."));
    typeInto(widget<QPlainTextEdit>(&editor, "variantBodyEn"),
        QStringLiteral("The supplier shall answer at once and within {deadline} at the latest."));

    issues = editor.validateNow();
    QVERIFY2(!hasErrors(issues), qPrintable(test::describe(issues)));

    // An empty English title is a problem, and typing it back clears it.
    typeInto(widget<QLineEdit>(&editor, "titleEn"), QString());
    QVERIFY(hasErrors(editor.validateNow()));
    typeInto(widget<QLineEdit>(&editor, "titleEn"), QStringLiteral("New clause on deadlines"));
    issues = editor.validateNow();
    QVERIFY2(!hasErrors(issues), qPrintable(test::describe(issues)));
    QVERIFY(!widget<QListWidget>(&editor, "problemList")
                 ->item(0)
                 ->text()
                 .startsWith(QStringLiteral("Error")));

    QVERIFY(editor.isModified());
    QVERIFY2(editor.saveAll(&error), qPrintable(error));
    QVERIFY(!editor.isModified());
    const QString file = m_library + QStringLiteral("/styring/DIF-20.xml");
    QVERIFY(QFile::exists(file));
    const QByteArray saved = readAll(file);
    QVERIFY(saved.contains("<param ref=\"deadline\"/>"));
    QVERIFY(saved.contains("<variant id=\"skaerpet\">"));

    const test::CliResult validate = test::runCli({QStringLiteral("validate"), m_library});
    QVERIFY2(validate.code == 0, qPrintable(validate.out + validate.err));
    QVERIFY2(!validate.out.contains(QStringLiteral("DIF-20")) &&
            !validate.err.contains(QStringLiteral("DIF-20")),
        qPrintable(validate.out + validate.err));
    const test::CliResult fmt =
        test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), file});
    QVERIFY2(fmt.code == 0, qPrintable(fmt.out + fmt.err));
}

void TestClauseEditor::editTitle_undo_restoresPreviousValue()
{
    ClauseEditorWindow editor(m_library);
    QVERIFY(editor.selectClause(QStringLiteral("DIF-01")));
    auto *title = widget<QLineEdit>(&editor, "titleDa");
    const QString before = title->text();
    typeInto(title, QStringLiteral("En anden titel"));
    QCOMPARE(editor.currentClause()->title(QStringLiteral("da")), QStringLiteral("En anden titel"));
    auto *body = widget<QPlainTextEdit>(&editor, "bodyEn");
    const QString bodyBefore = body->toPlainText();
    typeInto(body, QStringLiteral("Another text."));
    QVERIFY(editor.isModified());
    // One step per field: the body, then the title.
    editor.undoStack()->undo();
    QCOMPARE(body->toPlainText(), bodyBefore);
    QCOMPARE(title->text(), QStringLiteral("En anden titel"));
    editor.undoStack()->undo();
    QCOMPARE(title->text(), before);
    QCOMPARE(editor.currentClause()->title(QStringLiteral("da")), before);
    QVERIFY(!editor.isModified());
    editor.undoStack()->redo();
    QCOMPARE(title->text(), QStringLiteral("En anden titel"));
}

void TestClauseEditor::editBody_approvedClause_asksAndBumpsVersion()
{
    ClauseEditorWindow editor(m_library);
    QVERIFY(editor.selectClause(QStringLiteral("DIF-01")));
    QCOMPARE(
        editor.currentClause()->attribute(QStringLiteral("status")), QStringLiteral("approved"));
    const int version = editor.currentClause()->version();
    QString asked;
    editor.confirmVersionBump = [&](const QString &question) {
        asked = question;
        return int(QMessageBox::Yes);
    };
    auto *body = widget<QPlainTextEdit>(&editor, "bodyDa");
    typeInto(body, body->toPlainText() + QStringLiteral(" Ændret."));
    QString error;
    QVERIFY2(editor.saveAll(&error), qPrintable(error));
    QVERIFY(asked.contains(QStringLiteral("DIF-01")));
    QCOMPARE(editor.currentClause()->version(), version + 1);
    QVERIFY(readAll(m_library + QStringLiteral("/styring/DIF-01.xml"))
                .contains(QStringLiteral("version=\"%1\"").arg(version + 1).toUtf8()));

    // A change that is not wording (contract types) does not ask.
    asked.clear();
    typeInto(widget<QLineEdit>(&editor, "contractTypesEdit"), QStringLiteral("operation"));
    QVERIFY2(editor.saveAll(&error), qPrintable(error));
    QVERIFY(asked.isEmpty());
}

void TestClauseEditor::save_readOnlyFolder_givesClearErrorAndLeavesFileUntouched()
{
    ClauseEditorWindow editor(m_library);
    QVERIFY(editor.selectClause(QStringLiteral("DIF-01")));
    const QString file = m_library + QStringLiteral("/styring/DIF-01.xml");
    const QByteArray before = readAll(file);
    typeInto(widget<QLineEdit>(&editor, "contractTypesEdit"), QStringLiteral("cloud"));
    const QString folder = m_library + QStringLiteral("/styring");
    // Root (as in CI) ignores permissions: a read-only bind mount of the folder onto itself.
    const bool root = ::geteuid() == 0;
    if (root) {
        QCOMPARE(
            QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), folder, folder}),
            0);
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                     {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), folder}),
            0);
    } else {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    QString error;
    const bool saved = editor.saveAll(&error);
    if (root)
        QProcess::execute(QStringLiteral("umount"), {folder});
    else
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QStringLiteral("DIF-01.xml")), qPrintable(error));
    QCOMPARE(readAll(file), before);
    QVERIFY(editor.isModified()); // the edit is kept for another try
    QVERIFY2(editor.saveAll(&error), qPrintable(error));
    QVERIFY(readAll(file).contains("<contract-types>cloud</contract-types>"));
}

void TestClauseEditor::newClause_takenId_isRefused()
{
    ClauseEditorWindow editor(m_library);
    QString error;
    QVERIFY(!editor.newClause(QStringLiteral("DIF-01"), QStringLiteral("styring"), &error));
    QVERIFY(error.contains(QStringLiteral("DIF-01")));
    QVERIFY(!editor.newClause(QStringLiteral("not an id"), QStringLiteral("styring"), &error));
    QVERIFY(error.contains(QStringLiteral("not an id")));
    QVERIFY(!editor.isModified());
}

void TestClauseEditor::duplicateAndWithdraw_givesDraftCopyAndLintWarning()
{
    ClauseEditorWindow editor(m_library);
    QVERIFY(editor.selectClause(QStringLiteral("DIF-01")));
    QVERIFY(widget<QLineEdit>(&editor, "idEdit")->isReadOnly()); // a saved clause keeps its id
    const QString title = editor.currentClause()->title(QStringLiteral("en"));
    QString error;
    QVERIFY2(editor.duplicateClause(QStringLiteral("DIF-30"), &error), qPrintable(error));
    QCOMPARE(editor.currentId(), QStringLiteral("DIF-30"));
    QCOMPARE(editor.currentClause()->attribute(QStringLiteral("status")), QStringLiteral("draft"));
    QCOMPARE(editor.currentClause()->version(), 1);
    QCOMPARE(widget<QLineEdit>(&editor, "titleEn")->text(), title);
    QVERIFY(!widget<QLineEdit>(&editor, "idEdit")->isReadOnly());

    QVERIFY(editor.selectClause(QStringLiteral("DIF-01")));
    editor.withdrawClause();
    QCOMPARE(
        editor.currentClause()->attribute(QStringLiteral("status")), QStringLiteral("withdrawn"));
    // Withdrawn without replaced-by or reason: lint says so, as a warning in the editor.
    IssueList issues = editor.validateNow();
    QVERIFY2(hasProblem(issues, QStringLiteral("[withdrawn-without-reason]")),
        qPrintable(test::describe(issues)));
    QVERIFY(!hasErrors(issues));
    typeInto(widget<QLineEdit>(&editor, "replacedByEdit"), QStringLiteral("DIF-30"));
    issues = editor.validateNow();
    QVERIFY2(!hasProblem(issues, QStringLiteral("[withdrawn-without-reason]")),
        qPrintable(test::describe(issues)));
    QVERIFY2(editor.saveAll(&error), qPrintable(error));
    QVERIFY(QFile::exists(m_library + QStringLiteral("/styring/DIF-30.xml")));
    const test::CliResult validate = test::runCli({QStringLiteral("validate"), m_library});
    QVERIFY2(validate.code == 0, qPrintable(validate.out + validate.err));
}

void TestClauseEditor::addReference_fromSearch_addsToClause()
{
    ClauseEditorWindow editor(m_library);
    QVERIFY(editor.selectClause(QStringLiteral("DIF-01")));
    const int before = int(editor.currentClause()->references().size());
    auto *search = widget<QLineEdit>(&editor, "referenceSearch");
    auto *choices = widget<QListWidget>(&editor, "referenceChoices");
    search->setText(QStringLiteral("nis2"));
    QVERIFY(choices->count() > 0);
    for (int i = 0; i < choices->count(); ++i)
        QVERIFY(choices->item(i)->text().startsWith(QStringLiteral("nis2")));
    choices->setCurrentRow(0);
    const QString picked = choices->item(0)->text();
    widget<QPushButton>(&editor, "addReference")->click();
    QCOMPARE(int(editor.currentClause()->references().size()), before + 1);
    QCOMPARE(editor.currentClause()->references().last().scheme, QStringLiteral("nis2"));
    QVERIFY(picked.contains(editor.currentClause()->references().last().id));
    QVERIFY2(!hasErrors(editor.validateNow()), qPrintable(test::describe(editor.problems())));
    editor.undoStack()->undo();
    QCOMPARE(int(editor.currentClause()->references().size()), before);
}

void TestClauseEditor::mainWindowAction_opensEditorOnChosenFolder()
{
    Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(LibraryLoader::load({m_library}), &settings);
    auto *action = window.findChild<QAction *>(QStringLiteral("editLibraryAction"));
    QVERIFY(action);
    FileDialog::setNextFileName(m_library);
    action->trigger();
    ClauseEditorWindow *editor = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<ClauseEditorWindow *>(top))
            editor = found;
    }
    QVERIFY(editor);
    QCOMPARE(editor->folder(), QDir(m_library).absolutePath());
    QVERIFY(editor->clauseIds().contains(QStringLiteral("DIF-01")));
    editor->close(); // unmodified: closes without asking, and deletes itself
}

void TestClauseEditor::browseBundledCopy_withoutEdits_changesNothing()
{
    const QString copy = m_dir.filePath(QStringLiteral("bundled"));
    QVERIFY(test::copyTree(test::sourcePath(QStringLiteral("clauses")), copy));
    ClauseEditorWindow editor(copy);
    const QStringList ids = editor.clauseIds();
    QVERIFY(ids.size() > 100);
    // Every 16th clause (each selection runs the full checks): showing it in the form must
    // not count as an edit, and its problems are no errors.
    for (int i = 0; i < ids.size(); i += 16) {
        QVERIFY(editor.selectClause(ids.at(i)));
        QVERIFY2(!editor.isModified(), qPrintable(ids.at(i)));
        QVERIFY2(!hasErrors(editor.problems()), qPrintable(test::describe(editor.problems())));
    }
    QCOMPARE(editor.undoStack()->count(), 0);
}

QTEST_MAIN(TestClauseEditor)
#include "tst_clauseeditor.moc"
