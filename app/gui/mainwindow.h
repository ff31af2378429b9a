#pragma once

#include "annexpreview.h"
#include "core/draftdocument.h"
#include "core/draftguard.h"
#include "core/library.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace klausul {

class AnnexModel;
class ClauseFilterModel;
class Inspector;
class LibraryBrowser;
class LibraryModel;
class ProblemsModel;
class RenumberBar;
class Settings;
class StartPage;

/**
 * The main window: library browser (themes, instant search, facet filters, clause preview), the
 * draft's annex with badges, the inspector, problems panel and live preview. Files, undo/redo,
 * autosave and recovery, export, settings and language switching live here too.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LibraryPtr library, Settings *settings, QWidget *parent = nullptr);
    /**
     * Builds the window while the library is still being loaded: `library` is called (and may
     * wait for a load under way, see LibraryLoader::loadInBackground) only once the parts of the
     * window that do not need it are built. The window is complete when this returns.
     */
    MainWindow(std::function<LibraryPtr()> library, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DraftDocument *document() const { return m_document; }
    /** Opens a draft file; shows a message and returns false when it cannot be read. */
    bool openFile(const QString &path);
    /** Starts a new, empty draft with these details. */
    void newDraft(const DraftMetadata &metadata);
    bool save();
    bool saveAs(const QString &path);
    /** Offers the recovery files of a crashed session; returns true when one was restored. */
    bool offerRecovery();
    /** Writes the recovery file now (the autosave timer calls this). */
    void autosave();
    /** Switches the user interface language (translators and every text of the window). */
    void setUiLanguage(Language language);
    void selectRequirement(const QString &uid);
    QString selectedRequirement() const;
    /** Adds the clause selected in the library browser. */
    void addSelectedClause();
    /** Activates a row of the problems panel (as a double-click does). */
    void activateProblem(int row);
    /** The panels F6 cycles through, in order: library, requirements, inspector (or start page),
     * preview, problems. */
    enum class Panel { Library, Annex, Inspector, Preview, Problems };
    /** Shows `panel` and moves the keyboard focus into it. */
    void focusPanel(Panel panel);
    /** The panel holding the keyboard focus (Library when none does). */
    Panel currentPanel() const;
    /** Moves the focus to the next (+1) or previous (-1) visible panel, as F6 / Shift+F6 do. */
    void cyclePanels(int delta);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    /** The inspector, built on first use. */
    Inspector *inspector();
    void createLibraryDock();
    void createCentral();
    void createDocks();
    void retranslate();
    void setDocument(DraftDocument *document);
    void documentChanged();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    bool maybeSave();
    void newFile();
    void openDialog();
    void saveAsDialog();
    void exportDialog();
    void publishVersion();
    void reviewView();
    /** The reviewer's signature, asking for it the first time; empty when cancelled. */
    QString reviewer();
    void settingsDialog();
    void metadataDialog();
    void contractDialog();
    void addOwnRequirement();
    void removeSelected();
    void moveSelected(int delta);
    void renumber();
    void about();
    void riskWizard();
    void followOrExplain(const QString &clauseId = {});
    void coverage();
    void userGuide();
    void shortcutList();
    void fitToScreen();
    void updateDetailPage();
    void followSelectionInPreview();

    LibraryPtr m_library;
    Settings *m_settings;
    QPointer<DraftDocument> m_document;
    QString m_recoveryKey;
    DraftGuard m_guard; ///< the lock and on-disk fingerprint of the open draft file
    bool m_readOnly = false; ///< the file is open in another Klausul: saving it is refused
    QTimer m_autosave;
    QTimer m_previewTimer;

    AnnexModel *m_annexModel;
    ProblemsModel *m_problemsModel;

    QDockWidget *m_libraryDock;
    LibraryBrowser *m_libraryBrowser;

    QTreeView *m_annexView;
    QLabel *m_annexHeading;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    Inspector *m_inspector = nullptr;

    QWidget *m_annexPanel;
    QTabWidget *m_detailTabs; ///< the inspector (or start page) and the annex preview
    QStackedWidget *m_inspectorStack;
    StartPage *m_startPage;
    RenumberBar *m_renumberBar;
    QTextBrowser *m_annexPreview;
    std::unique_ptr<AnnexPreview> m_preview;
    QDockWidget *m_problemsDock;
    QListView *m_problemsView;

    QMenu *m_fileMenu;
    QMenu *m_recentMenu;
    QMenu *m_editMenu;
    QMenu *m_viewMenu;
    QMenu *m_helpMenu;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QAction *m_detailsAction;
    QAction *m_contractAction;
    QAction *m_exportAction;
    QAction *m_publishAction;
    QAction *m_editLibraryAction;
    QAction *m_reviewAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_addAction;
    QAction *m_ownAction;
    QAction *m_removeAction;
    QAction *m_upAction;
    QAction *m_downAction;
    QAction *m_renumberAction;
    QAction *m_wizardAction;
    QAction *m_explainAction;
    QAction *m_coverageAction;
    QAction *m_findAction;
    QAction *m_settingsAction;
    QAction *m_aboutAction;
    QAction *m_guideAction;
    QAction *m_shortcutsAction;
    QAction *m_nextPanelAction;
    QAction *m_previousPanelAction;
    QList<QAction *> m_panelActions; ///< Ctrl+1 … Ctrl+4
    QLabel *m_statusCounts;
};

} // namespace klausul
