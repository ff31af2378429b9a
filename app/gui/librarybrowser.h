#pragma once

#include "core/clausefiltermodel.h"
#include "core/library.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace klausul {

class LibraryModel;

/**
 * The library panel: instant search, the facet filters (declared once, in the facet table of
 * librarybrowser.cpp: object name, filter, label and choices), the clause tree and the clause
 * preview. Down from the search field enters the results; double-click, the Add button and
 * Ctrl+Return (the main window's action) ask to add what selectedClauseIds() returns.
 */
class LibraryBrowser : public QWidget
{
    Q_OBJECT

public:
    /** An empty panel: its widgets are built before the library is loaded (see setLibrary). */
    explicit LibraryBrowser(QWidget *parent = nullptr);

    /** Shows `library`: the clause tree, the facets' choices, the match count. */
    void setLibrary(LibraryPtr library);

    /** The language the clause preview is shown in (the draft's). */
    void setPreviewLanguage(std::function<Language()> language);
    /**
     * The clauses to add: the selected rows, else the current row, else (while the search field
     * has the focus and text) the best match, the first clause shown.
     */
    QStringList selectedClauseIds() const;
    /** Focuses the search field with its text selected. */
    void focusSearch();
    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *view() const { return m_view; }
    void retranslate();

signals:
    /** Double-click on a clause or the Add button. */
    void addRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillFacets();
    void fitCodeColumns();
    void applyFacet(int facet);
    void showClause(const QModelIndex &index);
    void updateMatchCount();

    LibraryPtr m_library;
    std::function<Language()> m_language;
    LibraryModel *m_model;
    ClauseFilterModel *m_filter;
    QLineEdit *m_search;
    QToolButton *m_filterToggle;
    QWidget *m_facetBox;
    QList<QComboBox *> m_facets; ///< in the order of the facet table
    QList<QLabel *> m_facetLabels;
    QPushButton *m_clearFilters;
    QTreeView *m_view;
    QLabel *m_matchCount;
    QPushButton *m_addButton;
    QTextBrowser *m_preview;
};

} // namespace klausul
