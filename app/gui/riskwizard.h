#pragma once

#include "core/draftdocument.h"
#include "core/riskprofile.h"

#include <QMap>
#include <QWizard>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace klausul {

/**
 * The risk-profile wizard: the library's questions with their help texts, then the suggested
 * clauses with reasons (untick to leave one out; items already in the draft are listed too), then
 * follow-or-explain for the society-critical catalogue. Finishing applies everything as one
 * undoable step. Re-running it on a draft shows what would be added and removed and never drops
 * own wording or parameter values without the user unticking that requirement.
 */
class RiskWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { QuestionsPage, SuggestionsPage, ExplainPage };

    RiskWizard(DraftDocument *document, const QString &author, QWidget *parent = nullptr);

    QMap<QString, QString> answers() const;
    /** Clause ids ticked on the suggestions page. */
    QStringList keep() const;
    QMap<QString, QString> explanations() const;
    /** Applies the choices to the document (one undo step). */
    void applyToDocument();

    void initializePage(int id) override;
    int nextId() const override;

private:
    void buildQuestions();
    void buildSuggestions();
    void buildExplanations();

    DraftDocument *m_document;
    QString m_author;
    QMap<QString, QComboBox *> m_answers;
    QLabel *m_option = nullptr;
    QTreeWidget *m_suggestions = nullptr;
    QLabel *m_summary = nullptr;
    QMap<QString, QString> m_variants;
    QMap<QString, bool> m_userChoices; ///< ticks the user changed on the suggestions page
    QWidget *m_explainBox = nullptr;
    QMap<QString, QPlainTextEdit *> m_explainEdits;
};

} // namespace klausul
