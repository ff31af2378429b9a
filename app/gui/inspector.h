#pragma once

#include "core/draftdocument.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace klausul {

class ParameterChipEdit;
class ParameterForm;

/**
 * The inspector of the selected requirement: text with values filled and deviations marked, the
 * own-wording editor, a parameter form generated from the parameter types, variant and
 * requirement type, guidance and references, and the review (status, approver, comments).
 * Every edit is a command on the document's undo stack.
 */
class Inspector : public QWidget
{
    Q_OBJECT

public:
    enum Tab { TextTab, ParametersTab, GuidanceTab, ReviewTab };

    explicit Inspector(QWidget *parent = nullptr);
    void setDocument(DraftDocument *document);
    void setAuthor(const QString &author) { m_author = author; }
    /**
     * Asked before every review action (approval, comment) for the reviewer's name; an empty
     * answer cancels the action, so no review record is made without a name.
     */
    void setAuthorProvider(std::function<QString()> provider)
    {
        m_authorProvider = std::move(provider);
    }
    void setCurrentItem(const QString &uid);
    QString currentItem() const { return m_uid; }
    /** Shows and focuses the widget for `field` ("param:id", "wording", "variant", …). */
    void focusField(const QString &field);
    void retranslate();

private:
    void refresh();
    void updateParameterValues(const Clause *clause, const DraftItem &item);
    void wordingEdited();
    Language language() const;

    QPointer<DraftDocument> m_document;
    QString m_uid;
    QString m_formKey; // uid + clause + variant the parameter form was built for
    QString m_author;
    std::function<QString()> m_authorProvider;
    QString reviewAuthor();
    bool m_updating = false;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_heading;
    QLabel *m_source;
    QWidget *m_versionBanner;
    QLabel *m_versionText;
    QPushButton *m_acceptVersion;
    QLabel *m_variantLabel;
    QComboBox *m_variant;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QTabWidget *m_tabs;
    QTextBrowser *m_text;
    QLabel *m_wordingLabel;
    ParameterChipEdit *m_wording;
    QPushButton *m_resetWording;
    ParameterForm *m_parameterForm;
    QTextBrowser *m_guidance;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_approver;
    QListWidget *m_comments;
    QPlainTextEdit *m_comment;
    QPushButton *m_addComment;
};

} // namespace klausul
