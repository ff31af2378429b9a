#include "core/annexmodel.h"
#include "core/libraryloader.h"
#include "core/librarymodel.h"
#include "core/recovery.h"
#include "core/settings.h"
#include "core/translations.h"
#include "gui/dialogs.h"
#include "gui/helpdialog.h"
#include "gui/mainwindow.h"
#include "support/testsupport.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace klausul;

/**
 * The main window as a newcomer meets it: readable at 1280×800 and 1920×1080, reachable by
 * keyboard (search → results → add, F6 and Ctrl+1…4 between panels, visible focus), with a start
 * page, a user guide and a shortcut list, and an accessible name on every interactive widget.
 * With KLAUSUL_SCREENSHOTS=<folder> it also saves the window at both sizes.
 */
class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void layout_1280x800_annexTitlesShowTwentyCharacters();
    void layout_1920x1080_listAndInspectorSideBySide();
    void layout_longApproverLabel_doesNotSqueezeTheList();
    void reviewStatus_longApprover_comboShowsLongestItem();
    void geometry_savedOffScreen_restoredOntoScreen();
    void parameter_aboveMaximum_keptAndListedInProblems();
    void search_downThenCtrlReturn_addsClause();
    void search_ctrlReturn_addsBestMatch();
    void tabOrder_upAndDownBeforeRemove();
    void f6_cyclesPanelsBothWays();
    void ctrlDigits_focusPanels();
    void focus_previewAndProblems_drawAVisibleFrame();
    void saveAs_ctrlShiftS_savesUnderNewName();
    void startPage_emptyDraft_offersProfileOpenAndExamples();
    void help_guideAndShortcuts_inBothLanguages();
    void accessibility_everyInteractiveWidgetHasAName();
    void recovery_longPath_wrapsAtSeparators();
    void preview_followsSelectedRequirement();
    void problems_longMessagesNarrow_rowsTallAsTheirTextNoOverlap();
    void addClause_outOfOrder_offersRenumberingUntilPublished();

private:
    QTreeView *view(const char *name) const
    {
        return m_window->findChild<QTreeView *>(QLatin1String(name));
    }
    QLineEdit *search() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    }
    QModelIndex findInLibrary(const QString &id) const;
    QString addClause(const QString &id);
    void addSeveral();
    void shoot(const QString &name);
    QString focusName() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
    /** True when the focus is in the widget named `name` or a child of it. */
    bool focusIn(const QString &name) const
    {
        QWidget *panel = m_window->findChild<QWidget *>(name);
        QWidget *focus = QApplication::focusWidget();
        return panel && focus && (panel == focus || panel->isAncestorOf(focus));
    }

    LibraryPtr m_library;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_library = LibraryLoader::load();
    QVERIFY(installTranslators(Language::English));
}

void TestMainWindowLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setValue(Settings::Key::AuthorName, QStringLiteral("Anne Holm"));
    m_settings->setValue(Settings::Key::UiLanguage, QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_library, m_settings.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestMainWindowLayout::cleanup()
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

QModelIndex TestMainWindowLayout::findInLibrary(const QString &id) const
{
    QAbstractItemModel *model = view("libraryView")->model();
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

QString TestMainWindowLayout::addClause(const QString &id)
{
    view("libraryView")->setCurrentIndex(findInLibrary(id));
    m_window->addSelectedClause();
    return m_window->selectedRequirement();
}

void TestMainWindowLayout::addSeveral()
{
    for (const char *id : {"HAE-01", "LOG-01", "KRY-01", "OPH-04", "ADG-01", "PDA-09"})
        QVERIFY(!addClause(QLatin1String(id)).isEmpty());
}

void TestMainWindowLayout::shoot(const QString &name)
{
    const QString folder = qEnvironmentVariable("KLAUSUL_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(m_window->grab().save(QDir(folder).filePath(name)));
}

void TestMainWindowLayout::layout_1280x800_annexTitlesShowTwentyCharacters()
{
    addSeveral();
    // Approved with comments: the widest state of the status column.
    const QString uid = m_window->selectedRequirement();
    m_window->document()->addComment(uid, QStringLiteral("Anne Holm"), QStringLiteral("OK"));
    m_window->document()->setReviewStatus(uid, ReviewStatus::Approved, QStringLiteral("Anne"));
    m_window->resize(1280, 800);
    QTest::qWait(200);
    QTreeView *annex = view("annexView");
    QAbstractItemModel *model = annex->model();
    const int margin = annex->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, annex);
    int checked = 0;
    for (int section = 0; section < model->rowCount(); ++section) {
        const QModelIndex parent = model->index(section, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, AnnexModel::TitleColumn, parent);
            const QString title = index.data().toString();
            // The text rectangle of the delegate: the cell minus the focus margins on each side.
            const int room = annex->visualRect(index).width() - 2 * (margin + 1);
            const QString shown =
                annex->fontMetrics().elidedText(title, Qt::ElideRight, room).remove(u'…');
            QVERIFY2(shown.size() >= 20 || shown == title,
                qPrintable(QStringLiteral("only \"%1\" of \"%2\" visible (%3 px)")
                               .arg(shown, title)
                               .arg(room)));
            ++checked;
        }
    }
    QCOMPARE(checked, 6);
    shoot(QStringLiteral("main-1280x800.png"));

    // The parameter form at this size, with a value above the maximum kept and flagged.
    m_window->selectRequirement(
        m_window->document()->draft().itemsForClause(QStringLiteral("HAE-01")).first()->uid);
    m_window->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"))->setCurrentIndex(1);
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("param-notification"));
    QVERIFY(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("80"));
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("problem-notification"))->isVisible());
    QTest::qWait(400);
    shoot(QStringLiteral("main-1280x800-parameters.png"));
}

void TestMainWindowLayout::layout_1920x1080_listAndInspectorSideBySide()
{
    addSeveral();
    m_window->resize(1920, 1080);
    QTest::qWait(200);
    QTreeView *annex = view("annexView");
    auto *details = m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(annex->isVisible() && details->isVisible());
    QVERIFY(annex->width() >= 500);
    QVERIFY(details->width() >= 500);
    QVERIFY(view("libraryView")->isVisible());
    shoot(QStringLiteral("main-1920x1080.png"));
    // The preview is one click (or Ctrl+4) away and shows the selected requirement.
    m_window->focusPanel(MainWindow::Panel::Preview);
    auto *preview = m_window->findChild<QTextBrowser *>(QStringLiteral("annexPreview"));
    QTRY_VERIFY(preview->isVisible());
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Sikkerhedshændelser")));
    shoot(QStringLiteral("main-1920x1080-preview.png"));
}

