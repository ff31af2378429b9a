#include "core/annexmodel.h"
#include "core/docxpackage.h"
#include "core/draftio.h"
#include "core/edition.h"
#include "core/libraryloader.h"
#include "core/librarymodel.h"
#include "core/recovery.h"
#include "core/settings.h"
#include "core/translations.h"
#include "gui/contractdialog.h"
#include "gui/dialogs.h"
#include "gui/exportdialog.h"
#include "gui/mainwindow.h"
#include "gui/parameterchipedit.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace klausul;

/**
 * The real MainWindow, driven by object names as a user would: search, add, fill in, adapt,
 * comment, undo, save and reopen, export, problems, language and crash recovery.
 */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void search_typingHaendelse_findsIncidentClauses();
    void facet_requirementType_filtersTheLibrary();
    void addClause_doubleClickInLibrary_addsAndSelectsRequirement();
    void parameter_typeNewDeadline_changesTextAndUndoRedo();
    void wording_editSentence_showsDeviationBadge_andResetClears();
    void review_addComment_andApprove();
    void renumber_afterPublication_warnsAndRenumbersOnlyWhenConfirmed();
    void save_reopen_sameDraft();
    void save_fileChangedOnDisk_notOverwritten();
    void save_diskFull_keepsChangesAndRecoveryAndSaysWhy();
    void export_throughDialog_writesDocxAndPdf();
    void export_notApproved_listsItems_andCancelWritesNothing();
    void export_scheduleEditionAndWorkbook_throughDialog();
    void problem_activation_selectsRequirementAndField();
    void language_switch_retranslatesWindow();
    void recovery_leftoverFile_offersRestore();
    void models_passModelTester();
    void outdatedClause_banner_acceptsNewVersion();
    void journey_findAddSetAdaptExport();
    void contract_dialogTemplateAndReferenceDropDown_resolveTheReference();
    void start_libraryLoadingInBackground_windowCompleteWithThatLibrary();

private:
    QTreeView *libraryView() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("libraryView"));
    }
    int annexModelItemCount() const;
    QTreeView *annexView() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("annexView"));
    }
    QModelIndex findInLibrary(const QString &id) const;
    QString addClause(const QString &id);
    static QString textOf(const Flow &flow)
    {
        return RichText::toPlainText(flow).replace(u'\u00a0', u' ');
    }
    /** HAE-01 points at the cooperation annex: the contract map must list it. */
    void mapOrganisation()
    {
        ContractMap map;
        map.type = QStringLiteral("k04");
        map.annexes.append(
            {QStringLiteral("organisation"), QStringLiteral("7"), QStringLiteral("Samarbejde")});
        m_window->document()->setContract(map);
    }
    /** Approves every requirement (the tender edition's publication gate). */
    void approveAll();

    LibraryPtr m_library;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_library = LibraryLoader::load();
    QVERIFY(installTranslators(Language::English));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setValue(Settings::Key::AuthorName, QStringLiteral("Anne Holm"));
    m_settings->setValue(Settings::Key::UiLanguage, QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_library, m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    if (m_window && m_window->document() && m_window->document()->isModified())
        MessageBox::setNextAnswer(QMessageBox::Discard);
    if (m_window)
        QVERIFY(m_window->close());
    QVERIFY(!MessageBox::hasPendingAnswer());
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

QModelIndex TestMainWindow::findInLibrary(const QString &id) const
{
    QAbstractItemModel *model = libraryView()->model();
    for (int theme = 0; theme < model->rowCount(); ++theme) {
        const QModelIndex parent = model->index(theme, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(LibraryModel::ClauseIdRole).toString() == id)
                return index;
        }
    }
    return {};
}

void TestMainWindow::approveAll()
{
    DraftDocument *document = m_window->document();
    for (const DraftItem *item : document->draft().items())
        document->setReviewStatus(item->uid, ReviewStatus::Approved, QStringLiteral("Anne Holm"));
}

