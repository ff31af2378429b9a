#pragma once

#include "core/language.h"

#include <QDialog>

class QAction;

namespace klausul {

/** The offline user guide (a resource per language) and the list of keyboard shortcuts. */
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    /** The short user guide in `language`. */
    static QString guideHtml(Language language);
    /** A table of the actions' texts and shortcuts, plus the shortcuts that have no action. */
    static QString shortcutsHtml(const QList<QAction *> &actions);

    HelpDialog(const QString &title, const QString &html, QWidget *parent = nullptr);
};

} // namespace klausul