void TestMainWindowLayout::layout_longApproverLabel_doesNotSqueezeTheList()
{
    addSeveral();
    m_window->resize(1280, 800);
    QTest::qWait(100);
    const int before = view("annexView")->width();
    const QString uid = m_window->selectedRequirement();
    m_window->document()->setReviewStatus(uid, ReviewStatus::Approved,
        QStringLiteral(
            "Sikkerhedskoordinator Anne-Marie Holm-Kristiansen, Digitaliseringsafdelingen"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    tabs->setCurrentIndex(3);
    QTest::qWait(100);
    QCOMPARE(view("annexView")->width(), before);
}

void TestMainWindowLayout::reviewStatus_longApprover_comboShowsLongestItem()
{
    addSeveral();
    const QString uid = m_window->selectedRequirement();
    m_window->document()->addComment(uid, QStringLiteral("Anne Holm"), QStringLiteral("OK"));
    m_window->document()->setReviewStatus(uid, ReviewStatus::Approved,
        QStringLiteral(
            "Sikkerhedskoordinator Anne-Marie Holm-Kristiansen, Digitaliseringsafdelingen"));
    m_window->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"))->setCurrentIndex(3);
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("reviewStatusCombo"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->isVisible());
    QVERIFY(combo->count() >= 3);
    int longest = 0;
    for (int i = 0; i < combo->count(); ++i)
        longest = std::max(longest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
    QVERIFY2(combo->sizeHint().width() >= longest,
        qPrintable(QStringLiteral("%1 < %2").arg(combo->sizeHint().width()).arg(longest)));
    // Laid out at its size hint: the current text is never cut to "Appr…".
    QTRY_COMPARE(combo->width(), combo->sizeHint().width());
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    const QRect text = combo->style()->subControlRect(
        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    QVERIFY2(text.width() >= longest,
        qPrintable(QStringLiteral("text field %1 px < %2 px").arg(text.width()).arg(longest)));
}

void TestMainWindowLayout::geometry_savedOffScreen_restoredOntoScreen()
{
    m_window->move(20000, 20000);
    QTRY_COMPARE(m_window->pos().x(), 20000);
    m_settings->setValue(Settings::Key::WindowGeometry, m_window->saveGeometry());
    MainWindow restored(m_library, m_settings.get());
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(screen.contains(restored.geometry().center()),
        qPrintable(QStringLiteral("window at %1,%2 outside the screen")
                       .arg(restored.x())
                       .arg(restored.y())));
    // As wide as the screen allows; the window's minimum fits an 800 px screen.
    QVERIFY(restored.minimumSizeHint().width() <= 800);
    QVERIFY2(restored.width() <= screen.width(),
        qPrintable(
            QStringLiteral("%1 wide on a %2 px screen").arg(restored.width()).arg(screen.width())));
    QVERIFY(restored.close());
}

void TestMainWindowLayout::parameter_aboveMaximum_keptAndListedInProblems()
{
    const QString uid = addClause(QStringLiteral("HAE-01"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    tabs->setCurrentIndex(1);
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("param-notification"));
    QVERIFY(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("80"));
    QCOMPARE(field->text(), QStringLiteral("80"));
    QCOMPARE(m_window->document()->draft().item(uid)->values.value(QStringLiteral("notification")),
        QStringLiteral("80"));
    auto *problems = m_window->findChild<QListView *>(QStringLiteral("problemsView"));
    bool listed = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < problems->model()->rowCount(); ++row)
                listed = listed ||
                    problems->model()->index(row, 0).data().toString().contains(
                        QStringLiteral("above the maximum 71"));
            return listed;
        }(),
        5000);
    auto *problem = m_window->findChild<QLabel *>(QStringLiteral("problem-notification"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("above the maximum 71")));
}

void TestMainWindowLayout::search_downThenCtrlReturn_addsClause()
{
    search()->setFocus();
    QTest::keyClicks(search(), QStringLiteral("hændelse"));
    QTRY_VERIFY(findInLibrary(QStringLiteral("HAE-01")).isValid());
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(focusName(), QStringLiteral("libraryView"));
    const QString id =
        view("libraryView")->currentIndex().data(LibraryModel::ClauseIdRole).toString();
    QVERIFY(!id.isEmpty());
    QTest::keyClick(view("libraryView"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_window->document()->draft().itemCount(), 1);
    QCOMPARE(m_window->document()->draft().items().first()->clauseId, id);
}

void TestMainWindowLayout::search_ctrlReturn_addsBestMatch()
{
    search()->setFocus();
    QTest::keyClicks(search(), QStringLiteral("kryptering"));
    QTRY_VERIFY(view("libraryView")->model()->rowCount() > 0);
    QTest::keyClick(search(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_window->document()->draft().itemCount(), 1);
    QVERIFY(!m_window->document()->draft().items().first()->clauseId.isEmpty());
}

void TestMainWindowLayout::tabOrder_upAndDownBeforeRemove()
{
    addClause(QStringLiteral("HAE-01"));
    auto *up = m_window->findChild<QPushButton *>(QStringLiteral("moveUpButton"));
    auto *down = m_window->findChild<QPushButton *>(QStringLiteral("moveDownButton"));
    auto *remove = m_window->findChild<QPushButton *>(QStringLiteral("removeButton"));
    view("annexView")->setFocus();
    QTRY_VERIFY(view("annexView")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), up);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), remove);
}

void TestMainWindowLayout::f6_cyclesPanelsBothWays()
{
    addClause(QStringLiteral("HAE-01"));
    search()->setFocus();
    QTRY_VERIFY(search()->hasFocus());
    const char *order[] = {
        "annexPanel", "inspector", "annexPreview", "problemsDock", "libraryDock"};
    for (const char *panel : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY2(focusIn(QLatin1String(panel)),
            qPrintable(
                QStringLiteral("expected %1, focus on %2").arg(QLatin1String(panel), focusName())));
    }
    QCOMPARE(QApplication::focusWidget(), search());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(focusIn(QStringLiteral("problemsDock")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(focusIn(QStringLiteral("annexPreview")));
    // A closed panel is skipped.
    m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"))->hide();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY(focusIn(QStringLiteral("libraryDock")));
}

void TestMainWindowLayout::ctrlDigits_focusPanels()
{
    addClause(QStringLiteral("HAE-01"));
    view("annexView")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("annexPreview"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QVERIFY(focusIn(QStringLiteral("inspector")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("annexView"));
    // Ctrl+1 also reopens a closed library.
    m_window->findChild<QDockWidget *>(QStringLiteral("libraryDock"))->hide();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search());
    QVERIFY(search()->isVisible());
}

void TestMainWindowLayout::focus_previewAndProblems_drawAVisibleFrame()
{
    addClause(QStringLiteral("HAE-01"));
    for (const char *name : {"annexPreview", "problemsView", "annexView"}) {
        auto *widget = m_window->findChild<QWidget *>(QLatin1String(name));
        if (qstrcmp(name, "annexPreview") == 0)
            m_window->focusPanel(MainWindow::Panel::Preview);
        QTRY_VERIFY(widget->isVisible());
        search()->setFocus();
        QTRY_VERIFY(!widget->hasFocus());
        const QImage unfocused = widget->grab().toImage();
        widget->setFocus();
        QTRY_VERIFY(widget->hasFocus());
        const QImage focused = widget->grab().toImage();
        // The frame: the border pixels change to the highlight colour.
        const QColor highlight = widget->palette().color(QPalette::Highlight);
        int framed = 0;
        for (int x = 0; x < focused.width(); ++x) {
            if (QColor(focused.pixel(x, 0)) == highlight &&
                QColor(unfocused.pixel(x, 0)) != highlight)
                ++framed;
        }
        QVERIFY2(framed > focused.width() / 2,
            qPrintable(QStringLiteral("%1: %2 of %3 top pixels framed")
                           .arg(QLatin1String(name))
                           .arg(framed)
                           .arg(focused.width())));
    }
}

void TestMainWindowLayout::saveAs_ctrlShiftS_savesUnderNewName()
{
    addClause(QStringLiteral("HAE-01"));
    const QString path = m_dir->filePath(QStringLiteral("nyt-navn.klausul"));
    FileDialog::setNextFileName(path);
    view("annexView")->setFocus();
    QTest::keyClick(
        QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(m_window->document()->filePath(), path);
}

void TestMainWindowLayout::startPage_emptyDraft_offersProfileOpenAndExamples()
{
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("inspectorStack"));
    QWidget *start = m_window->findChild<QWidget *>(QStringLiteral("startPage"));
    QVERIFY(start);
    QTRY_COMPARE(stack->currentWidget(), start);
    QVERIFY(start->findChild<QPushButton *>(QStringLiteral("startProfileButton"))->isVisible());
    QVERIFY(start->findChild<QPushButton *>(QStringLiteral("startOpenButton"))->isVisible());
    auto *example =
        start->findChild<QPushButton *>(QStringLiteral("example-kommune-sagsbehandling"));
    QVERIFY(example);
    QVERIFY(!example->text().isEmpty());
    example->click();
    QVERIFY(m_window->document()->draft().itemCount() > 5);
    QTRY_VERIFY(stack->currentWidget() != start);
    // A recent draft appears once something was saved.
    QVERIFY(m_window->saveAs(m_dir->filePath(QStringLiteral("kommune.klausul"))));
    DraftMetadata metadata;
    m_window->newDraft(metadata);
    QTRY_COMPARE(stack->currentWidget(), start);
    auto *recent = start->findChild<QPushButton *>(QStringLiteral("recent-1"));
    QVERIFY(recent);
    QCOMPARE(recent->text(), QStringLiteral("kommune.klausul"));
    // Adding a clause replaces the start page with the inspector.
    addClause(QStringLiteral("HAE-01"));
    QTRY_VERIFY(stack->currentWidget() != start);
}

void TestMainWindowLayout::help_guideAndShortcuts_inBothLanguages()
{
    const QString danish = HelpDialog::guideHtml(Language::Danish);
    const QString english = HelpDialog::guideHtml(Language::English);
    QVERIFY(danish.contains(QStringLiteral("Kom i gang")));
    QVERIFY(english.contains(QStringLiteral("Getting started")));
    QVERIFY(danish.contains(QStringLiteral("F6")) && english.contains(QStringLiteral("F6")));
    QList<QAction *> actions;
    for (QAction *menu : m_window->menuBar()->actions())
        actions += menu->menu()->actions();
    const QString shortcuts = HelpDialog::shortcutsHtml(actions);
    for (const char *key : {"F6", "Shift+F6", "Ctrl+Shift+S", "Ctrl+1", "Ctrl+4", "Ctrl+Return"})
        QVERIFY2(shortcuts.contains(QLatin1String(key)), key);
    QVERIFY(shortcuts.contains(QStringLiteral("Next panel")));
    // The Help menu holds both.
    QMenu *help = m_window->menuBar()->actions().last()->menu();
    QVERIFY(help->findChild<QAction *>(QStringLiteral("guideAction")) ||
        help->actions().contains(m_window->findChild<QAction *>(QStringLiteral("guideAction"))));
    QVERIFY(help->actions().contains(
        m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))));
}

void TestMainWindowLayout::accessibility_everyInteractiveWidgetHasAName()
{
    addClause(QStringLiteral("HAE-01"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    QStringList nameless;
    int interactive = 0;
    auto walk = [&](auto &&self, QAccessibleInterface *node, int depth) -> void {
        if (!node || depth > 40)
            return;
        const QAccessible::State state = node->state();
        const QAccessible::Role role = node->role();
        const bool isInteractive = !state.invisible &&
            (role == QAccessible::PushButton || role == QAccessible::CheckBox ||
                role == QAccessible::ComboBox || role == QAccessible::EditableText ||
                role == QAccessible::SpinBox || role == QAccessible::List ||
                role == QAccessible::Tree || role == QAccessible::PageTabList ||
                role == QAccessible::RadioButton);
        if (isInteractive) {
            ++interactive;
            if (node->text(QAccessible::Name).trimmed().isEmpty()) {
                QObject *object = node->object();
                nameless << QStringLiteral("%1 (%2)").arg(
                    object ? object->objectName() : QStringLiteral("?"),
                    object ? QLatin1String(object->metaObject()->className()) : QString());
            }
        }
        for (int i = 0; i < node->childCount(); ++i)
            self(self, node->child(i), depth + 1);
    };
    for (const int tab : {0, 1, 3}) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        walk(walk, QAccessible::queryAccessibleInterface(m_window.get()), 0);
    }
    QVERIFY(interactive > 20);
    nameless.removeDuplicates();
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
}

void TestMainWindowLayout::recovery_longPath_wrapsAtSeparators()
{
    QDir(Recovery::folder()).removeRecursively();
    Draft draft;
    const QString original = QStringLiteral(
        "/home/anne/Udbud/2027/Sagsbehandlingssystem-genudbud/Bilag/sikkerhedsbilag.klausul");
    QString error;
    const QString key = Recovery::newKey();
    QVERIFY(Recovery::save(key, draft, original, &error));
    QFile info(QDir(Recovery::folder()).filePath(key + QStringLiteral(".json")));
    QVERIFY(info.open(QIODevice::ReadWrite));
    QByteArray json = info.readAll();
    json.replace(QByteArray::number(QCoreApplication::applicationPid()), "2147483646");
    info.resize(0);
    info.write(json);
    info.close();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_window->offerRecovery());
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(QStringLiteral("Sagsbehandlingssystem-genudbud/\u200bBilag/\u200b")),
        qPrintable(text));
    // Without the break marks it reads as the path.
    QVERIFY(QString(text).remove(QChar(0x200b)).contains(original));
}

void TestMainWindowLayout::preview_followsSelectedRequirement()
{
    QVERIFY(m_window->openFile(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul"))));
    auto *preview = m_window->findChild<QTextBrowser *>(QStringLiteral("annexPreview"));
    m_window->focusPanel(MainWindow::Panel::Preview);
    QTRY_VERIFY(preview->toPlainText().size() > 1000);
    const QList<const DraftItem *> items = m_window->document()->draft().items();
    QVERIFY(items.size() > 5);
    m_window->selectRequirement(items.last()->uid);
    QTRY_VERIFY(preview->verticalScrollBar()->value() > 0);
    const int atLast = preview->verticalScrollBar()->value();
    m_window->selectRequirement(items.at(1)->uid);
    QTRY_VERIFY(preview->verticalScrollBar()->value() < atLast);
}

void TestMainWindowLayout::problems_longMessagesNarrow_rowsTallAsTheirTextNoOverlap()
{
    addSeveral(); // references to annexes the contract map does not list: long error messages
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("problemsView"));
    QVERIFY(dock && list);
    QTRY_VERIFY(list->model()->rowCount() >= 3);
    dock->setFloating(true);
    dock->resize(360, 600);
    QTest::qWait(100); // the view lays its rows out again after the resize
    const int width = list->viewport()->width();
    QVERIFY(width < 360);
    int wrapped = 0;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QRect rect = list->visualRect(index);
        const QString text = index.data().toString();
        const int needed = list->fontMetrics()
                               .boundingRect(QRect(0, 0, width - 12, 10000), Qt::TextWordWrap, text)
                               .height();
        QVERIFY2(rect.height() >= needed,
            qPrintable(QStringLiteral("row %1: %2 px for %3 px of text")
                           .arg(row)
                           .arg(rect.height())
                           .arg(needed)));
        wrapped += needed > 2 * list->fontMetrics().height();
        if (row > 0)
            QVERIFY2(list->visualRect(list->model()->index(row - 1, 0)).bottom() < rect.top(),
                qPrintable(QString::number(row)));
    }
    QVERIFY(wrapped > 0); // the messages really wrap at this width
    if (!qEnvironmentVariable("KLAUSUL_SCREENSHOTS").isEmpty())
        QVERIFY(dock->grab().save(QDir(qEnvironmentVariable("KLAUSUL_SCREENSHOTS"))
                                      .filePath(QStringLiteral("problems-narrow.png"))));
}

void TestMainWindowLayout::addClause_outOfOrder_offersRenumberingUntilPublished()
{
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("renumberBar"));
    QVERIFY(bar);
    QVERIFY(!addClause(QStringLiteral("HAE-01")).isEmpty());
    QVERIFY(!bar->isVisible()); // 1 in order: nothing to offer
    // Access control comes before incidents: its section goes first, with the next number (2).
    const QString uid = addClause(QStringLiteral("ADG-01"));
    const Draft &draft = m_window->document()->draft();
    QCOMPARE(draft.locate(uid).first, 0);
    QCOMPARE(draft.item(uid)->number, 2);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->findChild<QLabel *>(QStringLiteral("renumberText"))
                ->text()
                .contains(draft.numberLabel(2)));
    shoot(QStringLiteral("renumber-offer.png"));
    QTest::mouseClick(
        bar->findChild<QPushButton *>(QStringLiteral("renumberButton")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_window->document()->draft().item(uid)->number, 1);
    QVERIFY(m_window->document()->draft().numberedInOrder());
    // Undo brings the old numbers back; the offer is not repeated unasked.
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->draft().item(uid)->number, 2);

    // After the first publication the numbers are referred to: no offer.
    QString error;
    QVERIFY(m_window->document()->publishVersion(
        QStringLiteral("1.0"), QStringLiteral("Udbud"), QStringLiteral("Anne Holm"), &error));
    QVERIFY(!addClause(QStringLiteral("BER-01")).isEmpty());
    QVERIFY(!m_window->document()->draft().numberedInOrder());
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