QString TestMainWindow::addClause(const QString &id)
{
    libraryView()->setCurrentIndex(findInLibrary(id));
    m_window->findChild<QPushButton *>(QStringLiteral("addClauseButton"))->click();
    return m_window->selectedRequirement();
}

void TestMainWindow::search_typingHaendelse_findsIncidentClauses()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("hændelse"));
    QTRY_VERIFY(findInLibrary(QStringLiteral("HAE-01")).isValid());
    QVERIFY(!findInLibrary(QStringLiteral("KRY-01")).isValid());
    // Within the incident theme the best hit comes first: a clause with the word in its title.
    QAbstractItemModel *model = libraryView()->model();
    QModelIndex theme;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(LibraryModel::ThemeIdRole).toString() ==
            QLatin1String("haendelser"))
            theme = model->index(row, 0);
    }
    QVERIFY(theme.isValid());
    QVERIFY(model->index(0, 0, theme).data().toString().contains(QStringLiteral("ændelse")));
    search->clear();
    QTRY_VERIFY(findInLibrary(QStringLiteral("KRY-01")).isValid());
}

void TestMainWindow::facet_requirementType_filtersTheLibrary()
{
    auto *type = m_window->findChild<QComboBox *>(QStringLiteral("facet-type"));
    QVERIFY(type);
    type->setCurrentIndex(type->findData(QStringLiteral("option")));
    emit type->activated(type->currentIndex());
    QVERIFY(
        findInLibrary(QStringLiteral("OPH-04")).isValid()); // termination assistance is an option
    QVERIFY(!findInLibrary(QStringLiteral("HAE-01")).isValid());
    m_window->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->click();
    QVERIFY(findInLibrary(QStringLiteral("HAE-01")).isValid());
}

void TestMainWindow::addClause_doubleClickInLibrary_addsAndSelectsRequirement()
{
    const QModelIndex index = findInLibrary(QStringLiteral("HAE-01"));
    QVERIFY(index.isValid());
    libraryView()->scrollTo(index);
    libraryView()->setCurrentIndex(index);
    const QRect rect = libraryView()->visualRect(index);
    QTest::mouseClick(libraryView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(libraryView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->document()->draft().itemCount(), 1);
    const DraftItem *item = m_window->document()->draft().items().first();
    QCOMPARE(item->clauseId, QStringLiteral("HAE-01"));
    QCOMPARE(m_window->selectedRequirement(), item->uid);
    auto *heading = m_window->findChild<QLabel *>(QStringLiteral("inspectorHeading"));
    QCOMPARE(heading->text(), QStringLiteral("9.1 Underretning om Sikkerhedshændelser i faser"));
    QVERIFY(m_window->isWindowModified());
    // Adding it again does not duplicate it.
    addClause(QStringLiteral("HAE-01"));
    QCOMPARE(m_window->document()->draft().itemCount(), 1);
}

void TestMainWindow::parameter_typeNewDeadline_changesTextAndUndoRedo()
{
    const QString uid = addClause(QStringLiteral("HAE-01"));
    auto *spin = m_window->findChild<QLineEdit *>(QStringLiteral("param-early-warning"));
    QVERIFY(spin);
    QCOMPARE(spin->text(), QStringLiteral("12"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("6"));
    QTRY_COMPARE(
        m_window->document()->draft().item(uid)->values.value(QStringLiteral("early-warning")),
        QStringLiteral("6"));
    auto *preview = m_window->findChild<QTextBrowser *>(QStringLiteral("annexPreview"));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("senest 6 timer efter")));
    auto *text = m_window->findChild<QTextBrowser *>(QStringLiteral("requirementText"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("6 timer")));

    annexView()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTRY_VERIFY(
        !m_window->document()->draft().item(uid)->values.contains(QStringLiteral("early-warning")));
    QTRY_COMPARE(spin->text(), QStringLiteral("12"));
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QTRY_COMPARE(
        m_window->document()->draft().item(uid)->values.value(QStringLiteral("early-warning")),
        QStringLiteral("6"));
}

