#pragma once

#include "core/draftdocument.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace klausul {

class CoverageModel;
class Settings;

/**
 * Follow-or-explain for the society-critical catalogue: every provision with its state (in the
 * annex, explained, missing) and an editor for the explanation; "Add to annex" follows instead.
 * The same dialog records why any other clause was left out.
 */
class FollowOrExplainDialog : public QDialog
{
    Q_OBJECT

public:
    FollowOrExplainDialog(
        DraftDocument *document, const QString &author, QWidget *parent = nullptr);
    void selectClause(const QString &clauseId);

private:
    void refresh();
    void selectionChanged();
    QString currentClause() const;

    DraftDocument *m_document;
    QString m_author;
    QTreeWidget *m_list;
    QPlainTextEdit *m_explanation;
    QPushButton *m_save;
    QPushButton *m_add;
};

/** The Statement of Applicability of the draft, per framework, with exclusions and CSV export. */
class CoverageDialog : public QDialog
{
    Q_OBJECT

public:
    CoverageDialog(DraftDocument *document, Settings *settings, QWidget *parent = nullptr);

private:
    void refresh();
    void exclude();
    void saveCsv();

    DraftDocument *m_document;
    Settings *m_settings;
    QComboBox *m_framework;
    QLabel *m_summary;
    QTableView *m_table;
    CoverageModel *m_model;
};

} // namespace klausul
