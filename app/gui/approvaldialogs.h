#pragma once

#include "core/draftdocument.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace klausul {

class Settings;

/** Asks for the reviewer's name and role, stored in the settings (the first review action). */
class ReviewerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewerDialog(Settings *settings, QWidget *parent = nullptr);
    /**
     * The reviewer's signature ("Name (Role)"): from the settings, or asked for when no name is
     * set. Empty when the user cancels: the review action is then not made.
     */
    static QString ensureReviewer(Settings *settings, QWidget *parent);

private:
    void accept() override;

    Settings *m_settings;
    QLineEdit *m_name;
    QLineEdit *m_role;
};

/** File ▸ Publish version: number and change note; records a snapshot of the annex. */
class PublishVersionDialog : public QDialog
{
    Q_OBJECT

public:
    PublishVersionDialog(DraftDocument *document, const QString &approver, QWidget *parent);

private:
    void accept() override;

    DraftDocument *m_document;
    QString m_approver;
    QLineEdit *m_number;
    QPlainTextEdit *m_note;
};

/**
 * The review view: every requirement and explanation with its review state, filtered by state;
 * double-click (or Return) shows the requirement in the annex.
 */
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewDialog(DraftDocument *document, QWidget *parent = nullptr);

signals:
    void requirementActivated(const QString &uid);
    void explanationActivated(const QString &clauseId);

private:
    void refresh();

    DraftDocument *m_document;
    QComboBox *m_filter;
    QTreeWidget *m_list;
};

} // namespace klausul