void TestMainWindow::wording_editSentence_showsDeviationBadge_andResetClears()
{
    const QString uid = addClause(QStringLiteral("KRY-01"));
    auto *editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("wordingEdit"));
    QVERIFY(editor);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Leverandøren skal desuden bruge HSTS."));
    const QModelIndex item = m_window->findChild<QTreeView *>(QStringLiteral("annexView"))
                                 ->model()
                                 ->index(0, 0, annexView()->model()->index(0, 0));
    QTRY_VERIFY(item.data(AnnexModel::BadgesRole).toInt() & AnnexModel::Deviation);
    QVERIFY(m_window->document()->annex().requirement(uid)->changedWords >= 5);
    auto *text = m_window->findChild<QTextBrowser *>(QStringLiteral("requirementText"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Deviates from the standard text")));
    // Typing is one undo step per field, not one per key.
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    auto *reset = m_window->findChild<QPushButton *>(QStringLiteral("resetWordingButton"));
    QTRY_VERIFY(reset->isEnabled());
    reset->click();
    QTRY_VERIFY(!(item.data(AnnexModel::BadgesRole).toInt() & AnnexModel::Deviation));
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("HSTS")));
}

void TestMainWindow::renumber_afterPublication_warnsAndRenumbersOnlyWhenConfirmed()
{
    DraftDocument *document = m_window->document();
    const QString first = document->addClause(QStringLiteral("HAE-01"));
    document->addClause(QStringLiteral("KRY-01"));
    document->addClause(QStringLiteral("LOG-01"));
    QString error;
    QVERIFY2(document->publishVersion(
                 QStringLiteral("1.0"), QStringLiteral("Udbud"), QStringLiteral("Anne"), &error),
        qPrintable(error));
    document->removeItem(first);
    QVERIFY(!document->draft().numberedInOrder());
    const Draft published = document->draft();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("renumberAction"));
    QVERIFY(action);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    action->trigger();
    QVERIFY(!MessageBox::hasPendingAnswer());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Version 1.0 is published")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(document->draft(), published);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    action->trigger();
    QVERIFY(document->draft().numberedInOrder());
    document->undoStack()->undo(); // one step
    QCOMPARE(document->draft(), published);
}

void TestMainWindow::review_addComment_andApprove()
{
    const QString uid = addClause(QStringLiteral("PDA-09"));
    auto *comment = m_window->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"));
    QVERIFY(comment);
    QTest::keyClicks(comment, QStringLiteral("Fristen skal aftales med DPO."));
    m_window->findChild<QPushButton *>(QStringLiteral("addCommentButton"))->click();
    QTRY_COMPARE(m_window->document()->draft().item(uid)->comments.size(), 1);
    const ReviewComment added = m_window->document()->draft().item(uid)->comments.first();
    QCOMPARE(added.author, QStringLiteral("Anne Holm"));
    QCOMPARE(added.text, QStringLiteral("Fristen skal aftales med DPO."));
    QVERIFY(comment->toPlainText().isEmpty());
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("commentList"));
    QTRY_COMPARE(list->count(), 1);
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("reviewStatusCombo"));
    status->setCurrentIndex(status->findData(int(ReviewStatus::Approved)));
    emit status->activated(status->currentIndex());
    QTRY_COMPARE(m_window->document()->draft().item(uid)->reviewStatus, ReviewStatus::Approved);
    QCOMPARE(m_window->document()->draft().item(uid)->approver, QStringLiteral("Anne Holm"));
    const QModelIndex index = annexView()->model()->index(0, 0, annexView()->model()->index(0, 0));
    QVERIFY(index.data(AnnexModel::BadgesRole).toInt() & AnnexModel::Commented);
}

