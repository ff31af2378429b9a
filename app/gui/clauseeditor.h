#pragma once

#include "core/editableclause.h"
#include "core/library.h"

#include <QMainWindow>
#include <QMap>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace klausul {

/**
 * The library maintainer's clause editor (File → Open library for editing…): a library folder's
 * clauses on the left, a form for the selected one in the middle, its live preview in Danish and
 * English and its problems (schema, cross-file checks, lint as warnings) on the right. Every
 * field edit is one undoable step; Save writes the changed clause files in the canonical layout
 * through SafeSave.
 */
class ClauseEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ClauseEditorWindow(const QString &folder, QWidget *parent = nullptr);
    ~ClauseEditorWindow() override;

    QString folder() const { return m_folder; }
    /** The ids of the clauses, in list order. */
    QStringList clauseIds() const;
    QString currentId() const { return m_current; }
    bool selectClause(const QString &id);
    /** The clause being edited as it is now (unsaved edits included). */
    const EditableClause *currentClause() const;

    /** A new draft clause `id` in `theme`; false (and `error`) when the id is taken or invalid. */
    bool newClause(const QString &id, const QString &theme, QString *error);
    /** A copy of the current clause as a new draft `id`, version 1. */
    bool duplicateClause(const QString &id, QString *error);
    /** Marks the current clause withdrawn. */
    void withdrawClause();

    /** Runs the checks now instead of after the typing pause, and returns the problems. */
    IssueList validateNow();
    IssueList problems() const { return m_problems; }

    /**
     * Writes every changed clause; false (and `error`) when a file could not be written, which
     * leaves it as it was and keeps the edits. A changed wording of an approved clause asks
     * `confirmVersionBump` whether to bump the version.
     */
    bool saveAll(QString *error);
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }

    /** Asked before bumping a version (default: a message box); return Yes, No or Cancel. */
    std::function<int(const QString &question)> confirmVersionBump;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Entry
    {
        QString path;
        EditableClause saved;
        EditableClause current;
        bool isNew = false;
    };
    friend class EditCommand;

    void buildUi();
    QWidget *buildClauseTab();
    QWidget *buildParametersTab();
    QWidget *buildVariantsTab();
    QWidget *buildReferencesTab();
    QWidget *buildGuidanceTab();
    void retranslate();
    void loadLibrary();
    void fillList();
    void refreshForm();
    void refreshParameters();
    void refreshVariantFields();
    void refreshReferences();
    void scheduleValidation();
    void setState(const QString &key, const EditableClause &state);
    /** Applies `change` to the current clause as one undoable step named by `field`. */
    void edit(const QString &field, const std::function<void(EditableClause &)> &change);
    void parameterCellChanged(int row, int column);
    QList<EditableParameter> parametersFromTable() const;
    void updateTitle();
    void newClauseInteractive();
    void duplicateInteractive();
    void saveInteractive();

    QString m_folder;
    std::shared_ptr<const Library> m_library;
    QMap<QString, Entry> m_entries; ///< by the id the clause had when opened (or created)
    QString m_current;
    bool m_updating = false;
    IssueList m_problems;

    QUndoStack *m_undo;
    QTimer *m_validationTimer;
    QLineEdit *m_search;
    QListWidget *m_list;
    QTabWidget *m_tabs;
    QLineEdit *m_id;
    QSpinBox *m_version;
    QComboBox *m_status;
    QLineEdit *m_replacedBy;
    QComboBox *m_type;
    QComboBox *m_option;
    QComboBox *m_theme;
    QLineEdit *m_contractTypes;
    QLineEdit *m_titleDa;
    QLineEdit *m_titleEn;
    QPlainTextEdit *m_bodyDa;
    QPlainTextEdit *m_bodyEn;
    QPlainTextEdit *m_applies;
    QLabel *m_unedited;
    QTableWidget *m_parameters;
    QListWidget *m_variantList;
    QLineEdit *m_variantId;
    QComboBox *m_variantType;
    QLineEdit *m_variantLabelDa;
    QLineEdit *m_variantLabelEn;
    QPlainTextEdit *m_variantBodyDa;
    QPlainTextEdit *m_variantBodyEn;
    QListWidget *m_references;
    QLineEdit *m_referenceSearch;
    QListWidget *m_referenceChoices;
    QMap<QString, QPlainTextEdit *> m_guidance; ///< "da/purpose" …
    QTextBrowser *m_previewDa;
    QTextBrowser *m_previewEn;
    QListWidget *m_problemList;
    QAction *m_newAction;
    QAction *m_duplicateAction;
    QAction *m_withdrawAction;
    QAction *m_saveAction;
    QAction *m_closeAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
};

} // namespace klausul
