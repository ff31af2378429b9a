#pragma once

#include "core/clauseupgrade.h"
#include "core/draftdocument.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace klausul {

/**
 * Review of a newer clause version for one requirement (the inspector's outdated banner): the
 * library's notes, what changed word by word and in the parameters, and for own wording the
 * three texts side by side — old standard, new standard, own wording — with what the library and
 * what the authority changed. Accepting is one undo step: keep the own wording, or take the new
 * standard text.
 */
class UpgradeDialog : public QDialog
{
    Q_OBJECT

public:
    UpgradeDialog(DraftDocument *document, const ClauseUpgrade &upgrade, QWidget *parent = nullptr);

    /** The report as HTML (escaped text; insertions and deletions marked). */
    static QString toHtml(const ClauseUpgrade &upgrade);

private:
    DraftDocument *m_document;
    ClauseUpgrade m_upgrade;
    QTextBrowser *m_view;
    QPushButton *m_keep;
    QPushButton *m_take;
};

} // namespace klausul