void TestMainWindow::save_reopen_sameDraft()
{
    addClause(QStringLiteral("HAE-01"));
    const QString uid = addClause(QStringLiteral("OPH-02"));
    m_window->document()->setParameter(uid, QStringLiteral("return"), QStringLiteral("14"));
    const QString path = m_dir->filePath(QStringLiteral("bilag.klausul"));
    FileDialog::setNextFileName(path);
    QVERIFY(m_window->save()); // no file yet: asks for a name (answered above), then saves
    QVERIFY(QFile::exists(path));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("bilag.klausul")));
    const Draft saved = m_window->document()->draft();

    // A second window on the same file (the lock beside it is held): read-only, said clearly.
    MainWindow other(m_library, m_settings.get());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(other.openFile(path));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("opened read-only")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(other.document()->draft(), saved);
    QCOMPARE(m_settings->recentFiles().first(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!other.document()->isModified());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!other.save()); // the file belongs to the first window
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Nothing was saved")));
    IssueList issues;
    QCOMPARE(*DraftIo::read(path, &issues), saved);
}

void TestMainWindow::save_fileChangedOnDisk_notOverwritten()
{
    addClause(QStringLiteral("HAE-01"));
    const QString path = m_dir->filePath(QStringLiteral("bilag.klausul"));
    QVERIFY(m_window->saveAs(path));
    // Another program (or a copy of Klausul without the lock) rewrites the file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray theirs = file.readAll().replace("<tender>", "<tender>Their ");
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(theirs);
    file.close();

    addClause(QStringLiteral("OPH-02"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->save());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed on disk")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), theirs);
}

void TestMainWindow::save_diskFull_keepsChangesAndRecoveryAndSaysWhy()
{
    addClause(QStringLiteral("HAE-01"));
    const QString folder = m_dir->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(folder));
    // Root (as in CI): a real, full tmpfs. Otherwise the kernel's file-size limit (EFBIG).
    const bool root = ::geteuid() == 0;
    if (root) {
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                     {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=64k"), QStringLiteral("tmpfs"), folder}),
            0);
    }
    const auto unmount = qScopeGuard([&] {
        if (root)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), folder});
    });
    const QString path = folder + QStringLiteral("/bilag.klausul");
    QVERIFY(m_window->saveAs(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    for (const char *id : {"OPH-02", "ADG-01", "ADG-02", "BER-01", "DRI-01"})
        addClause(QString::fromLatin1(id));
    m_window->autosave();
    const QStringList recovery =
        QDir(Recovery::folder()).entryList({QStringLiteral("*.klausul")}, QDir::Files);
    QVERIFY(!recovery.isEmpty());

    bool saved = true;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    if (root) {
        QFile filler(folder + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(1024, 'f');
        while (filler.write(block) == block.size()) { }
        while (filler.write("f", 1) == 1) { }
        filler.close();
        saved = m_window->save();
    } else {
        rlimit old {};
        ::getrlimit(RLIMIT_FSIZE, &old);
        const auto handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = old;
        limit.rlim_cur = rlim_t(before.size());
        ::setrlimit(RLIMIT_FSIZE, &limit);
        saved = m_window->save();
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, handler);
    }
    QVERIFY(!saved);
    QVERIFY2(MessageBox::lastText().contains(root ? QStringLiteral("No space left on device")
                                                  : QStringLiteral("File too large")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(
        QDir(Recovery::folder()).entryList({QStringLiteral("*.klausul")}, QDir::Files), recovery);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    QFile::remove(folder + QStringLiteral("/filler"));
}

void TestMainWindow::export_throughDialog_writesDocxAndPdf()
{
    addClause(QStringLiteral("HAE-01"));
    addClause(QStringLiteral("KRY-01"));
    mapOrganisation();
    approveAll();
    ExportDialog dialog(m_window->document(), m_settings.get(), m_window.get());
    auto *destination = dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"));
    destination->setText(m_dir->filePath(QStringLiteral("bilag9")));
    MessageBox::setNextAnswer(QMessageBox::Ok); // the "export finished" message
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 120000);
    QCOMPARE(dialog.lastResult(), ExportJob::Result::Success);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("bilag9.docx"))));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("bilag9.pdf"))));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("bilag9.pdf")));
}

