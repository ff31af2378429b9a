#include "mainwindow.h"

#include "approvaldialogs.h"
#include "badgedelegate.h"
#include "clauseeditor.h"
#include "contractdialog.h"
#include "core/annexmodel.h"
#include "core/clausefiltermodel.h"
#include "core/documenttext.h"
#include "core/draftio.h"
#include "core/htmlrender.h"
#include "core/librarymodel.h"
#include "core/problemsmodel.h"
#include "core/recovery.h"
#include "core/settings.h"
#include "core/translations.h"
#include "dialogs.h"
#include "exportdialog.h"
#include "focusframestyle.h"
#include "helpdialog.h"
#include "inspector.h"
#include "itemdelegates.h"
#include "librarybrowser.h"
#include "metadatadialog.h"
#include "renumberbar.h"
#include "reviewdialogs.h"
#include "riskwizard.h"
#include "settingsdialog.h"
#include "startpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace klausul {

MainWindow::MainWindow(LibraryPtr library, Settings *settings, QWidget *parent)
    : MainWindow(
          [library = std::move(library)]() mutable { return std::move(library); }, settings, parent)
{ }

MainWindow::MainWindow(std::function<LibraryPtr()> library, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    FocusFrameStyle::install();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/klausul/icons/klausul.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_annexModel = new AnnexModel(this);
    m_problemsModel = new ProblemsModel(this);

    // Everything that does not need the library first: while this runs, the library may still
    // be loading on other threads (LibraryLoader::loadInBackground).
    createActions();
    createMenus();
    createLibraryDock();
    createCentral();
    createDocks();

    m_previewTimer.setSingleShot(true);
    // No debounce: a keystroke re-renders only the requirement it changed (AnnexPreview); the
    // zero-interval timer still folds the changes of one event into one update.
    m_previewTimer.setInterval(0);
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        if (!m_document)
            return;
        const Annex &annex = m_document->annex();
        m_problemsModel->setIssues(annex.issues);
        if (!m_preview->show(annex, Edition::Tender))
            followSelectionInPreview();
        m_statusCounts->setText(tr("%n requirement(s)", nullptr, annex.requirementCount()) +
            QStringLiteral(" · ") +
            tr("%n error(s)", nullptr, countIssues(annex.issues, Issue::Severity::Error)) +
            QStringLiteral(" · ") +
            tr("%n warning(s)", nullptr, countIssues(annex.issues, Issue::Severity::Warning)));
        m_problemsDock->setWindowTitle(
            annex.issues.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(annex.issues.size()));
        updateDetailPage();
    });

    m_recoveryKey = Recovery::newKey();
    m_autosave.setInterval(std::max(5, m_settings->autosaveSeconds()) * 1000);
    connect(&m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosave.start();

    m_library = library();
    m_libraryBrowser->setLibrary(m_library);
    retranslate();
    DraftMetadata metadata;
    metadata.language = m_settings->defaultLanguage();
    metadata.annexTitle =
        DocumentText::text(DocumentText::Phrase::DefaultAnnexTitle, metadata.language);
    newDraft(metadata);

    resize(1400, 860);
    const QByteArray geometry = m_settings->value(Settings::Key::WindowGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->value(Settings::Key::WindowState).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    // A window saved on a screen that is gone, or bigger than this one, is brought back onto the
    // screen it is (mostly) on, else the primary screen.
    QScreen *screen = QGuiApplication::screenAt(geometry().center());
    const bool offScreen = screen == nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frameExtra;
    if (width() > room.width() || height() > room.height())
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
    if (offScreen || !available.contains(frameGeometry().topLeft()))
        move(available.topLeft() +
            QPoint(std::max(0, (available.width() - frameGeometry().width()) / 2),
                std::max(0, (available.height() - frameGeometry().height()) / 2)));
}

MainWindow::~MainWindow()
{
    if (m_document)
        m_document->disconnect(this);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(this);
    {
        // Ctrl+Shift+S everywhere, also where the platform has no standard Save as key.
        QList<QKeySequence> keys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)};
        for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::SaveAs)) {
            if (!keys.contains(key))
                keys << key;
        }
        m_saveAsAction->setShortcuts(keys);
    }
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAsDialog);
    m_detailsAction = new QAction(this);
    connect(m_detailsAction, &QAction::triggered, this, &MainWindow::metadataDialog);
    m_contractAction = new QAction(this);
    m_contractAction->setObjectName(QStringLiteral("contractAction"));
    connect(m_contractAction, &QAction::triggered, this, &MainWindow::contractDialog);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
    m_publishAction = new QAction(this);
    m_publishAction->setObjectName(QStringLiteral("publishVersionAction"));
    connect(m_publishAction, &QAction::triggered, this, &MainWindow::publishVersion);
    m_editLibraryAction = new QAction(this);
    m_editLibraryAction->setObjectName(QStringLiteral("editLibraryAction"));
    connect(m_editLibraryAction, &QAction::triggered, this, [this] {
        const QString folder =
            FileDialog::existingFolder(this, tr("Open library for editing"), QDir::homePath());
        if (folder.isEmpty())
            return;
        auto *editor = new ClauseEditorWindow(folder);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->show();
    });
    m_reviewAction = new QAction(this);
    m_reviewAction->setObjectName(QStringLiteral("reviewViewAction"));
    connect(m_reviewAction, &QAction::triggered, this, &MainWindow::reviewView);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    m_addAction = new QAction(this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addSelectedClause);
    m_ownAction = new QAction(this);
    connect(m_ownAction, &QAction::triggered, this, &MainWindow::addOwnRequirement);
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSelected);
    m_upAction = new QAction(this);
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_upAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_downAction = new QAction(this);
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_downAction, &QAction::triggered, this, [this] { moveSelected(+1); });
    m_renumberAction = new QAction(this);
    m_renumberAction->setObjectName(QStringLiteral("renumberAction"));
    connect(m_renumberAction, &QAction::triggered, this, &MainWindow::renumber);
    m_wizardAction = new QAction(this);
    m_wizardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_wizardAction, &QAction::triggered, this, &MainWindow::riskWizard);
    m_explainAction = new QAction(this);
    connect(m_explainAction, &QAction::triggered, this, [this] { followOrExplain(); });
    m_coverageAction = new QAction(this);
    connect(m_coverageAction, &QAction::triggered, this, &MainWindow::coverage);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_libraryBrowser->focusSearch();
    });
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsDialog);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_guideAction = new QAction(this);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    if (m_guideAction->shortcut().isEmpty())
        m_guideAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::userGuide);
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::shortcutList);

    m_nextPanelAction = new QAction(this);
    m_nextPanelAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_nextPanelAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_nextPanelAction, &QAction::triggered, this, [this] { cyclePanels(+1); });
    m_previousPanelAction = new QAction(this);
    m_previousPanelAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_previousPanelAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_previousPanelAction, &QAction::triggered, this, [this] { cyclePanels(-1); });
    const Panel panels[] = {Panel::Library, Panel::Annex, Panel::Inspector, Panel::Preview};
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int i = 0; i < 4; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | keys[i]));
        const Panel panel = panels[i];
        connect(action, &QAction::triggered, this, [this, panel] { focusPanel(panel); });
        m_panelActions << action;
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_detailsAction);
    m_fileMenu->addAction(m_contractAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_publishAction);
    m_fileMenu->addAction(m_editLibraryAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_addAction);
    m_editMenu->addAction(m_ownAction);
    m_editMenu->addAction(m_removeAction);
    m_editMenu->addAction(m_upAction);
    m_editMenu->addAction(m_downAction);
    m_editMenu->addAction(m_renumberAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_wizardAction);
    m_editMenu->addAction(m_explainAction);
    m_editMenu->addAction(m_coverageAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_nextPanelAction);
    m_viewMenu->addAction(m_previousPanelAction);
    m_viewMenu->addActions(m_panelActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_reviewAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createLibraryDock()
{
    m_libraryDock = new QDockWidget(this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryBrowser = new LibraryBrowser(m_libraryDock);
    m_libraryBrowser->setPreviewLanguage(
        [this] { return m_document ? m_document->draft().metadata.language : Language::Danish; });
    connect(m_libraryBrowser, &LibraryBrowser::addRequested, this, &MainWindow::addSelectedClause);
    m_libraryDock->setWidget(m_libraryBrowser);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
}

void MainWindow::createCentral()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("centralSplitter"));
    auto *annexPanel = new QWidget(splitter);
    m_annexPanel = annexPanel;
    annexPanel->setObjectName(QStringLiteral("annexPanel"));
    m_annexHeading = new QLabel(annexPanel);
    m_annexHeading->setObjectName(QStringLiteral("annexHeading"));
    QFont font = m_annexHeading->font();
    font.setBold(true);
    m_annexHeading->setFont(font);
    m_annexHeading->setWordWrap(true);

    m_annexView = new QTreeView(annexPanel);
    m_annexView->setObjectName(QStringLiteral("annexView"));
    m_annexView->setModel(m_annexModel);
    m_annexView->setDragDropMode(QAbstractItemView::DragDrop);
    m_annexView->setDefaultDropAction(Qt::MoveAction);
    m_annexView->setDropIndicatorShown(true);
    m_annexView->setAcceptDrops(true);
    m_annexView->setUniformRowHeights(true);
    m_annexView->setTextElideMode(Qt::ElideRight);
    m_annexView->setItemDelegateForColumn(
        AnnexModel::TitleColumn, new ElidedToolTipDelegate(m_annexView));
    m_annexView->header()->setStretchLastSection(false);
    m_annexView->header()->setSectionResizeMode(AnnexModel::TitleColumn, QHeaderView::Stretch);
    m_annexView->header()->setSectionResizeMode(
        AnnexModel::TypeColumn, QHeaderView::ResizeToContents);
    m_annexView->header()->setSectionResizeMode(AnnexModel::StatusColumn, QHeaderView::Interactive);
    m_annexView->header()->resizeSection(AnnexModel::StatusColumn, 130);
    m_annexView->setItemDelegateForColumn(AnnexModel::StatusColumn, new BadgeDelegate(m_annexView));
    m_annexView->addAction(m_removeAction);
    m_annexView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_annexView->addAction(m_upAction);
    m_annexView->addAction(m_downAction);
    connect(m_annexModel, &QAbstractItemModel::modelReset, this, [this] {
        m_annexView->expandAll();
        if (m_inspector && !m_inspector->currentItem().isEmpty())
            m_annexView->setCurrentIndex(m_annexModel->indexOfItem(m_inspector->currentItem()));
        updateActions();
    });
    connect(m_annexView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const QString uid = m_annexModel->uidAt(current);
            if (!uid.isEmpty())
                inspector()->setCurrentItem(uid);
            updateActions();
            followSelectionInPreview();
        });

    m_removeButton = new QPushButton(annexPanel);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    connect(m_removeButton, &QPushButton::clicked, this, &MainWindow::removeSelected);
    m_upButton = new QPushButton(annexPanel);
    m_upButton->setObjectName(QStringLiteral("moveUpButton"));
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    m_downButton = new QPushButton(annexPanel);
    m_downButton->setObjectName(QStringLiteral("moveDownButton"));
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch();
    buttons->addWidget(m_removeButton);
    // Tab follows the visible order: Up, Down, then Remove.
    setTabOrder(m_annexView, m_upButton);
    setTabOrder(m_upButton, m_downButton);
    setTabOrder(m_downButton, m_removeButton);
    m_renumberBar = new RenumberBar(annexPanel);
    auto *annexLayout = new QVBoxLayout(annexPanel);
    annexLayout->setContentsMargins(4, 4, 4, 4);
    annexLayout->addWidget(m_annexHeading);
    annexLayout->addWidget(m_renumberBar);
    annexLayout->addWidget(m_annexView, 1);
    annexLayout->addLayout(buttons);

    annexPanel->setMinimumWidth(260);

    // Beside the list: the inspector (or, for an empty new draft, the start page) and the annex
    // preview as tabs, so the list keeps its width on a 1280 px screen.
    m_detailTabs = new QTabWidget(splitter);
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_inspectorStack = new QStackedWidget(m_detailTabs);
    m_inspectorStack->setObjectName(QStringLiteral("inspectorStack"));
    // The inspector is built when a requirement is first shown (inspector()): a new draft starts
    // with the start page.
    m_startPage = new StartPage(m_settings, m_inspectorStack);
    m_inspectorStack->addWidget(m_startPage);
    connect(m_startPage, &StartPage::newFromProfileRequested, this, &MainWindow::riskWizard);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_startPage, &StartPage::openFileRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(m_startPage, &StartPage::browseLibraryRequested, this,
        [this] { focusPanel(Panel::Library); });
    m_annexPreview = new QTextBrowser(m_detailTabs);
    m_annexPreview->setObjectName(QStringLiteral("annexPreview"));
    m_preview = std::make_unique<AnnexPreview>(m_annexPreview);
    m_annexPreview->setFocusPolicy(Qt::StrongFocus);
    m_annexPreview->document()->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: x-large; } h2 { font-size: large; } h3 { font-size: medium; }"));
    m_detailTabs->addTab(m_inspectorStack, QString());
    m_detailTabs->addTab(m_annexPreview, QString());
    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            followSelectionInPreview();
    });
    // A long label in the inspector must not widen it at the list's expense.
    m_detailTabs->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detailTabs->setMinimumWidth(280);

    splitter->addWidget(annexPanel);
    splitter->addWidget(m_detailTabs);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 500});
    setCentralWidget(splitter);
    setTabOrder(m_removeButton, m_detailTabs);
}