/** The schedule edition and the Excel workbook are offered in the dialog, as in the CLI. */
void TestMainWindow::export_scheduleEditionAndWorkbook_throughDialog()
{
    const QString uid = addClause(QStringLiteral("HAE-01"));
    mapOrganisation();
    approveAll();
    ExportDialog dialog(m_window->document(), m_settings.get(), m_window.get());
    auto *edition = dialog.findChild<QComboBox *>(QStringLiteral("editionCombo"));
    const int schedule = edition->findData(editionCode(Edition::Schedule));
    QVERIFY(schedule >= 0);
    edition->setCurrentIndex(schedule);
    dialog.findChild<QCheckBox *>(QStringLiteral("pdfCheck"))->setChecked(false);
    dialog.findChild<QCheckBox *>(QStringLiteral("xlsxCheck"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))
        ->setText(m_dir->filePath(QStringLiteral("skema")));
    if (const QString shots = qEnvironmentVariable("KLAUSUL_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/export-dialog.png")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 120000);
    QCOMPARE(dialog.lastResult(), ExportJob::Result::Success);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("skema.xlsx")));
    QString error;
    const std::optional<DocxPackage> workbook =
        DocxPackage::read(m_dir->filePath(QStringLiteral("skema.xlsx")), &error);
    QVERIFY2(workbook, qPrintable(error));
    const QString label = m_window->document()->annex().requirement(uid)->numberLabel;
    QVERIFY(
        QString::fromUtf8(workbook->part(QStringLiteral("xl/sharedStrings.xml"))).contains(label));
    const std::optional<DocxPackage> docx =
        DocxPackage::read(m_dir->filePath(QStringLiteral("skema.docx")), &error);
    QVERIFY2(docx, qPrintable(error));
    QVERIFY(!docx->part(QStringLiteral("word/document.xml")).isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("skema.pdf"))));

    // The workbook alone: no pandoc run, written at once.
    dialog.findChild<QCheckBox *>(QStringLiteral("docxCheck"))->setChecked(false);
    dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))
        ->setText(m_dir->filePath(QStringLiteral("alene")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QCOMPARE(dialog.lastResult(), ExportJob::Result::Success);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("alene.xlsx"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("alene.docx"))));
}

void TestMainWindow::export_notApproved_listsItems_andCancelWritesNothing()
{
    addClause(QStringLiteral("HAE-01"));
    mapOrganisation(); // HAE-01 refers to the cooperation annex
    const QString second = addClause(QStringLiteral("KRY-01"));
    approveAll();
    m_window->document()->setReviewStatus(second, ReviewStatus::Ready, {});
    ExportDialog dialog(m_window->document(), m_settings.get(), m_window.get());
    dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))
        ->setText(m_dir->filePath(QStringLiteral("gate")));
    MessageBox::setNextAnswer(QMessageBox::Cancel); // "export a stamped draft instead?"
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.lastResult(), ExportJob::Result::Cancelled);
    const QString label = m_window->document()->annex().requirement(second)->numberLabel;
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("%1 is ready for review").arg(label)),
        qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("gate.docx"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("gate.pdf"))));
}

void TestMainWindow::problem_activation_selectsRequirementAndField()
{
    const QString first = addClause(QStringLiteral("HAE-01"));
    const QString second = addClause(QStringLiteral("LOG-01"));
    mapOrganisation();
    m_window->document()->setParameter(
        first, QStringLiteral("early-warning"), QStringLiteral("99"));
    auto *problems = m_window->findChild<QListView *>(QStringLiteral("problemsView"));
    QTRY_COMPARE(problems->model()->rowCount(), 1);
    QVERIFY(problems->model()->index(0, 0).data().toString().contains(
        QStringLiteral("above the maximum 23")));
    QCOMPARE(m_window->selectedRequirement(), second);
    m_window->activateProblem(0);
    QCOMPARE(m_window->selectedRequirement(), first);
    QTRY_COMPARE(
        QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(),
        QStringLiteral("param-early-warning"));
}

void TestMainWindow::language_switch_retranslatesWindow()
{
    auto *add = m_window->findChild<QPushButton *>(QStringLiteral("addClauseButton"));
    QCOMPARE(add->text(), QStringLiteral("&Add to annex"));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    m_window->setUiLanguage(Language::Danish);
    const QString danish = QCoreApplication::translate("klausul::LibraryBrowser", "&Add to annex");
    QVERIFY2(danish != QLatin1String("&Add to annex"), "no Danish translation loaded");
    QTRY_COMPARE(add->text(), danish);
    QCOMPARE(m_window->menuBar()->actions().first()->text(),
        QCoreApplication::translate("klausul::MainWindow", "&File"));
    m_window->setUiLanguage(Language::English);
    QTRY_COMPARE(add->text(), QStringLiteral("&Add to annex"));
}

void TestMainWindow::recovery_leftoverFile_offersRestore()
{
    QDir(Recovery::folder()).removeRecursively();
    IssueList issues;
    const auto draft = DraftIo::read(
        test::sourcePath(QStringLiteral("clauses/examples/saas-moedebooking.klausul")), &issues);
    QVERIFY(draft);
    QString error;
    const QString key = Recovery::newKey();
    QVERIFY(Recovery::save(key, *draft, QString(), &error));
    QFile info(QDir(Recovery::folder()).filePath(key + QStringLiteral(".json")));
    QVERIFY(info.open(QIODevice::ReadWrite));
    QByteArray json = info.readAll();
    json.replace(QByteArray::number(QCoreApplication::applicationPid()), "2147483646");
    info.resize(0);
    info.write(json);
    info.close();

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->offerRecovery());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("was not closed properly")));
    QCOMPARE(m_window->document()->draft(), *draft);
    QVERIFY(m_window->document()->isModified()); // restored changes still need saving
    QVERIFY(Recovery::orphaned().isEmpty());

    // Autosave writes a recovery file for a modified draft; a clean save removes it.
    m_window->autosave();
    QCOMPARE(
        QDir(Recovery::folder()).entryList({QStringLiteral("*.klausul")}, QDir::Files).size(), 1);
    QVERIFY(m_window->saveAs(m_dir->filePath(QStringLiteral("restored.klausul"))));
    QCOMPARE(
        QDir(Recovery::folder()).entryList({QStringLiteral("*.klausul")}, QDir::Files).size(), 0);
}