void MainWindow::createDocks()
{
    m_problemsDock = new QDockWidget(this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsView = new QListView(m_problemsDock);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setModel(m_problemsModel);
    m_problemsView->setWordWrap(true);
    m_problemsView->setResizeMode(QListView::Adjust); // re-wrap rows when the panel is resized
    m_problemsView->setItemDelegate(new WrappingDelegate(m_problemsView)); // rows as tall as text
    connect(m_problemsView, &QListView::activated, this,
        [this](const QModelIndex &index) { activateProblem(index.row()); });
    m_problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    resizeDocks({m_problemsDock}, {120}, Qt::Vertical);
    resizeDocks({m_libraryDock}, {340}, Qt::Horizontal);

    m_libraryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    for (QDockWidget *dock : {m_libraryDock, m_problemsDock})
        m_viewMenu->addAction(dock->toggleViewAction());

    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New draft…"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_detailsAction->setText(tr("Annex &details…"));
    m_contractAction->setText(tr("C&ontract and other annexes…"));
    m_exportAction->setText(tr("&Export…"));
    m_publishAction->setText(tr("&Publish version…"));
    m_editLibraryAction->setText(tr("Open &library for editing…"));
    m_reviewAction->setText(tr("&Review…"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_addAction->setText(tr("&Add clause to annex"));
    m_ownAction->setText(tr("Add &own requirement"));
    m_removeAction->setText(tr("Re&move requirement"));
    m_upAction->setText(tr("Move &up"));
    m_downAction->setText(tr("Move do&wn"));
    m_renumberAction->setText(tr("Re&number requirements…"));
    m_findAction->setText(tr("&Find in library"));
    m_wizardAction->setText(tr("Risk &profile and suggestions…"));
    m_explainAction->setText(tr("Follow or e&xplain…"));
    m_coverageAction->setText(tr("Co&verage (Statement of Applicability)…"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_aboutAction->setText(tr("&About Klausul"));

    m_libraryDock->setWindowTitle(tr("Library"));

    m_annexView->setAccessibleName(tr("Requirements of the annex"));
    m_removeButton->setText(tr("Remove"));
    m_upButton->setText(tr("Up"));
    m_downButton->setText(tr("Down"));
    m_detailTabs->setTabText(0, tr("Requirement"));
    m_detailTabs->setTabText(1, tr("Annex preview"));
    m_guideAction->setText(tr("&User guide"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_nextPanelAction->setText(tr("&Next panel"));
    m_previousPanelAction->setText(tr("Pre&vious panel"));
    const QStringList panelNames {tr("Go to the &library"), tr("Go to the &requirements"),
        tr("Go to the &inspector"), tr("Go to the pre&view")};
    for (int i = 0; i < m_panelActions.size(); ++i)
        m_panelActions.at(i)->setText(panelNames.value(i));
    m_startPage->retranslate();
    m_annexPreview->setAccessibleName(tr("Annex preview"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_problemsView->setAccessibleName(tr("Problems"));
    if (m_inspector)
        m_inspector->retranslate();
    updateRecentMenu();
    updateTitle();
    m_previewTimer.start();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setUiLanguage(Language language)
{
    installTranslators(language); // sends LanguageChange, which retranslates
}

void MainWindow::setDocument(DraftDocument *document)
{
    DraftDocument *old = m_document;
    m_document = document;
    m_renumberBar->offer(nullptr, {}); // a new document: no offer about the old one
    document->setReviewer(m_settings->authorSignature());
    m_annexModel->setDocument(document);
    if (m_inspector)
        m_inspector->setDocument(document);
    connect(document, &DraftDocument::changed, this, &MainWindow::documentChanged);
    connect(document, &DraftDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &DraftDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(document->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(document->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(document->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
    if (old)
        old->deleteLater();
    m_annexView->expandAll();
    documentChanged();
}

void MainWindow::documentChanged()
{
    if (!m_document)
        return;
    const DraftMetadata &m = m_document->draft().metadata;
    m_annexHeading->setText(DocumentText::annexTitle(m, m.language) +
        (m.tender.isEmpty() ? QString() : QStringLiteral(" – ") + m.tender));
    m_previewTimer.start();
    updateTitle();
    updateActions();
    updateDetailPage();
}

Inspector *MainWindow::inspector()
{
    if (!m_inspector) {
        m_inspector = new Inspector(m_inspectorStack);
        m_inspector->setAuthor(m_settings->authorName());
        m_inspector->setAuthorProvider([this] { return reviewer(); });
        m_inspectorStack->insertWidget(0, m_inspector);
        if (m_document)
            m_inspector->setDocument(m_document);
    }
    return m_inspector;
}

void MainWindow::updateDetailPage()
{
    if (!m_document)
        return;
    // An empty, untitled draft starts with the start page; the first requirement replaces it.
    const bool fresh = m_document->draft().itemCount() == 0 && m_document->filePath().isEmpty();
    QWidget *page = fresh ? static_cast<QWidget *>(m_startPage) : inspector();
    if (m_inspectorStack->currentWidget() != page) {
        if (fresh)
            m_startPage->refresh();
        m_inspectorStack->setCurrentWidget(page);
    }
}

void MainWindow::followSelectionInPreview()
{
    const QString uid = selectedRequirement();
    if (!uid.isEmpty())
        m_annexPreview->scrollToAnchor(uid);
}

MainWindow::Panel MainWindow::currentPanel() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return Panel::Library;
    if (m_problemsDock->isAncestorOf(focus))
        return Panel::Problems;
    if (focus == m_annexPreview || m_annexPreview->isAncestorOf(focus))
        return Panel::Preview;
    if (m_annexPanel->isAncestorOf(focus))
        return Panel::Annex;
    if (m_detailTabs->isAncestorOf(focus) || focus == m_detailTabs)
        return Panel::Inspector;
    return Panel::Library;
}

void MainWindow::focusPanel(Panel panel)
{
    auto focusFirstIn = [](QWidget *container) {
        for (QWidget *w = container->nextInFocusChain(); w && w != container;
             w = w->nextInFocusChain()) {
            if (container->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus)) {
                w->setFocus(Qt::ShortcutFocusReason);
                return;
            }
        }
        container->setFocus(Qt::ShortcutFocusReason);
    };
    switch (panel) {
    case Panel::Library:
        m_libraryDock->show();
        m_libraryDock->raise();
        m_libraryBrowser->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        break;
    case Panel::Annex:
        m_annexView->setFocus(Qt::ShortcutFocusReason);
        if (!m_annexView->currentIndex().isValid() && m_annexModel->rowCount() > 0)
            m_annexView->setCurrentIndex(m_annexModel->index(0, 0));
        break;
    case Panel::Inspector:
        m_detailTabs->setCurrentIndex(0);
        focusFirstIn(m_inspectorStack->currentWidget());
        break;
    case Panel::Preview:
        m_detailTabs->setCurrentIndex(1);
        m_annexPreview->setFocus(Qt::ShortcutFocusReason);
        break;
    case Panel::Problems:
        m_problemsDock->show();
        m_problemsDock->raise();
        m_problemsView->setFocus(Qt::ShortcutFocusReason);
        if (!m_problemsView->currentIndex().isValid() && m_problemsModel->rowCount() > 0)
            m_problemsView->setCurrentIndex(m_problemsModel->index(0));
        break;
    }
}

void MainWindow::cyclePanels(int delta)
{
    const QList<Panel> order {
        Panel::Library, Panel::Annex, Panel::Inspector, Panel::Preview, Panel::Problems};
    int at = int(order.indexOf(currentPanel()));
    for (int step = 0; step < order.size(); ++step) {
        at = (at + delta + int(order.size())) % int(order.size());
        const Panel next = order.at(at);
        // Closed panels are skipped; F6 does not reopen them (Ctrl+1 and the View menu do).
        if ((next == Panel::Library && m_libraryDock->isHidden()) ||
            (next == Panel::Problems && m_problemsDock->isHidden()))
            continue;
        focusPanel(next);
        return;
    }
}

void MainWindow::userGuide()
{
    HelpDialog dialog(tr("User guide"), HelpDialog::guideHtml(uiLanguage()), this);
    dialog.exec();
}

void MainWindow::shortcutList()
{
    QList<QAction *> actions;
    for (QMenu *menu : {m_fileMenu, m_editMenu, m_viewMenu, m_helpMenu})
        actions += menu->actions();
    HelpDialog dialog(tr("Keyboard shortcuts"), HelpDialog::shortcutsHtml(actions), this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    if (!m_document)
        return;
    setWindowTitle(tr("%1[*] – Klausul").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool hasDocument = m_document != nullptr;
    const QString uid = selectedRequirement();
    m_undoAction->setEnabled(hasDocument && m_document->undoStack()->canUndo());
    m_redoAction->setEnabled(hasDocument && m_document->undoStack()->canRedo());
    if (hasDocument) {
        const QString undoText = m_document->undoStack()->undoText();
        const QString redoText = m_document->undoStack()->redoText();
        m_undoAction->setToolTip(undoText.isEmpty() ? QString() : tr("Undo: %1").arg(undoText));
        m_redoAction->setToolTip(redoText.isEmpty() ? QString() : tr("Redo: %1").arg(redoText));
    }
    for (QAction *action : {m_removeAction, m_upAction, m_downAction})
        action->setEnabled(!uid.isEmpty());
    m_removeButton->setEnabled(!uid.isEmpty());
    m_upButton->setEnabled(!uid.isEmpty());
    m_downButton->setEnabled(!uid.isEmpty());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        connect(action, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::selectedRequirement() const
{
    return m_annexModel->uidAt(m_annexView->currentIndex());
}

void MainWindow::selectRequirement(const QString &uid)
{
    const QModelIndex index = m_annexModel->indexOfItem(uid);
    if (!index.isValid())
        return;
    m_annexView->setCurrentIndex(index);
    m_annexView->scrollTo(index);
    inspector()->setCurrentItem(uid);
}

void MainWindow::addSelectedClause()
{
    if (!m_document)
        return;
    const QStringList ids = m_libraryBrowser->selectedClauseIds();
    QString last;
    QString added;
    for (const QString &id : std::as_const(ids)) {
        if (!m_document->draft().itemsForClause(id).isEmpty()) {
            statusBar()->showMessage(tr("%1 is already in the annex").arg(id), 4000);
            last = m_document->draft().itemsForClause(id).first()->uid;
            continue;
        }
        last = m_document->addClause(id);
        added = last.isEmpty() ? added : last;
    }
    if (!last.isEmpty())
        selectRequirement(last);
    if (!added.isEmpty()) // out of number order before the first publication: offer renumbering
        m_renumberBar->offer(m_document, added);
}

void MainWindow::addOwnRequirement()
{
    if (!m_document)
        return;
    const Language lang = m_document->draft().metadata.language;
    TranslatedText title;
    title.ref(lang) = tr("New requirement");
    Translated<Flow> wording;
    wording.ref(lang) = {Block::paragraph({Inline::plain(
        DocumentText::text(DocumentText::Phrase::OwnRequirementPlaceholder, lang))})};
    const QString uid = m_document->addOwnRequirement(title, wording, RequirementType::K);
    selectRequirement(uid);
    inspector()->focusField(QStringLiteral("title"));
}

void MainWindow::removeSelected()
{
    const QString uid = selectedRequirement();
    if (!m_document || uid.isEmpty())
        return;
    m_document->removeItem(uid);
    statusBar()->showMessage(
        tr("Requirement removed; its number is kept as withdrawn. Undo with Ctrl+Z."), 5000);
}

void MainWindow::moveSelected(int delta)
{
    const QString uid = selectedRequirement();
    if (!m_document || uid.isEmpty())
        return;
    const auto [section, row] = m_document->draft().locate(uid);
    const int target = row + delta;
    const int count = int(m_document->draft().sections.at(section).items.size());
    if (target < 0 || target >= count)
        return;
    m_document->moveItem(uid, section, target);
    selectRequirement(uid);
}

void MainWindow::renumber()
{
    if (!m_document)
        return;
    const Draft &draft = m_document->draft();
    const QString question = draft.versions.isEmpty()
        ? tr("Give every requirement a new number in the order of the annex, and "
             "forget withdrawn numbers? Numbers that tenderers or the contract already "
             "refer to will change.")
        : tr("Version %1 is published, and the contract and tenderers may refer to its "
             "requirement numbers. Renumber anyway? The next version's change notes will "
             "list every new number.")
              .arg(draft.currentVersion());
    if (MessageBox::question(this, tr("Renumber requirements"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        m_document->renumber();
}

void MainWindow::activateProblem(int row)
{
    const QModelIndex index = m_problemsModel->index(row);
    if (!index.isValid())
        return;
    const QString uid = index.data(ProblemsModel::ItemRole).toString();
    if (uid.isEmpty()) {
        const QString field = index.data(ProblemsModel::FieldRole).toString();
        if (field == QLatin1String("explanation"))
            followOrExplain(index.data(ProblemsModel::ClauseRole).toString());
        else if (field == QLatin1String("contract"))
            contractDialog();
        return;
    }
    selectRequirement(uid);
    inspector()->focusField(index.data(ProblemsModel::FieldRole).toString());
}

void MainWindow::newDraft(const DraftMetadata &metadata)
{
    Draft draft;
    draft.metadata = metadata;
    draft.metadata.libraryId = m_library->info().id;
    draft.metadata.libraryVersion = m_library->info().version;
    auto *document = new DraftDocument(m_library, draft, this);
    setDocument(document);
    m_guard.unlock();
    m_guard.remember(QString());
    m_readOnly = false;
    Recovery::remove(m_recoveryKey);
}

bool MainWindow::openFile(const QString &path)
{
    IssueList issues;
    const std::optional<Draft> draft = DraftIo::read(path, &issues);
    if (!draft) {
        QStringList lines;
        for (const Issue &issue : std::as_const(issues).mid(0, 8))
            lines << issue.toString();
        MessageBox::warning(this, tr("Cannot open the draft"),
            tr("%1 cannot be opened:\n\n%2")
                .arg(QDir::toNativeSeparators(path), lines.join(u'\n')));
        return false;
    }
    auto *document = new DraftDocument(m_library, *draft, this);
    // A bundled example (a resource) opens as an untitled copy: saving asks for a file name.
    const bool bundled = path.startsWith(u':');
    if (!bundled)
        document->setFilePath(path);
    setDocument(document);
    QString holder;
    m_readOnly = !bundled && !m_guard.lock(path, &holder);
    if (bundled || m_readOnly)
        m_guard.unlock();
    m_guard.remember(bundled ? QString() : path);
    if (m_readOnly) {
        MessageBox::warning(this, tr("Opened read-only"),
            tr("%1 is open in another Klausul window (%2).\n\nIt is opened read-only here, so "
               "neither window overwrites the other's changes. Use Save as to keep changes "
               "made here under another name.")
                .arg(QDir::toNativeSeparators(path), holder));
    }
    Recovery::remove(m_recoveryKey);
    m_recoveryKey = Recovery::newKey();
    if (!bundled) {
        m_settings->addRecentFile(QFileInfo(path).absoluteFilePath());
        m_settings->setValue(Settings::Key::LastFolder, QFileInfo(path).absolutePath());
    }
    updateRecentMenu();
    const QString libraryVersion = draft->metadata.libraryVersion;
    if (!libraryVersion.isEmpty() && libraryVersion != m_library->info().version)
        statusBar()->showMessage(
            tr("The draft was made with library version %1; this is version %2. "
               "See the problems panel for clauses that changed.")
                .arg(libraryVersion, m_library->info().version),
            10000);
    const QList<const DraftItem *> items = draft->items();
    if (!items.isEmpty())
        selectRequirement(items.first()->uid);
    return true;
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty() || m_document->filePath().startsWith(u':')) {
        saveAsDialog();
        return !m_document->isModified(); // false when the dialog was cancelled or saving failed
    }
    return saveAs(m_document->filePath());
}

bool MainWindow::saveAs(const QString &path)
{
    if (!m_document)
        return false;
    QString target = path;
    if (!target.endsWith(QLatin1String(".klausul")))
        target += QStringLiteral(".klausul");
    const QString current = m_document->filePath();
    const bool sameFile = !current.isEmpty() && !current.startsWith(u':') &&
        QFileInfo(current).absoluteFilePath() == QFileInfo(target).absoluteFilePath();
    if (sameFile && m_readOnly) {
        MessageBox::warning(this, tr("Cannot save"),
            tr("%1 is open in another Klausul window, so it was opened read-only. Nothing was "
               "saved: use Save as to keep your changes under another name.")
                .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    if (sameFile && m_guard.changedOnDisk()) {
        MessageBox::warning(this, tr("Cannot save"),
            tr("%1 was changed on disk by another program after it was opened here. Nothing was "
               "saved, so those changes are not overwritten: use Save as to keep your version "
               "under another name, then compare the two.")
                .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    QString holder;
    if (!sameFile && !m_guard.lock(target, &holder)) {
        MessageBox::warning(this, tr("Cannot save"),
            tr("%1 is open in another Klausul window (%2). Nothing was saved: choose another "
               "name.")
                .arg(QDir::toNativeSeparators(target), holder));
        return false;
    }
    QString error;
    if (!DraftIo::write(m_document->draft(), target, &error)) {
        // The document stays modified and its recovery file stays: nothing is lost.
        MessageBox::warning(this, tr("Cannot save"),
            tr("%1\n\nYour changes are not saved; they are kept in this window and in the "
               "recovery file. Free some space or choose another place with Save as.")
                .arg(error));
        return false;
    }
    m_guard.remember(target);
    m_readOnly = false;
    m_document->setFilePath(target);
    m_document->markSaved();
    Recovery::remove(m_recoveryKey);
    m_settings->addRecentFile(QFileInfo(target).absoluteFilePath());
    m_settings->setValue(Settings::Key::LastFolder, QFileInfo(target).absolutePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 4000);
    return true;
}

void MainWindow::saveAsDialog()
{
    const QString folder = m_settings->value(Settings::Key::LastFolder).toString();
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty() || suggestion.startsWith(u':'))
        suggestion = QDir(folder).filePath(
            QStringLiteral("bilag-%1.klausul").arg(m_document->draft().metadata.annexNumber));
    const QString path = FileDialog::saveFileName(
        this, tr("Save draft"), suggestion, tr("Klausul drafts (*.klausul)"));
    if (!path.isEmpty())
        saveAs(path);
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = FileDialog::openFileName(this, tr("Open draft"),
        m_settings->value(Settings::Key::LastFolder).toString(), tr("Klausul drafts (*.klausul)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    DraftMetadata metadata;
    metadata.language = m_settings->defaultLanguage();
    MetadataDialog dialog(metadata, true, this);
    if (dialog.exec() == QDialog::Accepted)
        newDraft(dialog.metadata());
}

void MainWindow::metadataDialog()
{
    if (!m_document)
        return;
    MetadataDialog dialog(m_document->draft().metadata, false, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setMetadata(dialog.metadata());
}

void MainWindow::contractDialog()
{
    if (!m_document)
        return;
    ContractDialog dialog(
        m_document->draft().contract, m_document->draft().metadata.language, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setContract(dialog.contractMap());
}

void MainWindow::exportDialog()
{
    if (!m_document)
        return;
    ExportDialog dialog(m_document, m_settings, this);
    dialog.exec();
}

QString MainWindow::reviewer()
{
    const QString name = ReviewerDialog::ensureReviewer(m_settings, this);
    if (m_document && !name.isEmpty())
        m_document->setReviewer(name);
    return name;
}

void MainWindow::publishVersion()
{
    if (!m_document)
        return;
    const QString approver = reviewer();
    if (approver.isEmpty())
        return;
    PublishVersionDialog dialog(m_document, approver, this);
    dialog.exec();
}

void MainWindow::reviewView()
{
    if (!m_document)
        return;
    auto *dialog = new ReviewDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::requirementActivated, this, &MainWindow::selectRequirement);
    connect(dialog, &ReviewDialog::explanationActivated, this,
        [this](const QString &clauseId) { followOrExplain(clauseId); });
    connect(m_document, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

void MainWindow::settingsDialog()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_inspector)
        m_inspector->setAuthor(m_settings->authorName());
    if (m_document)
        m_document->setReviewer(m_settings->authorSignature());
    if (m_settings->uiLanguage() != uiLanguage())
        setUiLanguage(m_settings->uiLanguage());
}

void MainWindow::riskWizard()
{
    if (!m_document)
        return;
    const QString author = reviewer();
    if (author.isEmpty())
        return;
    RiskWizard wizard(m_document, author, this);
    if (wizard.exec() == QDialog::Accepted)
        wizard.applyToDocument();
}

void MainWindow::followOrExplain(const QString &clauseId)
{
    if (!m_document)
        return;
    const QString author = reviewer();
    if (author.isEmpty())
        return;
    FollowOrExplainDialog dialog(m_document, author, this);
    if (!clauseId.isEmpty())
        dialog.selectClause(clauseId);
    dialog.exec();
}

void MainWindow::coverage()
{
    if (!m_document)
        return;
    CoverageDialog dialog(m_document, m_settings, this);
    dialog.exec();
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About Klausul"),
        tr("Klausul %1 (%2)\n\nInformation-security requirements for Danish public IT tenders and "
           "contracts.\n\nLibrary: %3, version %4 (%5), %n clause(s).",
            nullptr, int(m_library->clauses().size()))
            .arg(QStringLiteral(KLAUSUL_VERSION), QStringLiteral(KLAUSUL_RELEASE_DATE),
                m_library->info().title.get(uiLanguage()), m_library->info().version,
                QLocale().toString(m_library->info().released, QLocale::ShortFormat)));
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::autosave()
{
    if (!m_document || !m_document->isModified())
        return;
    QString error;
    if (!Recovery::save(m_recoveryKey, m_document->draft(), m_document->filePath(), &error))
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
}

bool MainWindow::offerRecovery()
{
    const QList<Recovery::Entry> entries = Recovery::orphaned();
    if (entries.isEmpty())
        return false;
    const Recovery::Entry &entry = entries.first();
    // A zero-width space after each separator lets a long path wrap there, not mid-name.
    const QString name = entry.originalPath.isEmpty()
        ? tr("an unsaved draft")
        : QDir::toNativeSeparators(entry.originalPath)
              .replace(QDir::separator(), QString(QDir::separator()) + QChar(0x200b));
    const QMessageBox::StandardButton answer =
        MessageBox::question(this, tr("Restore unsaved changes?"),
            tr("Klausul was not closed properly. Unsaved changes to %1 from %2 were "
               "kept.\n\nRestore them?")
                .arg(name, QLocale().toString(entry.saved, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        Recovery::remove(entry.key);
        return false;
    }
    IssueList issues;
    const std::optional<Draft> recovered = DraftIo::read(entry.recoveryFile, &issues);
    if (!recovered) {
        QStringList lines;
        for (const Issue &issue : std::as_const(issues))
            lines << issue.toString();
        MessageBox::warning(this, tr("Cannot restore"), lines.join(u'\n'));
        return false;
    }
    // The saved file (if any) is the clean state, so the restored changes can be undone and saved.
    if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath) &&
        openFile(entry.originalPath)) {
        m_document->replaceDraft(*recovered, tr("Restore unsaved changes"));
    } else {
        Draft empty;
        empty.metadata = recovered->metadata;
        auto *document = new DraftDocument(m_library, empty, this);
        setDocument(document);
        document->replaceDraft(*recovered, tr("Restore unsaved changes"));
    }
    Recovery::remove(entry.key);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Recovery::remove(m_recoveryKey);
    m_settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::WindowState, saveState());
    event->accept();
}

} // namespace klausul