void TestMainWindow::models_passModelTester()
{
    QAbstractItemModelTester annex(
        annexView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester library(
        libraryView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester problems(
        m_window->findChild<QListView *>(QStringLiteral("problemsView"))->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_window->openFile(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul"))));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("backup"));
    const Draft opened = m_window->document()->draft();
    const QString uid = m_window->selectedRequirement();
    QVERIFY(!uid.isEmpty());
    m_window->document()->removeItem(uid);
    QTRY_COMPARE(annexModelItemCount(), opened.itemCount() - 1);
    m_window->document()->undoStack()->undo();
    QTRY_COMPARE(annexModelItemCount(), opened.itemCount());
    m_window->document()->setParameter(
        uid, QStringLiteral("delivery-deadline"), QStringLiteral("500"));
    // One section row per section of the draft, one child row per requirement, none lost.
    QTRY_COMPARE(annexView()->model()->rowCount(), int(opened.sections.size()));
    QCOMPARE(annexModelItemCount(), opened.itemCount());
}

int TestMainWindow::annexModelItemCount() const
{
    const QAbstractItemModel *model = annexView()->model();
    int items = 0;
    for (int section = 0; section < model->rowCount(); ++section)
        items += model->rowCount(model->index(section, 0));
    return items;
}

void TestMainWindow::outdatedClause_banner_acceptsNewVersion()
{
    const QString uid = addClause(QStringLiteral("HAE-01"));
    Draft older = m_window->document()->draft();
    older.item(uid)->clauseVersion = 7; // made with another release of the library
    m_window->document()->replaceDraft(older, QStringLiteral("test"));
    m_window->selectRequirement(uid);
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("versionBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(annexView()
                ->model()
                ->index(0, 0, annexView()->model()->index(0, 0))
                .data(AnnexModel::BadgesRole)
                .toInt() &
        AnnexModel::Outdated);
    // The button opens the review of the new version (modal); accept it there.
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        shown = dialog->findChild<QTextBrowser *>(QStringLiteral("upgradeView"))->toPlainText();
        dialog->findChild<QPushButton *>(QStringLiteral("acceptKeepButton"))->click();
    });
    m_window->findChild<QPushButton *>(QStringLiteral("acceptVersionButton"))->click();
    QTRY_VERIFY(!banner->isVisible());
    // Version 7 was never recorded in this draft: the dialog says so instead of inventing a diff.
    QVERIFY2(
        shown.contains(QStringLiteral("version 7")) && shown.contains(QStringLiteral("HAE-01")),
        qPrintable(shown));
    // Accepting takes the library's current version (HAE-01 is at version 2 since the second
    // edition of the library).
    const Clause *current = m_window->document()->library()->clause(QStringLiteral("HAE-01"));
    QVERIFY(current && current->version >= 2);
    QCOMPARE(m_window->document()->draft().item(uid)->clauseVersion, current->version);
}

/**
 * The issue's acceptance journey, as a first-time user does it: find the incident clause by
 * typing "hændelse", add it, set the deadline, adapt one sentence, export. With
 * KLAUSUL_SCREENSHOTS=<folder> each step is saved as a picture to look at.
 */
void TestMainWindow::journey_findAddSetAdaptExport()
{
    const QString shots = qEnvironmentVariable("KLAUSUL_SCREENSHOTS");
    int step = 0;
    auto shot = [&](const QString &name) {
        if (!shots.isEmpty())
            m_window->grab().save(
                QStringLiteral("%1/journey-%2-%3.png").arg(shots).arg(++step).arg(name));
    };
    m_window->resize(1600, 960);
    shot(QStringLiteral("start"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("hændelse"));
    QTRY_VERIFY(findInLibrary(QStringLiteral("HAE-01")).isValid());
    libraryView()->setCurrentIndex(findInLibrary(QStringLiteral("HAE-01")));
    shot(QStringLiteral("search"));
    QTest::keyClick(libraryView(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_window->document()->draft().itemCount(), 1);
    const QString uid = m_window->selectedRequirement();
    shot(QStringLiteral("added"));

    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    tabs->setCurrentIndex(1);
    auto *deadline = m_window->findChild<QLineEdit *>(QStringLiteral("param-early-warning"));
    deadline->setFocus();
    deadline->selectAll();
    QTest::keyClicks(deadline, QStringLiteral("4"));
    QTRY_COMPARE(
        m_window->document()->draft().item(uid)->values.value(QStringLiteral("early-warning")),
        QStringLiteral("4"));
    shot(QStringLiteral("deadline"));

    tabs->setCurrentIndex(0);
    auto *editor = m_window->findChild<ParameterChipEdit *>(QStringLiteral("wordingEdit"));
    QString text = editor->editableText(); // on screen {early-warning} is a chip
    QVERIFY(text.contains(QStringLiteral("uden unødig forsinkelse og senest {early-warning}")));
    editor->setFocus();
    QTextCursor cursor = editor->document()->find(QStringLiteral("uden unødig forsinkelse og"));
    QVERIFY(!cursor.isNull());
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral("straks og under alle omstændigheder"));
    QTRY_VERIFY(m_window->document()->annex().requirement(uid)->deviates);
    QTRY_VERIFY(
        m_window->findChild<QTextBrowser *>(QStringLiteral("annexPreview"))
            ->toPlainText()
            .contains(QStringLiteral("straks og under alle omstændigheder senest 4 timer")));
    shot(QStringLiteral("adapted"));

    mapOrganisation();
    ExportDialog dialog(m_window->document(), m_settings.get(), m_window.get());
    dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))
        ->setText(m_dir->filePath(QStringLiteral("bilag")));
    dialog.show();
    if (!shots.isEmpty())
        dialog.grab().save(QStringLiteral("%1/journey-%2-export.png").arg(shots).arg(++step));
    approveAll();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 120000);
    QCOMPARE(dialog.lastResult(), ExportJob::Result::Success);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("bilag.pdf"))));
    if (!shots.isEmpty()) {
        QFile::copy(m_dir->filePath(QStringLiteral("bilag.pdf")),
            shots + QStringLiteral("/journey-bilag.pdf"));
        QFile::copy(m_dir->filePath(QStringLiteral("bilag.docx")),
            shots + QStringLiteral("/journey-bilag.docx"));
    }
}

void TestMainWindow::contract_dialogTemplateAndReferenceDropDown_resolveTheReference()
{
    const QString uid = addClause(QStringLiteral("HAE-01"));
    // Without a contract map the contact reference is a problem, marked at its field.
    QVERIFY(hasErrors(m_window->document()->annex().issues));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    tabs->setCurrentIndex(1);
    auto *problem = m_window->findChild<QLabel *>(QStringLiteral("problem-contact"));
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisibleTo(m_window.get()));
    QVERIFY(problem->text().contains(QStringLiteral("contract map")));

    // The dialog's template lists the usual annexes without numbers; the user fills one in.
    ContractDialog dialog({}, Language::Danish, m_window.get());
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("contractTypeCombo"));
    type->setCurrentIndex(type->findData(QStringLiteral("k04")));
    dialog.findChild<QPushButton *>(QStringLiteral("templateButton"))->click();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("annexTable"));
    QVERIFY(table->rowCount() > 10);
    ContractMap map = dialog.contractMap();
    QCOMPARE(map.type, QStringLiteral("k04"));
    QVERIFY(map.annex(QStringLiteral("organisation")));
    QVERIFY(map.annex(QStringLiteral("organisation"))->number.isEmpty());
    for (int row = 0; row < table->rowCount(); ++row) {
        if (map.annexes.at(row).role == QLatin1String("organisation"))
            table->item(row, 1)->setText(QStringLiteral("7"));
    }
    m_window->document()->setContract(dialog.contractMap());
    // The form is rebuilt for the new map: look the field up again.
    problem = m_window->findChild<QLabel *>(QStringLiteral("problem-contact"));
    QVERIFY(problem);
    QTRY_VERIFY(!problem->isVisibleTo(m_window.get()));
    QVERIFY2(!hasErrors(m_window->document()->annex().issues),
        qPrintable(test::describe(m_window->document()->annex().issues)));
    QVERIFY(textOf(m_window->document()->annex().requirement(uid)->text)
                .contains(QStringLiteral("bilag 7, Samarbejdsorganisation")));

    // The reference is a drop-down of the map's annexes; choosing this annex changes the text.
    auto *contact = m_window->findChild<QComboBox *>(QStringLiteral("param-contact"));
    QVERIFY(contact);
    const int self = contact->findData(QStringLiteral("security"));
    QVERIFY(self > 0);
    contact->setCurrentIndex(self);
    emit contact->activated(self);
    QCOMPARE(m_window->document()->draft().item(uid)->values.value(QStringLiteral("contact")),
        QStringLiteral("security"));
    QVERIFY(textOf(m_window->document()->annex().requirement(uid)->text)
                .contains(QStringLiteral("dette bilag")));
}

void TestMainWindow::start_libraryLoadingInBackground_windowCompleteWithThatLibrary()
{
    // The way the app starts (app/main.cpp): the library loads while the window is built.
    QVERIFY(m_window->close());
    m_window.reset();
    auto loading = LibraryLoader::loadInBackground({}, LibraryLoader::Validation::TrustCompiledIn);
    LibraryPtr loaded;
    int calls = 0;
    m_window = std::make_unique<MainWindow>(
        [&] {
            ++calls;
            loaded = loading.get();
            return loaded;
        },
        m_settings.get());
    QCOMPARE(calls, 1);
    QVERIFY(loaded);
    QCOMPARE(m_window->document()->library().get(), loaded.get());
    QVERIFY(libraryView()->model()->rowCount() > 0);
    QVERIFY(findInLibrary(QStringLiteral("HAE-01")).isValid());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    libraryView()->setCurrentIndex(findInLibrary(QStringLiteral("HAE-01")));
    m_window->addSelectedClause();
    QCOMPARE(annexModelItemCount(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
